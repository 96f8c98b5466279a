// SPDX-License-Identifier: GPL-3.0-or-later
// The staff console when its PostgreSQL server stops answering (tests/gui/SilentServer.h): the dashboard's read
// waits on the console's domain thread, the window goes on handling events and keeps the last tally it showed. And
// every page when another program locks every table (tests/gui/PostgresLockHolder.h): reads and writes wait off the
// screen's thread. Registered only where PostgreSQL 15 is installed (tests/gui/staff.cmake).
#include "GuiWait.h"
#include "OwnPostgres.h"
#include "PostgresLockHolder.h"
#include "SilentServer.h"
#include "UiStallWatchdog.h"
#include "db/BanStore.h"
#include "db/Clock.h"
#include "db/Database.h"
#include "db/Facility.h"
#include "db/InmateStore.h"
#include "db/RegistrationService.h"
#include "db/UserStore.h"
#include "ui/staff/BansPage.h"
#include "ui/staff/DashboardPage.h"
#include "ui/staff/ExportsPage.h"
#include "ui/staff/SettingsPage.h"
#include "ui/staff/StaffPages.h"
#include "ui/staff/StaffWindow.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <catch2/catch.hpp>

#include <functional>
#include <iostream>
#include <memory>

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

// Runs `act` (which waits on the console's domain thread) while another program holds every table, and lets go of
// the tables once the console shows it waits. True when it did.
bool whileTablesLocked(OwnPostgres &server, QWidget *shade, const std::function<void()> &act) {
    PostgresLockHolder lock(server.url());
    bool shadeSeen = false;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (!shade->isVisible())
            return;
        shadeSeen = true;
        poll.stop();
        lock.release();
    });
    poll.start(5);
    act();
    return shadeSeen;
}

// A console on a server of the test's own (an administrator, one visit registered), open and signed in.
struct Console {
    Console() {
        REQUIRE(UserStore(*facility).create(u"admin"_s, u"Admin Rutan"_s, Role::Admin, u"2468"_s, u"test"_s).ok());
        registerVisit(*facility, u"WB-001"_s, u"6471051403850001"_s);
        window = std::make_unique<StaffWindow>(*facility, u"en"_s); // opens with the sign-in: an account exists
        addStaffPages(*window, *facility);
        window->resize(1280, 800);
        window->show();
        QApplication::setActiveWindow(window.get());
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
        signIn(u"admin"_s, u"2468"_s);
        REQUIRE(waitUntil([&] { return window->user().has_value(); }));
    }
    template <typename T> T *page() {
        for (StaffPage *page : window->pages())
            if (auto *found = qobject_cast<T *>(page))
                return found;
        FAIL("no such page");
        return nullptr;
    }

    OwnPostgres server;
    FixedClock clock{Morning};
    std::unique_ptr<Facility> facility = server.initialiseFacility(clock);
    std::unique_ptr<StaffWindow> window;
};

} // namespace

TEST_CASE("The staff console keeps answering while its server does not answer, and keeps the last tally shown",
          "[gui][staff][offline][postgres]") {
    Console console;
    OwnPostgres &server = console.server;
    StaffWindow &window = *console.window;
    auto *dashboard = console.page<DashboardPage>();
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
    auto kiosk = server.openFacility(console.clock, console.facility->keyPath()); // a kiosk registers again
    registerVisit(*kiosk, u"WB-002"_s, u"6471051403850002"_s);
    CHECK(waitUntil([&] {
        dashboard->refresh();
        return dashboard->shown().registered.groups == 2;
    }));
}

TEST_CASE("Every page of the staff console waits for the database off the screen's thread, each opened and a ban "
          "added while another program locks every table",
          "[gui][staff][stall][postgres]") {
    Console console;
    OwnPostgres &server = console.server;
    StaffWindow &window = *console.window;
    auto *shade = window.findChild<QWidget *>(u"busyShade"_s);
    REQUIRE(shade != nullptr);

    const QList<StaffPage *> pages = window.allowedPages();
    REQUIRE(pages.size() == window.pages().size()); // an administrator sees every page
    for (StaffPage *page : pages) // laid out and drawn once first: a page's first layout is not a wait
        (void)page->grab();
    for (StaffPage *page : pages) {
        // The export and settings pages read nothing when opened (their reads come with a button).
        const bool reads = !qobject_cast<ExportsPage *>(page) && !qobject_cast<SettingsPage *>(page);
        UiStallWatchdog watchdog;
        const bool waited = whileTablesLocked(server, shade, [&] { REQUIRE(window.openPage(page)); });
        watchdog.stop();
        INFO("page " << page->title().toStdString());
        std::cout << "staff page " << page->metaObject()->className()
                  << " opened while the tables were locked: " << (waited ? "waited" : "did not wait")
                  << ", longest stall " << watchdog.longestStallMs() << " ms over " << watchdog.probes() << " probes"
                  << std::endl;
        CHECK(waited == reads);
        // Opening a page paints it and the shade (a dashboard with its chart took 56 ms under the sanitizers in a
        // full run); a read on the screen's thread would stall for the lock's 10 s.
        CHECK(watchdog.longestStallMs() < UiStallWatchdog::FrozenMs);
        if (reads)
            CHECK(watchdog.probes() >= 10); // the window handled events while the page waited
    }

    auto *bans = console.page<BansPage>();
    REQUIRE(window.openPage(bans));
    QTest::keyClicks(bans->findChild<QLineEdit *>(u"nikLineEdit"_s), u"6471051403850009"_s);
    QTest::keyClicks(bans->findChild<QLineEdit *>(u"reasonLineEdit"_s), u"Membawa barang terlarang"_s);
    UiStallWatchdog watchdog;
    const bool waited = whileTablesLocked(
        server, shade, [&] { QTest::mouseClick(bans->findChild<QPushButton *>(u"addPushButton"_s), Qt::LeftButton); });
    watchdog.stop();
    CHECK(waited);
    CHECK(watchdog.longestStallMs() < UiStallWatchdog::FrozenMs); // the shade is painted, as above
    auto stored = BanStore(*console.facility).active();
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == 1);
    CHECK(stored->first().nik == u"6471051403850009"_s);
}
