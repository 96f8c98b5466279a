// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/RetentionService.h"

#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/Facility.h"
#include "db/Nik.h"
#include "db/Visit.h"

#include <QElapsedTimer>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

const QString RetentionKey = u"retention_days"_s;

// Member rows of visits before the cutoff date (bound as the one parameter).
const QString OldVisitIds = u"SELECT id FROM visits WHERE facility_date < ?"_s;

// The anonymous visitor record of one sex (NIK empty, no name), made on first use. Member rows of anonymised visits
// point at it, so that visit_members keeps its visitor link and its category.
Result<qint64> anonymousVisitor(Database &db, const QString &sex, qint64 nowMs) {
    SqlQuery find(db, u"SELECT id FROM visitors WHERE nik IS NULL AND sex = ? ORDER BY id LIMIT 1"_s);
    find.bind(sex);
    auto id = find.scalar();
    if (!id)
        return id.error();
    if (!id->isNull())
        return id->toLongLong();
    SqlQuery insert(db, u"INSERT INTO visitors (nik, name, sex, birth_date, phone, created_at, updated_at) "
                        u"VALUES (NULL, '', ?, NULL, NULL, ?, ?) RETURNING id"_s);
    insert.bind(sex).bind(nowMs).bind(nowMs);
    auto created = insert.scalar();
    if (!created)
        return created.error();
    return created->toLongLong();
}

struct Anonymous {
    qint64 man = 0;
    qint64 woman = 0;
};

Result<Anonymous> anonymousVisitors(Database &db, qint64 nowMs) {
    auto man = anonymousVisitor(db, u"M"_s, nowMs);
    if (!man)
        return man.error();
    auto woman = anonymousVisitor(db, u"F"_s, nowMs);
    if (!woman)
        return woman.error();
    return Anonymous{*man, *woman};
}

Result<int> intValue(SqlQuery &query) {
    auto value = query.scalar();
    if (!value)
        return value.error();
    return value->toInt();
}

// The bookings the holder of `nik` is in, as the export shows them.
template <typename Time> Result<QJsonArray> bookingsOf(Database &db, const QString &nik, const Time &time) {
    SqlQuery query(db, u"SELECT b.code, b.facility_date, b.slot_start, b.slot_end, b.service, b.status, m.name, "
                       u"m.category, m.position, i.number, i.name, b.booked_at, b.channel, b.cancelled_at "
                       u"FROM booking_members m JOIN bookings b ON b.id = m.booking_id "
                       u"JOIN inmates i ON i.id = b.inmate_id WHERE m.nik = ? ORDER BY b.facility_date, b.id"_s);
    query.bind(nik);
    if (auto done = query.exec(); !done)
        return done.error();
    QJsonArray bookings;
    while (query.next())
        bookings.append(QJsonObject{
            {u"code"_s, query.value(0).toString()},
            {u"date"_s, query.value(1).toString()},
            {u"slot"_s, QString(query.value(2).toString() + u'-' + query.value(3).toString())},
            {u"service"_s, query.value(4).toString()},
            {u"status"_s, query.value(5).toString()},
            {u"name_as_booked"_s, query.value(6).toString()},
            {u"category"_s, query.value(7).toString()},
            {u"lead_visitor"_s, query.value(8).toInt() == 0},
            {u"inmate"_s,
             QJsonObject{{u"number"_s, query.value(9).toString()}, {u"name"_s, query.value(10).toString()}}},
            {u"booked_at"_s, time(query.value(11))},
            {u"channel"_s, query.value(12).toString()},
            {u"cancelled_at"_s, time(query.value(13))},
        });
    return bookings;
}

} // namespace

Result<int> RetentionService::retentionDays() {
    SqlQuery query(m_facility.database(), u"SELECT value FROM settings WHERE key = ?"_s);
    query.bind(RetentionKey);
    auto value = query.scalar();
    if (!value)
        return value.error();
    if (value->isNull())
        return DefaultRetentionDays;
    bool number = false;
    const int days = value->toString().toInt(&number);
    if (!number || days < MinRetentionDays || days > MaxRetentionDays)
        return makeError(ErrorCode::Storage, tr("The retention setting in this database is damaged."));
    return days;
}

Result<void> RetentionService::setRetentionDays(int days, const QString &actor) {
    if (days < MinRetentionDays || days > MaxRetentionDays)
        return makeError(
            ErrorCode::InvalidInput,
            tr("The retention period must be between %1 and %2 days.").arg(MinRetentionDays).arg(MaxRetentionDays));
    Database &db = m_facility.database();
    const qint64 nowMs = m_facility.now().toMSecsSinceEpoch();
    return db.write([&]() -> Result<void> {
        SqlQuery put(db, u"INSERT INTO settings (key, value) VALUES (?, ?) "
                         u"ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
        put.bind(RetentionKey).bind(QString::number(days));
        if (auto done = put.exec(); !done)
            return done;
        return AuditLog::append(db, nowMs, actor, u"retention.set"_s, {}, u"days=%1"_s.arg(days));
    });
}

Result<AnonymiseReport> RetentionService::anonymiseOlderThan(int days, const QString &actor) {
    if (days < MinRetentionDays || days > MaxRetentionDays)
        return makeError(
            ErrorCode::InvalidInput,
            tr("The retention period must be between %1 and %2 days.").arg(MinRetentionDays).arg(MaxRetentionDays));
    QElapsedTimer timer;
    timer.start();
    Database &db = m_facility.database();
    const QDateTime now = m_facility.now();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const QDate before = m_facility.today().addDays(-days);
    const QString cutoff = before.toString(Qt::ISODate);
    const qint64 cutoffMs = before.startOfDay(m_facility.profile().timeZone).toMSecsSinceEpoch();

    auto report = db.write([&]() -> Result<AnonymiseReport> {
        AnonymiseReport r;
        r.before = before;
        SqlQuery pending(db, u"SELECT COUNT(DISTINCT m.visit_id), COUNT(*) FROM visit_members m "
                             u"JOIN visits v ON v.id = m.visit_id JOIN visitors p ON p.id = m.visitor_id "
                             u"WHERE v.facility_date < ? AND (p.nik IS NOT NULL OR m.name <> '')"_s);
        pending.bind(cutoff);
        if (auto done = pending.exec(); !done)
            return done.error();
        if (pending.next()) {
            r.visits = pending.value(0).toInt();
            r.members = pending.value(1).toInt();
        }
        SqlQuery people(db,
                        u"SELECT COUNT(DISTINCT p.id) FROM visit_members m JOIN visits v ON v.id = m.visit_id "
                        u"JOIN visitors p ON p.id = m.visitor_id WHERE v.facility_date < ? AND p.nik IS NOT NULL"_s);
        people.bind(cutoff);
        auto affected = intValue(people);
        if (!affected)
            return affected.error();
        SqlQuery inForce(db, u"SELECT COUNT(*) FROM bans WHERE lifted_at IS NULL AND (expires_at IS NULL OR "
                             u"expires_at > ?) AND nik IN (SELECT p.nik FROM visit_members m JOIN visits v ON "
                             u"v.id = m.visit_id JOIN visitors p ON p.id = m.visitor_id WHERE v.facility_date < ?)"_s);
        inForce.bind(nowMs).bind(cutoff);
        auto bansInForce = intValue(inForce);
        if (!bansInForce)
            return bansInForce.error();
        r.bansInForce = *bansInForce;

        auto anonymous = anonymousVisitors(db, nowMs);
        if (!anonymous)
            return anonymous.error();
        SqlQuery members(db, u"UPDATE visit_members SET name = '', visitor_id = CASE WHEN (SELECT p.sex FROM "
                             u"visitors p WHERE p.id = visit_members.visitor_id) = 'F' THEN CAST(? AS BIGINT) ELSE "
                             u"CAST(? AS BIGINT) END "
                             u"WHERE visit_id IN ("_s +
                                 OldVisitIds + u") AND (name <> '' OR visitor_id NOT IN (?, ?))"_s);
        members.bind(anonymous->woman).bind(anonymous->man).bind(cutoff).bind(anonymous->woman).bind(anonymous->man);
        if (auto done = members.exec(); !done)
            return done.error();
        SqlQuery notes(db, u"UPDATE inspections SET notes = '' WHERE notes <> '' AND visit_id IN ("_s + OldVisitIds +
                               u")"_s);
        notes.bind(cutoff);
        if (auto done = notes.exec(); !done)
            return done.error();
        SqlQuery orphans(db, u"DELETE FROM visitors WHERE nik IS NOT NULL AND NOT EXISTS "
                             u"(SELECT 1 FROM visit_members m WHERE m.visitor_id = visitors.id)"_s);
        if (auto done = orphans.exec(); !done)
            return done.error();
        r.peopleRemoved = orphans.rowsAffected();
        // Someone who also came recently: their record no longer tells when they first came.
        SqlQuery firstSeen(db, u"UPDATE visitors SET created_at = COALESCE((SELECT MIN(v.registered_at) FROM "
                               u"visit_members m JOIN visits v ON v.id = m.visit_id WHERE m.visitor_id = visitors.id), "
                               u"created_at) WHERE nik IS NOT NULL AND created_at < ?"_s);
        firstSeen.bind(cutoffMs);
        if (auto done = firstSeen.exec(); !done)
            return done.error();
        r.peopleKept = std::max(0, *affected - r.peopleRemoved);
        SqlQuery ended(db, u"DELETE FROM bans WHERE (lifted_at IS NOT NULL AND lifted_at < ?) "
                           u"OR (lifted_at IS NULL AND expires_at IS NOT NULL AND expires_at < ?)"_s);
        ended.bind(cutoffMs).bind(cutoffMs);
        if (auto done = ended.exec(); !done)
            return done.error();
        r.bansRemoved = ended.rowsAffected();
        SqlQuery booked(db, u"UPDATE booking_members SET nik = '', name = '' WHERE (nik <> '' OR name <> '') AND "
                            u"booking_id IN (SELECT id FROM bookings WHERE facility_date < ?)"_s);
        booked.bind(cutoff);
        if (auto done = booked.exec(); !done)
            return done.error();
        r.bookingMembers = booked.rowsAffected();

        if (auto logged = AuditLog::append(db, nowMs, actor, u"retention.anonymise"_s, cutoff,
                                           u"days=%1 visits=%2 members=%3 people_removed=%4 people_kept=%5 "
                                           u"bans_removed=%6 bans_in_force=%7"_s.arg(days)
                                               .arg(r.visits)
                                               .arg(r.members)
                                               .arg(r.peopleRemoved)
                                               .arg(r.peopleKept)
                                               .arg(r.bansRemoved)
                                               .arg(r.bansInForce));
            !logged)
            return logged.error();
        return r;
    });
    if (!report)
        return report;
    report->fileCompacted = compactLog();
    report->elapsedMs = timer.elapsed();
    return report;
}

Result<QJsonObject> RetentionService::exportPerson(const QString &nik, const QString &actor) {
    auto info = Nik::parse(nik, m_facility.today());
    if (!info)
        return info.error();
    Database &db = m_facility.database();
    const QDateTime now = m_facility.now();
    const auto time = [this](const QVariant &ms) -> QJsonValue {
        if (ms.isNull())
            return QJsonValue::Null;
        return m_facility.toLocal(QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC)).toString(Qt::ISODate);
    };
    return db.write([&]() -> Result<QJsonObject> {
        QJsonObject person{{u"nik"_s, info->nik},
                           {u"facility"_s, m_facility.profile().name},
                           {u"exported_at"_s, time(now.toMSecsSinceEpoch())}};
        SqlQuery visitor(db, u"SELECT id, name, sex, birth_date, phone, created_at, updated_at FROM visitors "
                             u"WHERE nik = ?"_s);
        visitor.bind(info->nik);
        if (auto done = visitor.exec(); !done)
            return done.error();
        qint64 visitorId = 0;
        if (visitor.next()) {
            visitorId = visitor.value(0).toLongLong();
            person.insert(u"visitor"_s,
                          QJsonObject{{u"name"_s, visitor.value(1).toString()},
                                      {u"sex"_s, visitor.value(2).toString()},
                                      {u"birth_date"_s, visitor.value(3).toString()},
                                      {u"phone"_s, visitor.value(4).isNull() ? QJsonValue(QJsonValue::Null)
                                                                             : QJsonValue(visitor.value(4).toString())},
                                      {u"first_registered_at"_s, time(visitor.value(5))},
                                      {u"updated_at"_s, time(visitor.value(6))}});
        } else {
            person.insert(u"visitor"_s, QJsonValue::Null);
        }

        QJsonArray visits;
        if (visitorId != 0) {
            SqlQuery query(db, u"SELECT v.facility_date, v.service, v.queue_number, v.session, v.status, m.name, "
                               u"m.category, m.position, i.number, i.name, i.block, v.registered_at, v.admitted_at, "
                               u"v.checked_out_at, v.refused_at, v.refused_reason, v.cancelled_at, v.cancel_reason, "
                               u"v.station FROM visit_members m JOIN visits v ON v.id = m.visit_id "
                               u"JOIN inmates i ON i.id = v.inmate_id WHERE m.visitor_id = ? "
                               u"ORDER BY v.facility_date, v.registered_at"_s);
            query.bind(visitorId);
            if (auto done = query.exec(); !done)
                return done.error();
            while (query.next()) {
                const Service service = serviceFromKey(query.value(1).toString()).value_or(Service::Visit);
                visits.append(QJsonObject{
                    {u"date"_s, query.value(0).toString()},
                    {u"service"_s, query.value(1).toString()},
                    {u"queue_number"_s, queueLabel(service, query.value(2).toInt())},
                    {u"session"_s, query.value(3).toString()},
                    {u"status"_s, query.value(4).toString()},
                    {u"name_as_registered"_s, query.value(5).toString()},
                    {u"category"_s, query.value(6).toString()},
                    {u"lead_visitor"_s, query.value(7).toInt() == 0},
                    {u"inmate"_s, QJsonObject{{u"number"_s, query.value(8).toString()},
                                              {u"name"_s, query.value(9).toString()},
                                              {u"block"_s, query.value(10).toString()}}},
                    {u"registered_at"_s, time(query.value(11))},
                    {u"admitted_at"_s, time(query.value(12))},
                    {u"checked_out_at"_s, time(query.value(13))},
                    {u"refused_at"_s, time(query.value(14))},
                    {u"refused_reason"_s, query.value(15).toString()},
                    {u"cancelled_at"_s, time(query.value(16))},
                    {u"cancel_reason"_s, query.value(17).toString()},
                    {u"station"_s, query.value(18).toString()},
                });
            }
        }
        person.insert(u"visits"_s, visits);

        QJsonArray bans;
        SqlQuery banQuery(db, u"SELECT id, reason, created_by, created_at, expires_at, lifted_at, lifted_by FROM bans "
                              u"WHERE nik = ? ORDER BY created_at"_s);
        banQuery.bind(info->nik);
        if (auto done = banQuery.exec(); !done)
            return done.error();
        while (banQuery.next()) {
            const QVariant expires = banQuery.value(4);
            const bool inForce =
                banQuery.value(5).isNull() && (expires.isNull() || expires.toLongLong() > now.toMSecsSinceEpoch());
            bans.append(QJsonObject{{u"id"_s, banQuery.value(0).toLongLong()},
                                    {u"reason"_s, banQuery.value(1).toString()},
                                    {u"created_by"_s, banQuery.value(2).toString()},
                                    {u"created_at"_s, time(banQuery.value(3))},
                                    {u"expires_at"_s, time(expires)},
                                    {u"lifted_at"_s, time(banQuery.value(5))},
                                    {u"lifted_by"_s, banQuery.value(6).toString()},
                                    {u"in_force"_s, inForce}});
        }
        person.insert(u"bans"_s, bans);
        auto bookings = bookingsOf(db, info->nik, time);
        if (!bookings)
            return bookings.error();
        person.insert(u"bookings"_s, *bookings);
        if (visitorId == 0 && bans.isEmpty() && bookings->isEmpty())
            return makeError(ErrorCode::NotFound, tr("Nothing is stored about the NIK %1.").arg(Nik::mask(info->nik)));
        if (!bans.isEmpty())
            person.insert(u"note"_s, tr("Ban reasons are for staff. Review them before handing this file to the "
                                        "person."));
        if (auto logged = AuditLog::append(db, now.toMSecsSinceEpoch(), actor, u"person.export"_s, Nik::mask(info->nik),
                                           u"visits=%1 bans=%2"_s.arg(visits.size()).arg(bans.size()));
            !logged)
            return logged.error();
        return person;
    });
}

Result<EraseReport> RetentionService::erasePerson(const QString &nik, const QString &actor, bool removeBans) {
    auto info = Nik::parse(nik, m_facility.today());
    if (!info)
        return info.error();
    Database &db = m_facility.database();
    const qint64 nowMs = m_facility.now().toMSecsSinceEpoch();
    auto report = db.write([&]() -> Result<EraseReport> {
        EraseReport r;
        SqlQuery bans(db, u"SELECT COUNT(*) FROM bans WHERE nik = ?"_s);
        bans.bind(info->nik);
        auto banCount = intValue(bans);
        if (!banCount)
            return banCount.error();
        SqlQuery visitor(db, u"SELECT id, sex FROM visitors WHERE nik = ?"_s);
        visitor.bind(info->nik);
        if (auto done = visitor.exec(); !done)
            return done.error();
        const bool found = visitor.next();
        SqlQuery booked(db, u"UPDATE booking_members SET nik = '', name = '' WHERE nik = ?"_s);
        booked.bind(info->nik);
        if (auto done = booked.exec(); !done)
            return done.error();
        r.bookings = booked.rowsAffected();
        if (!found && *banCount == 0 && r.bookings == 0)
            return makeError(ErrorCode::NotFound, tr("Nothing is stored about the NIK %1.").arg(Nik::mask(info->nik)));
        if (found) {
            const qint64 visitorId = visitor.value(0).toLongLong();
            const QString sex = visitor.value(1).toString();
            SqlQuery visits(db, u"SELECT COUNT(DISTINCT visit_id) FROM visit_members WHERE visitor_id = ?"_s);
            visits.bind(visitorId);
            auto visitCount = intValue(visits);
            if (!visitCount)
                return visitCount.error();
            r.visits = *visitCount;
            auto anonymous = anonymousVisitor(db, sex == u"F"_s ? u"F"_s : u"M"_s, nowMs);
            if (!anonymous)
                return anonymous.error();
            SqlQuery members(db, u"UPDATE visit_members SET name = '', visitor_id = ? WHERE visitor_id = ?"_s);
            members.bind(*anonymous).bind(visitorId);
            if (auto done = members.exec(); !done)
                return done.error();
            SqlQuery remove(db, u"DELETE FROM visitors WHERE id = ?"_s);
            remove.bind(visitorId);
            if (auto done = remove.exec(); !done)
                return done.error();
            r.personRemoved = true;
        }
        if (removeBans && *banCount > 0) {
            SqlQuery remove(db, u"DELETE FROM bans WHERE nik = ?"_s);
            remove.bind(info->nik);
            if (auto done = remove.exec(); !done)
                return done.error();
            r.bansRemoved = remove.rowsAffected();
        } else {
            r.bansKept = *banCount;
        }
        if (auto logged = AuditLog::append(
                db, nowMs, actor, u"person.erase"_s, Nik::mask(info->nik),
                u"visits=%1 bans_kept=%2 bans_removed=%3"_s.arg(r.visits).arg(r.bansKept).arg(r.bansRemoved));
            !logged)
            return logged.error();
        return r;
    });
    if (!report)
        return report;
    report->fileCompacted = compactLog();
    return report;
}

Result<PurgeReport> RetentionService::purgeBefore(const QDate &before, const QString &actor) {
    if (!before.isValid())
        return makeError(ErrorCode::InvalidInput, tr("Give the date to purge before, like 2025-12-01."));
    if (before > m_facility.today())
        return makeError(
            ErrorCode::InvalidInput,
            tr("Only days before today can be purged; %1 is after today.").arg(before.toString(Qt::ISODate)));
    Database &db = m_facility.database();
    const qint64 nowMs = m_facility.now().toMSecsSinceEpoch();
    const QString date = before.toString(Qt::ISODate);
    const qint64 startMs = before.startOfDay(m_facility.profile().timeZone).toMSecsSinceEpoch();
    return db.write([&]() -> Result<PurgeReport> {
        PurgeReport r;
        r.before = before;
        SqlQuery changes(db, u"DELETE FROM changes WHERE at < ?"_s);
        changes.bind(startMs);
        if (auto done = changes.exec(); !done)
            return done.error();
        r.changes = changes.rowsAffected();
        SqlQuery calls(db, u"DELETE FROM calls WHERE facility_date < ?"_s);
        calls.bind(date);
        if (auto done = calls.exec(); !done)
            return done.error();
        r.calls = calls.rowsAffected();
        SqlQuery counters(db, u"DELETE FROM queue_counters WHERE facility_date < ?"_s);
        counters.bind(date);
        if (auto done = counters.exec(); !done)
            return done.error();
        r.queueCounters = counters.rowsAffected();
        SqlQuery reserved(db, u"DELETE FROM offline_numbers WHERE facility_date < ?"_s);
        reserved.bind(date);
        if (auto done = reserved.exec(); !done)
            return done.error();
        r.offlineNumbers = reserved.rowsAffected();
        if (auto logged = AuditLog::append(db, nowMs, actor, u"data.purge"_s, date,
                                           u"changes=%1 calls=%2 queue_counters=%3 offline_numbers=%4"_s.arg(r.changes)
                                               .arg(r.calls)
                                               .arg(r.queueCounters)
                                               .arg(r.offlineNumbers));
            !logged)
            return logged.error();
        return r;
    });
}

bool RetentionService::compactLog() {
    Database &db = m_facility.database();
    if (db.backend() != Backend::Sqlite)
        return false;
    SqlQuery checkpoint(db, u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    if (auto done = checkpoint.exec(); !done || !checkpoint.next())
        return false;
    return checkpoint.value(0).toInt() == 0; // busy = 0: every frame copied and the log truncated
}

} // namespace besuk
