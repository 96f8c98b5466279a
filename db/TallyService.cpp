#include "TallyService.h"

#include "Csv.h"
#include "Facility.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace besuk {

void Counts::add(int groupMen, int groupWomen, int groupChildren) {
    groups += 1;
    men += groupMen;
    women += groupWomen;
    children += groupChildren;
}

Result<DayTally> TallyService::day(const QDate &date) {
    Database &db = m_facility.database();
    SqlQuery query(db, u"SELECT service, status, session, men, women, children, registered_at, admitted_at, "
                       u"refused_at FROM visits WHERE facility_date = ?"_s);
    query.bind(date.toString(Qt::ISODate));
    if (auto done = query.exec(); !done)
        return done.error();

    DayTally tally;
    tally.date = date;
    tally.facility = m_facility.profile().name;
    QMap<int, HourTally> hours;
    const auto hourOf = [this](const QVariant &ms) {
        return m_facility.toLocal(QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC)).time().hour();
    };
    const auto hourTally = [&hours](int hour) -> HourTally & {
        HourTally &entry = hours[hour];
        entry.hour = hour;
        return entry;
    };
    while (query.next()) {
        const Service service = serviceFromKey(query.value(0).toString()).value_or(Service::Visit);
        const VisitStatus status = statusFromKey(query.value(1).toString()).value_or(VisitStatus::Registered);
        const int men = query.value(3).toInt();
        const int women = query.value(4).toInt();
        const int children = query.value(5).toInt();
        ServiceTally &byService = service == Service::Visit ? tally.visit : tally.deposit;

        if (status == VisitStatus::Cancelled) {
            tally.cancelled.add(men, women, children);
            continue;
        }
        tally.registered.add(men, women, children);
        byService.registered.add(men, women, children);
        hourTally(hourOf(query.value(6))).registered.add(men, women, children);
        if (service == Service::Visit)
            tally.bySession[query.value(2).toString()].add(men, women, children);

        if (status == VisitStatus::Admitted || status == VisitStatus::CheckedOut) {
            tally.admitted.add(men, women, children);
            byService.admitted.add(men, women, children);
            hourTally(hourOf(query.value(7))).admitted.add(men, women, children);
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
            hourTally(hourOf(query.value(8))).refused.add(men, women, children);
        }
    }
    if (!hours.isEmpty())
        for (int hour = hours.firstKey(); hour <= hours.lastKey(); ++hour)
            tally.byHour.append(hourTally(hour));
    return tally;
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
