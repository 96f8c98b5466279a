// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffTestSupport.h"
#include "db/GateService.h"
#include "db/TallyService.h"
#include "ui/staff/DashboardPage.h"
#include "ui/staff/FirstAdminScreen.h"
#include "ui/staff/VisitsPage.h"

#include <QBarSet>
#include <QChart>
#include <QDateEdit>
#include <QFileInfo>
#include <QStackedBarSeries>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using namespace besuk;
using namespace besuk::test;

namespace {

void admit(StaffFixture &f, const QString &payload) {
    GateService gate(*f.facility);
    REQUIRE(gate.inspect(payload, {InspectionPhase::Entry, u"Joko"_s, {}, InspectionOutcome::Cleared, {}, {}}).ok());
    REQUIRE(gate.admit(payload, u"Joko"_s)->verdict == Verdict::Admitted);
}

} // namespace

TEST_CASE("Staff sign in - a guard is sent to the gate - roles decide the pages", "[gui][staff]") {
    StaffFixture f;
    StaffWindow &window = f.open();
    f.shoot(u"signin"_s);
    f.signIn(GuardLogin);
    CHECK_FALSE(window.user().has_value());
    CHECK(f.text(u"messageLabel"_s).contains(u"Guards work at the gate station"_s));
    f.signIn(StaffLogin, u"0000"_s);
    CHECK_FALSE(window.user().has_value());
    CHECK(f.text(u"messageLabel"_s) == u"Wrong user name or PIN."_s);

    f.signIn(StaffLogin);
    REQUIRE(window.user().has_value());
    CHECK(window.user()->role == Role::Staff);
    CHECK(f.text(u"userLabel"_s).contains(u"Rina Marlina"_s));
    for (StaffPage *page : window.allowedPages())
        CHECK(roleAllows(Role::Staff, page->permission()));
    CHECK(qobject_cast<DashboardPage *>(window.currentPage()) != nullptr);
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    CHECK_FALSE(window.user().has_value());
    CHECK(window.allowedPages().isEmpty());

    f.signIn(AdminLogin);
    REQUIRE(window.user().has_value());
    CHECK(window.allowedPages().size() == window.pages().size());
}

TEST_CASE("The dashboard shows the domain's tally: cards, hourly chart, a range", "[gui][staff][dashboard]") {
    StaffFixture f;
    admit(f, f.registerGroup(u"B.I-001/2025"_s, true, 2).payload); // 1 man, 1 woman, 2 children
    f.clock.advanceSeconds(3600);
    f.registerGroup(u"B.I-002/2025"_s, false, 0); // 1 man, 10:00
    f.open();
    f.signIn(StaffLogin);
    auto *page = f.openPage<DashboardPage>();

    auto tally = TallyService(*f.facility).day(f.facility->today());
    REQUIRE(tally.ok());
    CHECK(f.text(u"menValueLabel"_s) == QString::number(tally->registered.men));
    CHECK(f.text(u"womenValueLabel"_s) == QString::number(tally->registered.women));
    CHECK(f.text(u"childrenValueLabel"_s) == QString::number(tally->registered.children));
    CHECK(f.text(u"totalValueLabel"_s) == QString::number(tally->registered.total()));
    CHECK(f.text(u"totalValueLabel"_s) == u"5"_s);
    CHECK(f.text(u"admittedValueLabel"_s) == u"4"_s);
    CHECK(f.text(u"insideValueLabel"_s) == u"4"_s);
    CHECK(f.text(u"refusedValueLabel"_s) == u"0"_s);

    auto *series = qobject_cast<QStackedBarSeries *>(page->chart()->series().first());
    REQUIRE(series != nullptr);
    REQUIRE(series->barSets().size() == 3);
    CHECK(series->barSets()[0]->count() == tally->byHour.size());
    double men = 0;
    for (int i = 0; i < series->barSets()[0]->count(); ++i)
        men += series->barSets()[0]->at(i);
    CHECK(int(men) == tally->registered.men);
    f.shoot(u"dashboard"_s);

    // Live: a registration at the kiosk shows at the next refresh.
    f.registerGroup(u"B.I-003/2025"_s, false, 1);
    page->refresh();
    CHECK(f.text(u"totalValueLabel"_s) == u"7"_s);

    // A range: yesterday had one visitor.
    f.clock.advanceSeconds(-24 * 3600);
    f.registerGroup(u"B.I-004/2025"_s, false, 0);
    f.clock.advanceSeconds(24 * 3600);
    page->setRange(f.facility->today().addDays(-1), f.facility->today());
    CHECK(f.text(u"totalValueLabel"_s) == u"8"_s);
    CHECK(page->shown().registered.total() == 8);
    CHECK(qobject_cast<QStackedBarSeries *>(page->chart()->series().first())->barSets()[0]->count() == 2);

    // A long range: the domain's 366 days hold (today is day 200 of this one), and a longer one ends after 366.
    const QDate today = f.facility->today();
    page->setRange(today.addDays(-199), today);
    CHECK(f.text(u"totalValueLabel"_s) == u"8"_s);
    CHECK(qobject_cast<QStackedBarSeries *>(page->chart()->series().first())->barSets()[0]->count() == 200);
    page->setRange(today.addDays(-399), today);
    CHECK(f.find<QDateEdit>(u"toDateEdit"_s)->date() == today.addDays(-399 + 365));
    CHECK(qobject_cast<QStackedBarSeries *>(page->chart()->series().first())->barSets()[0]->count() == 366);
}

TEST_CASE("Visits: search, details with inspections (the look is audited), cancel with a reason, reprint",
          "[gui][staff][visits]") {
    StaffFixture f;
    const IssuedTicket inside = f.registerGroup(u"B.I-001/2025"_s);
    admit(f, inside.payload);
    const IssuedTicket waiting = f.registerGroup(u"B.I-002/2025"_s, false, 0);
    StaffWindow &window = f.open();
    f.signIn(StaffLogin);
    auto *page = f.openPage<VisitsPage>();
    CHECK(page->listed().size() == 2);
    auto *search = f.find<QLineEdit>(u"searchLineEdit"_s);
    search->setText(u"rahmat"_s); // the inmate of the second ticket
    REQUIRE(page->listed().size() == 1);
    CHECK(page->listed().first().id == waiting.visit.id);
    search->clear();

    const int viewsBefore = f.auditCount(u"visit.view"_s);
    REQUIRE(page->select(inside.visit.id));
    const QString detail = f.text(u"detailLabel"_s);
    CHECK(detail.contains(u"Budi Santoso"_s));
    CHECK(detail.contains(u"Entry inspection"_s));
    CHECK_FALSE(detail.contains(BudiNik)); // masked
    CHECK(f.auditCount(u"visit.view"_s) == viewsBefore + 1);
    CHECK_FALSE(f.find<QPushButton>(u"cancelPushButton"_s)->isEnabled()); // admitted: too late to cancel
    f.shoot(u"visits"_s);

    REQUIRE(page->select(waiting.visit.id));
    page->setReasonAsker([](const VisitRecord &) { return QString(); }); // changed their mind
    QTest::mouseClick(f.find<QPushButton>(u"cancelPushButton"_s), Qt::LeftButton);
    CHECK(VisitRepository::load(f.facility->database(), waiting.visit.id)->status == VisitStatus::Registered);
    page->setReasonAsker([](const VisitRecord &) { return u"Pengunjung sakit"_s; });
    QTest::mouseClick(f.find<QPushButton>(u"cancelPushButton"_s), Qt::LeftButton);
    const auto cancelled = VisitRepository::load(f.facility->database(), waiting.visit.id);
    CHECK(cancelled->status == VisitStatus::Cancelled);
    CHECK(cancelled->cancelReason == u"Pengunjung sakit"_s);
    CHECK(GateService(*f.facility).scan(waiting.payload)->verdict == Verdict::Cancelled);

    REQUIRE(page->select(inside.visit.id));
    const QString pdf = f.db.filePath(u"reprint.pdf"_s);
    page->setPdfChooser([pdf](const VisitRecord &) { return pdf; });
    QTest::mouseClick(f.find<QPushButton>(u"reprintPushButton"_s), Qt::LeftButton);
    CHECK(QFileInfo(pdf).size() > 1000);
    CHECK(f.auditCount(u"visit.reprint"_s) == 1);
    CHECK(window.user()->login == StaffLogin);
}

TEST_CASE("Staff console screenshots in Indonesian", "[gui][staff][screenshots]") {
    StaffFixture f;
    admit(f, f.registerGroup().payload);
    f.registerGroup(u"B.I-002/2025"_s, false, 0);
    f.open(u"id"_s);
    f.shoot(u"signin"_s);
    f.signIn(AdminLogin);
    f.openPage<DashboardPage>();
    CHECK(f.text(u"menCaptionLabel"_s) == u"Laki-laki"_s);
    f.shoot(u"dashboard"_s);
    f.openPage<VisitsPage>();
    f.shoot(u"visits"_s);
}

TEST_CASE("The first run makes the first administrator, who is then signed in", "[gui][staff][firstrun]") {
    StaffFixture f(false);
    StaffWindow &window = f.open();
    REQUIRE(f.find<QLineEdit>(u"nameLineEdit"_s)->isVisible());
    f.find<QLineEdit>(u"loginLineEdit"_s)->setText(u"kepala"_s);
    f.find<QLineEdit>(u"nameLineEdit"_s)->setText(u"Kepala Rutan"_s);
    f.find<QLineEdit>(u"pinLineEdit"_s)->setText(u"2468"_s);
    f.find<QLineEdit>(u"againLineEdit"_s)->setText(u"2469"_s);
    QTest::mouseClick(f.find<QPushButton>(u"createPushButton"_s), Qt::LeftButton);
    CHECK(f.text(u"messageLabel"_s).startsWith(u"The two PINs are not the same"_s));
    CHECK_FALSE(UserStore(*f.facility).hasUsers().value());
    // The message takes room: the buttons under it keep their full height.
    auto *create = f.find<QPushButton>(u"createPushButton"_s);
    CHECK(waitUntil([&] { return create->height() >= create->sizeHint().height(); }));
    f.shoot(u"first-admin"_s);

    f.find<QLineEdit>(u"pinLineEdit"_s)->setText(u"2468"_s);
    f.find<QLineEdit>(u"againLineEdit"_s)->setText(u"2468"_s);
    QTest::mouseClick(f.find<QPushButton>(u"createPushButton"_s), Qt::LeftButton);
    INFO(f.text(u"messageLabel"_s));
    REQUIRE(window.user().has_value());
    CHECK(window.user()->role == Role::Admin);
    CHECK(window.user()->login == u"kepala"_s);
    CHECK(window.allowedPages().size() == window.pages().size());
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    CHECK(f.find<QLineEdit>(u"secretLineEdit"_s)->isVisible()); // from now on: the sign-in
}
