// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/offline/MirrorRefresh.h"

#include "db/Facility.h"
#include "db/GateService.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

// Visit id -> whether its latest entry inspection was cleared, for the visits of `date`.
Result<QHash<qint64, bool>> entryInspections(Database &db, const QDate &date) {
    SqlQuery query(db, u"SELECT i.visit_id, i.outcome FROM inspections i JOIN visits v ON v.id = i.visit_id "
                       u"WHERE v.facility_date = ? AND i.phase = 'entry' ORDER BY i.at, i.id"_s);
    query.bind(isoDate(date));
    if (auto done = query.exec(); !done)
        return done.error();
    QHash<qint64, bool> cleared;
    while (query.next()) // later rows replace earlier ones: the latest inspection counts
        cleared.insert(query.value(0).toLongLong(), query.value(1).toString() == u"cleared"_s);
    return cleared;
}

// Visit id -> the items deposited at its entry inspections, in the order recorded, for the visits of `from` on.
Result<QHash<qint64, QList<InspectionItem>>> depositedItems(Database &db, const QDate &from) {
    SqlQuery query(db, u"SELECT i.visit_id, it.description, it.tag FROM inspections i "
                       u"JOIN inspection_items it ON it.inspection_id = i.id JOIN visits v ON v.id = i.visit_id "
                       u"WHERE v.facility_date >= ? AND i.phase = 'entry' AND it.disposition = 'deposited' "
                       u"ORDER BY i.at, i.id, it.position"_s);
    query.bind(isoDate(from));
    if (auto done = query.exec(); !done)
        return done.error();
    QHash<qint64, QList<InspectionItem>> deposited;
    while (query.next())
        deposited[query.value(0).toLongLong()].append(
            InspectionItem{query.value(1).toString(), Disposition::Deposited, query.value(2).toString()});
    return deposited;
}

// Visit id -> the booking it arrived as, for the visits of `date`.
Result<QHash<qint64, qint64>> arrivedBookings(Database &db, const QDate &date) {
    SqlQuery query(db, u"SELECT id, visit_id FROM bookings WHERE facility_date = ? AND status = 'arrived' "
                       u"AND visit_id IS NOT NULL"_s);
    query.bind(isoDate(date));
    if (auto done = query.exec(); !done)
        return done.error();
    QHash<qint64, qint64> bookings;
    while (query.next())
        bookings.insert(query.value(1).toLongLong(), query.value(0).toLongLong());
    return bookings;
}

} // namespace

Result<MirrorSnapshot> MirrorRefresh::take(Facility &server) {
    Database &db = server.database();
    const QDate today = server.today();
    const QDateTime now = server.now();
    const FacilityProfile &facility = server.profile();
    return db.read([&]() -> Result<MirrorSnapshot> {
        MirrorSnapshot snapshot{MirrorProfile{facility.code, facility.publicKey, facility.timeZoneId,
                                              facility.rules.requireClearedInspection, today, now},
                                {}};
        QList<VisitRecord> visits;
        for (int back = GateService::MissedCheckOutDays; back >= 1; --back) {
            auto inside = VisitRepository::ofDay(db, today.addDays(-back), VisitStatus::Admitted);
            if (!inside)
                return inside.error();
            visits += *inside;
        }
        auto todays = VisitRepository::ofDay(db, today);
        if (!todays)
            return todays.error();
        visits += *todays;
        auto cleared = entryInspections(db, today);
        if (!cleared)
            return cleared.error();
        auto bookings = arrivedBookings(db, today);
        if (!bookings)
            return bookings.error();
        auto deposited = depositedItems(db, today.addDays(-GateService::MissedCheckOutDays));
        if (!deposited)
            return deposited.error();
        for (const VisitRecord &visit : std::as_const(visits)) {
            MirrorTicket ticket{
                visit, bookings->value(visit.id), cleared->value(visit.id), {}, deposited->value(visit.id)};
            if (visit.status == VisitStatus::Registered && visit.date == today) {
                auto bans = BanStore::inForceForVisit(db, visit.id, now);
                if (!bans)
                    return bans.error();
                ticket.bans = *bans;
            }
            snapshot.tickets.append(std::move(ticket));
        }
        return snapshot;
    });
}

Result<int> MirrorRefresh::refresh(Facility &server, StationJournal &journal) {
    auto snapshot = take(server);
    if (!snapshot)
        return snapshot.error();
    if (auto replaced = journal.replaceMirror(*snapshot); !replaced)
        return replaced.error();
    return int(snapshot->tickets.size());
}

} // namespace besuk
