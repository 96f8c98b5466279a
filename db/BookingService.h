// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Booking.h"
#include "db/Nik.h"
#include "db/RegistrationService.h"
#include "db/Result.h"
#include "db/Rules.h"
#include "db/Visit.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>

namespace besuk {

class Database;
class Facility;
struct StoredBooking; // BookingService.cpp: a booking with its adults' full NIKs
struct BookingCounts; // BookingService.cpp: what the rules count for one

// Booking ahead. Every kiosk rule applies unchanged (ban -> SeeOfficer, group size/adults, visits per inmate per
// week and the day cap counting both visits and open bookings, inactive inmate, visiting days of the inmate's block).
class BookingService {
    Q_DECLARE_TR_FUNCTIONS(BookingService)
public:
    explicit BookingService(Facility &facility);

    // Days a family may book now: visiting days within the horizon, not past the evening-before closing time.
    Result<QList<BookableDay>> bookableDays();
    // The slots of `date` with their seats (named slotsOn: `slots` is a Qt keyword macro).
    Result<QList<SlotAvailability>> slotsOn(const QDate &date);
    // Same NotFound error (same message) when the number is unknown, the name does not match, or the inmate is
    // inactive: the page cannot be used to learn who is held here.
    Result<InmateRef> findInmate(const QString &number, const QString &name);
    // Checks everything and stores the booking; never overbooks a slot (SQLite and PostgreSQL, concurrent callers).
    Result<IssuedBooking> book(const BookingRequest &request);
    // The booking with this code whose adults include `nik`; NotFound (one message) otherwise.
    Result<Booking> find(const QString &code, const QString &nik);
    Result<Booking> findByCode(const QString &code); // staff and CLI: no NIK needed
    Result<Booking> load(qint64 id);
    Result<void> cancel(const QString &code, const QString &nik, const QString &channel);
    Result<void> cancelByStaff(const QString &code, const QString &reason, const QString &actor);
    // Moves a booking to another slot (same or another day) with the same group; the code stays.
    Result<IssuedBooking> change(const QString &code, const QString &nik, const QDate &date, const QTime &slotStart,
                                 const QString &channel);
    // Signed again, the same QR as first shown; refused once the booking is cancelled or a no-show.
    Result<QString> payloadFor(const Booking &booking);
    Result<QList<Booking>> ofDay(const QDate &date);
    // The group arrives (kiosk scan of the booked QR, typed code, or the gate): a visit is registered in the
    // booking's slot session with a queue number, the booking becomes Arrived and points at it. Idempotent: a
    // second arrival returns the same visit. Refused on another day, after cancellation, or on a closed day.
    Result<IssuedTicket> arrive(qint64 bookingId, const QString &station);
    Result<IssuedTicket> arriveByCode(const QString &code, const QString &station);
    // Whether the group may arrive with `booking` now, asked before it confirms (the kiosk shows the booking
    // first): the refusals of arrive(), nothing stored. An Arrived booking passes: arriving again shows its ticket.
    [[nodiscard]] Result<void> checkArrival(const Booking &booking) const;
    // The booking whose QR was scanned (any letter case): InvalidInput for a forged or foreign code or a ticket
    // that already has a queue number, NotFound when the booking is not (or no longer) in the database.
    Result<Booking> findByPayload(const QString &scanned);
    // Bookings of days before today still Booked become NoShow (run on opening and by the day's first tally).
    Result<int> markNoShows();

    // Staff: close or reopen a day for booking and arrival; the reason is shown to those who booked it.
    Result<void> closeDay(const QDate &date, const QString &reason, const QString &actor);
    Result<void> reopenDay(const QDate &date, const QString &actor);
    Result<QList<BookableDay>> closedDays(const QDate &from, const QDate &to);

    // "booked 09:00-10:00"-style verdict input for the gate: where `at` lies relative to the slot with tolerance.
    enum class Timing { InSlot, Early, Late };
    [[nodiscard]] Timing timingOf(const Booking &booking, const QDateTime &at) const;

    // Booking codes: 8 characters of Crockford Base32 without I L O U. A typed code ("k7qm-4zpx", "K7QM 4ZPX") in
    // its stored form, or nullopt when it cannot be one.
    static std::optional<QString> parseCode(const QString &typed);
    static QString displayCode(const QString &code); // "K7QM-4ZPX"
    static QString newCode();                        // random, from the system's generator
    // "09:00–10:00": a booked visit's session, and what the gate shows.
    static QString slotLabel(const QTime &start, const QTime &end);

    static QString statusText(BookingStatus status); // translated, for messages

    // Refused unless families may book `date` now: booking on, within the horizon, before the evening-before
    // closing time, a visiting day with slots. (A closed day is refused when booked, with its reason.)
    [[nodiscard]] Result<void> checkBookable(const QDate &date) const;

private:
    struct Group {
        QList<GroupMember> people;
        GroupCount count;
    };

    Result<Group> checkGroupOn(const QList<AdultEntry> &adults, int children, const QDate &date) const;
    Result<BookingSlot> slotOf(const QDate &date, const QTime &start) const;
    Result<void> judge(const BookingCounts &counts, const QDate &date, const BookingSlot &slot, Service service,
                       int people) const;
    Result<void> insertBooking(Booking &booking, const QList<GroupMember> &people, const QString &channel);
    Result<StoredBooking> findStored(const QString &code, const QString &nik);
    Result<void> cancelStored(const Booking &booking, const QString &reason, const QString &actor);
    [[nodiscard]] QString sessionFor(const Booking &booking) const;
    [[nodiscard]] Booking shown(Booking booking) const;
    Result<IssuedTicket> arrived(const Booking &booking);

    Facility &m_facility;
};

} // namespace besuk
