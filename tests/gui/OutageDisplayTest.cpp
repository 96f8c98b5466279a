// SPDX-License-Identifier: GPL-3.0-or-later
// The lobby board when its PostgreSQL server stops answering: the server of the test's own is stopped and a
// listener on its port takes connections and never says a word, so each connection attempt waits for the 5 s
// connect timeout, as with a server that hangs or a network that drops packets. Registered only where PostgreSQL 15
// is installed (tests/gui/display.cmake).
#include "GuiWait.h"
#include "OwnPostgres.h"
#include "SilentServer.h"
#include "UiStallWatchdog.h"
#include "db/CallService.h"
#include "db/Clock.h"
#include "db/Database.h"
#include "db/Facility.h"
#include "db/InmateStore.h"
#include "db/RegistrationService.h"
#include "ui/common/DisplaySettings.h"
#include "ui/display/DisplayModel.h"
#include "ui/display/DisplayWindow.h"

#include <QApplication>
#include <QLabel>
#include <QTest>
#include <QUrl>

#include <catch2/catch.hpp>

#include <iostream>

using namespace Qt::StringLiterals;
using namespace besuk;
using namespace besuk::test;

namespace {

const QDateTime Morning = QDateTime(QDate(2025, 12, 27), QTime(1, 0), Qt::UTC); // 09:00 in Asia/Makassar

QLabel *label(DisplayWindow &window, const QString &name) {
    auto *found = window.findChild<QLabel *>(name);
    REQUIRE(found != nullptr);
    return found;
}

} // namespace

TEST_CASE("The lobby board keeps answering while its server does not answer, says so, and shows the calls again "
          "when the server is back",
          "[gui][display][offline][postgres]") {
    OwnPostgres server;
    FixedClock clock(Morning);
    auto facility = server.initialiseFacility(clock);
    for (const auto &[inmate, nik] :
         {std::pair{u"WB-001"_s, u"6471051403850001"_s}, {u"WB-002"_s, u"6471051403850002"_s}}) {
        REQUIRE(InmateStore(*facility).add(inmate, u"Andi Wijaya"_s, u"A"_s, u"test"_s).ok());
        REQUIRE(RegistrationService(*facility)
                    .registerGroup({inmate, {{nik, u"Budi Santoso"_s}}, 0, Service::Visit, u"kiosk-1"_s})
                    .ok());
    }
    REQUIRE(CallService(*facility).callNext(Service::Visit, u"Gate 1"_s, u"Joko"_s).ok());

    DisplaySettings settings;
    settings.language = u"en"_s;
    settings.speech = {};
    DisplayWindow window(*facility, settings);
    window.resize(1366, 768);
    window.show();
    QLabel *number = label(window, u"numberLabel"_s);
    QLabel *problem = label(window, u"problemLabel"_s);
    REQUIRE(waitUntil([&] { return number->text() == u"A-001"_s; }));
    CHECK(problem->isHidden());

    server.stop();
    SilentServer silent(quint16(QUrl(server.url()).port()));
    UiStallWatchdog watchdog;
    window.model().refresh(); // meets the silent server: the read waits for the connect timeout, the screen not
    watchdog.stop();
    std::cout << "display offline: longest stall " << watchdog.longestStallMs() << " ms over " << watchdog.probes()
              << " probes while the read waited on a server that does not answer (" << silent.held()
              << " connections held)" << std::endl;
    CHECK(silent.held() >= 1);
    CHECK(watchdog.probes() > 100); // the screen handled events all through the wait
    CHECK(watchdog.longestStallMs() < UiStallWatchdog::WaitingLimitMs);
    REQUIRE(waitUntil([&] { return problem->isVisible(); }));
    CHECK(problem->text().startsWith(u"The board may be out of date: "_s));
    CHECK(number->text() == u"A-001"_s); // the last board read stays up

    silent.close();
    server.start();
    auto gate = server.openFacility(clock, facility->keyPath()); // a gate calls the next number
    REQUIRE(CallService(*gate).callNext(Service::Visit, u"Gate 1"_s, u"Joko"_s).ok());
    window.model().refresh();
    REQUIRE(waitUntil([&] { return number->text() == u"A-002"_s; }, 30'000));
    CHECK(waitUntil([&] { return problem->isHidden(); }, 30'000));
}
