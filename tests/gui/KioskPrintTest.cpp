// SPDX-License-Identifier: GPL-3.0-or-later
// Printing at the kiosk: it starts by itself, may be repeated once, and a failure never loses the ticket.
#include "KioskTest.h"

#include <QFileInfo>

using namespace besuk;
using namespace besuk::test;
using namespace Qt::StringLiterals;

TEST_CASE("The ticket prints by itself, and once more on request", "[kiosk]") {
    KioskFixture kiosk;
    kiosk.open();
    kiosk.toReview(1);
    kiosk.click(u"confirmPushButton"_s);
    REQUIRE(kiosk.screen() == u"ticketScreen");
    auto *status = kiosk.find<QLabel>(u"printStatusLabel"_s);
    REQUIRE(waitUntil([&] { return status->text().contains(u"sudah dicetak"_s); }));
    const QString pdf = kiosk.db.filePath(u"tickets/ticket-2025-12-27-A-001.pdf"_s);
    CHECK(QFileInfo(pdf).size() > 1000);
    CHECK(QFile::remove(pdf));

    kiosk.click(u"printAgainPushButton"_s);
    CHECK(QFileInfo::exists(pdf));
    CHECK_FALSE(kiosk.find<QPushButton>(u"printAgainPushButton"_s)->isEnabled());
    CHECK(kiosk.db.rows(u"SELECT COUNT(*) FROM audit_log WHERE action = 'printer.failed'"_s) == QStringList{u"0"_s});
}

TEST_CASE("A printer failure is shown on the ticket screen and logged for staff", "[kiosk]") {
    KioskFixture kiosk;
    // A folder inside a plain file can never be written, whoever runs the test.
    QFile blocker(kiosk.db.filePath(u"blocker"_s));
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    kiosk.settings.pdfFolder = kiosk.db.filePath(u"blocker/tickets"_s);
    kiosk.open();
    kiosk.toReview();
    kiosk.click(u"confirmPushButton"_s);
    REQUIRE(kiosk.screen() == u"ticketScreen");

    auto *status = kiosk.find<QLabel>(u"printStatusLabel"_s);
    REQUIRE(waitUntil([&] { return status->property("role").toString() == u"error"; }));
    CHECK(status->isVisible());
    CHECK(status->text().startsWith(u"Tiket tidak dapat dicetak."_s));
    CHECK(status->text().contains(u"tetap berlaku"_s));
    CHECK(status->text().contains(u"foto kode QR"_s));
    // The ticket itself is there and valid.
    CHECK(kiosk.text(u"queueLabel"_s) == u"A-001"_s);
    CHECK(kiosk.visits() == QStringList{u"1|1|1|0"_s});
    const QStringList logged = kiosk.db.rows(u"SELECT actor, subject FROM audit_log WHERE action = 'printer.failed'"_s);
    CHECK(logged == QStringList{u"kiosk-test|A-001"_s});
    shoot(kiosk.window.get(), u"ticket-print-failed"_s, u"id"_s);

    kiosk.click(u"printAgainPushButton"_s); // still failing: logged again
    CHECK(kiosk.db.rows(u"SELECT COUNT(*) FROM audit_log WHERE action = 'printer.failed'"_s) == QStringList{u"2"_s});
}
