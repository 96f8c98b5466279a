// SPDX-License-Identifier: GPL-3.0-or-later
// besuk_bench_gui: start-up and footprint of the kiosk, and the ticket's layout + QR code.
//
//   besuk_bench_gui --work-dir DIR [--runs N]
//
// Start-up: `besuk --station kiosk` on a prepared facility (DIR/kiosk.db, the demo roster), run N times with
// QT_QPA_PLATFORM=offscreen and BESUK_REPORT_FIRST_PAINT (app/gui/FirstPaintProbe.h): the time from starting the
// process to the line it prints once its window has been painted. Memory: a KioskWindow in this process, driven
// through one whole registration by keyboard (as tests/gui/KioskFlowTest.cpp does), then VmRSS. Ticket: a real
// registration's TicketView rendered for 58 mm paper at 203 dpi (layout + QR encode), and the QR encode alone.

#include "BenchFacility.h"
#include "BenchStats.h"
#include "db/InmateStore.h"
#include "db/RegistrationService.h"
#include "platform/ticket/QrCode.h"
#include "platform/ticket/TicketLayout.h"
#include "platform/ticket/TicketView.h"
#include "ui/kiosk/KioskWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace besuk;
using namespace besuk::bench;

namespace {

// The process's resident memory in MB (VmRSS or VmHWM of /proc/self/status).
double memoryMb(const char *field) {
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').value(0).toDouble() / 1024;
    return 0;
}

bool prepareKioskFacility(const QString &path, const Clock &clock) {
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u".key"_s})
        QFile::remove(path + suffix);
    auto opened = openFacility(path, path + u".key"_s, clock, true);
    if (failed(opened, "kiosk facility"))
        return false;
    QFile roster(QStringLiteral(BESUK_DEMO_ROSTER));
    if (!roster.open(QIODevice::ReadOnly))
        return false;
    return !failed(InmateStore(**opened).importCsv(roster.readAll(), u"bench"_s), "roster");
}

struct StartUp {
    Summary ms;
    double rssMb = 0;
    QString failure;
};

StartUp startUp(const QString &database, int runs) {
    StartUp result;
    QTemporaryDir runtime;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"BESUK_REPORT_FIRST_PAINT"_s, u"1"_s);
    environment.insert(u"BESUK_EXIT_AFTER_FIRST_PAINT"_s, u"1"_s);
    environment.insert(u"XDG_RUNTIME_DIR"_s, runtime.path());
    std::vector<double> times;
    for (int run = 0; run <= runs; ++run) { // run 0 warms the disk cache and is not counted
        QProcess besuk;
        besuk.setProcessEnvironment(environment);
        besuk.setReadChannel(QProcess::StandardError); // waitForReadyRead() waits on this one
        besuk.setProgram(QStringLiteral(BESUK_PATH));
        besuk.setArguments({u"--station"_s, u"kiosk"_s, u"--db"_s, database, u"--key"_s, database + u".key"_s});
        QElapsedTimer timer;
        timer.start();
        besuk.start();
        QByteArray output;
        double painted = -1;
        while (painted < 0 && timer.elapsed() < 30'000) {
            if (!besuk.waitForReadyRead(30'000) && besuk.state() == QProcess::NotRunning)
                break;
            const double now = double(timer.nsecsElapsed()) / 1e6;
            output += besuk.readAllStandardError();
            const qsizetype at = output.indexOf("besuk-first-paint");
            if (at >= 0) {
                painted = now;
                result.rssMb = output.mid(at).split('\n').value(0).split(' ').value(2).toDouble() / 1024;
            }
        }
        besuk.waitForFinished(10'000);
        if (painted < 0) {
            result.failure = QString::fromLocal8Bit(output + besuk.readAllStandardError()).left(500);
            return result;
        }
        if (run > 0)
            times.push_back(painted);
    }
    result.ms = summarize(times);
    return result;
}

QWidget *focused() {
    return QApplication::focusWidget();
}
void type(const QString &text) {
    QTest::keyClicks(focused(), text);
}
void press(Qt::Key key) {
    QTest::keyClick(focused(), key);
}

// One whole registration at a real KioskWindow by keyboard, as KioskFlowTest does: the screens' names on the way.
bool registerAtKiosk(Facility &facility, const QString &ticketFolder, QString &failure) {
    KioskSettings settings;
    settings.printer.kind = PrinterChoice::Kind::Pdf;
    settings.pdfFolder = ticketFolder;
    settings.station = u"kiosk-bench"_s;
    KioskWindow window(facility, settings);
    window.resize(1280, 800);
    window.show();
    QApplication::setActiveWindow(&window);
    if (!QTest::qWaitForWindowActive(&window))
        return failure = u"the kiosk window never became active"_s, false;
    const auto at = [&](const QString &screen) {
        if (window.currentScreen()->objectName() == screen)
            return true;
        failure = u"expected "_s + screen + u", on "_s + window.currentScreen()->objectName();
        return false;
    };
    if (!at(u"welcomeScreen"_s))
        return false;
    press(Qt::Key_Return);
    if (!at(u"inmateScreen"_s))
        return false;
    type(u"andi"_s);
    press(Qt::Key_Return);
    press(Qt::Key_Return);
    if (!at(u"adultsScreen"_s))
        return false;
    type(u"6471050501900003"_s);
    press(Qt::Key_Tab);
    type(u"Budi Santoso"_s);
    press(Qt::Key_Return);
    type(u"6471055208010002"_s);
    press(Qt::Key_Return);
    type(u"Siti Aminah"_s);
    press(Qt::Key_Return);
    press(Qt::Key_Return);
    if (!at(u"reviewScreen"_s))
        return false;
    press(Qt::Key_Plus); // one child without a NIK, on the review screen's stepper
    press(Qt::Key_Return);
    if (!at(u"ticketScreen"_s))
        return false;
    QTest::qWait(200); // the ticket's PDF written, the screen painted
    return true;
}

} // namespace

int main(int argc, char *argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption workDir(u"work-dir"_s, u"Where the kiosk's database lives."_s, u"DIR"_s);
    const QCommandLineOption runs(u"runs"_s, u"Start-ups timed (default 15)."_s, u"N"_s, u"15"_s);
    parser.addOptions({workDir, runs});
    parser.addHelpOption();
    parser.process(app);
    const QString dir = QDir(parser.value(workDir).isEmpty() ? u"."_s : parser.value(workDir)).absolutePath();
    QDir().mkpath(dir);

    FixedClock clock(facilityTime(benchDay(), QTime(9, 0)));
    const QString kioskDb = dir + u"/kiosk.db"_s;
    if (!prepareKioskFacility(kioskDb, clock))
        return 1;
    std::fprintf(stderr, "start-up: %d runs\n", parser.value(runs).toInt());
    const StartUp started = startUp(kioskDb, parser.value(runs).toInt());
    if (!started.failure.isEmpty()) {
        std::fprintf(stderr, "besuk did not report its first paint: %s\n", qPrintable(started.failure));
        return 1;
    }

    // In this process: a registration at the kiosk, then the ticket's rendering on the stored visit.
    const QString memoryDb = dir + u"/kiosk-memory.db"_s;
    if (!prepareKioskFacility(memoryDb, clock))
        return 1;
    auto opened = openFacility(memoryDb, memoryDb + u".key"_s, clock, false);
    if (failed(opened, "kiosk facility"))
        return 1;
    const double rssBefore = memoryMb("VmRSS:");
    QString failure;
    if (!registerAtKiosk(**opened, dir + u"/tickets"_s, failure)) {
        std::fprintf(stderr, "kiosk registration: %s\n", qPrintable(failure));
        return 1;
    }
    const double rssAfter = memoryMb("VmRSS:");
    const double peak = memoryMb("VmHWM:");

    RegistrationService registration(**opened);
    RegistrationRequest request;
    request.inmateNumber = u"B.I-002/2025"_s;
    request.adults = {AdultEntry{u"6471050202850005"_s, u"Agus Salim"_s}};
    request.children = 1;
    auto ticket = registration.registerGroup(request);
    if (failed(ticket, "registration"))
        return 1;
    const TicketView view = TicketView::from(ticket->visit, ticket->payload, **opened);
    std::vector<double> layout, encode;
    for (int i = 0; i < 200; ++i) {
        auto start = std::chrono::steady_clock::now();
        const QImage raster = TicketLayout::render(view, Paper::Thermal58, 203);
        layout.push_back(msSince(start));
        start = std::chrono::steady_clock::now();
        const QImage code = QrCode::image(view.payload, 4);
        encode.push_back(msSince(start));
        if (raster.isNull() || code.isNull())
            return 1;
    }
    const Summary layoutMs = summarize(layout);
    const Summary encodeMs = summarize(encode);

    printLine(u"### 5. Start-up and footprint"_s);
    printLine();
    printLine(u"Start-up: `besuk --station kiosk --db kiosk.db` (a prepared facility with the demo roster), offscreen, "
              u"%1 launches after one uncounted warm-up: from starting the process to its first painted window "
              u"(`BESUK_REPORT_FIRST_PAINT`, app/gui/FirstPaintProbe.h). Memory: a KioskWindow in the benchmark's "
              u"own process driven through one whole registration by keyboard (2 adults, 1 child, ticket to PDF), "
              u"then VmRSS. Ticket: `TicketLayout::render` (58 mm, 203 dpi, QR included) and `QrCode::image` "
              u"alone, 200 runs each."_s.arg(started.ms.n));
    printLine();
    printTable({u"measurement"_s, u"median"_s, u"p95"_s, u"target"_s, u""_s},
               {
                   {u"launch to first painted frame"_s, number(started.ms.median) + u" ms"_s,
                    number(started.ms.p95) + u" ms"_s, u"≤ 700 ms"_s, verdict(started.ms.median <= 700)},
                   {u"resident memory after a full registration (VmRSS; peak VmHWM %1 MB; %2 MB before the "
                    u"window opened)"_s.arg(number(peak), number(rssBefore)),
                    number(rssAfter) + u" MB"_s, u""_s, u"≤ 120 MB"_s, verdict(rssAfter <= 120)},
                   {u"resident memory of `besuk --station kiosk` at its first paint"_s,
                    number(started.rssMb) + u" MB"_s, u""_s, u"(reported)"_s, u""_s},
                   {u"ticket layout + QR encode (58 mm raster)"_s, number(layoutMs.median) + u" ms"_s,
                    number(layoutMs.p95) + u" ms"_s, u"≤ 5 ms"_s, verdict(layoutMs.median <= 5)},
                   {u"QR encode alone"_s, number(encodeMs.median) + u" ms"_s, number(encodeMs.p95) + u" ms"_s,
                    u"(reported)"_s, u""_s},
               });
    return 0;
}
