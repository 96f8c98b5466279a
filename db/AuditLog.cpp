// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/AuditLog.h"

#include "db/Database.h"
#include "db/FacilityKey.h"

#include <sodium.h>

#include <optional>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

// PostgreSQL: an entry and the chain's head ("ID:HASH", verify compares the chain's end with it) in one statement.
const QString PgEntry = u"entry AS (INSERT INTO audit_log (at, actor, action, subject, detail, prev_hash, hash) "
                        u"VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id)"_s;
const QString PgHead = u" INSERT INTO settings (key, value) SELECT CAST(? AS TEXT), CAST(entry.id AS TEXT) || ':' || "
                       u"CAST(? AS TEXT) FROM entry ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s;

constexpr int AuditChainLock = 0x42e5'0002;
const QString HeadKey = u"audit.head"_s; // "ID:HASH" of the newest entry append wrote
const QString Genesis = u"genesis"_s;    // the first entry's prev_hash

// The one definition of an entry's hash, for append and verify alike.
QString chainHash(const QString &previous, qint64 atMs, const QString &actor, const QString &action,
                  const QString &subject, const QString &detail) {
    // Fields joined with a separator that cannot occur in them (U+001F is refused by input validation).
    const QByteArray material =
        QStringList{previous, QString::number(atMs), actor, action, subject, detail}.join(QChar(0x1F)).toUtf8();
    unsigned char digest[32];
    crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char *>(material.constData()),
                       static_cast<unsigned long long>(material.size()), nullptr, 0);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), sizeof digest).toHex());
}

struct Head {
    qint64 id = 0;
    QString hash;
};

// The recorded head: nullopt when there is none, an id of 0 when it cannot be read.
Result<std::optional<Head>> readHead(Database &database) {
    SqlQuery query(database, u"SELECT value FROM settings WHERE key = ?"_s);
    query.bind(HeadKey);
    auto value = query.scalar();
    if (!value)
        return value.error();
    if (value->isNull())
        return std::optional<Head>();
    const QString text = value->toString();
    const qsizetype colon = text.indexOf(u':');
    bool number = false;
    const qint64 id = text.left(colon).toLongLong(&number);
    if (colon < 0 || !number || id <= 0)
        return std::optional<Head>(Head{});
    return std::optional<Head>(Head{id, text.mid(colon + 1)});
}

// The id of the entry whose stored hash is `hash`, or 0.
Result<qint64> idWithHash(Database &database, const QString &hash) {
    SqlQuery query(database, u"SELECT id FROM audit_log WHERE hash = ? ORDER BY id LIMIT 1"_s);
    query.bind(hash);
    auto id = query.scalar();
    if (!id)
        return id.error();
    return id->isNull() ? qint64(0) : id->toLongLong();
}

// The lowest id above `id`, or 0.
Result<qint64> firstIdAfter(Database &database, qint64 id) {
    SqlQuery query(database, u"SELECT MIN(id) FROM audit_log WHERE id > ?"_s);
    query.bind(id);
    auto next = query.scalar();
    if (!next)
        return next.error();
    return next->isNull() ? qint64(0) : next->toLongLong();
}

AuditCheck broken(qint64 entries, qint64 firstBadId, QString problem) {
    return AuditCheck{false, entries, firstBadId, std::move(problem)};
}

// Escapes LIKE's wildcards with '!'.
QString likeLiteral(const QString &text) {
    QString escaped = text;
    escaped.replace(u"!"_s, u"!!"_s).replace(u"%"_s, u"!%"_s).replace(u"_"_s, u"!_"_s);
    return escaped;
}

} // namespace

Result<void> AuditLog::append(Database &database, qint64 atMs, const QString &actor, const QString &action,
                              const QString &subject, const QString &detail) {
    // Each entry links to the one before: appends from several stations must not read the same predecessor. On
    // PostgreSQL the lock and the read go in one message; the read starts once the lock is held.
    SqlQuery last(database, u"SELECT "_s + newestHashColumn());
    const auto sent = [&]() -> Result<void> {
        if (database.backend() != Backend::Postgres)
            return last.exec(); // SQLite's write transactions already exclude each other
        SqlQuery locked(database, u"SELECT "_s + lockColumn(database));
        return database.execTogether(locked, last);
    }();
    if (!sent)
        return sent;
    const QVariant previous = last.next() ? last.value(0) : QVariant();
    return appendAfter(database, previous, atMs, actor, action, subject, detail);
}

Result<void> AuditLog::lock(Database &database) {
    return database.lockExclusively(AuditChainLock);
}

QString AuditLog::lockColumn(const Database &database) {
    return database.backend() == Backend::Postgres ? u"pg_advisory_xact_lock(CAST(%1 AS BIGINT))"_s.arg(AuditChainLock)
                                                   : u"0"_s;
}

QString AuditLog::lockReturning(const Database &database) {
    return database.backend() == Backend::Postgres ? u" RETURNING "_s + lockColumn(database) : QString();
}

QString AuditLog::newestHashColumn() {
    return u"(SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1)"_s;
}

Result<void> AuditLog::appendAfter(Database &database, const QVariant &newestHash, qint64 atMs, const QString &actor,
                                   const QString &action, const QString &subject, const QString &detail) {
    ensureSodium();
    const QString previousHash = newestHash.isNull() ? Genesis : newestHash.toString();
    const QString hash = chainHash(previousHash, atMs, actor, action, subject, detail);
    if (database.backend() == Backend::Postgres) {
        // The entry and the head ("ID:HASH", verify compares the chain's end with it) in one statement.
        SqlQuery both(database, u"WITH "_s + PgEntry + PgHead);
        both.bind(atMs).bind(actor).bind(action).bind(subject).bind(detail).bind(previousHash).bind(hash);
        both.bind(HeadKey).bind(hash);
        return both.exec();
    }
    SqlQuery insert(database, u"INSERT INTO audit_log (at, actor, action, subject, detail, prev_hash, hash) "
                              u"VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    insert.bind(atMs).bind(actor).bind(action).bind(subject).bind(detail).bind(previousHash).bind(hash);
    auto id = insert.insertedId();
    if (!id)
        return id.error();
    // The head, in the same transaction: verify compares the chain's end with it.
    SqlQuery head(database, u"INSERT INTO settings (key, value) VALUES (?, ?) "
                            u"ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    head.bind(HeadKey).bind(QString(QString::number(*id) + u':' + hash));
    return head.exec();
}

Result<void> AuditLog::appendWithChange(Database &database, const QVariant &newestHash, qint64 atMs,
                                        const QString &actor, const QString &action, const QString &subject,
                                        const QString &detail, const ChangeNote &change,
                                        const WrittenAlongside &alongside) {
    if (database.backend() != Backend::Postgres) {
        if (!alongside.parts.isEmpty())
            return makeError(ErrorCode::Storage, tr("The audit log could not be written."),
                             u"rows alongside an entry need PostgreSQL"_s);
        if (auto noted = database.recordChange(atMs, change.kind, change.subject); !noted)
            return noted;
        return appendAfter(database, newestHash, atMs, actor, action, subject, detail);
    }
    ensureSodium();
    const QString previousHash = newestHash.isNull() ? Genesis : newestHash.toString();
    const QString hash = chainHash(previousHash, atMs, actor, action, subject, detail);
    QStringList parts = alongside.parts;
    parts << PgEntry << u"head AS ("_s + PgHead + u")"_s << Database::changeAlongsideSql();
    SqlQuery all(database, u"WITH "_s + parts.join(u", "_s));
    for (const QVariant &value : alongside.values)
        all.bind(value);
    all.bind(atMs).bind(actor).bind(action).bind(subject).bind(detail).bind(previousHash).bind(hash);
    all.bind(HeadKey).bind(hash);
    all.bind(atMs).bind(change.kind).bind(change.subject).bind(Database::changesForgottenBefore(atMs));
    return all.sendWithCommit();
}

Result<QList<AuditEntry>> AuditLog::entries(Database &database, const AuditFilter &filter) {
    if (filter.limit < 1 || filter.limit > MaxLimit)
        return makeError(ErrorCode::InvalidInput,
                         tr("The number of audit entries to show must be between 1 and %1.").arg(MaxLimit));
    // Only constant fragments are joined; every value is bound.
    QString sql = u"SELECT id, at, actor, action, subject, detail, hash FROM audit_log WHERE 1 = 1"_s;
    QVariantList values;
    if (filter.from.isValid()) {
        sql += u" AND at >= ?"_s;
        values.append(filter.from.toMSecsSinceEpoch());
    }
    if (filter.to.isValid()) {
        sql += u" AND at < ?"_s;
        values.append(filter.to.toMSecsSinceEpoch());
    }
    if (!filter.actor.isEmpty()) {
        sql += u" AND actor = ?"_s;
        values.append(filter.actor);
    }
    if (!filter.actionPrefix.isEmpty()) {
        sql += u" AND action LIKE ? ESCAPE '!'"_s;
        values.append(QString(likeLiteral(filter.actionPrefix) + u"%"_s));
    }
    if (!filter.text.isEmpty()) {
        // lower() on both sides: SQLite's LIKE ignores ASCII case, PostgreSQL's does not.
        sql += u" AND (lower(subject) LIKE lower(?) ESCAPE '!' OR lower(detail) LIKE lower(?) ESCAPE '!')"_s;
        const QString pattern = u"%"_s + likeLiteral(filter.text) + u"%"_s;
        values.append(pattern);
        values.append(pattern);
    }
    if (filter.beforeId > 0) {
        sql += u" AND id < ?"_s;
        values.append(filter.beforeId);
    }
    sql += u" ORDER BY id DESC LIMIT ?"_s;
    values.append(filter.limit);

    return database.read([&]() -> Result<QList<AuditEntry>> {
        SqlQuery query(database, sql);
        for (const QVariant &value : values)
            query.bind(value);
        if (auto done = query.exec(); !done)
            return done.error();
        QList<AuditEntry> found;
        while (query.next())
            found.append(AuditEntry{query.value(0).toLongLong(),
                                    QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC),
                                    query.value(2).toString(), query.value(3).toString(), query.value(4).toString(),
                                    query.value(5).toString(), query.value(6).toString().toLatin1()});
        return found;
    });
}

Result<AuditCheck> AuditLog::verify(Database &database) {
    ensureSodium();
    return database.read([&]() -> Result<AuditCheck> {
        SqlQuery count(database, u"SELECT COUNT(*) FROM audit_log"_s);
        auto total = count.scalar();
        if (!total)
            return total.error();
        const qint64 entries = total->toLongLong();

        SqlQuery query(database, u"SELECT id, at, actor, action, subject, detail, prev_hash, hash "
                                 u"FROM audit_log ORDER BY id"_s);
        if (auto done = query.exec(); !done)
            return done.error();
        qint64 previousId = 0;
        QString previousHash = Genesis;
        while (query.next()) {
            const qint64 id = query.value(0).toLongLong();
            const QString linkedTo = query.value(6).toString();
            const QString stored = query.value(7).toString();
            // The entry itself: its fields and the link it claims must give its hash.
            bool number = false;
            const qint64 atMs = query.value(1).toLongLong(&number);
            if (!number || chainHash(linkedTo, atMs, query.value(2).toString(), query.value(3).toString(),
                                     query.value(4).toString(), query.value(5).toString()) != stored)
                return broken(entries, id,
                              tr("Audit entry %1 was altered: its contents no longer match its hash.").arg(id));
            // Its link: it must follow the entry before it.
            if (linkedTo != previousHash) {
                auto target = idWithHash(database, linkedTo);
                if (!target)
                    return target.error();
                if (*target > id)
                    return broken(
                        entries, id,
                        tr("Audit entries were reordered: entry %1 belongs after entry %2.").arg(id).arg(*target));
                if (*target > 0 && *target < previousId) {
                    auto inserted = firstIdAfter(database, *target);
                    if (!inserted)
                        return inserted.error();
                    return broken(entries, *inserted,
                                  tr("Audit entries were inserted after entry %1: entry %2 links to it, not to "
                                     "entry %3 before it.")
                                      .arg(*target)
                                      .arg(id)
                                      .arg(previousId));
                }
                if (*target == 0 && id == previousId + 1 && previousId > 0)
                    return broken(entries, previousId,
                                  tr("Audit entry %1 was altered: entry %2 after it no longer links to it.")
                                      .arg(previousId)
                                      .arg(id));
                if (previousId == 0)
                    return broken(entries, 1,
                                  tr("The oldest audit entries were removed: entry %1, the first left, does not "
                                     "begin the log.")
                                      .arg(id));
                return broken(entries, previousId + 1,
                              tr("Audit entries were removed between entries %1 and %2: the chain is broken there.")
                                  .arg(previousId)
                                  .arg(id));
            }
            previousId = id;
            previousHash = stored;
        }

        // The chain holds together; its end must be the head append recorded.
        auto head = readHead(database);
        if (!head)
            return head.error();
        if (!*head) {
            if (entries == 0)
                return AuditCheck{true, 0, 0, {}};
            return broken(entries, previousId,
                          tr("The record of the newest audit entry is missing: entries after entry %1 may have "
                             "been removed.")
                              .arg(previousId));
        }
        const Head &recorded = **head;
        if (recorded.id == 0)
            return broken(entries, previousId + 1, tr("The record of the newest audit entry is damaged."));
        if (recorded.id > previousId) {
            if (entries == 0)
                return broken(
                    entries, 1,
                    tr("Every audit entry was removed: the log is empty, but entry %1 was written.").arg(recorded.id));
            if (recorded.id == previousId + 1)
                return broken(entries, recorded.id,
                              tr("The newest audit entry, %1, was removed: the log ends at entry %2.")
                                  .arg(recorded.id)
                                  .arg(previousId));
            return broken(entries, previousId + 1,
                          tr("The newest audit entries, %1 to %2, were removed: the log ends at entry %3.")
                              .arg(previousId + 1)
                              .arg(recorded.id)
                              .arg(previousId));
        }
        auto headEntry = idWithHash(database, recorded.hash);
        if (!headEntry)
            return headEntry.error();
        if (recorded.id < previousId && *headEntry == recorded.id) {
            auto added = firstIdAfter(database, recorded.id);
            if (!added)
                return added.error();
            return broken(entries, *added,
                          tr("Audit entry %1 was added outside Besuk: the newest entry Besuk wrote is %2.")
                              .arg(*added)
                              .arg(recorded.id));
        }
        if (recorded.id != previousId || *headEntry != recorded.id)
            return broken(entries, recorded.id,
                          tr("Audit entry %1 was altered: it no longer matches the record of the newest entry.")
                              .arg(recorded.id));
        return AuditCheck{true, entries, 0, {}};
    });
}

} // namespace besuk
