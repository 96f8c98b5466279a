// SPDX-License-Identifier: GPL-3.0-or-later
// The staff console when its PostgreSQL server stops answering (tests/gui/SilentServer.h): the dashboard's read
// waits on the console's domain thread, the window goes on handling events and keeps the last tally it showed.
// Registered only where PostgreSQL 15 is installed (tests/gui/staff.cmake).
#include "GuiWait.h"
#include "OwnPostgres.h"
#include "SilentServer.h"
#include "UiStallWatchdog.h"
#include "db/Clock.h"
#include "db/Database.h"
#include "db/Facility.h"
#include "db/InmateStore.h"
#include "db/RegistrationService.h"
#include "db/UserStore.h"
#include "ui/staff/DashboardPage.h"
#include "ui/staff/StaffPages.h"
#include "ui/staff/StaffWindow.h"

#include <QApplication>
#include <QLineEdit>
#include <QTest>
#include <QUrl>

#include <catch2/catch.hpp>

#include <iostream>

using namespace Qt::StringLiterals;
using namespace besuk;
using namespace besuk::test;

namespace {

const QDateTime Morning = QDateTime(QDate(2025, 12, 27), QTime(1, 0), Qt::UTC); // 09:00 in Asia/Makassar

void registerVisit(Facility &facility, const QString &inmate, const QString &nik) {
    REQUIRE(InmateStore(facility).add(inmate, u"Andi Wijaya"_s, u"A"_s, u"test"_s).ok());
    REQUIRE(RegistrationService(facility)
                .registerGroup({inmate, {{nik, u"Budi Santoso"_s}}, 0, Service::Visit, u"kiosk-1"_s})
                .ok());
}

void signIn(const QString &login, const QString &pin) {
    QWidget *focused = QApplication::focusWidget();
    REQUIRE(focused != nullptr);
    QTest::keyClicks(focused, login);
    QTest::keyClick(focused, Qt::Key_Return);
    QTest::keyClicks(QApplication::focusWidget(), pin);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
}

} // namespace

TEST_CASE("The staff console keeps answering while its server does not answer, and keeps the last tally shown",
          "[gui][staff][offline][postgres]") {
    OwnPostgres server;
    FixedClock clock(Morning);
    auto facility = server.initialiseFacility(clock);
    REQUIRE(UserStore(*facility).create(u"admin"_s, u"Admin Rutan"_s, Role::Admin, u"2468"_s, u"test"_s).ok());
    registerVisit(*facility, u"WB-001"_s, u"6471051403850001"_s);

    StaffWindow window(*facility, u"en"_s);
    addStaffPages(window, *facility);
    window.resize(1280, 800);
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    signIn(u"admin"_s, u"2468"_s);
    REQUIRE(waitUntil([&] { return window.user().has_value(); }));
    DashboardPage *dashboard = nullptr;
    for (StaffPage *page : window.pages())
        if (auto *found = qobject_cast<DashboardPage *>(page))
            dashboard = found;
    REQUIRE(dashboard != nullptr);
    REQUIRE(window.openPage(dashboard));
    CHECK(dashboard->shown().registered.groups == 1);

    server.stop();
    SilentServer silent(quint16(QUrl(server.url()).port()));
    UiStallWatchdog watchdog;
    dashboard->refresh(); // meets the silent server: the read waits for the connect timeout, the window does not
    watchdog.stop();
    std::cout << "staff offline: longest stall " << watchdog.longestStallMs() << " ms over " << watchdog.probes()
              << " probes while the dashboard's read waited on a server that does not answer (" << silent.held()
              << " connections held)" << std::endl;
    CHECK(silent.held() >= 1);
    CHECK(watchdog.probes() > 100);
    CHECK(watchdog.longestStallMs() < UiStallWatchdog::WaitingLimitMs);
    CHECK(dashboard->shown().registered.groups == 1); // the last tally stays up

    silent.close();
    server.start();
    auto database = Database::open(server.url(), Database::OpenMode::MustExist); // a kiosk registers again
    REQUIRE(database.ok());
    auto kiosk = Facility::open(std::move(database).value(), clock, facility->keyPath());
    REQUIRE(kiosk.ok());
    registerVisit(**kiosk, u"WB-002"_s, u"6471051403850002"_s);
    CHECK(waitUntil([&] {
        dashboard->refresh();
        return dashboard->shown().registered.groups == 2;
    }));
}
