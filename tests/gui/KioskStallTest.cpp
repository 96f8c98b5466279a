// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk's screen never freezes while its database work waits: another program holds the SQLite file for the
// whole 10 s busy timeout while a visitor confirms. The screen keeps handling events (UiStallWatchdog), shows
// "Please wait…" after FacilityThread::BusyAfterMs, drops a second tap on "Confirm", says the database is busy
// when the wait runs out, and registers the group once the file is free.

#include "KioskTest.h"
#include "SqliteLockHolder.h"
#include "UiStallWatchdog.h"
#include "db/FacilityThread.h"

#include <iostream>

using namespace besuk;
using namespace besuk::test;
using namespace Qt::StringLiterals;

namespace {

QWidget *busyShade(KioskFixture &kiosk) {
    auto *shade = kiosk.window->findChild<QWidget *>(u"busyShade"_s);
    REQUIRE(shade != nullptr);
    return shade;
}

} // namespace

TEST_CASE("The kiosk's screen keeps answering while another program holds the database for the 10 s busy timeout",
          "[kiosk][fault][stall]") {
    KioskFixture kiosk;
    REQUIRE(kiosk.facility->database().setBusyTimeoutMs(Database::DefaultBusyTimeoutMs).ok());
    kiosk.open();
    REQUIRE_FALSE(kiosk.window->flow().domain().inlined());
    kiosk.toReview();
    const int visitsBefore = kiosk.db.rows(u"SELECT COUNT(*) FROM visits"_s).value(0).toInt();
    QWidget *shade = busyShade(kiosk);

    auto lock = std::make_unique<SqliteLockHolder>(kiosk.db.location());
    bool shadeSeen = false;
    bool secondTapTried = false;
    UiStallWatchdog watchdog;
    whenReady([&] { return shade->isVisible(); },
              [&] {
                  shadeSeen = true;
                  watchdog.unwatched([&] { shoot(kiosk.window.get(), u"busy"_s, u"id"_s); });
                  // A second tap while the first waits is dropped: one registration, not two.
                  QTest::mouseClick(kiosk.find<QPushButton>(u"confirmPushButton"_s), Qt::LeftButton);
                  secondTapTried = true;
              });
    kiosk.click(u"confirmPushButton"_s); // returns when the 10 s wait has run out
    watchdog.stop();
    std::cout << "kiosk stall: longest " << watchdog.longestStallMs() << " ms over " << watchdog.probes()
              << " probes while the database was locked" << std::endl;
    CHECK(shadeSeen);
    CHECK(secondTapTried);
    CHECK_FALSE(shade->isVisible());
    CHECK(watchdog.probes() > 100); // the screen handled events all through the wait
    CHECK(watchdog.longestStallMs() < UiStallWatchdog::WaitingLimitMs);
    CHECK(kiosk.screen() == u"reviewScreen"_s);
    CHECK(kiosk.text(u"errorLabel"_s).contains(u"Basis data sedang dipakai program lain"_s));
    CHECK(kiosk.db.rows(u"SELECT COUNT(*) FROM visits"_s).value(0).toInt() == visitsBefore);

    // The file is freed while the next confirmation waits: the group is registered once.
    whenReady([&] { return shade->isVisible(); }, [&] { lock->release(); });
    UiStallWatchdog secondWatch;
    kiosk.click(u"confirmPushButton"_s);
    secondWatch.stop();
    CHECK(secondWatch.longestStallMs() < UiStallWatchdog::WaitingLimitMs);
    REQUIRE(kiosk.screen() == u"ticketScreen"_s);
    CHECK(kiosk.db.rows(u"SELECT COUNT(*) FROM visits"_s).value(0).toInt() == visitsBefore + 1);
}
