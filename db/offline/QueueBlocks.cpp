// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/offline/QueueBlocks.h"

#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/EnumKeys.h"
#include "db/Facility.h"
#include "db/RegistrationService.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace besuk {

Result<int> QueueBlocks::topUp(Facility &server, const QString &station, const QDate &date, int size) {
    Database &db = server.database();
    const qint64 nowMs = server.now().toMSecsSinceEpoch();
    // The usual case, a kiosk whose blocks are whole, reads and locks nothing more.
    auto held = reserved(db, date, station, true);
    if (!held)
        return held.error();
    if (held->size() >= 2 * size)
        return 0;
    return db.write([&]() -> Result<int> {
        int added = 0;
        for (Service service : {Service::Visit, Service::Deposit}) {
            auto topped = topUpService(db, station, date, service, size, nowMs);
            if (!topped)
                return topped.error();
            added += *topped;
        }
        return added;
    });
}

Result<int> QueueBlocks::topUpService(Database &db, const QString &station, const QDate &date, Service service,
                                      int size, qint64 nowMs) {
    const QString day = isoDate(date);
    const QString key = serviceKey(service);
    // The audit chain's lock first, as every registration takes it before the counter row (PostgreSQL; otherwise
    // each would hold what the other waits for); then the counter row, which orders this with every reservation.
    if (auto turn = AuditLog::lock(db); !turn)
        return turn.error();
    SqlQuery row(db, u"INSERT INTO queue_counters (facility_date, service, last_number, block_last) "
                     u"VALUES (?, ?, 0, 0) ON CONFLICT (facility_date, service) DO UPDATE "
                     u"SET block_last = queue_counters.block_last RETURNING last_number"_s);
    row.bind(day).bind(key);
    if (auto locked = row.scalar(); !locked)
        return locked.error();
    SqlQuery held(db, u"SELECT COUNT(*) FROM offline_numbers o WHERE o.station = ? AND o.facility_date = ? "
                      u"AND o.service = ? AND NOT EXISTS (SELECT 1 FROM visits v WHERE v.id = o.visit_id)"_s);
    held.bind(station).bind(day).bind(key);
    auto unused = held.scalar();
    if (!unused)
        return unused.error();
    const int need = size - unused->toInt();
    if (need <= 0)
        return 0;
    // Above the offline start, above every number given and every block reserved so far.
    SqlQuery counter(db, u"UPDATE queue_counters SET block_last = (CASE "
                         u"WHEN last_number >= block_last AND last_number >= ? THEN last_number "
                         u"WHEN block_last >= ? THEN block_last ELSE ? END) + ? "
                         u"WHERE facility_date = ? AND service = ? RETURNING block_last"_s);
    const int floor = RegistrationService::OfflineFirstNumber - 1;
    counter.bind(floor).bind(floor).bind(floor).bind(need).bind(day).bind(key);
    auto last = counter.scalar();
    if (!last)
        return last.error();
    if (last->toInt() > 65535)
        return makeError(ErrorCode::RuleRefused, tr("No more queue numbers can be reserved today."));
    auto ids = drawVisitIds(db, need);
    if (!ids)
        return ids.error();
    const int first = last->toInt() - need + 1;
    QStringList rows;
    rows.fill(u"(?, ?, ?, ?, ?, ?)"_s, need);
    SqlQuery insert(db, u"INSERT INTO offline_numbers (facility_date, service, queue_number, visit_id, station, "
                        u"reserved_at) VALUES "_s +
                            rows.join(u", "_s));
    for (int i = 0; i < need; ++i)
        insert.bind(day).bind(key).bind(first + i).bind(ids->at(i)).bind(station).bind(nowMs);
    if (auto done = insert.exec(); !done)
        return done.error();
    const QString range = queueLabel(service, first) + u"–"_s + queueLabel(service, last->toInt());
    if (auto logged = AuditLog::append(db, nowMs, station, u"queue.reserve"_s, range,
                                       u"station=%1 date=%2 count=%3"_s.arg(station, day).arg(need));
        !logged)
        return logged.error();
    return need;
}

Result<QList<qint64>> QueueBlocks::drawVisitIds(Database &db, int count) {
    QList<qint64> ids;
    if (db.backend() == Backend::Postgres) {
        SqlQuery draw(db, u"SELECT nextval(pg_get_serial_sequence('visits', 'id')) FROM generate_series(1, ?)"_s);
        draw.bind(count);
        if (auto done = draw.exec(); !done)
            return done.error();
        while (draw.next())
            ids.append(draw.value(0).toLongLong());
        return ids;
    }
    // SQLite's AUTOINCREMENT gives ids above the sequence row (and above every id in the table): moving the row up
    // holds the ids in between. The writer's lock is held, so nothing takes them meanwhile.
    if (auto made = db.execute(u"INSERT INTO sqlite_sequence (name, seq) SELECT 'visits', 0 WHERE NOT EXISTS "
                               u"(SELECT 1 FROM sqlite_sequence WHERE name = 'visits')"_s);
        !made)
        return made.error();
    SqlQuery move(db, u"UPDATE sqlite_sequence SET seq = MAX(seq, COALESCE((SELECT MAX(id) FROM visits), 0)) + ? "
                      u"WHERE name = 'visits' RETURNING seq"_s);
    move.bind(count);
    auto last = move.scalar();
    if (!last)
        return last.error();
    for (int i = count - 1; i >= 0; --i)
        ids.append(last->toLongLong() - i);
    return ids;
}

Result<QList<ReservedNumber>> QueueBlocks::reserved(Database &db, const QDate &date, const QString &station,
                                                    bool unusedOnly) {
    QString sql = u"SELECT o.service, o.queue_number, o.visit_id, o.station FROM offline_numbers o "
                  u"WHERE o.facility_date = ?"_s;
    if (!station.isEmpty())
        sql += u" AND o.station = ?"_s;
    if (unusedOnly)
        sql += u" AND NOT EXISTS (SELECT 1 FROM visits v WHERE v.id = o.visit_id)"_s;
    sql += u" ORDER BY o.service DESC, o.queue_number"_s;
    SqlQuery query(db, sql);
    query.bind(isoDate(date));
    if (!station.isEmpty())
        query.bind(station);
    if (auto done = query.exec(); !done)
        return done.error();
    QList<ReservedNumber> numbers;
    while (query.next())
        numbers.append(ReservedNumber{date, serviceFromKey(query.value(0).toString()).value_or(Service::Visit),
                                      query.value(1).toInt(), query.value(2).toLongLong(), query.value(3).toString()});
    return numbers;
}

} // namespace besuk
