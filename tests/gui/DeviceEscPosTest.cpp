// ESC/POS thermal printers without drivers: the ticket over TCP and through a device file (a pty), read back from
// the recorded bytes and decoded with ZXing; every way a printer fails ends in the kiosk's printer-problem message
// within the status timeout.
#include "EscPosPrinter.h"
#include "EscPosTestPrinter.h"
#include "GuiWait.h"
#include "PrinterUri.h"
#include "QrCode.h"
#include "TicketPrinter.h"
#include "TicketTestSupport.h"

#include <QElapsedTimer>

#include <sys/stat.h>

using namespace besuk;
using namespace besuk::test;
using namespace Qt::StringLiterals;
using Kind = EscPosCommand::Kind;

namespace {

// The kiosk's "printer problem" text, as every printer failure starts.
QString printerProblemText() {
    return TicketPrinter::visitorMessage(TicketPrinter::failure(ErrorCode::Storage, u"x"_s));
}

PrinterChoice choiceFor(const EscPosTestPrinter &printer, Paper paper = Paper::Thermal58) {
    PrinterChoice base;
    base.paper = paper;
    auto choice = PrinterUri::parse(printer.uri(), base);
    REQUIRE(choice.ok());
    REQUIRE(choice->kind == PrinterChoice::Kind::EscPos);
    return *choice;
}

// Checks the stream's structure (initialise, bands, feed, cut, then the status questions) and returns the paper.
QImage checkTicketStream(const QByteArray &bytes, int dots, int statusQuestions) {
    const EscPosStream stream = EscPosStream::parse(bytes);
    REQUIRE(stream.complete);
    REQUIRE(stream.commands.size() > 3);
    CHECK(stream.commands.first().kind == Kind::Initialise);
    CHECK(stream.of(Kind::Unknown).isEmpty());
    const auto bands = stream.of(Kind::Raster);
    REQUIRE(bands.size() >= 2);
    for (const EscPosCommand &band : bands) {
        CHECK(band.value == 0); // GS v 0 m: normal density
        CHECK(band.rowBytes == dots / 8);
        CHECK(band.rows >= 1);
        CHECK(band.rows <= EscPosEncoder::DefaultBandRows);
    }
    const auto cuts = stream.of(Kind::Cut);
    REQUIRE(cuts.size() == 1);
    CHECK(cuts.first().value == 1); // partial cut
    qsizetype cutIndex = 0;
    while (stream.commands.at(cutIndex).at != cuts.first().at)
        ++cutIndex;
    REQUIRE(cutIndex >= 1);
    CHECK(stream.commands.at(cutIndex - 1).kind == Kind::FeedLines);
    QList<int> asked;
    for (qsizetype i = cutIndex + 1; i < stream.commands.size(); ++i) {
        CHECK(stream.commands.at(i).kind == Kind::Status);
        asked.append(stream.commands.at(i).value);
    }
    QList<int> expected;
    for (int n = 1; n <= statusQuestions; ++n)
        expected.append(n);
    CHECK(asked == expected);
    return stream.paper();
}

struct Timed {
    Result<void> result;
    qint64 ms;
};

Timed timedPrint(const TicketView &ticket, const PrinterChoice &choice) {
    QElapsedTimer timer;
    timer.start();
    auto result = TicketPrinter::print(ticket, choice);
    return {std::move(result), timer.elapsed()};
}

// A failed print: the kiosk's text for the visitor, the cause in words for staff, within 2.5 s.
void checkProblem(const Timed &printed, const QString &cause, const char *mode) {
    REQUIRE_FALSE(printed.result.ok());
    const Error &error = printed.result.error();
    INFO(mode << ": " << error.message);
    CHECK(TicketPrinter::visitorMessage(error) == printerProblemText());
    CHECK(TicketPrinter::staffDetail(error).contains(cause));
    CHECK(printed.ms < 2500);
    WARN(mode << ": printer problem after " << printed.ms << " ms: " << TicketPrinter::staffDetail(error));
}

} // namespace

TEST_CASE("ESC-POS tickets over TCP decode back to their payload on 58 and 80 mm paper", "[devices][escpos]") {
    TicketFacility facility;
    const TicketView ticket = facility.issue();
    // 0 dots: the paper's own (384 or 576); 512 dots: an 80 mm printer with a narrower head, set by hand.
    const auto [paper, setDots, dots] =
        GENERATE(std::tuple{Paper::Thermal58, 0, 384}, std::tuple{Paper::Thermal80, 0, 576},
                 std::tuple{Paper::Thermal80, 512, 512});
    EscPosTestPrinter printer;
    PrinterChoice choice = choiceFor(printer, paper);
    choice.dotsPerLine = setDots;
    CHECK(choice.effectiveDotsPerLine() == dots);

    const Timed printed = timedPrint(ticket, choice);
    INFO((printed.result ? QString() : printed.result.error().message));
    REQUIRE(printed.result.ok());
    const QByteArray bytes = printer.received();
    const QByteArray ticketBytes = EscPosPrinter::ticketBytes(ticket, choice);
    // Nothing lost: the whole ticket arrived, then the four status questions.
    CHECK(bytes.left(ticketBytes.size()) == ticketBytes);
    CHECK(bytes.size() == ticketBytes.size() + 4 * 3);
    CHECK(printer.statusRequests() == 4);
    WARN(paperKey(paper).toStdString() << ", " << dots << " dots: " << ticketBytes.size()
                                       << " bytes per ticket, printed in " << printed.ms << " ms");

    const QImage paperImage = checkTicketStream(bytes, dots, 4);
    CHECK(paperImage.width() == dots);
    // The raster is the ticket's layout, pixel for pixel, and its QR reads back as the payload.
    const QImage expected = EscPosPrinter::raster(ticket, choice).convertToFormat(QImage::Format_Grayscale8);
    CHECK(paperImage.copy(0, 0, expected.width(), expected.height()) == expected);
    CHECK(QrCode::decode(paperImage) == std::optional<QString>(ticket.payload));
    paperImage.save(screenshotPath(u"escpos-ticket-%1-%2.png"_s.arg(paperKey(paper)).arg(dots)));
}

TEST_CASE("ESC-POS tickets written to a device file decode back to their payload", "[devices][escpos]") {
    TicketFacility facility;
    const TicketView ticket = facility.issue(u"Ni Made Ayu Saraswati"_s);
    const auto [paper, dots] = GENERATE(std::pair{Paper::Thermal58, 384}, std::pair{Paper::Thermal80, 576});
    EscPosTestPrinter printer(EscPosTestPrinter::Mode::Normal, PrinterStatus::ready(),
                              EscPosTestPrinter::Transport::Pty);
    const PrinterChoice choice = choiceFor(printer, paper);
    REQUIRE(choice.device.startsWith(u"/dev/"_s));

    const Timed printed = timedPrint(ticket, choice);
    INFO((printed.result ? QString() : printed.result.error().message));
    REQUIRE(printed.result.ok());
    const QImage paperImage = checkTicketStream(printer.received(), dots, 4);
    CHECK(QrCode::decode(paperImage) == std::optional<QString>(ticket.payload));
}

TEST_CASE("A printer that draws QR codes itself gets the payload with GS ( k", "[devices][escpos]") {
    TicketFacility facility;
    const TicketView ticket = facility.issue();
    const auto [paper, dots] = GENERATE(std::pair{Paper::Thermal58, 384}, std::pair{Paper::Thermal80, 576});
    EscPosTestPrinter printer;
    PrinterChoice choice = choiceFor(printer, paper);
    choice.nativeQr = true;
    REQUIRE(TicketPrinter::print(ticket, choice).ok());

    const EscPosStream stream = EscPosStream::parse(printer.received());
    REQUIRE(stream.complete);
    CHECK(stream.nativeQrData() == ticket.payload);
    QList<int> functions;
    for (const EscPosCommand &command : stream.of(Kind::QrFunction))
        functions.append(command.value);
    CHECK(functions == QList<int>{65, 67, 69, 80, 81}); // model, module size, ECC, store, print
    // The module size is the one the layout gives the raster QR (3 dots on 58 mm).
    const int module = uchar(stream.of(Kind::QrFunction).at(1).data.at(0));
    CHECK(module >= 3);
    CHECK(module * (QrCode::modules(ticket.payload) + 8) <= dots);
    // The raster parts hold no QR of their own: only the printer's code reads.
    EscPosStream rasterOnly = stream;
    rasterOnly.commands.removeIf([](const EscPosCommand &c) { return c.kind == Kind::QrFunction; });
    CHECK_FALSE(QrCode::decode(rasterOnly.paper()).has_value());
    const QImage paperImage = stream.paper();
    CHECK(QrCode::decode(paperImage) == std::optional<QString>(ticket.payload));
    paperImage.save(screenshotPath(u"escpos-native-qr-%1.png"_s.arg(paperKey(paper))));
}

TEST_CASE("Every ESC-POS failure ends in the printer-problem message within the timeout", "[devices][escpos]") {
    TicketFacility facility;
    const TicketView ticket = facility.issue();
    using Mode = EscPosTestPrinter::Mode;

    SECTION("a printer that never answers the status request") {
        EscPosTestPrinter printer(Mode::Silent);
        const Timed printed = timedPrint(ticket, choiceFor(printer));
        checkProblem(printed, u"no answer to the status request within 2 s"_s, "never answers");
        CHECK(printed.ms >= 1900);
        // The whole ticket reached the printer before the question.
        const QByteArray ticketBytes = EscPosPrinter::ticketBytes(ticket, choiceFor(printer));
        CHECK(printer.received().left(ticketBytes.size()) == ticketBytes);
    }
    SECTION("a refused connection") {
        EscPosTestPrinter printer(Mode::Refusing);
        checkProblem(timedPrint(ticket, choiceFor(printer)), u"connection refused"_s, "refuses");
    }
    SECTION("a printer that closes the connection mid-ticket") {
        EscPosTestPrinter printer(Mode::ClosesMidTicket);
        const Timed printed = timedPrint(ticket, choiceFor(printer));
        REQUIRE_FALSE(printed.result.ok());
        const QString detail = TicketPrinter::staffDetail(printed.result.error());
        CHECK((detail.contains(u"closed the connection"_s) || detail.contains(u"connection to the printer"_s)));
        checkProblem(printed, printer.uri().mid(13), "closes mid-ticket");
        CHECK(printer.received().size() == EscPosTestPrinter::CloseAfterBytes);
    }
    SECTION("paper out") {
        EscPosTestPrinter printer(Mode::Normal, PrinterStatus::paperOut());
        checkProblem(timedPrint(ticket, choiceFor(printer)), u"paper out"_s, "paper out");
    }
    SECTION("cover open") {
        EscPosTestPrinter printer(Mode::Normal, PrinterStatus::coverOpen());
        checkProblem(timedPrint(ticket, choiceFor(printer)), u"cover open"_s, "cover open");
    }
    SECTION("offline") {
        EscPosTestPrinter printer(Mode::Normal, PrinterStatus::offline());
        checkProblem(timedPrint(ticket, choiceFor(printer)), u"offline"_s, "offline");
    }
    SECTION("a device file that never answers") {
        EscPosTestPrinter printer(Mode::Silent, PrinterStatus::ready(), EscPosTestPrinter::Transport::Pty);
        checkProblem(timedPrint(ticket, choiceFor(printer)), u"no answer to the status request within 2 s"_s,
                     "device never answers");
    }
    SECTION("a device file that reports paper out") {
        EscPosTestPrinter printer(Mode::Normal, PrinterStatus::paperOut(), EscPosTestPrinter::Transport::Pty);
        checkProblem(timedPrint(ticket, choiceFor(printer)), u"paper out"_s, "device paper out");
    }
    SECTION("a device file that stops taking data") {
        // A FIFO nobody reads holds 64 kB; an 80 mm ticket is about 100 kB, so the write stalls. (A pty would do
        // too, but its kernel buffer sometimes takes a few more bytes after a while.)
        QTemporaryDir dir;
        const QString fifo = dir.filePath(u"lp0"_s);
        REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        PrinterChoice choice;
        choice.kind = PrinterChoice::Kind::EscPos;
        choice.device = fifo;
        choice.paper = Paper::Thermal80;
        const Timed printed = timedPrint(ticket, choice);
        checkProblem(printed, u"took no data for 2 s"_s, "device stalls");
        CHECK(printed.ms >= 1900);
    }
    SECTION("a device file that is not there") {
        PrinterChoice choice;
        choice.kind = PrinterChoice::Kind::EscPos;
        choice.device = u"/dev/besuk-no-such-printer"_s;
        checkProblem(timedPrint(ticket, choice), u"/dev/besuk-no-such-printer is not there"_s, "no device");
    }
}

TEST_CASE("With the status question off only connection and write errors count", "[devices][escpos]") {
    TicketFacility facility;
    const TicketView ticket = facility.issue();
    EscPosTestPrinter silent(EscPosTestPrinter::Mode::Silent);
    PrinterChoice choice = choiceFor(silent);
    choice.askStatus = false;
    const Timed printed = timedPrint(ticket, choice);
    REQUIRE(printed.result.ok());
    CHECK(printed.ms < 1000);
    const QByteArray ticketBytes = EscPosPrinter::ticketBytes(ticket, choice);
    REQUIRE(waitUntil([&] { return silent.received().size() >= ticketBytes.size(); }, 2000));
    CHECK(silent.received() == ticketBytes); // no status question
    CHECK(QrCode::decode(checkTicketStream(silent.received(), 384, 0)) == std::optional<QString>(ticket.payload));

    EscPosTestPrinter refusing(EscPosTestPrinter::Mode::Refusing);
    choice = choiceFor(refusing);
    choice.askStatus = false;
    checkProblem(timedPrint(ticket, choice), u"connection refused"_s, "refuses, no status question");
}

TEST_CASE("Printer URIs name every kind of printer and explain a bad one", "[devices][escpos]") {
    const auto parsed = [](const QString &uri) {
        auto choice = PrinterUri::parse(uri);
        INFO(uri);
        REQUIRE(choice.ok());
        return *choice;
    };
    CHECK(parsed(u"system:Kiosk_TM20"_s).kind == PrinterChoice::Kind::System);
    CHECK(parsed(u"system:Kiosk_TM20"_s).systemPrinter == u"Kiosk_TM20"_s);
    CHECK(parsed(u"pdf:/tmp/ticket.pdf"_s).pdfPath == u"/tmp/ticket.pdf"_s);
    CHECK(parsed(u"escpos:/dev/usb/lp0"_s).device == u"/dev/usb/lp0"_s);
    const PrinterChoice tcp = parsed(u"escpos-tcp://192.168.1.50:9101"_s);
    CHECK(tcp.kind == PrinterChoice::Kind::EscPos);
    CHECK(tcp.host == u"192.168.1.50"_s);
    CHECK(tcp.port == 9101);
    CHECK(parsed(u"escpos-tcp://printer.lan"_s).port == 9100);
    CHECK(parsed(u"escpos-tcp://[fe80::1]:9100"_s).host == u"fe80::1"_s);
    for (const QString &uri : {u"system:"_s, u"pdf:/a.pdf"_s, u"escpos:/dev/usb/lp0"_s,
                               u"escpos-tcp://192.168.1.50:9101"_s, u"escpos-tcp://[fe80::1]:9100"_s})
        CHECK(PrinterUri::format(parsed(uri)) == uri);

    for (const QString &bad : {u"lp0"_s, u"escpos:lp0"_s, u"escpos-tcp://"_s, u"escpos-tcp://host:99999"_s,
                               u"escpos-tcp://host:9100/x"_s, u"pdf:"_s}) {
        auto choice = PrinterUri::parse(bad);
        INFO(bad);
        REQUIRE_FALSE(choice.ok());
        CHECK(choice.error().code == ErrorCode::InvalidInput);
        CHECK(choice.error().message.contains(u"escpos-tcp://HOST:9100"_s));
    }
    // Paper and flags come from the base, not the URI.
    PrinterChoice base;
    base.paper = Paper::Thermal80;
    base.nativeQr = true;
    auto withBase = PrinterUri::parse(u"escpos:/dev/usb/lp1"_s, base);
    REQUIRE(withBase.ok());
    CHECK(withBase->paper == Paper::Thermal80);
    CHECK(withBase->nativeQr);
    CHECK(withBase->effectiveDotsPerLine() == 576);
}

TEST_CASE("Status bytes are read as Epson documents them", "[devices][escpos]") {
    EscPosStatus status;
    CHECK(status.apply(1, 0x12));
    CHECK(status.apply(2, 0x12));
    CHECK(status.apply(3, 0x12));
    CHECK(status.apply(4, 0x1E)); // paper near end: still prints
    CHECK(status.paperNearEnd);
    CHECK_FALSE(status.problem());
    CHECK(EscPosPrinter::describe(status).isEmpty());
    CHECK_FALSE(status.apply(1, 0x00)); // not a status byte
    CHECK_FALSE(status.apply(2, char(0x92)));
    CHECK_FALSE(status.apply(5, 0x12));

    EscPosStatus broken;
    CHECK(broken.apply(2, 0x52)); // error
    CHECK(broken.apply(3, 0x1A)); // cutter
    CHECK(broken.problem());
    CHECK(EscPosPrinter::describe(broken) == u"cutter error"_s);
}
