// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Groups that booked online, for the tests of where they arrive (kiosk, gate): booking switched on and bookings
// made through the domain, as the booking site makes them.

#include "db/BookingService.h"
#include "db/Facility.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

#include <catch2/catch.hpp>

namespace besuk::test {

// Online booking on: the demo slots (08-09, 09-10, 10-11, 13-14) on every visiting day, `capacity` visitors each.
inline void enableBooking(Facility &facility, int capacity = 40) {
    Rules rules = facility.rules();
    rules.bookingSlots = Rules::demoBookingSlots(rules.anyVisitingDays());
    for (auto &daySlots : rules.bookingSlots)
        for (BookingSlot &slot : daySlots)
            slot.capacity = capacity;
    REQUIRE(facility.saveRules(rules, QStringLiteral("admin")).ok());
}

// Books a visit through the "web" channel; the test fails if the domain refuses it.
inline IssuedBooking bookAhead(Facility &facility, const QString &inmateNumber, const QString &inmateName,
                               const QList<AdultEntry> &adults, const QDate &date, const QTime &slot = QTime(9, 0),
                               int children = 0) {
    auto issued = BookingService(facility).book(
        BookingRequest{date, slot, inmateNumber, inmateName, adults, children, Service::Visit, QStringLiteral("web")});
    if (!issued.ok())
        FAIL("booking refused: " << issued.error().message.toStdString());
    return std::move(issued).value();
}

} // namespace besuk::test
