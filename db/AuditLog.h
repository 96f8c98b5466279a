// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace besuk {

class Database;

// One entry of the audit log, as stored.
struct AuditEntry {
    qint64 id = 0;
    QDateTime at; // UTC
    QString actor;
    QString action;
    QString subject;
    QString detail;
    QByteArray hash; // the chain hash, 64 hex digits
};

// A row of the change feed (Database::recordChange) written together with an audit entry.
struct ChangeNote {
    QString kind;
    QString subject;
};

// Rows written by the same statement as an audit entry (PostgreSQL): data-modifying WITH parts
// ("name AS (INSERT ...)") and the values of their placeholders, in order.
struct WrittenAlongside {
    QStringList parts;
    QVariantList values;
};

// Which entries to read. Every condition given must hold; an empty or invalid one is left out.
struct AuditFilter {
    QDateTime from;       // entries at or after this moment; invalid = no lower bound
    QDateTime to;         // entries before this moment (exclusive); invalid = no upper bound
    QString actor;        // exactly this actor
    QString actionPrefix; // actions beginning with this text, e.g. "visit." or "user.signin"
    QString text;         // in the subject or the detail, ignoring the case of ASCII letters
    int limit = 500;      // 1..AuditLog::MaxLimit
    qint64 beforeId = 0;  // paging: only entries with id < beforeId (0 = from the newest)
};

// What verify found. `problem` is for people (translated): which entry, and what is wrong with it.
struct AuditCheck {
    bool intact = true;
    qint64 entries = 0; // entries in the log
    // 0 when intact. Otherwise the first entry that fails: an altered, inserted or misplaced entry's id; for removed
    // entries, the id right after the last entry still in order (the first one missing).
    qint64 firstBadId = 0;
    QString problem; // empty when intact
};

// Append-only, hash-chained record of who did what. Call inside the transaction of the change it records,
// so the change and its entry commit together.
//
// Each entry's hash covers the previous entry's hash and its own fields (at, actor, action, subject, detail), so
// changing, removing, inserting or reordering entries breaks the chain. The chain has no beginning to cut and no
// end of its own: append also records the newest entry (id and hash) as the chain head in `settings`
// (key "audit.head"), in the same transaction, so that removing the newest entries is noticed too.
//
// What verify detects, when someone with write access to the database bypasses Besuk (drops the triggers that
// refuse UPDATE and DELETE):
//  - a changed field (time, actor, action, subject, detail, or the stored hashes) of any entry;
//  - a removed entry anywhere in the log, the newest ones included (the head names an entry that is gone);
//  - entries swapped or moved (a link points to a later entry);
//  - an entry inserted between others or added after the head;
//  - a removed or changed chain head.
// What it cannot detect: the hash is not keyed, so whoever can write the database and knows how the hash is made
// can rewrite the whole chain from the first changed entry on and set the head to match. Only a copy of the head
// kept outside the database (printed, exported, on another machine) exposes that. Likewise, removing the newest
// entries and moving the head back to the last one kept, or deleting the whole log together with the head (an
// empty log without a head is a new one), leaves a consistent chain. A log with entries but no head (written before
// the head was recorded) counts as not intact until the next entry is appended.
class AuditLog {
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
public:
    static constexpr int MaxLimit = 10000;

    static Result<void> append(Database &database, qint64 atMs, const QString &actor, const QString &action,
                               const QString &subject, const QString &detail = {});
    // Takes the chain's lock now, for a writer that must hold it before the rows it changes next (PostgreSQL;
    // nothing on SQLite). Held until the transaction ends; taking it again is free.
    static Result<void> lock(Database &database);

    // The same in two steps, for a write that saves round trips by carrying them in statements of its own (see
    // RegistrationService): a column expression that takes the chain's lock (PostgreSQL; SQLite's write transactions
    // already exclude each other), and one that reads the newest entry's hash. `newestHash` must come from a
    // statement that started after the one that took the lock, in the same transaction.
    static QString lockColumn(const Database &database);
    static QString newestHashColumn();
    static Result<void> appendAfter(Database &database, const QVariant &newestHash, qint64 atMs, const QString &actor,
                                    const QString &action, const QString &subject, const QString &detail = {});
    // appendAfter and Database::recordChange (at the same moment) together: on PostgreSQL one statement writes the
    // entry, the head and the change and wakes the listeners, and `alongside` too; on SQLite they are three
    // statements, and `alongside` must be empty (the caller writes those rows itself).
    static Result<void> appendWithChange(Database &database, const QVariant &newestHash, qint64 atMs,
                                         const QString &actor, const QString &action, const QString &subject,
                                         const QString &detail, const ChangeNote &change,
                                         const WrittenAlongside &alongside = {});
    // For an UPDATE that takes the chain's lock as it changes a row: " RETURNING " and lockColumn on PostgreSQL,
    // nothing on SQLite. The newest hash must then be read by a later statement.
    static QString lockReturning(const Database &database);

    // Matching entries, newest (highest id) first.
    static Result<QList<AuditEntry>> entries(Database &database, const AuditFilter &filter);

    // Recomputes the chain from the first entry and compares its end with the recorded head.
    static Result<AuditCheck> verify(Database &database);
};

} // namespace besuk
