// SPDX-License-Identifier: GPL-3.0-or-later
// besuk-cli print: a staff reprint, headless and in-process (besuk-cli runs alone, from a folder without the besuk
// program, with no display), onto the test ESC/POS printer; its exit codes and its one error line for printer
// problems.
#include "EscPosTestPrinter.h"
#include "GuiWait.h"
#include "TicketTestSupport.h"
#include "platform/ticket/QrCode.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace besuk;
using namespace besuk::test;
using namespace Qt::StringLiterals;

namespace {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
    qint64 ms = 0;
};

// besuk-cli copied alone into a folder of its own: nothing beside it to start.
QString lonelyCli() {
    static QTemporaryDir dir;
    const QString path = dir.filePath(u"besuk-cli"_s);
    if (!QFile::exists(path))
        REQUIRE(QFile::copy(QStringLiteral(BESUK_CLI_PATH), path));
    return path;
}

CliRun runCli(const TicketFacility &facility, const QStringList &arguments) {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
        environment.remove(name);
    environment.insert(u"PATH"_s, u"/usr/bin:/bin"_s);
    process.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    process.start(lonelyCli(),
                  QStringList{u"--db"_s, facility.db.location(), u"--key"_s, facility.db.keyPath()} + arguments);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError()), timer.elapsed()};
}

} // namespace

TEST_CASE("besuk-cli print reprints a ticket on an ESC-POS printer", "[devices][escpos][cli]") {
    TicketFacility facility;
    const TicketView ticket = facility.issue();
    EscPosTestPrinter printer;
    const CliRun run =
        runCli(facility, {u"print"_s, ticket.payload, u"--printer"_s, printer.uri(), u"--paper"_s, u"80mm"_s});
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(json.value(u"printed"_s).toBool());
    CHECK(json.value(u"printer"_s).toString() == printer.uri());
    CHECK(run.err.isEmpty());

    const EscPosStream stream = EscPosStream::parse(printer.received());
    REQUIRE(stream.complete);
    REQUIRE_FALSE(stream.of(EscPosCommand::Kind::Raster).isEmpty());
    CHECK(stream.of(EscPosCommand::Kind::Raster).first().rowBytes == 576 / 8);
    CHECK(stream.of(EscPosCommand::Kind::Cut).size() == 1);
    CHECK(QrCode::decode(stream.paper()) == std::optional<QString>(ticket.payload));
    WARN("besuk-cli print over TCP took " << run.ms << " ms");
}

TEST_CASE("besuk-cli print reports a printer problem, a forged ticket and bad usage", "[devices][escpos][cli]") {
    TicketFacility facility;
    const TicketView ticket = facility.issue();

    EscPosTestPrinter paperOut(EscPosTestPrinter::Mode::Normal, PrinterStatus::paperOut());
    CliRun run = runCli(facility, {u"print"_s, ticket.payload, u"--printer"_s, paperOut.uri(), u"--lang"_s, u"en"_s});
    CHECK(run.exitCode == 1);
    CHECK(run.err.startsWith(u"besuk-cli: "_s));
    CHECK(run.err.count(u'\n') == 1);
    CHECK(run.err.contains(u"A-001"_s));
    CHECK(run.err.contains(u"paper out"_s));
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(json.value(u"printed"_s) == QJsonValue(false));
    CHECK(json.value(u"message"_s).toString().contains(u"paper out"_s));

    EscPosTestPrinter refusing(EscPosTestPrinter::Mode::Refusing);
    run = runCli(facility, {u"print"_s, ticket.payload, u"--printer"_s, refusing.uri(), u"--lang"_s, u"en"_s});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(u"refused the connection"_s));

    // Not a ticket of this facility: nothing is sent.
    EscPosTestPrinter unused;
    QString forged = ticket.payload;
    forged[10] = forged[10] == u'A' ? u'B' : u'A';
    run = runCli(facility, {u"print"_s, forged, u"--printer"_s, unused.uri()});
    CHECK(run.exitCode == 1);
    CHECK(run.err.startsWith(u"besuk-cli: "_s));
    CHECK(unused.received().isEmpty());

    run = runCli(facility, {u"print"_s, ticket.payload});
    CHECK(run.exitCode == 2);
    run = runCli(facility, {u"print"_s, ticket.payload, u"--printer"_s, u"lp0"_s});
    CHECK(run.exitCode == 2);
    run = runCli(facility, {u"print"_s, ticket.payload, u"--printer"_s, u"escpos-tcp://host:99999"_s});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(u"does not name a printer"_s));
    run = runCli(facility, {u"print"_s, ticket.payload, u"--printer"_s, unused.uri(), u"--paper"_s, u"A4"_s});
    CHECK(run.exitCode == 2);
    CHECK(unused.received().isEmpty());
}

namespace {

// `besuk-cli print --no-status` on `printer`: exit 1, "printed": false and the message, on stdout and stderr.
QString checkNotPrinted(const TicketFacility &facility, const TicketView &ticket, const EscPosTestPrinter &printer,
                        const QString &language = u"en"_s) {
    const CliRun run = runCli(facility, {u"print"_s, ticket.payload, u"--printer"_s, printer.uri(), u"--paper"_s,
                                         u"80mm"_s, u"--no-status"_s, u"--lang"_s, language});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 1);
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(json.value(u"printed"_s) == QJsonValue(false));
    CHECK(json.value(u"printer"_s).toString() == printer.uri());
    CHECK(json.value(u"queue_number"_s).toString() == u"A-001"_s);
    const QString message = json.value(u"message"_s).toString();
    CHECK(run.err == u"besuk-cli: "_s + message + u'\n');
    return message;
}

} // namespace

TEST_CASE("besuk-cli print --no-status says printed only when the printer took the whole ticket",
          "[devices][escpos][cli]") {
    TicketFacility facility;
    const TicketView ticket = facility.issue();
    using Mode = EscPosTestPrinter::Mode;

    SECTION("a printer that stops reading") {
        EscPosTestPrinter printer(Mode::StopsReading);
        const QString message = checkNotPrinted(facility, ticket, printer);
        CHECK(message.startsWith(u"Ticket A-001 was not printed: The printer at "_s));
        CHECK(message.contains(u"stopped taking data after"_s));
        CHECK(printer.received().size() == EscPosTestPrinter::StopAfterBytes);
    }
    SECTION("a printer that resets the connection mid-ticket") {
        EscPosTestPrinter printer(Mode::ResetsMidTicket);
        CHECK(checkNotPrinted(facility, ticket, printer).contains(u"broke off the connection after"_s));
        CHECK(printer.received().size() == EscPosTestPrinter::ResetAfterBytes);
    }
    SECTION("a printer that never answers the connection") {
        EscPosTestPrinter printer(Mode::NeverAccepts);
        CHECK(checkNotPrinted(facility, ticket, printer).contains(u"did not accept the connection within 2 s"_s));
    }
    SECTION("a printer that reads slowly prints") {
        EscPosTestPrinter printer(Mode::ReadsSlowly);
        const CliRun run = runCli(facility, {u"print"_s, ticket.payload, u"--printer"_s, printer.uri(), u"--paper"_s,
                                             u"80mm"_s, u"--no-status"_s});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        CHECK(QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"printed"_s) == QJsonValue(true));
        // Exit 0 came after the printer acknowledged every byte: the rest was in its receive buffer at most.
        const qsizetype atExit = printer.received().size();
        REQUIRE(waitUntil(
            [&] {
                const EscPosStream stream = EscPosStream::parse(printer.received());
                return stream.complete && stream.of(EscPosCommand::Kind::Cut).size() == 1;
            },
            20000));
        CHECK(printer.received().size() - atExit <= printer.receiveBuffer());
    }
}

TEST_CASE("besuk-cli print reports a printer problem wholly in the chosen language",
          "[devices][escpos][cli][language]") {
    TicketFacility facility;
    const TicketView ticket = facility.issue();
    EscPosTestPrinter refusing(EscPosTestPrinter::Mode::Refusing);
    const QString at = refusing.uri().mid(13);
    CHECK(checkNotPrinted(facility, ticket, refusing, u"id"_s) ==
          u"Tiket A-001 tidak tercetak: Printer di %1 menolak sambungan: apakah printer menyala dan alamatnya "
          u"benar?"_s.arg(at));
    CHECK(checkNotPrinted(facility, ticket, refusing, u"en"_s) ==
          u"Ticket A-001 was not printed: The printer at %1 refused the connection: is it switched on, and is the "
          u"address right?"_s.arg(at));
    EscPosTestPrinter stops(EscPosTestPrinter::Mode::StopsReading);
    const QString message = checkNotPrinted(facility, ticket, stops, u"id"_s);
    CHECK(message.startsWith(
        u"Tiket A-001 tidak tercetak: Printer di %1 berhenti menerima data setelah "_s.arg(stops.uri().mid(13))));
    CHECK(message.endsWith(u"bita dan tidak menerima apa pun lagi selama 2 detik: apakah kertasnya habis, atau "
                           u"penutupnya terbuka?"_s));
}
