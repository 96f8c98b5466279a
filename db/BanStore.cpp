// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/BanStore.h"

#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/Facility.h"
#include "db/Nik.h"
#include "db/Validation.h"
#include "db/Visit.h"

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

const QString SelectBan = u"SELECT id, nik, reason, created_by, created_at, expires_at FROM bans "
                          u"WHERE lifted_at IS NULL AND (expires_at IS NULL OR expires_at > ?) "_s;

Ban banFrom(const SqlQuery &query);

Result<QList<Ban>> bansFrom(SqlQuery &query) {
    if (auto done = query.exec(); !done)
        return done.error();
    QList<Ban> bans;
    while (query.next())
        bans.append(banFrom(query));
    return bans;
}

Ban banFrom(const SqlQuery &query) {
    const QVariant expires = query.value(5);
    return Ban{query.value(0).toLongLong(),
               query.value(1).toString(),
               query.value(2).toString(),
               query.value(3).toString(),
               QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong(), Qt::UTC),
               expires.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(expires.toLongLong(), Qt::UTC)};
}

} // namespace

Result<Ban> BanStore::add(const QString &nik, const QString &reason, const QString &actor, const QDateTime &expiresAt) {
    auto info = Nik::parse(nik, m_facility.today());
    if (!info)
        return info.error();
    auto cleanReason = Validation::freeText(reason, 500, tr("Reason"));
    if (!cleanReason)
        return cleanReason.error();
    if (cleanReason->isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Please give the reason for the ban."));
    const QDateTime now = m_facility.now();
    if (expiresAt.isValid() && expiresAt <= now)
        return makeError(ErrorCode::InvalidInput, tr("The ban's end must be in the future."));

    Database &db = m_facility.database();
    return db.write([&]() -> Result<Ban> {
        SqlQuery insert(db, u"INSERT INTO bans (nik, reason, created_by, created_at, expires_at) "
                            u"VALUES (?, ?, ?, ?, ?) RETURNING id"_s);
        insert.bind(info->nik).bind(*cleanReason).bind(actor).bind(now.toMSecsSinceEpoch());
        insert.bind(expiresAt.isValid() ? QVariant(expiresAt.toMSecsSinceEpoch())
                                        : QVariant(QMetaType(QMetaType::LongLong)));
        auto id = insert.scalar();
        if (!id)
            return id.error();
        if (auto logged = AuditLog::append(db, now.toMSecsSinceEpoch(), actor, u"ban.add"_s, Nik::mask(info->nik));
            !logged)
            return logged.error();
        if (auto noted = db.recordChange(now.toMSecsSinceEpoch(), u"ban.add"_s, Nik::mask(info->nik)); !noted)
            return noted.error(); // the stations' offline copies follow
        return Ban{id->toLongLong(), info->nik, *cleanReason, actor, now, expiresAt};
    });
}

Result<void> BanStore::lift(qint64 banId, const QString &actor) {
    Database &db = m_facility.database();
    const qint64 now = m_facility.now().toMSecsSinceEpoch();
    return db.write([&]() -> Result<void> {
        SqlQuery update(db, u"UPDATE bans SET lifted_at = ?, lifted_by = ? WHERE id = ? AND lifted_at IS NULL"_s);
        update.bind(now).bind(actor).bind(banId);
        if (auto done = update.exec(); !done)
            return done;
        if (update.rowsAffected() != 1)
            return makeError(ErrorCode::NotFound, tr("There is no ban in force with this number."));
        if (auto logged = AuditLog::append(db, now, actor, u"ban.lift"_s, QString::number(banId)); !logged)
            return logged;
        return db.recordChange(now, u"ban.lift"_s, QString::number(banId));
    });
}

Result<QList<Ban>> BanStore::active() {
    SqlQuery query(m_facility.database(), SelectBan + u"ORDER BY created_at DESC"_s);
    query.bind(m_facility.now().toMSecsSinceEpoch());
    return bansFrom(query);
}

Result<QList<Ban>> BanStore::inForce(Database &database, const QStringList &niks, const QDateTime &at) {
    if (niks.isEmpty())
        return QList<Ban>();
    // One statement for the whole group; its text differs only by the number of NIKs (a few cached statements).
    QStringList marks;
    marks.fill(u"?"_s, niks.size());
    SqlQuery query(database, SelectBan + u"AND nik IN ("_s + marks.join(u", "_s) + u") ORDER BY id"_s);
    query.bind(at.toMSecsSinceEpoch());
    for (const QString &nik : niks)
        query.bind(nik);
    return bansFrom(query);
}

QString BanStore::countInForceSql(qsizetype nikCount) {
    QStringList marks;
    marks.fill(u"?"_s, nikCount); // at least one
    return u"(SELECT COUNT(*) FROM bans WHERE lifted_at IS NULL AND (expires_at IS NULL OR expires_at > ?) "
           u"AND nik IN ("_s +
           marks.join(u", "_s) + u"))"_s;
}

QString BanStore::countInForceForVisitSql() {
    return u"(SELECT COUNT(*) FROM bans WHERE lifted_at IS NULL AND (expires_at IS NULL OR expires_at > ?) "
           u"AND nik IN (SELECT p.nik FROM visit_members m JOIN visitors p ON p.id = m.visitor_id "
           u"WHERE m.visit_id = v.id))"_s;
}

Result<QHash<qint64, QList<Ban>>> BanStore::inForceForRegisteredVisits(Database &database, const QDate &date,
                                                                       const QDateTime &at) {
    SqlQuery query(database,
                   u"SELECT b.id, b.nik, b.reason, b.created_by, b.created_at, b.expires_at, m.visit_id "
                   u"FROM bans b JOIN visitors p ON p.nik = b.nik JOIN visit_members m ON m.visitor_id = p.id "
                   u"JOIN visits v ON v.id = m.visit_id WHERE v.facility_date = ? AND v.status = 'registered' "
                   u"AND b.lifted_at IS NULL AND (b.expires_at IS NULL OR b.expires_at > ?) "
                   u"ORDER BY m.visit_id, b.id"_s);
    query.bind(isoDate(date)).bind(at.toMSecsSinceEpoch());
    if (auto done = query.exec(); !done)
        return done.error();
    QHash<qint64, QList<Ban>> bans;
    while (query.next())
        bans[query.value(6).toLongLong()].append(banFrom(query));
    return bans;
}

Result<QList<Ban>> BanStore::inForceForVisit(Database &database, qint64 visitId, const QDateTime &at) {
    SqlQuery query(database, SelectBan + u"AND nik IN (SELECT p.nik FROM visit_members m JOIN visitors p ON "
                                         u"p.id = m.visitor_id WHERE m.visit_id = ?) ORDER BY id"_s);
    query.bind(at.toMSecsSinceEpoch()).bind(visitId);
    return bansFrom(query);
}

} // namespace besuk
