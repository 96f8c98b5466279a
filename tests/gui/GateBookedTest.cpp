// SPDX-License-Identifier: GPL-3.0-or-later
#include "GateTestSupport.h"
#include "db/BookingService.h"

#include <QImage>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using namespace besuk;
using namespace besuk::test;

namespace {

const QDate Sunday = FacilityFixture::reportDay().addDays(1);

// Booking on: the demo slots (08-09, 09-10, 10-11, 13-14), 40 seats each, 30 minutes' tolerance.
void allowBooking(GateFixture &f) {
    Rules rules = f.facility->rules();
    rules.bookingSlots = Rules::demoBookingSlots(rules.anyVisitingDays());
    for (auto &daySlots : rules.bookingSlots)
        for (BookingSlot &slot : daySlots)
            slot.capacity = 40;
    rules.arrivalToleranceMinutes = 30;
    REQUIRE(f.facility->saveRules(rules, u"admin"_s).ok());
}

// Budi and Siti with one child book Sunday's slot at `slot` for `inmate` (made on Saturday, as from besuk-web).
IssuedBooking book(GateFixture &f, const QString &inmate, const QTime &slot) {
    auto found = InmateStore(*f.facility).findByNumber(inmate);
    REQUIRE(found.ok());
    auto issued = BookingService(*f.facility)
                      .book(BookingRequest{Sunday,
                                           slot,
                                           found->number,
                                           found->name,
                                           {{BudiNik, u"Budi Santoso"_s}, {SitiNik, u"Siti Aminah"_s}},
                                           1,
                                           Service::Visit,
                                           u"web"_s});
    if (!issued.ok())
        FAIL("booking refused: " << issued.error().message.toStdString());
    return std::move(issued).value();
}

// The banner's colour where no text is: its top-left corner, inside the frame.
QColor bannerColour(GateFixture &f) {
    QFrame *banner = f.find<QFrame>(u"bannerFrame"_s);
    QCoreApplication::processEvents();
    const QImage image = banner->grab().toImage();
    REQUIRE_FALSE(image.isNull());
    return image.pixelColor(4, 4);
}

} // namespace

TEST_CASE("A booked ticket at the gate shows its slot, early or late in amber with words", "[gui][gate][booking]") {
    GateFixture f;
    allowBooking(f);
    const IssuedBooking onTime = book(f, u"B.I-001/2025"_s, QTime(9, 0));
    const IssuedBooking afternoon = book(f, u"B.I-002/2025"_s, QTime(13, 0));
    f.setLocal(Sunday, QTime(9, 10));
    GateWindow &window = f.open();
    f.signIn();
    REQUIRE(f.on(window.scanScreen()));
    QSignalSpy shown(&window, &GateWindow::verdictShown);

    // In its slot: green, the slot line, the group as for any ticket (checked in on this first scan).
    GateFixture::scanBurst(onTime.payload);
    REQUIRE(waitUntil([&] { return shown.count() == 1; }));
    CHECK(f.text(u"titleLabel"_s) == u"VALID"_s);
    CHECK(f.tone() == u"positive"_s);
    CHECK(shown.at(0).at(1).value<GateCue>() == GateCue::Positive);
    CHECK(f.text(u"reasonLabel"_s).contains(u"Booked 09:00\u201310:00."_s));
    CHECK(f.find<QLabel>(u"bookingLabel"_s)->isVisible());
    CHECK(f.text(u"bookingLabel"_s).contains(u"09:00\u201310:00"_s));
    CHECK(f.text(u"bookingLabel"_s).contains(BookingService::displayCode(onTime.booking.code)));
    CHECK(f.text(u"ticketLabel"_s).startsWith(u"A-001"_s));
    CHECK(f.find<QTableWidget>(u"membersTableWidget"_s)->rowCount() == 2);
    CHECK(f.find<QPushButton>(u"primaryPushButton"_s)->isVisible()); // on to the inspection as usual
    const QColor green = bannerColour(f);
    CHECK(green == QColor(0x15, 0x80, 0x3D));
    f.shoot(u"booked-in-slot"_s);
    GateFixture::press(Qt::Key_Escape);
    REQUIRE(f.on(window.scanScreen()));

    // Hours before its slot: still valid, but amber (neither green nor red), and the words say why.
    shown.clear();
    GateFixture::scanBurst(afternoon.payload);
    REQUIRE(waitUntil([&] { return shown.count() == 1; }));
    CHECK(f.text(u"titleLabel"_s) == u"VALID \u2014 EARLY"_s);
    CHECK(f.tone() == u"warning"_s);
    CHECK(shown.at(0).at(1).value<GateCue>() == GateCue::Warning);
    CHECK(f.text(u"reasonLabel"_s).contains(u"Early: booked 13:00\u201314:00."_s));
    CHECK(f.text(u"bookingLabel"_s).contains(u"came early"_s));
    CHECK(f.find<QPushButton>(u"primaryPushButton"_s)->isVisible());
    const QColor amber = bannerColour(f);
    // Dark words on amber, readable in a bright lobby.
    CHECK(f.find<QLabel>(u"titleLabel"_s)->palette().color(QPalette::WindowText) == QColor(0x1F, 0x13, 0x00));
    CHECK(amber == QColor(0xF5, 0x9E, 0x0B));
    CHECK(amber != green);
    CHECK(amber != QColor(0xB9, 0x1C, 0x1C));
    f.shoot(u"booked-early"_s);

    // The saved screenshot carries the same amber band.
    const QImage shot(QStringLiteral(BESUK_SCREENSHOT_DIR "/gate-booked-early-en.png"));
    REQUIRE_FALSE(shot.isNull());
    const QFrame *banner = f.find<QFrame>(u"bannerFrame"_s);
    const QPoint corner = banner->mapTo(&window, QPoint(4, 4));
    CHECK(shot.pixelColor(corner) == amber);
    GateFixture::press(Qt::Key_Escape);
    REQUIRE(f.on(window.scanScreen()));

    // A walk-in ticket shows no booking line.
    shown.clear();
    GateFixture::scanBurst(f.registerGroup(u"B.I-003/2025"_s, false, 0).payload);
    REQUIRE(waitUntil([&] { return shown.count() == 1; }));
    CHECK(f.text(u"titleLabel"_s) == u"VALID"_s);
    CHECK_FALSE(f.find<QLabel>(u"bookingLabel"_s)->isVisible());
}
