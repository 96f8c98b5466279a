// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/RegistrationRows.h"

#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/EnumKeys.h"
#include "db/Nik.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

// Binds: the date, the service, RegistrationService::OfflineFirstNumber - 1.
const QString NextQueueNumberSql = u"INSERT INTO queue_counters (facility_date, service, last_number) VALUES (?, ?, 1) "
                                   u"ON CONFLICT (facility_date, service) DO UPDATE SET last_number = CASE "
                                   u"WHEN queue_counters.last_number >= ? AND queue_counters.last_number < "
                                   u"queue_counters.block_last THEN queue_counters.block_last + 1 "
                                   u"ELSE queue_counters.last_number + 1 END RETURNING last_number"_s;

// On PostgreSQL the visitors' statement ends by taking the registration's turn: the audit chain's lock, which every
// registration, every offline upload and every reservation of queue numbers takes before the day's counter row, so
// the statement that reads the rules and takes the number sees every registration before it. The lock is taken
// only after the last visitor row is locked (it waits for the count of all of them): two groups sharing a visitor
// would otherwise each hold what the other waits for.
QString visitorsUpsertSql(const Database &db, qsizetype count) {
    QStringList rows;
    rows.fill(u"(?, ?, ?, ?, ?, ?)"_s, count);
    const QString upsert = u"INSERT INTO visitors (nik, name, sex, birth_date, created_at, updated_at) VALUES "_s +
                           rows.join(u", "_s) +
                           u" ON CONFLICT (nik) DO UPDATE SET name = excluded.name, "
                           u"updated_at = excluded.updated_at RETURNING id, nik"_s;
    if (db.backend() != Backend::Postgres)
        return upsert;
    return u"WITH upserted AS ("_s + upsert + u"), turn AS (SELECT "_s + AuditLog::lockColumn(db) +
           u" AS held FROM (SELECT COUNT(*) FROM upserted) every_row) "
           u"SELECT upserted.id, upserted.nik, turn.held FROM upserted CROSS JOIN turn"_s;
}

// The visit row's INSERT (with the id when it is known: reserved by QueueBlocks, or drawn with the rule read).
QString visitInsertSql(bool ownId) {
    return u"INSERT INTO visits ("_s + (ownId ? u"id, "_s : QString()) +
           u"facility_date, service, queue_number, session, status, inmate_id, men, women, children, "
           u"registered_at, station) VALUES ("_s +
           (ownId ? u"?, "_s : QString()) + u"?, ?, ?, ?, 'registered', ?, ?, ?, ?, ?, ?)"_s;
}

QVariantList visitValues(const VisitRecord &visit, bool ownId, const QString &station) {
    QVariantList values;
    if (ownId)
        values << visit.id;
    values << isoDate(visit.date) << serviceKey(visit.service) << visit.queueNumber << visit.session << visit.inmate.id
           << visit.men << visit.women << visit.children << visit.registeredAt.toMSecsSinceEpoch() << station;
    return values;
}

QString membersInsertSql(qsizetype count) {
    QStringList rows;
    rows.fill(u"(?, ?, ?, ?, ?)"_s, count);
    return u"INSERT INTO visit_members (visit_id, position, visitor_id, name, category) VALUES "_s + rows.join(u", "_s);
}

QVariantList memberValues(qint64 visitId, const QList<GroupMember> &people, const QHash<QString, qint64> &visitorIds) {
    QVariantList values;
    for (qsizetype position = 0; position < people.size(); ++position) {
        const GroupMember &person = people.at(position);
        values << visitId << int(position) << visitorIds.value(person.nik) << person.name
               << categoryKey(person.category);
    }
    return values;
}

// The same rows for the statement that writes the audit entry (PostgreSQL; the visit's id drawn beforehand).
WrittenAlongside visitAlongside(const VisitRecord &visit, const QList<GroupMember> &people,
                                const QHash<QString, qint64> &visitorIds, const QString &station) {
    return WrittenAlongside{
        {u"visit AS ("_s + visitInsertSql(true) + u")"_s, u"members AS ("_s + membersInsertSql(people.size()) + u")"_s},
        visitValues(visit, true, station) + memberValues(visit.id, people, visitorIds)};
}

} // namespace

QString RegistrationRows::nextNumberSql() {
    return NextQueueNumberSql;
}

QVariantList RegistrationRows::nextNumberValues(const QString &date, Service service) {
    return {date, serviceKey(service), RegistrationService::OfflineFirstNumber - 1};
}

Result<int> RegistrationRows::nextNumber(Database &db, const QString &date, Service service) {
    SqlQuery counter(db, NextQueueNumberSql);
    for (const QVariant &value : nextNumberValues(date, service))
        counter.bind(value);
    auto number = counter.scalar();
    if (!number)
        return number.error();
    return number->toInt();
}

std::unique_ptr<SqlQuery> RegistrationRows::visitorsUpsert(Database &db, QList<GroupMember> people, qint64 nowMs) {
    // In the order of their NIKs: two groups sharing two visitors lock them in the same order.
    std::sort(people.begin(), people.end(), [](const GroupMember &a, const GroupMember &b) { return a.nik < b.nik; });
    auto visitors = std::make_unique<SqlQuery>(db, visitorsUpsertSql(db, people.size()));
    for (const GroupMember &person : std::as_const(people)) {
        visitors->bind(person.nik).bind(person.name).bind(person.sex == Sex::Female ? u"F"_s : u"M"_s);
        visitors->bind(isoDate(person.birthDate)).bind(nowMs).bind(nowMs);
    }
    return visitors;
}

QHash<QString, qint64> RegistrationRows::visitorIds(SqlQuery &executed) {
    QHash<QString, qint64> ids;
    while (executed.next())
        ids.insert(executed.value(1).toString(), executed.value(0).toLongLong());
    return ids;
}

Result<QHash<QString, qint64>> RegistrationRows::upsertVisitors(Database &db, QList<GroupMember> people, qint64 nowMs) {
    auto visitors = visitorsUpsert(db, std::move(people), nowMs);
    if (auto done = visitors->exec(); !done)
        return done.error();
    return visitorIds(*visitors);
}

Result<qint64> RegistrationRows::insertVisit(Database &db, const VisitRecord &visit, const QList<GroupMember> &people,
                                             const QHash<QString, qint64> &visitorIds, const QString &station) {
    // An offline kiosk's registration comes with the visit id reserved for it (QueueBlocks).
    const bool ownId = visit.id > 0;
    SqlQuery insert(db, visitInsertSql(ownId) + db.returningId());
    for (const QVariant &value : visitValues(visit, ownId, station))
        insert.bind(value);
    auto visitId = insert.insertedId();
    if (!visitId)
        return visitId.error();
    SqlQuery members(db, membersInsertSql(people.size()));
    for (const QVariant &value : memberValues(*visitId, people, visitorIds))
        members.bind(value);
    if (auto done = members.exec(); !done)
        return done.error();
    return *visitId;
}

Result<void> RegistrationRows::store(Database &db, VisitRecord &visit, const QList<GroupMember> &people,
                                     const QHash<QString, qint64> &visitorIds, const QString &station,
                                     const QVariant &newestAuditHash, qint64 drawnVisitId, qint64 nowMs) {
    const bool inOne = drawnVisitId > 0;
    if (inOne) {
        visit.id = drawnVisitId;
    } else {
        auto visitId = insertVisit(db, visit, people, visitorIds, station);
        if (!visitId)
            return visitId.error();
        visit.id = *visitId;
    }
    const QString label = visit.queueLabel();
    return AuditLog::appendWithChange(db, newestAuditHash, nowMs, station.isEmpty() ? u"kiosk"_s : station,
                                      u"visit.register"_s, label, u"visit=%1"_s.arg(visit.id),
                                      {u"visit.register"_s, label},
                                      inOne ? visitAlongside(visit, people, visitorIds, station) : WrittenAlongside{});
}

Result<void> RegistrationRows::linkArrival(Database &db, const BookedArrival &arrival, const VisitRecord &visit,
                                           qint64 nowMs, const QString &station) {
    SqlQuery update(db, u"UPDATE bookings SET status = 'arrived', visit_id = ?, arrived_at = ? "
                        u"WHERE id = ? AND status = 'booked'"_s);
    update.bind(visit.id).bind(nowMs).bind(arrival.bookingId);
    if (auto done = update.exec(); !done)
        return done.error();
    if (update.rowsAffected() != 1)
        return makeError(ErrorCode::Conflict,
                         RegistrationService::tr("This booking has changed meanwhile. Please scan it again."));
    if (auto noted = db.recordChange(nowMs, u"booking.arrive"_s, arrival.code); !noted)
        return noted.error();
    return AuditLog::append(
        db, nowMs, station.isEmpty() ? u"kiosk"_s : station, u"booking.arrive"_s, arrival.code,
        u"booking=%1 visit=%2 queue=%3"_s.arg(arrival.bookingId).arg(visit.id).arg(visit.queueLabel()));
}

} // namespace besuk
