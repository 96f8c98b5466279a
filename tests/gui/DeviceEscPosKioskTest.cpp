// The kiosk with an ESC/POS printer that is out of paper: the printer-problem screen, the ticket still shown and
// the visit registered.
#include "EscPosTestPrinter.h"
#include "KioskTest.h"
#include "PrinterUri.h"

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
    CHECK(timer.elapsed() < 2500);
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
