// besuk-cli print: a staff reprint, headless, through the besuk program (besuk-cli links no Qt Gui), onto the test
// ESC/POS printer; its exit codes and its one error line for printer problems.
#include "EscPosTestPrinter.h"
#include "QrCode.h"
#include "TicketTestSupport.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

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

CliRun runCli(const TicketFacility &facility, const QStringList &arguments) {
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(BESUK_CLI_PATH), QStringList{u"--db"_s, facility.path(u"besuk.sqlite"_s), u"--key"_s,
                                                              facility.path(u"facility.key"_s)} +
                                                      arguments);
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
    CHECK(run.out.isEmpty());
    CHECK(run.err.startsWith(u"besuk-cli: "_s));
    CHECK(run.err.count(u'\n') == 1);
    CHECK(run.err.contains(u"A-001"_s));
    CHECK(run.err.contains(u"paper out"_s));

    EscPosTestPrinter refusing(EscPosTestPrinter::Mode::Refusing);
    run = runCli(facility, {u"print"_s, ticket.payload, u"--printer"_s, refusing.uri(), u"--lang"_s, u"en"_s});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(u"connection refused"_s));

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
