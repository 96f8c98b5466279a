// SPDX-License-Identifier: GPL-3.0-or-later
// `besuk --demo`: its ticket PDFs stay after it quits, in a folder it names on screen (DemoNotice), not only on the
// terminal.
#include "LayoutChecks.h"
#include "app/demo/DemoFacility.h"
#include "db/Clock.h"
#include "db/RegistrationService.h"
#include "platform/printing/TicketPrinter.h"
#include "platform/ticket/TicketView.h"
#include "ui/common/DemoNotice.h"
#include "ui/common/KioskSettings.h"
#include "ui/common/StationLanguage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <catch2/catch.hpp>

#include <ostream>

using namespace besuk;
using namespace besuk::test;
using namespace Qt::StringLiterals;

inline std::ostream &operator<<(std::ostream &os, const QString &text) {
    return os << text.toStdString();
}

namespace {

const FixedClock DemoClock(QDateTime(QDate(2025, 12, 27), QTime(1, 0), Qt::UTC));

// Registers a group at the demo's kiosk and prints its ticket as the demo's kiosk does; the PDF's path.
QString printTicket(Facility &facility, const QString &ticketFolder) {
    auto ticket = RegistrationService(facility).registerGroup(RegistrationRequest{
        u"B.I-001/2025"_s, {{u"6471050501900003"_s, u"Budi Santoso"_s}}, 1, Service::Visit, u"kiosk-demo"_s});
    REQUIRE(ticket.ok());
    KioskSettings settings;
    settings.printer.kind = PrinterChoice::Kind::Pdf;
    settings.pdfFolder = ticketFolder;
    const PrinterChoice choice =
        settings.choiceFor(ticket->visit.date.toString(Qt::ISODate), ticket->visit.queueLabel());
    REQUIRE(TicketPrinter::print(TicketView::from(ticket->visit, ticket->payload, facility), choice).ok());
    return choice.pdfPath;
}

} // namespace

TEST_CASE("The demo's ticket PDFs stay after it quits, its database does not", "[gui][demo]") {
    QTemporaryDir home;
    const QString folder = home.filePath(u"Documents/Besuk-demo/tickets-20251227-090000"_s);
    QString database;
    QString pdf;
    {
        DemoFacility demo(DemoClock, folder);
        auto facility = demo.create();
        REQUIRE(facility.ok());
        CHECK(demo.ticketFolder() == folder);
        CHECK(QFileInfo(folder).isDir());
        database = demo.folder();
        pdf = printTicket(**facility, demo.ticketFolder());
        CHECK(QFileInfo(pdf).dir() == QDir(folder));
        REQUIRE(QFileInfo::exists(pdf));
    }
    CHECK_FALSE(QFileInfo::exists(database));
    CHECK(QFileInfo(pdf).size() > 0);
}

TEST_CASE("By default the demo keeps its tickets under Documents/Besuk-demo, one folder per run", "[gui][demo]") {
    QTemporaryDir home;
    const QByteArray savedHome = qgetenv("HOME");
    const QByteArray savedConfig = qgetenv("XDG_CONFIG_HOME");
    qputenv("HOME", QFile::encodeName(home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(u".config"_s))); // no user-dirs.dirs there
    const QString first = DemoFacility::defaultTicketFolder(DemoClock);
    FixedClock later(DemoClock.now().addSecs(90));
    const QString second = DemoFacility::defaultTicketFolder(later);
    qputenv("HOME", savedHome);
    qputenv("XDG_CONFIG_HOME", savedConfig);
    CHECK(first.startsWith(home.filePath(u"Documents/Besuk-demo/tickets-"_s)));
    CHECK(second.startsWith(home.filePath(u"Documents/Besuk-demo/tickets-"_s)));
    CHECK(first != second);
}

TEST_CASE("A ticket folder that cannot be made stops the demo and names the folder", "[gui][demo]") {
    QTemporaryDir home;
    QFile blocker(home.filePath(u"Documents"_s)); // a file where the folder should be
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString folder = home.filePath(u"Documents/Besuk-demo/tickets"_s);
    DemoFacility demo(DemoClock, folder);
    auto facility = demo.create();
    REQUIRE_FALSE(facility.ok());
    CHECK(facility.error().message.contains(QDir::toNativeSeparators(folder)));
}

TEST_CASE("The demo notice names the ticket folder on screen, whole, and opens it", "[gui][demo]") {
    const QString language = GENERATE(u"id"_s, u"en"_s);
    StationLanguage translation;
    REQUIRE(translation.apply(language));
    const QString folder = u"/home/pengunjung/Documents/Besuk-demo/tickets-20251227-090000"_s;
    DemoNotice notice(folder, {u"1234"_s, u"penjaga"_s, u"admin"_s});
    QList<QUrl> opened;
    bool opens = true;
    notice.setFolderOpener([&](const QUrl &url) {
        opened.append(url);
        return opens;
    });
    notice.show();
    REQUIRE(QTest::qWaitForWindowExposed(&notice));
    auto *folderLabel = notice.findChild<QLabel *>(u"folderLabel"_s);
    REQUIRE(folderLabel);
    CHECK(folderLabel->isVisible());
    CHECK(folderLabel->text() == folder);
    CHECK(notice.findChild<QLabel *>(u"accountsLabel"_s)->text().contains(u"penjaga"_s));
    CHECK(clippedLabels(&notice) == QStringList());
    CHECK(clippedButtons(&notice) == QStringList());
    CHECK(widgetsOutside(&notice) == QStringList());

    auto *open = notice.findChild<QPushButton *>(u"openFolderPushButton"_s);
    QTest::mouseClick(open, Qt::LeftButton);
    CHECK(opened == QList<QUrl>{QUrl::fromLocalFile(folder)});
    auto *message = notice.findChild<QLabel *>(u"messageLabel"_s);
    CHECK_FALSE(message->isVisible());
    opens = false; // no file manager on this desktop
    QTest::mouseClick(open, Qt::LeftButton);
    CHECK(message->isVisible());
    CHECK(message->text().contains(folder));
    QCoreApplication::processEvents();
    CHECK(clippedLabels(&notice) == QStringList());
    QDir().mkpath(QStringLiteral(BESUK_SCREENSHOT_DIR));
    CHECK(notice.grab().save(QStringLiteral(BESUK_SCREENSHOT_DIR "/demo-notice-%1.png").arg(language)));
}

TEST_CASE("besuk --demo makes its ticket folder under Documents and names it", "[gui][demo]") {
    QTemporaryDir home;
    QProcess besuk;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, home.path());
    environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u".config"_s));
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"BESUK_REPORT_FIRST_PAINT"_s, u"1"_s);
    environment.insert(u"BESUK_EXIT_AFTER_FIRST_PAINT"_s, u"1"_s);
    besuk.setProcessEnvironment(environment);
    besuk.start(QStringLiteral(BESUK_PATH), {u"--demo"_s});
    REQUIRE(besuk.waitForFinished(60'000));
    const QString out = QString::fromLocal8Bit(besuk.readAllStandardOutput());
    INFO(out << QString::fromLocal8Bit(besuk.readAllStandardError()));
    CHECK(besuk.exitCode() == 0);
    const QDir demoDocuments(home.filePath(u"Documents/Besuk-demo"_s));
    const QStringList runs = demoDocuments.entryList({u"tickets-*"_s}, QDir::Dirs);
    REQUIRE(runs.size() == 1);
    CHECK(out.contains(demoDocuments.filePath(runs.first())));
}
