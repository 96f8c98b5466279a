// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/RegistrationService.h" // AdultEntry, GroupCount, IssuedTicket
#include "db/Visit.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

#include <algorithm>
#include <optional>

namespace besuk {

enum class BookingStatus { Booked, Arrived, Cancelled, NoShow };
QString bookingStatusKey(BookingStatus status); // "booked", "arrived", "cancelled", "no_show"
std::optional<BookingStatus> bookingStatusFromKey(const QString &key);

// One slot of one day as the booking page shows it.
struct SlotAvailability {
    QTime start;
    QTime end;
    int capacity = 0;
    int taken = 0; // visitors in bookings that are not cancelled
    [[nodiscard]] int seatsLeft() const { return std::max(0, capacity - taken); }
};

struct BookableDay {
    QDate date;
    bool closed = false;  // staff closed it (holiday, lockdown)
    QString closedReason; // shown to those who booked it
};

// The inmate as the booking page may know them after a successful lookup: nothing more than the family typed.
struct InmateRef {
    qint64 id = 0;
    QString number; // as stored
    QString name;   // as stored
};

struct BookingRequest {
    QDate date;
    QTime slotStart; // identifies the slot on that day
    QString inmateNumber;
    QString inmateName;       // must match (case and spaces normalised) or the lookup answer is the same NotFound
    QList<AdultEntry> adults; // the first is the lead visitor
    int children = 0;
    Service service = Service::Visit;
    QString channel; // "web", "cli", ... (goes into the audit log as the actor)
};

struct Booking {
    qint64 id = 0;
    QString code; // 8 characters from Crockford Base32 without I L O U, shown as "K7QM-4ZPX"; unique, random
    QDate date;
    QTime slotStart;
    QTime slotEnd;
    Service service = Service::Visit;
    BookingStatus status = BookingStatus::Booked;
    InmateRef inmate;
    QList<Member> members; // adults, NIK masked
    int men = 0;
    int women = 0;
    int children = 0;
    QDateTime bookedAt;
    QDateTime cancelledAt;
    qint64 visitId = 0;   // the visit made when the group arrived (kiosk or gate); 0 until then
    QString closedReason; // non-empty when staff closed the day after this was booked
    [[nodiscard]] int people() const { return men + women + children; }
};

struct IssuedBooking {
    Booking booking;
    QString payload; // the signed QR payload: TicketClaims{facilityCode, date, ticketId = booking.id, service,
                     //                      queueNumber = 0}; queue number 0 means "booked, not queued yet"
};

} // namespace besuk
