// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk's window through a real outage: a PostgreSQL server of the test's own is stopped while a visitor
// registers, and started again. Registered only where PostgreSQL 15 is installed (tests/gui/kiosk.cmake).
#include "GuiWait.h"
#include "JournalPeek.h"
#include "OwnPostgres.h"
#include "UiStallWatchdog.h"
#include "db/BanStore.h"
#include "db/Clock.h"
#include "db/Database.h"
#include "db/Facility.h"
#include "db/InmateStore.h"
#include "db/Visit.h"
#include "ui/common/KioskSettings.h"
#include "ui/common/MirrorSchedule.h"
#include "ui/kiosk/KioskFlow.h"
#include "ui/kiosk/KioskWindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <catch2/catch.hpp>

#include <iostream>

using namespace Qt::StringLiterals;
using namespace besuk;
using namespace besuk::test;

namespace {

const QDateTime Morning = QDateTime(QDate(2025, 12, 27), QTime(1, 0), Qt::UTC); // 09:00 in Asia/Makassar

QWidget *focused() {
    QWidget *widget = QApplication::focusWidget();
    REQUIRE(widget != nullptr);
    return widget;
}

// Types as a person does: one key at a time, the screen handling its events in between (QTest::keyClicks sends a
// whole word without returning to the event loop, which the watchdog would count as one long stall).
void typeKeys(const QString &text) {
    for (const QChar key : text) {
        QTest::keyClick(focused(), key.toLatin1());
        QCoreApplication::processEvents();
    }
}

template <typename T> T *visible(QWidget &window, const QString &name) {
    for (T *candidate : window.findChildren<T *>(name))
        if (candidate->isVisible())
            return candidate;
    INFO("widget " << name.toStdString());
    FAIL("not on screen");
    return nullptr;
}

void shoot(KioskWindow &window, const QString &name) {
    QDir().mkpath(QStringLiteral(BESUK_SCREENSHOT_DIR));
    QCoreApplication::processEvents();
    CHECK(window.grab().save(QStringLiteral(BESUK_SCREENSHOT_DIR "/kiosk-%1-%2.png").arg(name, window.language())));
}

// A kiosk station with its journal and its ticket folder among the test's files.
KioskSettings journalled(const OwnPostgres &server, const QString &language) {
    KioskSettings settings;
    settings.language = language;
    settings.voiceHelp = false;
    settings.printer.kind = PrinterChoice::Kind::Pdf;
    settings.pdfFolder = server.filePath(u"tickets"_s);
    settings.station = u"kiosk-1"_s;
    settings.journalPath = server.filePath(u"kiosk-journal.db"_s);
    return settings;
}

void shown(KioskWindow &window, const QSize &size) {
    window.resize(size);
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(window.flow().hasJournal());
}

} // namespace

TEST_CASE("A kiosk whose server stops says so calmly, registers from its journal with its own numbers, and sends "
          "the registrations when the server is back",
          "[gui][kiosk][offline][postgres]") {
    const QSize size = GENERATE(QSize(1366, 768), QSize(1080, 1920));
    OwnPostgres server;
    FixedClock clock(Morning);
    auto facility = server.initialiseFacility(clock);
    REQUIRE(InmateStore(*facility).add(u"WB-001"_s, u"Andi Wijaya"_s, u"A"_s, u"test"_s).ok());

    const KioskSettings settings = journalled(server, u"id"_s);
    KioskWindow window(*facility, settings);
    shown(window, size);
    QLabel *banner = window.offlineBanner();
    CHECK(banner->isHidden());

    server.stop();
    UiStallWatchdog watchdog; // the screen answers all through the outage and the way back
    QTest::mouseClick(visible<QPushButton>(window, u"visitPushButton"_s), Qt::LeftButton);
    QElapsedTimer switched;
    switched.start();
    typeKeys(u"Andi"_s);
    QTest::keyClick(focused(), Qt::Key_Return);
    // The switch shows with the answer to the first call that met the stopped server (the time is reported).
    REQUIRE(waitUntil([&] { return banner->isVisible(); }));
    std::cout << "kiosk offline: the banner showed " << switched.elapsed() << " ms after the search met the stopped "
              << "server" << std::endl;
    CHECK(banner->text().startsWith(u"Server tidak terjangkau — mode luring\n"_s));
    QTest::keyClick(focused(), Qt::Key_Return); // the inmate found in the kiosk's copy of the roster
    REQUIRE(window.currentScreen()->objectName() == u"adultsScreen"_s);
    visible<QLineEdit>(window, u"nikLineEdit"_s)->setFocus();
    typeKeys(u"6471050501900003"_s);
    QTest::keyClick(focused(), Qt::Key_Tab);
    typeKeys(u"Budi Santoso"_s);
    QTest::keyClick(focused(), Qt::Key_Return);
    QTest::mouseClick(visible<QPushButton>(window, u"nextPushButton"_s), Qt::LeftButton);
    REQUIRE(window.currentScreen()->objectName() == u"reviewScreen"_s);
    QTest::mouseClick(visible<QPushButton>(window, u"confirmPushButton"_s), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return window.currentScreen()->objectName() == u"ticketScreen"_s; }));
    CHECK(visible<QLabel>(window, u"queueLabel"_s)->text() == u"A-901"_s);
    REQUIRE(window.flow().ticket().has_value());
    const qint64 visitId = window.flow().ticket()->visit.id;
    CHECK(banner->text().contains(u"(sisa 19 nomor antrean)"_s));       // the numbers this kiosk can still give
    CHECK(banner->height() >= banner->heightForWidth(banner->width())); // nothing cut off
    const QString orientation = size.width() > size.height() ? u"landscape"_s : u"portrait"_s;
    watchdog.unwatched([&] { shoot(window, u"offline-ticket-"_s + orientation); });
    visible<QPushButton>(window, u"englishPushButton"_s)->click();
    CHECK(waitUntil([&] { return banner->text().startsWith(u"Server unreachable — offline mode\n"_s); }));
    watchdog.unwatched([&] { shoot(window, u"offline-ticket-"_s + orientation); });

    watchdog.unwatched([&] { server.start(); });
    switched.restart();
    REQUIRE(waitUntil([&] { return !window.flow().offline(); }, 60'000)); // asked every second
    std::cout << "kiosk offline: back online and the journal sent " << switched.elapsed()
              << " ms after the server was started" << std::endl;
    CHECK(banner->isVisible());
    CHECK(banner->text() == u"The server is reachable again: 1 registration sent."_s);
    CHECK(window.flow().waitingEntries() == 0);
    watchdog.stop();
    std::cout << "kiosk offline: the longest stall of the screen was " << watchdog.longestStallMs() << " ms"
              << std::endl;
    CHECK(watchdog.longestStallMs() < UiStallWatchdog::FrozenMs);
    auto office = Database::open(server.url(), Database::OpenMode::MustExist);
    REQUIRE(office.ok());
    auto visit = VisitRepository::load(**office, visitId);
    REQUIRE(visit.ok());
    CHECK(visit->queueLabel() == u"A-901"_s);
    CHECK(visit->members.first().name == u"Budi Santoso"_s);
}

TEST_CASE("A ban added at the console a moment before the server stops is known to the offline kiosk, whose copy "
          "follows the change feed",
          "[gui][kiosk][offline][postgres]") {
    OwnPostgres server;
    FixedClock clock(Morning);
    auto facility = server.initialiseFacility(clock);
    REQUIRE(InmateStore(*facility).add(u"WB-001"_s, u"Andi Wijaya"_s, u"A"_s, u"test"_s).ok());
    const KioskSettings settings = journalled(server, u"en"_s);
    KioskWindow window(*facility, settings);
    shown(window, QSize(1366, 768));

    // The console (another program, its own connection) bans Budi; the kiosk takes a fresh copy soon after, long
    // before its next periodic copy (MirrorSchedule::PeriodMs).
    const QString budi = u"6471050501900003"_s;
    auto console = server.openFacility(clock, facility->keyPath());
    REQUIRE(BanStore(*console).add(budi, u"Membawa barang terlarang"_s, u"admin"_s, {}).ok());
    console.reset();
    QElapsedTimer copied; // reported, not asserted: it depends on the machine
    copied.start();
    REQUIRE(waitUntil([&] { return journalRows(settings.journalPath, u"mirror_nik_bans"_s, u"nik"_s, budi) == 1; },
                      MirrorSchedule::PeriodMs / 2));
    std::cout << "kiosk mirror: a ban added at the console was in the kiosk's copy " << copied.elapsed()
              << " ms later (periodic copy every " << MirrorSchedule::PeriodMs << " ms)" << std::endl;

    server.stop();
    QTest::mouseClick(visible<QPushButton>(window, u"visitPushButton"_s), Qt::LeftButton);
    typeKeys(u"Andi"_s);
    QTest::keyClick(focused(), Qt::Key_Return);
    REQUIRE(waitUntil([&] { return window.flow().offline(); }, 60'000));
    QTest::keyClick(focused(), Qt::Key_Return); // the inmate, from the kiosk's copy of the roster
    REQUIRE(window.currentScreen()->objectName() == u"adultsScreen"_s);
    visible<QLineEdit>(window, u"nikLineEdit"_s)->setFocus();
    typeKeys(budi);
    QTest::keyClick(focused(), Qt::Key_Tab);
    typeKeys(u"Budi Santoso"_s);
    QTest::keyClick(focused(), Qt::Key_Return);
    QTest::mouseClick(visible<QPushButton>(window, u"nextPushButton"_s), Qt::LeftButton);
    if (window.currentScreen()->objectName() == u"reviewScreen"_s)
        QTest::mouseClick(visible<QPushButton>(window, u"confirmPushButton"_s), Qt::LeftButton);
    // Refused from the copy's bans, as the server would have (where depends on when the rule can be asked).
    CHECK(waitUntil([&] {
        for (auto *label : window.currentScreen()->findChildren<QLabel *>())
            if (label->isVisible() && label->text().contains(u"Please see an officer."_s))
                return true;
        return false;
    }));
    CHECK(window.currentScreen()->objectName() != u"ticketScreen"_s);
}
