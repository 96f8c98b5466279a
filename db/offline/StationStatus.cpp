// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/offline/StationStatus.h"

#include "db/Database.h"

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

QDateTime fromMs(const QVariant &value) {
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

} // namespace

bool StationState::reachable(const QDateTime &now) const {
    return lastSeen.isValid() && lastSeen.secsTo(now) <= 2 * HeartbeatSeconds;
}

Result<void> StationStatus::heartbeat(Database &db, const QString &station, const QString &kind, const QDateTime &now,
                                      int waiting) {
    return db.write([&]() -> Result<void> {
        SqlQuery query(db, u"INSERT INTO station_status (station, kind, last_seen, waiting) VALUES (?, ?, ?, ?) "
                           u"ON CONFLICT (station) DO UPDATE SET kind = excluded.kind, last_seen = excluded.last_seen, "
                           u"waiting = excluded.waiting"_s);
        query.bind(station).bind(kind).bind(now.toMSecsSinceEpoch()).bind(waiting);
        return query.exec();
    });
}

Result<void> StationStatus::returned(Database &db, const QString &station, const QString &kind, const QDateTime &now,
                                     const QDateTime &offlineSince, int uploaded) {
    return db.write([&]() -> Result<void> {
        SqlQuery query(db, u"INSERT INTO station_status (station, kind, last_seen, offline_since, back_at, waiting, "
                           u"last_upload_at, last_upload_count) VALUES (?, ?, ?, ?, ?, 0, ?, ?) "
                           u"ON CONFLICT (station) DO UPDATE SET kind = excluded.kind, last_seen = excluded.last_seen, "
                           u"offline_since = excluded.offline_since, back_at = excluded.back_at, waiting = 0, "
                           u"last_upload_at = excluded.last_upload_at, "
                           u"last_upload_count = excluded.last_upload_count"_s);
        const qint64 nowMs = now.toMSecsSinceEpoch();
        query.bind(station).bind(kind).bind(nowMs).bind(offlineSince.toMSecsSinceEpoch()).bind(nowMs);
        query.bind(nowMs).bind(uploaded);
        return query.exec();
    });
}

Result<QList<StationState>> StationStatus::all(Database &db) {
    return db.read([&]() -> Result<QList<StationState>> {
        SqlQuery query(db, u"SELECT station, kind, last_seen, offline_since, back_at, waiting, last_upload_at, "
                           u"last_upload_count FROM station_status ORDER BY kind, station"_s);
        if (auto done = query.exec(); !done)
            return done.error();
        QList<StationState> states;
        while (query.next())
            states.append(StationState{query.value(0).toString(), query.value(1).toString(), fromMs(query.value(2)),
                                       fromMs(query.value(3)), fromMs(query.value(4)), query.value(5).toInt(),
                                       fromMs(query.value(6)), query.value(7).toInt()});
        return states;
    });
}

} // namespace besuk
