// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffTestSupport.h"
#include "ui/staff/RosterPage.h"
#include "ui/staff/VisitsPage.h"

#include <QTableWidget>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace besuk;
using namespace besuk::test;

namespace {

void clickRow(QTableWidget *table, int row) {
    REQUIRE(row < table->rowCount());
    QTableWidgetItem *item = table->item(row, 0);
    table->scrollToItem(item);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualItemRect(item).center());
}

int rowOf(QTableWidget *table, const QString &firstColumn) {
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0)->text() == firstColumn)
            return row;
    return -1;
}

void typeInto(QLineEdit *edit, const QString &text) {
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

} // namespace

TEST_CASE("Roster: a CSV import stores only the good rows and reports every row with its reason",
          "[gui][staff][roster]") {
    const QString language = QString::fromLatin1(GENERATE("en", "id"));
    StaffFixture f;
    StaffWindow &window = f.open(language);
    f.signIn(AdminLogin);
    REQUIRE(window.user().has_value());
    auto *page = f.openPage<RosterPage>();

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"roster-januari.csv"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QStringList{
        u"number,name,block"_s,
        u"B.I-101/2025,Bambang Pamungkas,Blok C"_s,          // line 2: new
        u"B.I-001/2025,Andi Wijaya Kusuma,Blok D"_s,         // line 3: corrects a known inmate
        u"B.I-101/2025,Bambang Lain,Blok C"_s,               // line 4: the same number again
        u"B.I-102/2025,,Blok C"_s,                           // line 5: no name
        u"B.I-103/2025,%1,Blok C"_s.arg(QString(101, u'a')), // line 6: name too long
        u"B.I_104,Joni Iskandar,Blok C"_s,                   // line 7: '_' in the number
        u"B.I-105/2025,Dewi Lestari"_s,                      // line 8: a field missing
        u"B.I-106/2025,Dewi Sartika,Blok A"_s,               // line 9: new
    }
                   .join(u'\n')
                   .toUtf8());
    file.close();
    bool asked = false;
    page->setCsvChooser([&] {
        asked = true;
        return path;
    });
    click(page, u"importPushButton"_s);
    REQUIRE(asked);

    // What the user sees: the summary and one report line per row, with the reasons.
    auto *ok = child<QLabel>(page, u"okLabel"_s);
    CHECK(ok->isVisible());
    CHECK(ok->text().contains(u"roster-januari.csv"_s));
    CHECK_FALSE(child<QLabel>(page, u"messageLabel"_s)->isVisible());
    auto *report = child<QTableWidget>(page, u"reportTableWidget"_s);
    CHECK(report->isVisible());
    REQUIRE(report->rowCount() == 8);
    const QStringList outcomes{RosterPage::tr("added"),    RosterPage::tr("updated"),  RosterPage::tr("rejected"),
                               RosterPage::tr("rejected"), RosterPage::tr("rejected"), RosterPage::tr("rejected"),
                               RosterPage::tr("rejected"), RosterPage::tr("added")};
    const QStringList numbers{u"B.I-101/2025"_s, u"B.I-001/2025"_s, u"B.I-101/2025"_s, u"B.I-102/2025"_s,
                              u"B.I-103/2025"_s, u"B.I_104"_s,      u"B.I-105/2025"_s, u"B.I-106/2025"_s};
    for (int row = 0; row < report->rowCount(); ++row) {
        INFO("report row " << row);
        CHECK(report->item(row, 0)->text() == QString::number(row + 2));
        CHECK(report->item(row, 1)->text() == numbers[row]);
        CHECK(report->item(row, 2)->text() == outcomes[row]);
        CHECK(report->item(row, 3)->text().isEmpty() == (outcomes[row] != RosterPage::tr("rejected")));
    }
    CHECK(report->item(2, 3)->text() ==
          InmateStore::tr("The number %1 appears earlier in this file.").arg(u"B.I-101/2025"_s));
    f.shoot(u"roster-import"_s);

    // What the domain holds: the good rows only.
    InmateStore store(*f.facility);
    CHECK(store.findByNumber(u"B.I-101/2025"_s)->name == u"Bambang Pamungkas"_s);
    CHECK(store.findByNumber(u"B.I-106/2025"_s)->name == u"Dewi Sartika"_s);
    CHECK(store.findByNumber(u"B.I-001/2025"_s)->name == u"Andi Wijaya Kusuma"_s);
    CHECK(store.findByNumber(u"B.I-001/2025"_s)->block == u"Blok D"_s);
    for (const QString &refused : {u"B.I-102/2025"_s, u"B.I-103/2025"_s, u"B.I-105/2025"_s})
        CHECK(store.findByNumber(refused).error().code == ErrorCode::NotFound);
    CHECK(f.db.rows(u"SELECT actor FROM audit_log WHERE action = 'inmate.import' ORDER BY id DESC LIMIT 1"_s) ==
          QStringList{AdminLogin});
    // The list shows the new inmates.
    CHECK(rowOf(child<QTableWidget>(page, u"inmatesTableWidget"_s), u"B.I-106/2025"_s) >= 0);

    // A file that is not a roster: the domain's message, nothing changes.
    const QString bad = dir.filePath(u"bad.csv"_s);
    QFile badFile(bad);
    REQUIRE(badFile.open(QIODevice::WriteOnly));
    badFile.write("nomor,nama\nX-1,Budi\n");
    badFile.close();
    page->setCsvChooser([&] { return bad; });
    click(page, u"importPushButton"_s);
    CHECK(child<QLabel>(page, u"messageLabel"_s)->isVisible());
    CHECK(child<QLabel>(page, u"messageLabel"_s)->text() ==
          store.importCsv("nomor,nama\nX-1,Budi\n", u"test"_s).error().message);
    CHECK(store.findByNumber(u"X-1"_s).error().code == ErrorCode::NotFound);
}

TEST_CASE("Roster: add - correct - deactivate and reactivate - the visits keep the inmate", "[gui][staff][roster]") {
    StaffFixture f;
    const IssuedTicket ticket = f.registerGroup(u"B.I-001/2025"_s);
    StaffWindow &window = f.open();
    f.signIn(AdminLogin);
    REQUIRE(window.user().has_value());
    auto *page = f.openPage<RosterPage>();
    auto *table = child<QTableWidget>(page, u"inmatesTableWidget"_s);
    auto *message = child<QLabel>(page, u"messageLabel"_s);
    InmateStore store(*f.facility);
    const int demoCount = table->rowCount();
    REQUIRE(demoCount == int(page->listed().size()));
    REQUIRE(demoCount >= 5);

    // Add with the keyboard: the form, then Return.
    click(page, u"newPushButton"_s);
    typeInto(child<QLineEdit>(page, u"numberLineEdit"_s), u"B.II-200/2025"_s);
    typeInto(child<QLineEdit>(page, u"nameLineEdit"_s), u"Made Wirawan"_s);
    typeInto(child<QLineEdit>(page, u"blockLineEdit"_s), u"Blok E"_s);
    QTest::keyClick(child<QLineEdit>(page, u"blockLineEdit"_s), Qt::Key_Return);
    CHECK_FALSE(message->isVisible());
    REQUIRE(store.findByNumber(u"B.II-200/2025"_s).ok());
    CHECK(store.findByNumber(u"B.II-200/2025"_s)->block == u"Blok E"_s);
    CHECK(table->rowCount() == demoCount + 1);

    // A taken number: the domain's message, nothing added.
    click(page, u"newPushButton"_s);
    typeInto(child<QLineEdit>(page, u"numberLineEdit"_s), u"B.I-002/2025"_s);
    typeInto(child<QLineEdit>(page, u"nameLineEdit"_s), u"Orang Lain"_s);
    click(page, u"addPushButton"_s);
    CHECK(message->isVisible());
    CHECK(message->text() == u"An inmate with the number B.I-002/2025 is already on the roster."_s);
    CHECK(store.findByNumber(u"B.I-002/2025"_s)->name == u"Rahmat Hidayat"_s);
    CHECK(table->rowCount() == demoCount + 1);

    // Search, choose, correct the name; a bad name is refused and changes nothing.
    typeInto(child<QLineEdit>(page, u"searchLineEdit"_s), u"B.I-002"_s);
    REQUIRE(table->rowCount() == 1);
    clickRow(table, 0);
    auto *name = child<QLineEdit>(page, u"nameLineEdit"_s);
    CHECK(name->text() == u"Rahmat Hidayat"_s);
    CHECK(child<QLineEdit>(page, u"numberLineEdit"_s)->isReadOnly());
    typeInto(name, u"Rahmat 2"_s);
    click(page, u"savePushButton"_s);
    CHECK(message->isVisible());
    CHECK(message->text() == store.update(u"B.I-002/2025"_s, u"Rahmat 2"_s, {}, u"test"_s).error().message);
    CHECK(store.findByNumber(u"B.I-002/2025"_s)->name == u"Rahmat Hidayat"_s);
    typeInto(name, u"Rahmat Hidayatullah"_s);
    QTest::keyClick(name, Qt::Key_Return);
    CHECK_FALSE(message->isVisible());
    CHECK(store.findByNumber(u"B.I-002/2025"_s)->name == u"Rahmat Hidayatullah"_s);
    CHECK(table->item(0, 1)->text() == u"Rahmat Hidayatullah"_s);

    // Released: deactivated, shown as inactive; their ticket keeps them.
    typeInto(child<QLineEdit>(page, u"searchLineEdit"_s), u"B.I-001"_s);
    REQUIRE(table->rowCount() == 1);
    clickRow(table, 0);
    CHECK_FALSE(child<QPushButton>(page, u"reactivatePushButton"_s)->isEnabled());
    click(page, u"deactivatePushButton"_s);
    CHECK_FALSE(store.findByNumber(u"B.I-001/2025"_s)->active);
    CHECK(table->item(0, 3)->text() == RosterPage::tr("inactive"));
    CHECK(child<QLabel>(page, u"okLabel"_s)->text().contains(u"Andi Wijaya"_s));
    CHECK(f.db.rows(u"SELECT actor FROM audit_log WHERE action = 'inmate.deactivate'"_s) == QStringList{AdminLogin});
    f.shoot(u"roster"_s);

    auto *visits = f.openPage<VisitsPage>();
    const QList<VisitRecord> listed = visits->listed();
    REQUIRE(listed.size() == 1);
    CHECK(listed.first().id == ticket.visit.id);
    CHECK(listed.first().inmate.name == u"Andi Wijaya"_s);

    page = f.openPage<RosterPage>();
    REQUIRE(table->rowCount() == 1);
    clickRow(table, 0);
    click(page, u"reactivatePushButton"_s);
    CHECK(store.findByNumber(u"B.I-001/2025"_s)->active);
    CHECK(table->item(0, 3)->text() == RosterPage::tr("active"));
}

TEST_CASE("Staff manage the roster and bans but not the rules or users", "[gui][staff][roles]") {
    StaffFixture f;
    StaffWindow &window = f.open();
    f.signIn(StaffLogin);
    REQUIRE(window.user().has_value());
    QStringList allowed;
    for (StaffPage *page : window.allowedPages())
        allowed.append(QString::fromLatin1(page->metaObject()->className()));
    CHECK(allowed.contains(u"besuk::RosterPage"_s));
    CHECK(allowed.contains(u"besuk::BansPage"_s));
    CHECK_FALSE(allowed.contains(u"besuk::RulesPage"_s));
    CHECK_FALSE(allowed.contains(u"besuk::UsersPage"_s));
    for (StaffPage *page : window.pages()) {
        const QString name = QString::fromLatin1(page->metaObject()->className());
        if (name == u"besuk::RulesPage"_s || name == u"besuk::UsersPage"_s)
            CHECK_FALSE(window.openPage(page));
    }
    CHECK(f.openPage<RosterPage>() != nullptr);
}
