// SPDX-License-Identifier: GPL-3.0-or-later
// ESC/POS thermal printers without drivers: the ticket over TCP and through a device file (a pty), read back from
// the recorded bytes and decoded with ZXing; every way a printer fails ends in the kiosk's printer-problem message
// within the status timeout.
#include "EscPosTestPrinter.h"
#include "GuiWait.h"
#include "TicketTestSupport.h"
#include "platform/printer/PrinterUri.h"
#include "platform/printing/EscPosPrinter.h"
#include "platform/printing/TicketPrinter.h"
#include "platform/ticket/QrCode.h"
#include "ui/common/StationLanguage.h"

#include <QElapsedTimer>
#include <QLocale>

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

// A failed print: the kiosk's text for the visitor, the cause in words for staff (how long it took is reported).
void checkProblem(const Timed &printed, const QString &cause, const char *mode) {
    REQUIRE_FALSE(printed.result.ok());
    const Error &error = printed.result.error();
    INFO(mode << ": " << error.message);
    CHECK(TicketPrinter::visitorMessage(error) == printerProblemText());
    CHECK(TicketPrinter::staffDetail(error).contains(cause));
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
        checkProblem(timedPrint(ticket, choiceFor(printer)), u"refused the connection: is it switched on"_s, "refuses");
    }
    SECTION("a printer that closes the connection mid-ticket") {
        EscPosTestPrinter printer(Mode::ClosesMidTicket);
        const Timed printed = timedPrint(ticket, choiceFor(printer));
        REQUIRE_FALSE(printed.result.ok());
        const QString detail = TicketPrinter::staffDetail(printed.result.error());
        CHECK((detail.contains(u"closed the connection"_s) || detail.contains(u"broke off the connection"_s)));
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
        checkProblem(printed, u"stopped taking data after"_s, "device stalls");
        CHECK(printed.ms >= 1900);
    }
    SECTION("a device file that is not there") {
        PrinterChoice choice;
        choice.kind = PrinterChoice::Kind::EscPos;
        choice.device = u"/dev/besuk-no-such-printer"_s;
        checkProblem(timedPrint(ticket, choice), u"/dev/besuk-no-such-printer is not there"_s, "no device");
    }
}

TEST_CASE("With the status question off a printer that takes the whole ticket prints", "[devices][escpos]") {
    TicketFacility facility;
    const TicketView ticket = facility.issue();
    EscPosTestPrinter silent(EscPosTestPrinter::Mode::Silent);
    PrinterChoice choice = choiceFor(silent);
    choice.askStatus = false;
    const Timed printed = timedPrint(ticket, choice);
    REQUIRE(printed.result.ok());
    WARN("silent printer, no status question: printed in " << printed.ms << " ms");
    const QByteArray ticketBytes = EscPosPrinter::ticketBytes(ticket, choice);
    REQUIRE(waitUntil([&] { return silent.received().size() >= ticketBytes.size(); }));
    CHECK(silent.received() == ticketBytes); // no status question
    CHECK(QrCode::decode(checkTicketStream(silent.received(), 384, 0)) == std::optional<QString>(ticket.payload));

    EscPosTestPrinter refusing(EscPosTestPrinter::Mode::Refusing);
    choice = choiceFor(refusing);
    choice.askStatus = false;
    checkProblem(timedPrint(ticket, choice), u"refused the connection: is it switched on"_s,
                 "refuses, no status question");
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

namespace {

// A failed print whose staff detail contains `cause`: the printers here fail after the stall timeout, not at once.
QString failedDetail(const Timed &printed, const QString &cause) {
    REQUIRE_FALSE(printed.result.ok());
    const QString detail = TicketPrinter::staffDetail(printed.result.error());
    INFO(detail.toStdString());
    CHECK(TicketPrinter::visitorMessage(printed.result.error()) == printerProblemText());
    CHECK(detail.contains(cause));
    WARN("failed after " << printed.ms << " ms: " << detail);
    return detail;
}

PrinterChoice noStatus(const EscPosTestPrinter &printer, Paper paper = Paper::Thermal80) {
    PrinterChoice choice = choiceFor(printer, paper);
    choice.askStatus = false;
    return choice;
}

} // namespace

TEST_CASE("Without status requests a ticket counts as printed only when the printer took every byte",
          "[devices][escpos]") {
    TicketFacility facility;
    const TicketView ticket = facility.issue();
    using Mode = EscPosTestPrinter::Mode;
    StationLanguage language;
    language.apply(u"en"_s); // English messages, English numbers
    PrinterChoice eighty;
    eighty.paper = Paper::Thermal80;
    const QString total = QLocale().toString(EscPosPrinter::ticketBytes(ticket, eighty).size());

    SECTION("a printer that stops reading after 1,152 bytes") {
        EscPosTestPrinter printer(Mode::StopsReading);
        const QString detail = failedDetail(timedPrint(ticket, noStatus(printer)), u"stopped taking data after"_s);
        CHECK(detail.contains(u" of %1 bytes and took nothing more for 2 s"_s.arg(total)));
        CHECK(detail.contains(printer.uri().mid(13)));
        CHECK(printer.received().size() == EscPosTestPrinter::StopAfterBytes);
    }
    SECTION("the same printer, asked for its status, is reported as not taking data") {
        EscPosTestPrinter printer(Mode::StopsReading);
        failedDetail(timedPrint(ticket, choiceFor(printer, Paper::Thermal80)), u"stopped taking data after"_s);
    }
    SECTION("a printer that resets the connection after 4 kB") {
        EscPosTestPrinter printer(Mode::ResetsMidTicket);
        const QString detail = failedDetail(timedPrint(ticket, noStatus(printer)), u"broke off the connection"_s);
        CHECK(detail.contains(u" of %1 bytes"_s.arg(total)));
        CHECK(printer.received().size() == EscPosTestPrinter::ResetAfterBytes);
    }
    SECTION("a printer that never answers the connection") {
        EscPosTestPrinter printer(Mode::NeverAccepts);
        failedDetail(timedPrint(ticket, noStatus(printer)), u"did not accept the connection within 2 s"_s);
    }
    SECTION("a printer that reads slowly but reads everything") {
        EscPosTestPrinter printer(Mode::ReadsSlowly);
        const PrinterChoice choice = noStatus(printer);
        const Timed printed = timedPrint(ticket, choice);
        INFO((printed.result ? QString() : printed.result.error().message));
        REQUIRE(printed.result.ok());
        // "Printed" came only once the printer had acknowledged every byte: at most what its receive buffer holds
        // was still unread then.
        const QByteArray ticketBytes = EscPosPrinter::ticketBytes(ticket, choice);
        const qsizetype unread = ticketBytes.size() - printer.received().size();
        CHECK(unread <= printer.receiveBuffer());
        REQUIRE(waitUntil([&] { return printer.received().size() >= ticketBytes.size(); }));
        CHECK(printer.received() == ticketBytes);
        WARN("slow printer: " << ticketBytes.size() << " bytes in " << printed.ms << " ms, " << unread
                              << " unread at 'printed' (receive buffer " << printer.receiveBuffer() << ")");
    }
}

namespace {

const QStringList EnglishWords{u"The "_s,    u" the "_s,  u"printer at"_s, u"connection"_s, u"bytes"_s,
                               u"stopped"_s, u"device"_s, u"paper"_s,      u"please"_s};
const QStringList IndonesianWords{u"tidak"_s, u"sambungan"_s,  u"setelah"_s, u"perangkat"_s,
                                  u"bita"_s,  u"Printer di"_s, u"apakah"_s,  u"Silakan"_s};

// The whole message (the visitor's text and the cause) holds none of the other language's words.
void checkOneLanguage(const Result<void> &printed, const QString &language) {
    REQUIRE_FALSE(printed.ok());
    const QString message = printed.error().message;
    INFO(language.toStdString() << ": " << message.toStdString());
    for (const QString &word : language == u"id" ? EnglishWords : IndonesianWords)
        CHECK_FALSE(message.contains(word, Qt::CaseInsensitive));
}

} // namespace

TEST_CASE("Every ESC-POS failure message is wholly in the station's language", "[devices][escpos][language]") {
    TicketFacility facility;
    const TicketView ticket = facility.issue();
    using Mode = EscPosTestPrinter::Mode;
    StationLanguage language;
    const QString code = GENERATE(u"id"_s, u"en"_s);
    REQUIRE(language.apply(code));

    EscPosTestPrinter refusing(Mode::Refusing);
    const auto refused = TicketPrinter::print(ticket, noStatus(refusing));
    checkOneLanguage(refused, code);
    const QString at = refusing.uri().mid(13);
    CHECK(TicketPrinter::staffDetail(refused.error()) ==
          (code == u"id"
               ? u"Printer di %1 menolak sambungan: apakah printer menyala dan alamatnya benar?"_s.arg(at)
               : u"The printer at %1 refused the connection: is it switched on, and is the address right?"_s.arg(at)));
    for (const Mode mode : {Mode::StopsReading, Mode::ResetsMidTicket, Mode::NeverAccepts, Mode::Silent}) {
        EscPosTestPrinter printer(mode);
        checkOneLanguage(TicketPrinter::print(ticket, mode == Mode::Silent ? choiceFor(printer) : noStatus(printer)),
                         code);
    }
    EscPosTestPrinter paperOut(Mode::Normal, PrinterStatus::paperOut());
    checkOneLanguage(TicketPrinter::print(ticket, choiceFor(paperOut)), code);
    PrinterChoice missing;
    missing.kind = PrinterChoice::Kind::EscPos;
    missing.device = u"/dev/besuk-no-such-printer"_s;
    checkOneLanguage(TicketPrinter::print(ticket, missing), code);
    PrinterChoice pdf;
    pdf.kind = PrinterChoice::Kind::Pdf;
    pdf.pdfPath = u"/proc/besuk-no-such-folder/ticket.pdf"_s;
    checkOneLanguage(TicketPrinter::print(ticket, pdf), code);
}
