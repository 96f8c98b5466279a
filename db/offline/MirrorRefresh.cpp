// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/offline/MirrorRefresh.h"

#include "db/Facility.h"
#include "db/GateService.h"
#include "db/InmateStore.h"
#include "db/RegistrationService.h"
#include "db/offline/QueueBlocks.h"

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

// The roster, with each inmate's visits and open bookings counted against the weekly limit in `today`'s week.
Result<QList<MirrorInmate>> roster(Database &db, const QDate &today) {
    SqlQuery query(db, u"SELECT i.id, i.number, i.name, i.block, i.active, "_s + RegistrationService::weekVisitsSql() +
                           u" FROM inmates i"_s);
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    const QString first = isoDate(monday), last = isoDate(monday.addDays(6));
    query.bind(first).bind(last).bind(first).bind(last).bind(isoDate(today)).bind(0);
    if (auto done = query.exec(); !done)
        return done.error();
    QList<MirrorInmate> inmates;
    while (query.next()) {
        const Inmate inmate{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                            query.value(3).toString(), query.value(4).toInt() == 1};
        inmates.append(MirrorInmate{inmate, InmateStore::searchKey(inmate.number), InmateStore::searchKey(inmate.name),
                                    query.value(5).toInt()});
    }
    return inmates;
}

Result<QList<MirrorNikBan>> bansInForce(Database &db, const QDateTime &now) {
    SqlQuery query(db, u"SELECT nik, expires_at FROM bans WHERE lifted_at IS NULL AND "
                       u"(expires_at IS NULL OR expires_at > ?)"_s);
    query.bind(now.toMSecsSinceEpoch());
    if (auto done = query.exec(); !done)
        return done.error();
    QList<MirrorNikBan> bans;
    while (query.next())
        bans.append(MirrorNikBan{query.value(0).toString(),
                                 query.value(1).isNull()
                                     ? QDateTime()
                                     : QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC)});
    return bans;
}

// The day's people as the daily cap counts them, and per session as the sessions' capacity counts them.
Result<void> dayPeople(Database &db, const QDate &today, KioskMirror &kiosk) {
    SqlQuery total(db, u"SELECT "_s + RegistrationService::dayPeopleSql());
    total.bind(isoDate(today)).bind(isoDate(today)).bind(0);
    auto people = total.scalar();
    if (!people)
        return people.error();
    kiosk.dayPeople = people->toInt();
    SqlQuery sessions(db, u"SELECT session, COALESCE(SUM(men + women + children), 0) FROM visits WHERE "
                          u"facility_date = ? AND service = 'visit' AND status NOT IN ('cancelled', 'refused') "
                          u"GROUP BY session"_s);
    sessions.bind(isoDate(today));
    if (auto done = sessions.exec(); !done)
        return done;
    while (sessions.next())
        kiosk.sessionPeople.insert(sessions.value(0).toString(), sessions.value(1).toInt());
    return {};
}

} // namespace

Result<MirrorSnapshot> MirrorRefresh::takeForKiosk(Facility &server, const QString &station) {
    const QDate today = server.today();
    const QDateTime now = server.now();
    if (auto topped = QueueBlocks::topUp(server, station, today); !topped)
        return topped.error();
    Database &db = server.database();
    const FacilityProfile &facility = server.profile();
    return db.read([&]() -> Result<MirrorSnapshot> {
        MirrorSnapshot snapshot{MirrorProfile{facility.code, facility.publicKey, facility.timeZoneId,
                                              facility.rules.requireClearedInspection, today, now},
                                {},
                                {},
                                KioskMirror{}};
        auto numbers = QueueBlocks::reserved(db, today, station, true);
        if (!numbers)
            return numbers.error();
        snapshot.offlineNumbers = *numbers;
        auto inmates = roster(db, today);
        if (!inmates)
            return inmates.error();
        snapshot.kiosk->inmates = *inmates;
        auto bans = bansInForce(db, now);
        if (!bans)
            return bans.error();
        snapshot.kiosk->bans = *bans;
        if (auto counted = dayPeople(db, today, *snapshot.kiosk); !counted)
            return counted.error();
        return snapshot;
    });
}

Result<int> MirrorRefresh::refreshKiosk(Facility &server, StationJournal &journal) {
    auto snapshot = takeForKiosk(server, journal.station());
    if (!snapshot)
        return snapshot.error();
    if (auto replaced = journal.replaceMirror(*snapshot); !replaced)
        return replaced.error();
    return int(snapshot->offlineNumbers.size());
}

Result<MirrorSnapshot> MirrorRefresh::take(Facility &server) {
    Database &db = server.database();
    const QDate today = server.today();
    const QDateTime now = server.now();
    const FacilityProfile &facility = server.profile();
    return db.read([&]() -> Result<MirrorSnapshot> {
        MirrorSnapshot snapshot{MirrorProfile{facility.code, facility.publicKey, facility.timeZoneId,
                                              facility.rules.requireClearedInspection, today, now},
                                {},
                                {},
                                std::nullopt};
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
        auto offlineNumbers = QueueBlocks::reserved(db, today, {}, true);
        if (!offlineNumbers)
            return offlineNumbers.error();
        snapshot.offlineNumbers = *offlineNumbers;
        // The bans on today's registered groups in one statement, not one per ticket.
        auto bans = BanStore::inForceForRegisteredVisits(db, today, now);
        if (!bans)
            return bans.error();
        for (const VisitRecord &visit : std::as_const(visits))
            snapshot.tickets.append(MirrorTicket{visit,
                                                 bookings->value(visit.id),
                                                 cleared->value(visit.id),
                                                 visit.date == today ? bans->value(visit.id) : QList<Ban>(),
                                                 deposited->value(visit.id),
                                                 {}});
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

bool MirrorRefresh::concernsGate(const QString &changeKind) {
    // Calls and alerts are not in a gate's mirror; tickets, their inspections, admits and bookings, bans and the
    // rules (an entry inspection required or not) are.
    return changeKind.startsWith(u"visit."_s) || changeKind.startsWith(u"ban."_s) ||
           changeKind.startsWith(u"booking."_s) || changeKind == u"rules.change"_s;
}

bool MirrorRefresh::concernsKiosk(const QString &changeKind) {
    // What counts against the limits (registrations, cancellations, bookings), the bans, the roster and the rules.
    return changeKind == u"visit.register"_s || changeKind == u"visit.cancel"_s ||
           changeKind.startsWith(u"booking."_s) || changeKind.startsWith(u"ban."_s) ||
           changeKind == u"roster.change"_s || changeKind == u"rules.change"_s;
}

} // namespace besuk
