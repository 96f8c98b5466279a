// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/TallyService.h"

#include "db/BookingService.h"
#include "db/Csv.h"
#include "db/Facility.h"
#include "db/GateService.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace besuk {

void Counts::add(int groupMen, int groupWomen, int groupChildren) {
    groups += 1;
    men += groupMen;
    women += groupWomen;
    children += groupChildren;
}

Counts &Counts::operator+=(const Counts &more) {
    groups += more.groups;
    men += more.men;
    women += more.women;
    children += more.children;
    return *this;
}

Result<DayTally> TallyService::day(const QDate &date) {
    auto days = collect(date, date);
    if (!days)
        return days.error();
    return days->first();
}

Result<void> TallyService::checkRange(const QDate &from, const QDate &to) {
    if (!from.isValid() || !to.isValid())
        return makeError(ErrorCode::InvalidInput, tr("Please give valid dates."));
    if (to < from)
        return makeError(
            ErrorCode::InvalidInput,
            tr("The range ends (%1) before it starts (%2).").arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate)));
    if (from.daysTo(to) + 1 > MaxRangeDays)
        return makeError(ErrorCode::InvalidInput, tr("A range covers at most %1 days; %2 to %3 has %4.")
                                                      .arg(MaxRangeDays)
                                                      .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))
                                                      .arg(from.daysTo(to) + 1));
    return {};
}

QDate TallyService::rangeEnd(const QDate &from, const QDate &to) {
    return std::min(to, from.addDays(MaxRangeDays - 1));
}

BookingTally &BookingTally::operator+=(const BookingTally &more) {
    booked += more.booked;
    arrived += more.arrived;
    noShow += more.noShow;
    cancelled += more.cancelled;
    return *this;
}

DayTally TallyService::sum(const QList<DayTally> &days) {
    DayTally total;
    if (!days.isEmpty()) {
        total.date = days.first().date;
        total.facility = days.first().facility;
    }
    QMap<int, HourTally> hours;
    for (const DayTally &day : days) {
        for (auto [into, more] : {std::pair{&total.registered, &day.registered},
                                  {&total.admitted, &day.admitted},
                                  {&total.refused, &day.refused},
                                  {&total.inside, &day.inside},
                                  {&total.checkedOut, &day.checkedOut},
                                  {&total.cancelled, &day.cancelled},
                                  {&total.walkIns, &day.walkIns}})
            *into += *more;
        total.bookings += day.bookings;
        for (auto [into, more] : {std::pair{&total.visit, &day.visit}, {&total.deposit, &day.deposit}}) {
            into->registered += more->registered;
            into->admitted += more->admitted;
            into->refused += more->refused;
            into->inside += more->inside;
        }
        for (auto it = day.bySession.cbegin(); it != day.bySession.cend(); ++it)
            total.bySession[it.key()] += it.value();
        for (const HourTally &hour : day.byHour) {
            HourTally &entry = hours[hour.hour];
            entry.registered += hour.registered;
            entry.admitted += hour.admitted;
            entry.refused += hour.refused;
        }
    }
    if (!hours.isEmpty())
        for (int hour = hours.firstKey(); hour <= hours.lastKey(); ++hour) {
            HourTally entry = hours.value(hour);
            entry.hour = hour;
            total.byHour.append(entry);
        }
    return total;
}

Result<TallyService::Summary> TallyService::summary(const QDate &from, const QDate &to) {
    auto days = range(from, to);
    if (!days)
        return days.error();
    Summary summary{*days, sum(*days)};
    return summary;
}

Result<QList<DayTally>> TallyService::range(const QDate &from, const QDate &to) {
    if (auto checked = checkRange(from, to); !checked)
        return checked.error();
    return collect(from, to);
}

// One read of the visits of [from, to] (facility dates are ISO text, so the range compares as text and uses the
// index), counted in C++ into one DayTally per day. An invalid `from` gives one empty tally for it (day()).
Result<void> TallyService::addBookings(Database &db, const QDate &from, const QDate &to, QList<DayTally> &days) {
    SqlQuery query(db, u"SELECT facility_date, status, men, women, children FROM bookings "
                       u"WHERE facility_date >= ? AND facility_date <= ? AND status <> 'arrived'"_s);
    query.bind(from.toString(Qt::ISODate)).bind(to.toString(Qt::ISODate));
    if (auto done = query.exec(); !done)
        return done;
    while (query.next()) {
        const qint64 index = from.daysTo(QDate::fromString(query.value(0).toString(), Qt::ISODate));
        if (index < 0 || index >= days.size())
            continue;
        BookingTally &tally = days[index].bookings;
        const QString status = query.value(1).toString();
        Counts &into = status == u"no_show"_s     ? tally.noShow
                       : status == u"cancelled"_s ? tally.cancelled
                                                  : tally.booked;
        into.add(query.value(2).toInt(), query.value(3).toInt(), query.value(4).toInt());
    }
    return {};
}

Result<QList<DayTally>> TallyService::collect(const QDate &from, const QDate &to) {
    // A tally that covers a past day settles that day's unused bookings first: every count of a day (dashboard,
    // besuk-cli tally, exports, reports) then shows them as no-shows, and so does the booking itself.
    if (from.isValid() && from < m_facility.today()) {
        if (auto settled = BookingService(m_facility).markNoShows(); !settled)
            return settled.error();
    }
    // One snapshot for the visits and the bookings; a connection lost since the last read is opened again.
    return m_facility.database().read([&] { return collectRows(from, to); });
}

Result<QList<DayTally>> TallyService::collectRows(const QDate &from, const QDate &to) {
    Database &db = m_facility.database();
    SqlQuery query(db, u"SELECT v.facility_date, v.service, v.status, v.session, v.men, v.women, v.children, "
                       u"v.registered_at, v.admitted_at, v.refused_at, b.id FROM visits v "
                       u"LEFT JOIN bookings b ON b.visit_id = v.id "
                       u"WHERE v.facility_date >= ? AND v.facility_date <= ?"_s);
    query.bind(from.toString(Qt::ISODate)).bind(to.toString(Qt::ISODate));
    if (auto done = query.exec(); !done)
        return done.error();

    const qint64 dayCount = from.isValid() && to.isValid() ? from.daysTo(to) + 1 : 1;
    QList<DayTally> days(dayCount);
    QList<QMap<int, HourTally>> hoursOfDay(dayCount);
    for (qint64 i = 0; i < dayCount; ++i) {
        days[i].date = from.isValid() ? from.addDays(i) : from;
        days[i].facility = m_facility.profile().name;
    }
    // Time-zone conversion is the costly part of a tally: every zone's offset is a multiple of 15 minutes, so the
    // local hour is the same for every instant of one 15-minute UTC slot, and each slot is converted once.
    QHash<qint64, int> hourOfSlot;
    const auto hourOf = [this, &hourOfSlot](const QVariant &ms) {
        constexpr qint64 SlotMs = 15 * 60 * 1000;
        const qint64 slot = ms.toLongLong() / SlotMs;
        auto known = hourOfSlot.constFind(slot);
        if (known != hourOfSlot.cend())
            return *known;
        const int hour = m_facility.toLocal(QDateTime::fromMSecsSinceEpoch(slot * SlotMs, Qt::UTC)).time().hour();
        hourOfSlot.insert(slot, hour);
        return hour;
    };
    QHash<QString, qint64> indexOfDate;
    while (query.next()) {
        const QString dateText = query.value(0).toString();
        auto knownIndex = indexOfDate.constFind(dateText);
        if (knownIndex == indexOfDate.cend())
            knownIndex = indexOfDate.insert(dateText, from.daysTo(QDate::fromString(dateText, Qt::ISODate)));
        const qint64 index = *knownIndex;
        if (index < 0 || index >= dayCount)
            continue;
        DayTally &tally = days[index];
        QMap<int, HourTally> &hours = hoursOfDay[index];
        const auto hourTally = [&hours](int hour) -> HourTally & {
            HourTally &entry = hours[hour];
            entry.hour = hour;
            return entry;
        };
        const Service service = serviceFromKey(query.value(1).toString()).value_or(Service::Visit);
        const VisitStatus status = statusFromKey(query.value(2).toString()).value_or(VisitStatus::Registered);
        const int men = query.value(4).toInt();
        const int women = query.value(5).toInt();
        const int children = query.value(6).toInt();
        ServiceTally &byService = service == Service::Visit ? tally.visit : tally.deposit;

        if (status == VisitStatus::Cancelled) {
            tally.cancelled.add(men, women, children);
            continue;
        }
        tally.registered.add(men, women, children);
        (query.value(10).isNull() ? tally.walkIns : tally.bookings.arrived).add(men, women, children);
        byService.registered.add(men, women, children);
        hourTally(hourOf(query.value(7))).registered.add(men, women, children);
        if (service == Service::Visit)
            tally.bySession[query.value(3).toString()].add(men, women, children);

        if (status == VisitStatus::Admitted || status == VisitStatus::CheckedOut) {
            tally.admitted.add(men, women, children);
            byService.admitted.add(men, women, children);
            hourTally(hourOf(query.value(8))).admitted.add(men, women, children);
        }
        if (status == VisitStatus::Admitted) {
            tally.inside.add(men, women, children);
            byService.inside.add(men, women, children);
        }
        if (status == VisitStatus::CheckedOut)
            tally.checkedOut.add(men, women, children);
        if (status == VisitStatus::Refused) {
            tally.refused.add(men, women, children);
            byService.refused.add(men, women, children);
            hourTally(hourOf(query.value(9))).refused.add(men, women, children);
        }
    }
    if (auto booked = addBookings(db, from, to, days); !booked)
        return booked.error();
    for (qint64 i = 0; i < dayCount; ++i) {
        QMap<int, HourTally> &hours = hoursOfDay[i];
        if (hours.isEmpty())
            continue;
        for (int hour = hours.firstKey(); hour <= hours.lastKey(); ++hour) {
            HourTally &entry = hours[hour];
            entry.hour = hour;
            days[i].byHour.append(entry);
        }
    }
    return days;
}

Result<InspectionSummary> TallyService::inspections(const QDate &from, const QDate &to) {
    if (auto checked = checkRange(from, to); !checked)
        return checked.error();
    Database &db = m_facility.database();
    SqlQuery query(db, u"SELECT i.id, i.visit_id, i.phase, i.outcome, i.reason, t.description, t.disposition "
                       u"FROM inspections i JOIN visits v ON v.id = i.visit_id "
                       u"LEFT JOIN inspection_items t ON t.inspection_id = i.id "
                       u"WHERE v.facility_date >= ? AND v.facility_date <= ? "
                       u"ORDER BY i.at, i.id, t.position"_s);
    query.bind(from.toString(Qt::ISODate)).bind(to.toString(Qt::ISODate));
    if (auto done = query.exec(); !done)
        return done.error();

    struct Inspection {
        qint64 id = 0;
        bool entry = true;
        bool refused = false;
        QString reason;
        QList<InspectionItem> items;
    };
    QList<Inspection> inspections;               // in order of time
    QMap<QPair<qint64, bool>, qsizetype> latest; // (visit, entry?) -> index of its latest inspection
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (inspections.isEmpty() || inspections.last().id != id) {
            Inspection inspection;
            inspection.id = id;
            inspection.entry = phaseFromKey(query.value(2).toString()) != InspectionPhase::Exit;
            inspection.refused = outcomeFromKey(query.value(3).toString()) == InspectionOutcome::Refused;
            inspection.reason = query.value(4).toString();
            inspections.append(inspection);
            latest.insert({query.value(1).toLongLong(), inspection.entry}, inspections.size() - 1);
        }
        if (query.value(5).isNull())
            continue; // an inspection without items
        const auto disposition = dispositionFromKey(query.value(6).toString());
        if (disposition)
            inspections.last().items.append(InspectionItem{query.value(5).toString(), *disposition, {}});
    }
    QList<qsizetype> counted = latest.values();
    std::sort(counted.begin(), counted.end());

    InspectionSummary summary;
    QMap<QString, QPair<QString, int>> confiscated; // folded description -> (first spelling, count)
    for (const qsizetype index : counted) {
        const Inspection &inspection = inspections.at(index);
        if (inspection.entry) {
            summary.inspected += 1;
            if (inspection.refused) {
                summary.refusals += 1;
                summary.refusalReasons.append(inspection.reason);
            }
        }
        for (const InspectionItem &item : inspection.items) {
            if (!inspection.entry) {
                if (item.disposition == Disposition::Returned)
                    summary.itemsReturned += 1;
                continue;
            }
            switch (item.disposition) {
            case Disposition::Allowed:
                summary.itemsAllowed += 1;
                break;
            case Disposition::Deposited:
                summary.itemsDeposited += 1;
                break;
            case Disposition::Confiscated: {
                summary.itemsConfiscated += 1;
                const QString description = item.description.simplified();
                auto &entry = confiscated[description.toCaseFolded()];
                if (entry.first.isEmpty())
                    entry.first = description;
                entry.second += 1;
                break;
            }
            case Disposition::Returned:
                break; // sent home with the visitor at the entry: neither in nor kept
            }
        }
    }
    for (const auto &entry : std::as_const(confiscated))
        summary.confiscated.append(entry);
    std::stable_sort(summary.confiscated.begin(), summary.confiscated.end(), [](const auto &a, const auto &b) {
        if (a.second != b.second)
            return a.second > b.second;
        return a.first.compare(b.first, Qt::CaseInsensitive) < 0;
    });
    return summary;
}

namespace TallyFormat {

namespace {

QJsonObject countsJson(const Counts &counts) {
    return QJsonObject{{u"groups"_s, counts.groups},
                       {u"men"_s, counts.men},
                       {u"women"_s, counts.women},
                       {u"children"_s, counts.children},
                       {u"total"_s, counts.total()}};
}

QJsonObject serviceJson(const ServiceTally &service) {
    return QJsonObject{{u"registered"_s, countsJson(service.registered)},
                       {u"admitted"_s, countsJson(service.admitted)},
                       {u"refused"_s, countsJson(service.refused)},
                       {u"inside"_s, countsJson(service.inside)}};
}

QStringList countsFields(const Counts &counts) {
    return {QString::number(counts.groups), QString::number(counts.men), QString::number(counts.women),
            QString::number(counts.children), QString::number(counts.total())};
}

QString hourLabel(int hour) {
    return u"%1:00"_s.arg(hour, 2, 10, QLatin1Char('0'));
}

} // namespace

QJsonObject toJson(const DayTally &tally) {
    QJsonArray hours;
    for (const HourTally &hour : tally.byHour)
        hours.append(QJsonObject{{u"hour"_s, hourLabel(hour.hour)},
                                 {u"registered"_s, countsJson(hour.registered)},
                                 {u"admitted"_s, countsJson(hour.admitted)},
                                 {u"refused"_s, countsJson(hour.refused)}});
    QJsonObject sessions;
    for (auto it = tally.bySession.cbegin(); it != tally.bySession.cend(); ++it)
        sessions.insert(it.key(), countsJson(it.value()));
    return QJsonObject{
        {u"date"_s, tally.date.toString(Qt::ISODate)},
        {u"facility"_s, tally.facility},
        {u"registered"_s, countsJson(tally.registered)},
        {u"admitted"_s, countsJson(tally.admitted)},
        {u"refused"_s, countsJson(tally.refused)},
        {u"inside"_s, countsJson(tally.inside)},
        {u"checked_out"_s, countsJson(tally.checkedOut)},
        {u"cancelled"_s, countsJson(tally.cancelled)},
        {u"by_hour"_s, hours},
        {u"by_service"_s,
         QJsonObject{{u"visit"_s, serviceJson(tally.visit)}, {u"deposit"_s, serviceJson(tally.deposit)}}},
        {u"by_session"_s, sessions},
        {u"walk_ins"_s, countsJson(tally.walkIns)},
        {u"bookings"_s, QJsonObject{{u"booked"_s, countsJson(tally.bookings.booked)},
                                    {u"arrived"_s, countsJson(tally.bookings.arrived)},
                                    {u"no_show"_s, countsJson(tally.bookings.noShow)},
                                    {u"cancelled"_s, countsJson(tally.bookings.cancelled)}}},
    };
}

QByteArray toCsv(const DayTally &tally) {
    QStringList header{u"date"_s, u"hour"_s};
    for (const QString &group : {u"registered"_s, u"admitted"_s, u"refused"_s})
        for (const QString &column : {u"groups"_s, u"men"_s, u"women"_s, u"children"_s, u"total"_s})
            header.append(group + u"_"_s + column);
    QByteArray csv = Csv::formatRow(header);
    const QString date = tally.date.toString(Qt::ISODate);
    for (const HourTally &hour : tally.byHour)
        csv += Csv::formatRow(QStringList{date, hourLabel(hour.hour)} + countsFields(hour.registered) +
                              countsFields(hour.admitted) + countsFields(hour.refused));
    csv += Csv::formatRow(QStringList{date, u"total"_s} + countsFields(tally.registered) +
                          countsFields(tally.admitted) + countsFields(tally.refused));
    return csv;
}

} // namespace TallyFormat

} // namespace besuk
