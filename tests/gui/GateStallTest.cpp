// SPDX-License-Identifier: GPL-3.0-or-later
// The gate's screen never freezes while its database work waits: another program holds the SQLite file while the
// guard admits a group, and the scanner reads the next group's ticket during the wait. The screen keeps handling
// events (UiStallWatchdog), shows "Please wait…", and the scanner's burst, kept while the admit waited, gives the
// next group's verdict once the admit is done.

#include "GateTestSupport.h"
#include "SqliteLockHolder.h"
#include "UiStallWatchdog.h"
#include "db/FacilityThread.h"
#include "db/Visit.h"
#include "ui/gate/InspectionScreen.h"
#include "ui/gate/VerdictScreen.h"

#include <iostream>

using namespace besuk;
using namespace besuk::test;
using namespace Qt::StringLiterals;

TEST_CASE("A ticket scanned while the gate's admit waits for the database is read once the admit is done",
          "[gui][gate][stall]") {
    GateFixture f;
    REQUIRE(f.facility->database().setBusyTimeoutMs(Database::DefaultBusyTimeoutMs).ok());
    const IssuedTicket first = f.registerGroup(u"B.I-001/2025"_s);
    const IssuedTicket next = f.registerGroup(u"B.I-002/2025"_s, false, 0);
    GateWindow &window = f.open();
    REQUIRE_FALSE(window.desk().domain().inlined());
    f.signIn();
    GateFixture::scanBurst(first.payload);
    REQUIRE(waitUntil([&] { return f.on(window.verdictScreen()); }));
    GateFixture::press(Qt::Key_Return); // "Inspect belongings (Enter)"
    REQUIRE(f.on(window.inspectionScreen()));

    auto lock = std::make_unique<SqliteLockHolder>(f.db.location());
    auto *shade = window.findChild<QWidget *>(u"busyShade"_s);
    REQUIRE(shade != nullptr);
    UiStallWatchdog watchdog;
    bool scannedDuringWait = false;
    whenReady([&] { return shade->isVisible(); },
              [&] {
                  watchdog.unwatched([&] { f.shoot(u"busy"_s); });
                  GateFixture::scanBurst(next.payload); // kept while the admit waits
                  scannedDuringWait = true;
                  lock->release();
              });
    GateFixture::press(Qt::Key_Return, Qt::ControlModifier); // Admit: waits for the lock
    watchdog.stop();
    std::cout << "gate stall: longest " << watchdog.longestStallMs() << " ms over " << watchdog.probes()
              << " probes while the database was locked" << std::endl;
    CHECK(watchdog.longestStallMs() < UiStallWatchdog::WaitingLimitMs);
    CHECK(scannedDuringWait);
    CHECK(VisitRepository::load(f.facility->database(), first.visit.id)->status == VisitStatus::Admitted);
    // The kept burst arrives now: the next group's verdict.
    REQUIRE(waitUntil([&] { return f.on(window.verdictScreen()) && f.text(u"titleLabel"_s) == u"VALID"_s; }));
    REQUIRE(window.desk().ticket().has_value());
    CHECK(window.desk().ticket()->visitId == next.visit.id);
}
