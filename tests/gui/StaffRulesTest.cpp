// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffTestSupport.h"
#include "ui/staff/RulesPage.h"

#include <QCheckBox>
#include <QListWidget>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeEdit>

using namespace Qt::StringLiterals;
using namespace besuk;
using namespace besuk::test;

namespace {

void setSpin(QWidget *page, const QString &name, int value) {
    auto *spin = child<QSpinBox>(page, name);
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QString::number(value));
    QTest::keyClick(spin, Qt::Key_Tab);
    REQUIRE(spin->value() == value);
}

} // namespace

TEST_CASE("Rules: every field edited and saved through the domain - impossible values refused and nothing saved",
          "[gui][staff][rules]") {
    const QString language = QString::fromLatin1(GENERATE("en", "id"));
    StaffFixture f;
    StaffWindow &window = f.open(language);
    f.signIn(AdminLogin);
    REQUIRE(window.user().has_value());
    auto *page = f.openPage<RulesPage>();
    const Rules original = f.facility->rules();

    // The form shows the saved rules.
    auto *sunday = child<QCheckBox>(page, u"sundayCheckBox"_s);
    CHECK(sunday->text() == QLocale().dayName(7, QLocale::LongFormat));
    CHECK(sunday->isChecked() == original.visitingDays.contains(7));
    CHECK(child<QSpinBox>(page, u"maxGroupSizeSpinBox"_s)->value() == original.maxGroupSize);
    CHECK(child<QListWidget>(page, u"itemsListWidget"_s)->count() == original.prohibitedItems.size());
    CHECK(*page->edited() == original);
    f.shoot(u"rules"_s);

    // Edit every field.
    QTest::mouseClick(sunday, Qt::LeftButton, {}, QPoint(8, sunday->height() / 2));
    CHECK_FALSE(sunday->isChecked());
    child<QTimeEdit>(page, u"opensTimeEdit"_s)->setTime(QTime(8, 30));
    child<QTimeEdit>(page, u"closesTimeEdit"_s)->setTime(QTime(14, 0));
    auto *sessions = child<QTableWidget>(page, u"sessionsTableWidget"_s);
    for (const auto &[name, start, end, capacity] : {std::tuple{u"Pagi"_s, QTime(8, 30), QTime(11, 0), 40},
                                                     std::tuple{u"Siang"_s, QTime(12, 0), QTime(14, 0), 0}}) {
        click(page, u"addSessionPushButton"_s);
        const int row = sessions->rowCount() - 1;
        // The new row's name is open for typing.
        QTest::keyClicks(QApplication::focusWidget(), name);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        CHECK(waitUntil([&] { return sessions->item(row, 0)->text() == name; })); // the view commits queued
        qobject_cast<QTimeEdit *>(sessions->cellWidget(row, 1))->setTime(start);
        qobject_cast<QTimeEdit *>(sessions->cellWidget(row, 2))->setTime(end);
        qobject_cast<QSpinBox *>(sessions->cellWidget(row, 3))->setValue(capacity);
    }
    auto *blocks = child<QTableWidget>(page, u"blocksTableWidget"_s);
    click(page, u"addBlockPushButton"_s);
    QTest::keyClicks(QApplication::focusWidget(), u"Blok A"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    CHECK(waitUntil([&] { return blocks->item(0, 0)->text() == u"Blok A"_s; }));
    blocks->item(0, 1)->setText(u"5, 1 3"_s);
    setSpin(page, u"maxGroupSizeSpinBox"_s, 5);
    setSpin(page, u"maxAdultsSpinBox"_s, 2);
    setSpin(page, u"visitsPerWeekSpinBox"_s, 2);
    setSpin(page, u"dailyCapSpinBox"_s, 250);
    setSpin(page, u"adultAgeSpinBox"_s, 17);
    setSpin(page, u"visitMinutesSpinBox"_s, 45);
    QTest::mouseClick(child<QCheckBox>(page, u"inspectionCheckBox"_s), Qt::LeftButton, {}, QPoint(8, 10));
    auto *items = child<QListWidget>(page, u"itemsListWidget"_s);
    items->setCurrentRow(0);
    click(page, u"removeItemPushButton"_s);
    auto *item = child<QLineEdit>(page, u"itemLineEdit"_s);
    item->setFocus();
    QTest::keyClicks(item, u"Kamera"_s);
    QTest::keyClick(item, Qt::Key_Return);
    // Refreshing (every few seconds) keeps unsaved edits.
    page->refresh();
    CHECK(child<QSpinBox>(page, u"maxAdultsSpinBox"_s)->value() == 2);

    click(page, u"savePushButton"_s);
    CHECK_FALSE(child<QLabel>(page, u"messageLabel"_s)->isVisible());
    CHECK(child<QLabel>(page, u"okLabel"_s)->isVisible());
    const Rules saved = f.facility->rules();
    CHECK(saved.visitingDays == QList<int>{1, 2, 3, 4, 5, 6});
    CHECK(saved.opens == QTime(8, 30));
    CHECK(saved.closes == QTime(14, 0));
    REQUIRE(saved.sessions.size() == 2);
    CHECK(saved.sessions[0] == VisitSession{u"Pagi"_s, QTime(8, 30), QTime(11, 0), 40});
    CHECK(saved.sessions[1] == VisitSession{u"Siang"_s, QTime(12, 0), QTime(14, 0), 0});
    CHECK(saved.blockVisitingDays == QMap<QString, QList<int>>{{u"Blok A"_s, {1, 3, 5}}});
    CHECK(saved.maxGroupSize == 5);
    CHECK(saved.maxAdults == 2);
    CHECK(saved.visitsPerInmatePerWeek == 2);
    CHECK(saved.dailyCapPeople == 250);
    CHECK(saved.adultAge == 17);
    CHECK(saved.visitMinutes == 45);
    CHECK_FALSE(saved.requireClearedInspection);
    QStringList expectedItems = original.prohibitedItems.mid(1);
    expectedItems.append(u"Kamera"_s);
    CHECK(saved.prohibitedItems == expectedItems);
    // Stored, not only in memory: a facility opened again on the same database reads the same rules.
    {
        auto database = Database::open(f.db.location(), Database::OpenMode::MustExist);
        REQUIRE(database.ok());
        auto reopened = Facility::open(std::move(database).value(), f.clock, f.db.keyPath());
        REQUIRE(reopened.ok());
        CHECK((*reopened)->rules() == saved);
    }
    CHECK(f.db.rows(u"SELECT actor FROM audit_log WHERE action = 'rules.change' ORDER BY id DESC LIMIT 1"_s) ==
          QStringList{AdminLogin});
    CHECK(blocks->item(0, 1)->text() == u"1,3,5"_s);
    f.shoot(u"rules-saved"_s);

    // More adults than the group may hold: the domain's message, nothing saved, the edit kept to correct.
    const int changes = f.auditCount(u"rules.change"_s);
    setSpin(page, u"maxAdultsSpinBox"_s, 6);
    click(page, u"savePushButton"_s);
    auto *message = child<QLabel>(page, u"messageLabel"_s);
    CHECK(message->isVisible());
    Rules impossible = saved;
    impossible.maxAdults = 6;
    CHECK(message->text() == impossible.validate().error().message);
    CHECK(f.facility->rules() == saved);
    CHECK(f.auditCount(u"rules.change"_s) == changes);
    CHECK(child<QSpinBox>(page, u"maxAdultsSpinBox"_s)->value() == 6);
    f.shoot(u"rules-refused"_s);

    // Days that are not day numbers: refused before the domain is asked.
    blocks->item(0, 1)->setText(u"Senin"_s);
    click(page, u"savePushButton"_s);
    CHECK(message->isVisible());
    CHECK(message->text().contains(u"Blok A"_s));
    CHECK_FALSE(message->text().contains(u"block Blok"_s, Qt::CaseInsensitive)); // the block named once
    CHECK(f.facility->rules() == saved);
    // A session ending before it starts: the domain's message.
    blocks->item(0, 1)->setText(u"1,3,5"_s);
    setSpin(page, u"maxAdultsSpinBox"_s, 2);
    qobject_cast<QTimeEdit *>(sessions->cellWidget(1, 2))->setTime(QTime(11, 0));
    click(page, u"savePushButton"_s);
    Rules backwards = saved;
    backwards.sessions[1].end = QTime(11, 0);
    CHECK(message->text() == backwards.validate().error().message);
    CHECK(f.facility->rules() == saved);
    CHECK(f.auditCount(u"rules.change"_s) == changes);

    // Revert: the saved rules again.
    click(page, u"revertPushButton"_s);
    CHECK_FALSE(message->isVisible());
    CHECK(*page->edited() == saved);
    CHECK(child<QSpinBox>(page, u"maxAdultsSpinBox"_s)->value() == 2);
}
