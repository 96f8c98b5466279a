// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk with an ESC/POS printer that is out of paper: the printer-problem screen, the ticket still shown and
// the visit registered.
#include "EscPosTestPrinter.h"
#include "KioskTest.h"
#include "platform/printer/PrinterUri.h"

#include <QElapsedTimer>

using namespace besuk;
using namespace besuk::test;
using namespace Qt::StringLiterals;

TEST_CASE("A kiosk whose ESC-POS printer is out of paper shows the printer problem and keeps the ticket",
          "[devices][escpos][kiosk]") {
    EscPosTestPrinter printer(EscPosTestPrinter::Mode::Normal, PrinterStatus::paperOut());
    KioskFixture kiosk;
    auto choice = PrinterUri::parse(printer.uri(), kiosk.settings.printer);
    REQUIRE(choice.ok());
    kiosk.settings.printer = *choice;
    kiosk.open();
    kiosk.toReview(1);
    QElapsedTimer timer;
    timer.start();
    kiosk.click(u"confirmPushButton"_s);
    REQUIRE(kiosk.screen() == u"ticketScreen");

    auto *status = kiosk.find<QLabel>(u"printStatusLabel"_s);
    REQUIRE(waitUntil([&] { return status->property("role").toString() == u"error"; }));
    WARN("kiosk: printer problem shown after " << timer.elapsed() << " ms");
    CHECK(status->isVisible());
    CHECK(status->text().startsWith(u"Tiket tidak dapat dicetak."_s));
    CHECK(status->text().contains(u"tetap berlaku"_s));
    // The ticket is on screen and the visit is registered; the printer got the whole ticket.
    CHECK(kiosk.text(u"queueLabel"_s) == u"A-001"_s);
    CHECK(kiosk.visits() == QStringList{u"1|1|1|1"_s});
    CHECK(printer.statusRequests() == 4);
    CHECK(EscPosStream::parse(printer.received()).of(EscPosCommand::Kind::Cut).size() == 1);
    // Staff see which printer and why in the audit log.
    const QStringList logged =
        kiosk.db.rows(u"SELECT actor, subject, detail FROM audit_log WHERE action = 'printer.failed'"_s);
    REQUIRE(logged.size() == 1);
    CHECK(logged.first().startsWith(u"kiosk-test|A-001|"_s));
    CHECK(logged.first().contains(printer.uri().mid(13)));
}

namespace {

// The kiosk registers a visit with `choice` as its printer and waits for the print status: the label's text and
// the audit log's printer.failed detail.
struct KioskPrint {
    QString label;
    QString logged;
};

KioskPrint printAtKiosk(KioskFixture &kiosk, const EscPosTestPrinter &printer, bool askStatus,
                        const QString &language) {
    auto choice = PrinterUri::parse(printer.uri(), kiosk.settings.printer);
    REQUIRE(choice.ok());
    choice->askStatus = askStatus;
    kiosk.settings.printer = *choice;
    kiosk.settings.language = language;
    kiosk.open();
    kiosk.toReview(1);
    kiosk.click(u"confirmPushButton"_s);
    REQUIRE(kiosk.screen() == u"ticketScreen");
    auto *status = kiosk.find<QLabel>(u"printStatusLabel"_s);
    REQUIRE(waitUntil([&] { return status->property("role").toString() == u"error"; }));
    CHECK(status->isVisible());
    CHECK(kiosk.text(u"queueLabel"_s) == u"A-001"_s);
    CHECK(kiosk.visits() == QStringList{u"1|1|1|1"_s});
    const QStringList logged = kiosk.db.rows(u"SELECT detail FROM audit_log WHERE action = 'printer.failed'"_s);
    REQUIRE(logged.size() == 1);
    return {status->text(), logged.first()};
}

} // namespace

TEST_CASE("A kiosk without status requests shows the printer problem when the printer stops reading or resets",
          "[devices][escpos][kiosk]") {
    using Mode = EscPosTestPrinter::Mode;
    const auto [mode, cause] = GENERATE(std::pair{Mode::StopsReading, u"berhenti menerima data setelah"_s},
                                        std::pair{Mode::ResetsMidTicket, u"memutus sambungan setelah"_s});
    EscPosTestPrinter printer(mode);
    KioskFixture kiosk;
    const KioskPrint printed = printAtKiosk(kiosk, printer, false, u"id"_s);
    CHECK(printed.label == u"Tiket tidak dapat dicetak. Silakan foto kode QR di layar, atau minta bantuan petugas.\n"
                           u"Tiket Anda di layar ini tetap berlaku."_s);
    CHECK(printed.logged.startsWith(u"Printer di %1 "_s.arg(printer.uri().mid(13))));
    CHECK(printed.logged.contains(cause));
}

TEST_CASE("A kiosk reports a refused printer connection wholly in the visitor's language",
          "[devices][escpos][kiosk][language]") {
    EscPosTestPrinter printer(EscPosTestPrinter::Mode::Refusing);
    const QString at = printer.uri().mid(13);
    SECTION("Indonesian") {
        KioskFixture kiosk;
        const KioskPrint printed = printAtKiosk(kiosk, printer, true, u"id"_s);
        CHECK(printed.label ==
              u"Tiket tidak dapat dicetak. Silakan foto kode QR di layar, atau minta bantuan petugas.\n"
              u"Tiket Anda di layar ini tetap berlaku."_s);
        CHECK(printed.logged ==
              u"Printer di %1 menolak sambungan: apakah printer menyala dan alamatnya benar?"_s.arg(at));
    }
    SECTION("English") {
        KioskFixture kiosk;
        const KioskPrint printed = printAtKiosk(kiosk, printer, true, u"en"_s);
        CHECK(printed.label == u"The ticket could not be printed. Please take a photo of the QR code on the screen, or "
                               u"ask an officer.\nYour ticket on this screen is still valid."_s);
        CHECK(printed.logged ==
              u"The printer at %1 refused the connection: is it switched on, and is the address right?"_s.arg(at));
    }
}
