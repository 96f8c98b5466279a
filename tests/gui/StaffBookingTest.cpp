// SPDX-License-Identifier: GPL-3.0-or-later
// The staff console's side of booking ahead: booking rules and slots on the Rules page, closed days, and the
// dashboard's walk-in / booked / arrived / no-show cards.
#include "StaffTestSupport.h"
#include "db/BookingService.h"
#include "db/TallyService.h"
#include "ui/staff/BookingRulesBox.h"
#include "ui/staff/DashboardPage.h"
#include "ui/staff/RulesPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeEdit>

using namespace Qt::StringLiterals;
using namespace besuk;
using namespace besuk::test;

namespace {

const QString AgusNik = u"6471051003850001"_s; // man, 10 March 1985
const QString RinaNik = u"6471055507920004"_s; // woman, 15 July 1992
const QString DewiNik = u"6471056211880002"_s; // woman, 22 November 1988

void setSpin(QSpinBox *spin, int value) {
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QString::number(value));
    QTest::keyClick(spin, Qt::Key_Tab);
    REQUIRE(spin->value() == value);
}

void setSlot(QTableWidget *table, int row, const QTime &start, const QTime &end, int capacity) {
    qobject_cast<QTimeEdit *>(table->cellWidget(row, 0))->setTime(start);
    qobject_cast<QTimeEdit *>(table->cellWidget(row, 1))->setTime(end);
    setSpin(qobject_cast<QSpinBox *>(table->cellWidget(row, 2)), capacity);
}

// Booking on with the demo slots (08-09, 09-10, 10-11, 13-14; 40 visitors each) on every visiting day.
void demoSlots(StaffFixture &f) {
    Rules rules = f.facility->rules();
    rules.bookingSlots = Rules::demoBookingSlots(rules.anyVisitingDays());
    REQUIRE(f.facility->saveRules(rules, u"test"_s).ok());
}

Booking book(StaffFixture &f, const QString &inmate, const QString &name, const QList<AdultEntry> &adults, int children,
             const QDate &date) {
    auto issued =
        BookingService(*f.facility).book({date, QTime(9, 0), inmate, name, adults, children, Service::Visit, u"web"_s});
    INFO((issued.ok() ? QString() : issued.error().message).toStdString());
    REQUIRE(issued.ok());
    return issued->booking;
}

// The page's widget scrolled into view (the Rules page scrolls up and down), so that a screenshot shows it; the
// page is never wider than the window (nothing cut off at the sides).
void scrollTo(QWidget *page, QWidget *widget) {
    auto *area = child<QScrollArea>(page, u"scrollArea"_s);
    QCoreApplication::processEvents(); // pending layout
    INFO("rules " << area->widget()->minimumSizeHint().width() << " px wide, room for " << area->viewport()->width());
    CHECK(area->widget()->minimumSizeHint().width() <= area->viewport()->width());
    area->ensureWidgetVisible(widget);
}

} // namespace

TEST_CASE("Rules: booking on/off, horizon, closing time, tolerance, open bookings and slots per day are saved - "
          "bad slots refused with the domain's message and nothing saved",
          "[gui][staff][rules][booking]") {
    const QString language = QString::fromLatin1(GENERATE("en", "id"));
    StaffFixture f;
    f.open(language).resize(1366, 768); // the console's usual screen
    f.signIn(AdminLogin);
    auto *page = f.openPage<RulesPage>();
    const Rules original = f.facility->rules();
    auto *booking = child<QCheckBox>(page, u"bookingCheckBox"_s);
    auto *horizon = child<QSpinBox>(page, u"horizonSpinBox"_s);
    CHECK(booking->isChecked() == (original.bookingHorizonDays > 0));
    CHECK(horizon->value() == original.bookingHorizonDays);
    CHECK(child<QTimeEdit>(page, u"closesAtTimeEdit"_s)->time() == original.bookingClosesAt);
    CHECK(*page->edited() == original);

    // Saturday's slots, then the same on every visiting day; Monday keeps one of them only.
    auto *box = child<BookingRulesBox>(page, u"bookingRulesBox"_s);
    auto *days = child<QComboBox>(page, u"slotDayComboBox"_s);
    auto *table = child<QTableWidget>(page, u"slotsTableWidget"_s);
    scrollTo(page, table);
    days->setCurrentIndex(5);
    CHECK(box->shownDay() == 6);
    CHECK(days->currentText() == QLocale().dayName(6, QLocale::LongFormat));
    click(page, u"addSlotPushButton"_s);
    click(page, u"addSlotPushButton"_s);
    REQUIRE(table->rowCount() == 2);
    setSlot(table, 0, QTime(9, 0), QTime(10, 0), 30);
    setSlot(table, 1, QTime(10, 0), QTime(11, 30), 25);
    // Sunday stops being a visiting day in the same edit: the copy leaves it out.
    child<QCheckBox>(page, u"sundayCheckBox"_s)->setChecked(false);
    click(page, u"copySlotsPushButton"_s);
    days->setCurrentIndex(0);
    REQUIRE(table->rowCount() == 2);
    table->setCurrentCell(1, 0);
    click(page, u"removeSlotPushButton"_s);
    days->setCurrentIndex(5);
    CHECK(table->rowCount() == 2);
    days->setCurrentIndex(0);
    CHECK(table->rowCount() == 1);

    setSpin(horizon, 14);
    child<QTimeEdit>(page, u"closesAtTimeEdit"_s)->setTime(QTime(17, 0));
    setSpin(child<QSpinBox>(page, u"toleranceSpinBox"_s), 20);
    setSpin(child<QSpinBox>(page, u"maxOpenSpinBox"_s), 2);
    page->refresh(); // unsaved edits stay
    CHECK(table->rowCount() == 1);
    click(page, u"savePushButton"_s);
    CHECK_FALSE(child<QLabel>(page, u"messageLabel"_s)->isVisible());
    const Rules saved = f.facility->rules();
    CHECK(saved.bookingHorizonDays == 14);
    CHECK(saved.bookingClosesAt == QTime(17, 0));
    CHECK(saved.arrivalToleranceMinutes == 20);
    CHECK(saved.maxOpenBookingsPerNik == 2);
    const QList<BookingSlot> two{{QTime(9, 0), QTime(10, 0), 30}, {QTime(10, 0), QTime(11, 30), 25}};
    CHECK(saved.bookingSlots.value(1) == QList<BookingSlot>{two.first()});
    for (int day = 2; day <= 6; ++day)
        CHECK(saved.bookingSlots.value(day) == two);
    CHECK_FALSE(saved.bookingSlots.contains(7));
    CHECK(f.db.rows(u"SELECT actor FROM audit_log WHERE action = 'rules.change' ORDER BY id DESC LIMIT 1"_s) ==
          QStringList{AdminLogin});
    // The booking side sees the slots at once.
    auto slotsOn = BookingService(*f.facility).slotsOn(f.facility->today().addDays(2)); // Monday
    REQUIRE(slotsOn.ok());
    CHECK(slotsOn->size() == 1);
    CHECK(BookingService(*f.facility).checkBookable(f.facility->today().addDays(2)).ok());
    days->setCurrentIndex(5);
    scrollTo(page, table);
    f.shoot(u"rules-booking"_s);

    // Bad slots: the domain's message, nothing saved, the edit kept to correct.
    const int changes = f.auditCount(u"rules.change"_s);
    auto *message = child<QLabel>(page, u"messageLabel"_s);
    const auto refusedAs = [&](const std::function<void(Rules &)> &change) {
        click(page, u"savePushButton"_s);
        REQUIRE(message->isVisible());
        Rules bad = saved;
        change(bad);
        CHECK(message->text() == bad.validate().error().message);
        CHECK(f.facility->rules() == saved);
        CHECK(f.auditCount(u"rules.change"_s) == changes);
    };
    SECTION("no seats") {
        setSpin(qobject_cast<QSpinBox *>(table->cellWidget(1, 2)), 0);
        refusedAs([](Rules &rules) { rules.bookingSlots[6][1].capacity = 0; });
        CHECK(qobject_cast<QSpinBox *>(table->cellWidget(1, 2))->value() == 0);
        f.shoot(u"rules-booking-refused"_s);
    }
    SECTION("overlapping") {
        qobject_cast<QTimeEdit *>(table->cellWidget(1, 0))->setTime(QTime(9, 30));
        refusedAs([](Rules &rules) { rules.bookingSlots[6][1].start = QTime(9, 30); });
    }
    SECTION("ending before it starts") {
        qobject_cast<QTimeEdit *>(table->cellWidget(0, 1))->setTime(QTime(8, 30));
        refusedAs([](Rules &rules) { rules.bookingSlots[6][0].end = QTime(8, 30); });
    }
    SECTION("booking off") {
        QTest::mouseClick(booking, Qt::LeftButton, {}, QPoint(8, booking->height() / 2));
        CHECK_FALSE(horizon->isEnabled());
        click(page, u"savePushButton"_s);
        CHECK_FALSE(message->isVisible());
        CHECK(f.facility->rules().bookingHorizonDays == 0);
        CHECK(f.facility->rules().bookingSlots == saved.bookingSlots);
        CHECK_FALSE(BookingService(*f.facility).checkBookable(f.facility->today().addDays(2)).ok());
    }
}

TEST_CASE("Closed days: close a day with a reason in the signed-in name, see it listed, reopen it",
          "[gui][staff][rules][booking]") {
    const QString language = QString::fromLatin1(GENERATE("en", "id"));
    StaffFixture f;
    demoSlots(f);
    const QDate sunday = f.facility->today().addDays(1);
    book(f, u"B.I-001/2025"_s, u"Andi Wijaya"_s, {{BudiNik, u"Budi Santoso"_s}}, 1, sunday);
    f.open(language).resize(1366, 768);
    f.signIn(AdminLogin);
    auto *page = f.openPage<RulesPage>();
    auto *list = child<QTableWidget>(page, u"closedDaysTableWidget"_s);
    auto *date = child<QDateEdit>(page, u"closeDateEdit"_s);
    auto *reason = child<QLineEdit>(page, u"closeReasonLineEdit"_s);
    auto *message = child<QLabel>(page, u"closedDaysMessageLabel"_s);
    scrollTo(page, list);
    CHECK(list->rowCount() == 0);
    CHECK(date->minimumDate() == f.facility->today());

    // Without a reason: refused, nothing closed.
    date->setDate(sunday);
    click(page, u"closeDayPushButton"_s);
    CHECK(message->isVisible());
    CHECK_FALSE(message->text().isEmpty());
    CHECK(BookingService(*f.facility).closedDays(sunday, sunday)->isEmpty());
    CHECK(f.auditCount(u"booking.close_day"_s) == 0);

    reason->setFocus();
    QTest::keyClicks(reason, u"Lockdown (razia)"_s);
    QTest::keyClick(reason, Qt::Key_Return);
    CHECK_FALSE(message->isVisible());
    CHECK(child<QLabel>(page, u"closedDaysOkLabel"_s)->isVisible());
    auto closed = BookingService(*f.facility).closedDays(sunday, sunday);
    REQUIRE(closed->size() == 1);
    CHECK(closed->first().closedReason == u"Lockdown (razia)"_s);
    CHECK(f.db.rows(u"SELECT actor, subject FROM audit_log WHERE action = 'booking.close_day'"_s) ==
          QStringList{AdminLogin + u"|"_s + sunday.toString(Qt::ISODate)});
    REQUIRE(list->rowCount() == 1);
    CHECK(list->item(0, 0)->text() == QLocale().toString(sunday, QLocale::LongFormat));
    CHECK(list->item(0, 1)->text() == u"Lockdown (razia)"_s);
    CHECK(list->item(0, 2)->text() == u"1"_s); // the booking still expected that day
    CHECK(reason->text().isEmpty());
    // The family who booked sees the reason.
    auto looked = BookingService(*f.facility).find(BookingService(*f.facility).ofDay(sunday)->first().code, BudiNik);
    REQUIRE(looked.ok());
    CHECK(looked->closedReason == u"Lockdown (razia)"_s);
    f.shoot(u"rules-closed-days"_s);

    CHECK_FALSE(child<QPushButton>(page, u"reopenDayPushButton"_s)->isEnabled());
    list->selectRow(0);
    click(page, u"reopenDayPushButton"_s);
    CHECK(list->rowCount() == 0);
    CHECK(BookingService(*f.facility).closedDays(sunday, sunday)->isEmpty());
    CHECK(f.db.rows(u"SELECT actor FROM audit_log WHERE action = 'booking.reopen_day'"_s) == QStringList{AdminLogin});
}

TEST_CASE("The dashboard shows walk-ins, booked, arrived and no-show beside the exact men/women/children tally",
          "[gui][staff][dashboard][booking]") {
    StaffFixture f;
    demoSlots(f);
    const QDate saturday = f.facility->today();
    const QDate sunday = saturday.addDays(1);
    const Booking arrives = book(f, u"B.I-001/2025"_s, u"Andi Wijaya"_s,
                                 {{BudiNik, u"Budi Santoso"_s}, {SitiNik, u"Siti Aminah"_s}}, 1, sunday);
    book(f, u"B.I-002/2025"_s, u"Rahmat Hidayat"_s, {{AgusNik, u"Agus"_s}}, 0, sunday);     // never comes
    book(f, u"B.I-003/2025"_s, u"Yohanes Kristianto"_s, {{RinaNik, u"Rina"_s}}, 2, sunday); // never comes
    f.setLocal(sunday, QTime(9, 5));
    REQUIRE(BookingService(*f.facility).arrive(arrives.id, u"kiosk-1"_s).ok());
    REQUIRE(RegistrationService(*f.facility)
                .registerGroup({u"B.I-004/2025"_s, {{DewiNik, u"Dewi"_s}}, 1, Service::Visit, u"kiosk-1"_s})
                .ok());
    f.open().resize(1366, 768);
    f.signIn(StaffLogin);
    auto *page = f.openPage<DashboardPage>();

    const auto check = [&](const QString &card, const Counts &counts) {
        INFO(card.toStdString());
        CHECK(f.text(card + u"ValueLabel"_s) == QString::number(counts.total()));
        CHECK(f.text(card + u"DetailLabel"_s).startsWith(u"%1 group"_s.arg(counts.groups)));
        const QString split = f.find<QLabel>(card + u"ValueLabel"_s)->toolTip();
        CHECK(split == u"men %1 · women %2 · children %3"_s.arg(counts.men).arg(counts.women).arg(counts.children));
    };
    check(u"walkIns"_s, Counts{1, 0, 1, 1});
    check(u"arrived"_s, Counts{1, 1, 1, 1});
    check(u"booked"_s, Counts{2, 1, 1, 2});
    check(u"noShow"_s, Counts{});
    // Walk-ins and arrivals make the registered visitors exactly, men, women and children each.
    CHECK(f.text(u"menValueLabel"_s) == u"1"_s);
    CHECK(f.text(u"womenValueLabel"_s) == u"2"_s);
    CHECK(f.text(u"childrenValueLabel"_s) == u"2"_s);
    CHECK(f.text(u"totalValueLabel"_s) == u"5"_s);
    f.shoot(u"dashboard-bookings"_s);

    // The next morning the unused bookings are no-shows.
    f.setLocal(sunday.addDays(1), QTime(8, 0));
    REQUIRE(BookingService(*f.facility).markNoShows().value() == 2);
    page->setRange(sunday, sunday);
    check(u"noShow"_s, Counts{2, 1, 1, 2});
    check(u"booked"_s, Counts{});
    check(u"arrived"_s, Counts{1, 1, 1, 1});
    // A range sums them with the days around.
    page->setRange(saturday, sunday.addDays(1));
    check(u"noShow"_s, Counts{2, 1, 1, 2});
    CHECK(page->shown().registered.total() == 5);
}
