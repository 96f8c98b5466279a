// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffTestSupport.h"
#include "db/BanStore.h"
#include "db/Nik.h"
#include "ui/staff/BansPage.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QLocale>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using namespace besuk;
using namespace besuk::test;

namespace {

void typeInto(QLineEdit *edit, const QString &text) {
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

int rowOf(QTableWidget *table, const QString &maskedNik) {
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0)->text() == maskedNik)
            return row;
    return -1;
}

QList<Ban> activeBans(StaffFixture &f) {
    auto bans = BanStore(*f.facility).active();
    REQUIRE(bans.ok());
    return std::move(bans).value();
}

} // namespace

TEST_CASE("Bans: add one until a date and one without end - refuse a bad NIK - lift one", "[gui][staff][bans]") {
    const QString language = QString::fromLatin1(GENERATE("en", "id"));
    StaffFixture f;
    StaffWindow &window = f.open(language);
    f.signIn(AdminLogin);
    REQUIRE(window.user().has_value());
    auto *page = f.openPage<BansPage>();
    auto *table = child<QTableWidget>(page, u"bansTableWidget"_s);
    auto *message = child<QLabel>(page, u"messageLabel"_s);
    CHECK(table->rowCount() == 0);
    CHECK(child<QLabel>(page, u"emptyLabel"_s)->isVisible());
    CHECK_FALSE(child<QPushButton>(page, u"liftPushButton"_s)->isEnabled());

    // Budi, until Sunday 4 January 2026 inclusive: typed, the date chosen, Add clicked.
    typeInto(child<QLineEdit>(page, u"nikLineEdit"_s), u"6471 0505 0190 0003"_s);
    typeInto(child<QLineEdit>(page, u"reasonLineEdit"_s), u"Membawa narkoba, 20 Desember 2025"_s);
    auto *dateEdit = child<QDateEdit>(page, u"expiresDateEdit"_s);
    CHECK_FALSE(dateEdit->isEnabled());
    QTest::mouseClick(child<QCheckBox>(page, u"expiresCheckBox"_s), Qt::LeftButton, {},
                      QPoint(8, child<QCheckBox>(page, u"expiresCheckBox"_s)->height() / 2));
    REQUIRE(dateEdit->isEnabled());
    dateEdit->setDate(QDate(2026, 1, 4));
    click(page, u"addPushButton"_s);
    CHECK_FALSE(message->isVisible());
    QList<Ban> bans = activeBans(f);
    REQUIRE(bans.size() == 1);
    CHECK(bans.first().nik == BudiNik);
    CHECK(bans.first().createdBy == AdminLogin);
    CHECK(bans.first().reason == u"Membawa narkoba, 20 Desember 2025"_s);
    CHECK(bans.first().expiresAt ==
          QDateTime(QDate(2026, 1, 5), QTime(0, 0), QTimeZone(QByteArrayLiteral("Asia/Makassar"))));
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 0)->text() == Nik::mask(BudiNik));
    CHECK(table->item(0, 0)->text() != BudiNik);
    CHECK(table->item(0, 2)->text() == AdminLogin);
    CHECK(table->item(0, 4)->text() == QLocale().toString(QDate(2026, 1, 4), QLocale::ShortFormat));
    CHECK(child<QLabel>(page, u"okLabel"_s)->text().contains(Nik::mask(BudiNik)));
    CHECK(child<QLineEdit>(page, u"nikLineEdit"_s)->text().isEmpty());

    f.clock.advanceSeconds(90);
    // Siti, without end, with the keyboard only (Return in the reason adds).
    typeInto(child<QLineEdit>(page, u"nikLineEdit"_s), SitiNik);
    typeInto(child<QLineEdit>(page, u"reasonLineEdit"_s), u"Mengancam petugas"_s);
    QTest::keyClick(child<QLineEdit>(page, u"reasonLineEdit"_s), Qt::Key_Return);
    bans = activeBans(f);
    REQUIRE(bans.size() == 2);
    REQUIRE(table->rowCount() == 2);
    const int siti = rowOf(table, Nik::mask(SitiNik));
    REQUIRE(siti >= 0);
    CHECK(table->item(siti, 4)->text() == BansPage::tr("no end"));
    for (const Ban &ban : bans)
        CHECK(ban.expiresAt.isValid() == (ban.nik == BudiNik));

    // A NIK that is not one: the domain's message, nothing stored, the input kept to correct.
    const Snapshot before = f.db.snapshot();
    typeInto(child<QLineEdit>(page, u"nikLineEdit"_s), u"6471053201900003"_s); // 32 January
    typeInto(child<QLineEdit>(page, u"reasonLineEdit"_s), u"Membuat keributan"_s);
    click(page, u"addPushButton"_s);
    CHECK(message->isVisible());
    CHECK(message->text() == Nik::parse(u"6471053201900003"_s, f.facility->today()).error().message);
    CHECK(f.db.snapshot() == before);
    CHECK(activeBans(f).size() == 2);
    CHECK(child<QLineEdit>(page, u"nikLineEdit"_s)->text() == u"6471053201900003"_s);
    // And no reason: refused too.
    typeInto(child<QLineEdit>(page, u"nikLineEdit"_s), BudiNik);
    typeInto(child<QLineEdit>(page, u"reasonLineEdit"_s), QString());
    click(page, u"addPushButton"_s);
    CHECK(message->text() == BanStore::tr("Please give the reason for the ban."));
    CHECK(f.db.snapshot() == before);
    f.shoot(u"bans"_s);

    // Lift Budi's: asked first; "no" changes nothing, "yes" lifts it.
    QStringList asked;
    bool answer = false;
    page->setLiftConfirmer([&](const Ban &ban) {
        asked.append(ban.nik);
        return answer;
    });
    const int budi = rowOf(table, Nik::mask(BudiNik));
    REQUIRE(budi >= 0);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualItemRect(table->item(budi, 0)).center());
    click(page, u"liftPushButton"_s);
    CHECK(asked == QStringList{BudiNik});
    CHECK(activeBans(f).size() == 2);
    answer = true;
    click(page, u"liftPushButton"_s);
    bans = activeBans(f);
    REQUIRE(bans.size() == 1);
    CHECK(bans.first().nik == SitiNik);
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 0)->text() == Nik::mask(SitiNik));
    CHECK_FALSE(message->isVisible());
    CHECK(f.db.rows(u"SELECT actor FROM audit_log WHERE action = 'ban.lift'"_s) == QStringList{AdminLogin});
}
