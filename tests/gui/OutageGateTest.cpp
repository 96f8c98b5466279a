// SPDX-License-Identifier: GPL-3.0-or-later
// The gate's window through a real outage: a PostgreSQL server of the test's own is stopped while a guard works,
// and started again. Registered only where PostgreSQL 15 is installed (tests/gui/gate.cmake).
#include "GuiWait.h"
#include "JournalPeek.h"
#include "OwnPostgres.h"
#include "db/Clock.h"
#include "db/Database.h"
#include "db/Facility.h"
#include "db/GateService.h"
#include "db/InmateStore.h"
#include "db/RegistrationService.h"
#include "db/UserStore.h"
#include "ui/common/MirrorSchedule.h"
#include "ui/gate/GateWindow.h"
#include "ui/gate/InspectionScreen.h"
#include "ui/gate/RoomBoard.h"
#include "ui/gate/ScanScreen.h"
#include "ui/gate/VerdictScreen.h"

#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <catch2/catch.hpp>

#include <iostream>

using namespace Qt::StringLiterals;
using namespace besuk;
using namespace besuk::test;

namespace {

const QDateTime Morning = QDateTime(QDate(2025, 12, 27), QTime(1, 0), Qt::UTC); // 09:00 in Asia/Makassar

std::unique_ptr<Facility> makeFacility(const OwnPostgres &server, const Clock &clock) {
    auto facility = server.initialiseFacility(clock);
    REQUIRE(InmateStore(*facility).add(u"WB-001"_s, u"Warga Satu"_s, u"A"_s, u"test"_s).ok());
    REQUIRE(UserStore(*facility).create(u"joko"_s, u"Joko Susilo"_s, Role::Guard, u"2468"_s, u"test"_s).ok());
    return facility;
}

QWidget *focused() {
    QWidget *widget = QApplication::focusWidget();
    REQUIRE(widget != nullptr);
    return widget;
}

void typeAndEnter(const QString &text) {
    QTest::keyClicks(focused(), text);
    QTest::keyClick(focused(), Qt::Key_Return);
}

Verdict lastVerdict(const QSignalSpy &spy) {
    REQUIRE_FALSE(spy.isEmpty());
    return spy.last().at(0).value<GateOutcome>().verdict;
}

void shoot(GateWindow &window, const QString &name) {
    QDir().mkpath(QStringLiteral(BESUK_SCREENSHOT_DIR));
    QCoreApplication::processEvents();
    CHECK(window.grab().save(
        QStringLiteral(BESUK_SCREENSHOT_DIR "/gate-%1-%2.png").arg(name, window.language().current())));
}

// A gate station with its journal among the test's files.
GateSettings journalled(const OwnPostgres &server, const QString &language) {
    GateSettings settings;
    settings.language = language;
    settings.sounds = false;
    settings.journalPath = server.filePath(u"station-journal.db"_s);
    return settings;
}

// Shown, and the guard signed in with the keyboard: the scan screen waits, the journal open.
void signedIn(GateWindow &window) {
    window.resize(1366, 768);
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    typeAndEnter(u"joko"_s);
    typeAndEnter(u"2468"_s);
    REQUIRE(waitUntil([&] { return window.currentScreen() == window.scanScreen(); }));
    REQUIRE(window.desk().hasJournal());
}

} // namespace

TEST_CASE("A gate whose server stops says so calmly, inspects and admits from its journal, and uploads when the "
          "server is back",
          "[gui][gate][offline][postgres]") {
    OwnPostgres server;
    FixedClock clock(Morning);
    auto facility = makeFacility(server, clock);
    auto ticket = RegistrationService(*facility).registerGroup(
        {u"WB-001"_s, {{u"6471051403850001"_s, u"Budi Santoso"_s}}, 1, Service::Visit, u"kiosk-1"_s});
    REQUIRE(ticket.ok());

    const GateSettings settings = journalled(server, u"id"_s);
    GateWindow window(*facility, settings);
    signedIn(window);
    CHECK(window.offlineBanner()->isHidden());

    server.stop();
    QSignalSpy verdicts(&window, &GateWindow::verdictShown);
    QElapsedTimer switched; // reported, not asserted: it depends on the machine
    switched.start();
    typeAndEnter(ticket->payload); // the USB scanner
    REQUIRE(waitUntil([&] { return window.currentScreen() == window.verdictScreen(); }, 60'000));
    std::cout << "gate offline: the first scan after the server stopped was answered from the journal in "
              << switched.elapsed() << " ms" << std::endl;
    CHECK(lastVerdict(verdicts) == Verdict::Valid);
    CHECK(window.desk().offline());
    REQUIRE(window.offlineBanner()->isVisible());
    CHECK(window.offlineBanner()->text().startsWith(u"Server tidak terjangkau — mode luring\n"_s));
    shoot(window, u"offline-verdict"_s);

    QTest::keyClick(focused(), Qt::Key_Return); // inspect belongings
    REQUIRE(window.currentScreen() == window.inspectionScreen());
    QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier); // cleared, admit
    REQUIRE(waitUntil([&] { return lastVerdict(verdicts) == Verdict::Admitted; }));
    CHECK(window.desk().waitingEntries() == 2); // the inspection and the admit
    CHECK(window.offlineBanner()->text().contains(u"(2 "_s));
    CHECK(window.roomBoard()->table()->rowCount() == 1); // the visiting room from the copy and the journal
    shoot(window, u"offline-admitted"_s);
    window.findChild<QPushButton *>(u"languagePushButton"_s)->click();
    CHECK(
        waitUntil([&] { return window.offlineBanner()->text().startsWith(u"Server unreachable — offline mode\n"_s); }));
    shoot(window, u"offline-admitted"_s);

    server.start();
    switched.restart();
    REQUIRE(waitUntil([&] { return !window.desk().offline(); }, 60'000)); // asked every second
    std::cout << "gate offline: back online and the journal uploaded " << switched.elapsed()
              << " ms after the server was started" << std::endl;
    CHECK(window.offlineBanner()->isVisible());
    CHECK(window.offlineBanner()->text() == u"The server is reachable again: 2 entries sent."_s);
    CHECK(window.desk().waitingEntries() == 0);
    // Read back as the office sees it, on a connection opened after the outage.
    auto office = server.openFacility(clock, facility->keyPath());
    auto visit = VisitRepository::load(office->database(), ticket->visit.id);
    REQUIRE(visit.ok());
    CHECK(visit->status == VisitStatus::Admitted);
    CHECK(visit->admittedBy == u"Joko Susilo"_s);
    auto inspections = GateService(*office).inspections(ticket->visit.id);
    REQUIRE(inspections.ok());
    CHECK(inspections->size() == 1);
}

TEST_CASE("A ticket registered elsewhere a moment before the server stops is known to the offline gate, whose copy "
          "follows the change feed",
          "[gui][gate][offline][postgres]") {
    OwnPostgres server;
    FixedClock clock(Morning);
    auto facility = makeFacility(server, clock);
    const GateSettings settings = journalled(server, u"en"_s);
    GateWindow window(*facility, settings);
    signedIn(window);

    // A kiosk (another program, its own connection) registers a group; the gate takes a fresh copy soon after,
    // long before its next periodic copy (MirrorSchedule::PeriodMs).
    auto kiosk = server.openFacility(clock, facility->keyPath());
    auto ticket = RegistrationService(*kiosk).registerGroup(
        {u"WB-001"_s, {{u"6471051403850001"_s, u"Budi Santoso"_s}}, 0, Service::Visit, u"kiosk-1"_s});
    REQUIRE(ticket.ok());
    kiosk.reset();
    QElapsedTimer copied; // reported, not asserted: it depends on the machine
    copied.start();
    const auto mirrored = [&] {
        return journalRows(settings.journalPath, u"mirror_tickets"_s, u"visit_id"_s, ticket->visit.id) == 1;
    };
    REQUIRE(waitUntil(mirrored, MirrorSchedule::PeriodMs / 2));
    std::cout << "gate mirror: a ticket registered elsewhere was in the gate's copy " << copied.elapsed()
              << " ms later (periodic copy every " << MirrorSchedule::PeriodMs << " ms)" << std::endl;

    server.stop();
    QSignalSpy verdicts(&window, &GateWindow::verdictShown);
    typeAndEnter(ticket->payload);
    REQUIRE(waitUntil([&] { return window.currentScreen() == window.verdictScreen(); }, 60'000));
    CHECK(window.desk().offline());
    CHECK(lastVerdict(verdicts) == Verdict::Valid); // not "unknown: check the group by hand"
}
