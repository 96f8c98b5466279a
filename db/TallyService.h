// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Result.h"
#include "db/Visit.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

namespace besuk {

class Database;
class Facility;

struct Counts {
    int groups = 0;
    int men = 0;
    int women = 0;
    int children = 0;

    [[nodiscard]] int total() const { return men + women + children; }
    void add(int groupMen, int groupWomen, int groupChildren);
    Counts &operator+=(const Counts &more);
    bool operator==(const Counts &) const = default;
};

struct HourTally {
    int hour = 0; // facility time, 0-23
    Counts registered;
    Counts admitted;
    Counts refused;
};

struct ServiceTally {
    Counts registered;
    Counts admitted;
    Counts refused;
    Counts inside;
};

// Booking ahead, by the booked day. `arrived` counts the visits booked groups became (as registered, not cancelled),
// so that registered == walkIns + arrived exactly; `booked` are groups still expected; `noShow` and `cancelled` did
// not come.
struct BookingTally {
    Counts booked;
    Counts arrived;
    Counts noShow;
    Counts cancelled;

    BookingTally &operator+=(const BookingTally &more);
    bool operator==(const BookingTally &) const = default;
};

// One facility day. "registered" counts every ticket not cancelled; "admitted" every group let in (including
// those since checked out); "inside" those admitted and not yet checked out.
struct DayTally {
    QDate date;
    QString facility;
    Counts registered;
    Counts admitted;
    Counts refused;
    Counts inside;
    Counts checkedOut;
    Counts cancelled;
    QList<HourTally> byHour;         // every hour from the first to the last with any activity
    ServiceTally visit;              // queue A
    ServiceTally deposit;            // queue B
    QMap<QString, Counts> bySession; // registered face-to-face visits per session name
    Counts walkIns;                  // registered without a booking
    BookingTally bookings;
};

// What the gate's belongings inspections found over a range of facility days (by the visit's facility date).
// Entry inspections give the groups inspected, the refusals and the items allowed in, deposited and
// confiscated; exit inspections give the items handed back. When a group was inspected more than once in a
// phase, its latest inspection of that phase counts (the one the gate went on with).
struct InspectionSummary {
    int inspected = 0; // groups with an entry inspection
    int refusals = 0;  // groups refused entry at the inspection
    int itemsAllowed = 0;
    int itemsDeposited = 0;
    int itemsConfiscated = 0;
    int itemsReturned = 0;                  // handed back at check-out (exit inspections)
    QList<QPair<QString, int>> confiscated; // description -> count, most first (then by name)
    QStringList refusalReasons;             // one per refusal, in order of time
};

class TallyService {
    Q_DECLARE_TR_FUNCTIONS(TallyService)
public:
    static constexpr int MaxRangeDays = 366;

    explicit TallyService(Facility &facility) : m_facility(facility) {}
    Result<DayTally> day(const QDate &date);
    // Every day from `from` to `to` inclusive, days without visits included, in one read.
    // InvalidInput when a date is invalid, `to` is before `from`, or the range is longer than MaxRangeDays.
    Result<QList<DayTally>> range(const QDate &from, const QDate &to);
    // Same range rules as range().
    Result<InspectionSummary> inspections(const QDate &from, const QDate &to);

    // The days of range() and their sum, for a dashboard.
    struct Summary {
        QList<DayTally> days;
        DayTally total;
    };
    Result<Summary> summary(const QDate &from, const QDate &to);

    // The InvalidInput error for a bad range, or nothing.
    static Result<void> checkRange(const QDate &from, const QDate &to);
    // The last day a range starting at `from` may cover when it is asked to end at `to`: `to`, or earlier when the
    // range would be longer than MaxRangeDays.
    static QDate rangeEnd(const QDate &from, const QDate &to);
    // Days added up: every count, per service and per session; hours merged by hour (the first to the last hour
    // with activity); the date and facility of the first day.
    static DayTally sum(const QList<DayTally> &days);

private:
    Result<QList<DayTally>> collect(const QDate &from, const QDate &to);
    Result<QList<DayTally>> collectRows(const QDate &from, const QDate &to);
    static Result<void> addBookings(Database &db, const QDate &from, const QDate &to, QList<DayTally> &days);

    Facility &m_facility;
};

// The machine-readable forms of a tally (besuk-cli tally, exports).
namespace TallyFormat {
QJsonObject toJson(const DayTally &tally);
// RFC 4180, UTF-8, CRLF: a header row, one row per hour, and a totals row.
QByteArray toCsv(const DayTally &tally);
} // namespace TallyFormat

} // namespace besuk
