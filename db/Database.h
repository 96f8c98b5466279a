// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/NamedStatements.h"
#include "db/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <algorithm>
#include <memory>
#include <optional>
#include <vector>

namespace besuk {

enum class Backend { Sqlite, Postgres };

// One named Qt SQL connection, opened with the durability settings Besuk relies on, and migrated.
// A Database belongs to the thread that opened it.
//
// Location: a SQLite file path (one PC), or postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME (several stations
// sharing one server; "?host=/socket/dir" selects a Unix socket).
class SqliteBusyWait;
class SqlQuery;

class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    enum class OpenMode { CreateIfMissing, MustExist };
    // Facility: migrated to the facility's schema (Migrations). Own: a file with a schema of its own (a station's
    // journal, db/offline/StationJournal), which its owner creates.
    enum class Schema { Facility, Own };

    static Result<std::unique_ptr<Database>> open(const QString &location, OpenMode mode);
    // SQLite: WAL, synchronous=FULL, foreign keys, secure_delete, a busy timeout; schema migrated to the latest.
    static Result<std::unique_ptr<Database>> openSqlite(const QString &path, OpenMode mode,
                                                        Schema schema = Schema::Facility);
    // PostgreSQL: the database must exist (see docs/deployment.md). CreateIfMissing creates or migrates the
    // schema; MustExist refuses a database without one (NotInitialised).
    static Result<std::unique_ptr<Database>> openPostgres(const QString &url, OpenMode mode);
    static bool isPostgresUrl(const QString &location);
    // Another connection to the same database (the password too), for another thread: opened in the calling
    // thread, with this one's busy timeout, connection attempts and statement cache size.
    [[nodiscard]] Result<std::unique_ptr<Database>> openAnother() const;

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    [[nodiscard]] Backend backend() const { return m_backend; }
    [[nodiscard]] QSqlDatabase connection() const;
    // A file path, or the PostgreSQL URL without its password.
    [[nodiscard]] QString location() const { return m_location; }
    // The location as it was opened, the password included: for opening another connection (a change feed on
    // its own thread); never to be shown or logged.
    [[nodiscard]] const QString &openedAs() const { return m_openedAs; }

    // Runs `work` in a write transaction and commits when it succeeds; rolls back when it fails or the commit
    // fails. SQLite: BEGIN IMMEDIATE, so writers queue at the start instead of failing at commit. PostgreSQL:
    // READ COMMITTED; a serialization failure or deadlock, or a connection lost before COMMIT was sent, makes
    // the whole transaction run again (after reconnecting, with back-off). `work` must therefore only touch
    // the database and its own locals.
    //
    // Called inside a write (nested), `work` runs in a SAVEPOINT of the transaction already open: released when
    // it succeeds, rolled back to alone when it fails or throws, so the outer write goes on; only the outermost
    // write begins, commits, and runs again. This lets one transaction (one fsync) carry many independent changes.
    template <typename Work> auto write(Work &&work) -> decltype(work());
    // True inside a write on this connection.
    [[nodiscard]] bool writing() const { return m_writeDepth > 0; }

    // A consistent snapshot for several reads. Inside a write it reads that write's own state, nothing more.
    template <typename Work> auto read(Work &&work) -> decltype(work());
    // Reads without a transaction: each statement sees what was committed when it started, so two statements may
    // see different moments. For a read that one statement answers (a gate's scan): on PostgreSQL it is then one
    // round trip, no BEGIN or ROLLBACK. Inside a write it reads that write's own state. Retried as read() is.
    template <typename Work> auto readCommitted(Work &&work) -> decltype(work());

    // Inside a write transaction: held until it ends, so that writers which must not interleave take turns
    // (the audit chain, migrations). A no-op on SQLite, whose write transactions already exclude each other.
    Result<void> lockExclusively(int lockId);

    // Inside a write transaction: records what changed for ChangeFeed, and on PostgreSQL wakes the listeners
    // when the transaction commits.
    Result<void> recordChange(qint64 atMs, const QString &kind, const QString &subject);
    // PostgreSQL: the end of a WITH statement that writes other rows (AuditLog::appendWithChange): records the
    // change (placeholders: at, kind, subject) and wakes the listeners when the transaction commits, as
    // recordChange does, and when the change's id is a multiple of 1000 forgets what every station has long since
    // seen (placeholder: changesForgottenBefore). It returns no rows, so it can travel with the COMMIT.
    [[nodiscard]] static QString changeAlongsideSql();
    static qint64 changesForgottenBefore(qint64 atMs);

    // Sends `first`, then `then`, as one message on PostgreSQL: one round trip for both. Each one's rows are read
    // afterwards as after exec(). `then` starts when `first` has ended, so in READ COMMITTED it sees what was
    // committed while `first` waited (for the turn it takes, say). SQLite, and with the statement cache off:
    // first.exec(), then then.exec(). A failure of either fails both.
    Result<void> execTogether(SqlQuery &first, SqlQuery &then) const;

    // A statement with no parameters, sent as it is: transaction control, settings and schema changes
    // (PostgreSQL cannot prepare those). Anything that carries input goes through SqlQuery.
    Result<void> execute(const QString &sql);

    Error storageError(const QSqlError &error) const;

    // What an INSERT for SqlQuery::insertedId ends in: " RETURNING id" on PostgreSQL, nothing on SQLite.
    [[nodiscard]] QString returningId() const {
        return m_backend == Backend::Postgres ? QStringLiteral(" RETURNING id") : QString();
    }

    // SQLite: PRAGMA quick_check. A damaged file is a Storage error that names the newest backup beside it
    // (backups/besuk-*.db); stations run this at start-up and refuse a damaged database. PostgreSQL: nothing to do.
    Result<void> checkIntegrity();
    // What to tell people about a damaged SQLite file at `path`: that it is damaged, and the backup to restore.
    static QString damagedMessage(const QString &path);

    static constexpr int MaxAttempts = 5;
    // PostgreSQL: how many times a transaction is tried while the server cannot be reached (reconnecting after
    // 0.2, 0.4, 0.8, 1.6 s). A station that can go on without the server (a gate with its journal) tries fewer
    // times, so that it turns to its journal within a second; at most MaxAttempts.
    void setConnectionAttempts(int attempts) { m_connectionAttempts = std::clamp(attempts, 1, MaxAttempts); }

    // Prepared statements are kept per connection, keyed by their SQL text, and executed again with new bindings
    // (PostgreSQL: one EXECUTE instead of PREPARE + EXECUTE + DEALLOCATE; SQLite: no parsing). The least recently
    // used is dropped beyond `capacity`; 0 prepares every statement afresh (the benchmark's "before"). The cache is
    // emptied whenever the connection is closed or reopened and by execute().
    static constexpr int DefaultStatementCacheCapacity = 64;
    void setStatementCacheCapacity(int capacity);
    [[nodiscard]] int statementCacheCapacity() const { return m_statementCapacity; }
    [[nodiscard]] int cachedStatements() const { return int(m_statements.size()); }

    // What this connection sent, for tests and the benchmark. On PostgreSQL each of these is one round trip, except
    // those sent alongside another in one message.
    struct StatementCounts {
        qint64 prepared = 0;  // PREPARE (SQLite: sqlite3_prepare)
        qint64 executed = 0;  // EXECUTE of a prepared statement
        qint64 direct = 0;    // sent as they are: BEGIN, COMMIT, ROLLBACK, settings
        qint64 released = 0;  // DEALLOCATE (SQLite: sqlite3_finalize)
        qint64 alongside = 0; // of the above, sent in the same message as another (SqlQuery::sendWithCommit)
        [[nodiscard]] qint64 roundTrips() const { return prepared + executed + direct + released - alongside; }
    };
    [[nodiscard]] StatementCounts statementCounts() const { return m_counts; }
    // Transactions run again because another connection won a race (PostgreSQL: serialization failure, deadlock).
    [[nodiscard]] qint64 conflictsRetried() const { return m_conflictsRetried; }

    // SQLite: how long a write waits for another program's write lock before it fails as busy. Stations keep the
    // default; tests that hold the lock on purpose set a short one. Kept across reopening. PostgreSQL: unused.
    static constexpr int DefaultBusyTimeoutMs = 10'000;

    // PostgreSQL: the last failure was the server out of reach (after the retries), not a refusal or a conflict.
    [[nodiscard]] bool serverUnreachable() const { return m_lastFailure == FailureKind::ConnectionLost; }
    // PostgreSQL: one attempt to reach the server again, without retries or pauses. SQLite: nothing to do.
    Result<void> reconnectOnce();
    Result<void> setBusyTimeoutMs(int ms);
    [[nodiscard]] int busyTimeoutMs() const { return m_busyTimeoutMs; }

private:
    struct Statement; // one prepared QSqlQuery, cached or not
    std::shared_ptr<Statement> acquireStatement(const QString &sql) const;
    void releaseStatement(const std::shared_ptr<Statement> &statement, bool reusable) const;
    void clearStatements() const;
    void releaseRetired() const;
    Result<void> executeDirect(const QString &sql) const;
    // SqlQuery::sendWithCommit: a statement held back to travel with what this connection sends next.
    [[nodiscard]] bool canHold() const;
    [[nodiscard]] bool canSendAsText() const; // PostgreSQL with the statement cache on: NamedStatements usable
    Result<void> hold(const QString &sql, const QVariantList &values) const;
    Result<void> settleNamed() const;
    // The transaction's BEGIN (PostgreSQL, not sent yet) and a held statement, alone: before a statement sent by
    // QPSQL, which carries neither.
    Result<void> sendPending() const;
    void dropHeld() const;
    // One message: what is pending (BEGIN, a held statement), then `queries` (each one's rows kept in it), then
    // `direct`; every statement's result is checked.
    Result<void> sendInOneMessage(const std::vector<SqlQuery *> &queries, const QString &direct) const;

    enum class FailureKind { None, Transient, ConnectionLost, Other };

    Database(QString connectionName, QString location, Backend backend);
    Result<void> applyPragmas();
    Result<void> begin(bool forWriting);
    Result<void> reopenIfAsked(); // SQLite: after a read-only or I/O failure, before the next statements
    Result<void> commit();
    void rollback();
    template <typename Work> auto nestedWrite(Work &work) -> decltype(work());
    Result<void> beginSavepoint();
    Result<void> releaseSavepoint();
    void rollbackSavepoint();
    bool retryAfterFailure(int attempt); // reconnects and waits when the last failure is worth a retry
    Result<void> reconnect();
    Result<void> reopenSqlite(); // after a read-only or I/O failure: the file may be writable again

    QString m_connectionName;
    QString m_location;
    QString m_openedAs; // the location as given to open, password included (openAnother)
    Backend m_backend;
    mutable FailureKind m_lastFailure = FailureKind::None;
    mutable bool m_reopenBeforeNextTransaction = false; // SQLite only
    int m_statementCapacity = DefaultStatementCacheCapacity;
    int m_busyTimeoutMs = DefaultBusyTimeoutMs;
    int m_connectionAttempts = MaxAttempts;
    std::unique_ptr<SqliteBusyWait> m_busyWait; // SQLite only
    mutable QHash<QString, std::shared_ptr<Statement>> m_statements;
    mutable quint64 m_statementUses = 0;
    mutable quint64 m_statementSequence = 0; // counts statements executed on this connection
    mutable StatementCounts m_counts;
    // PostgreSQL: statements that failed, kept until the transaction they broke has ended (the server refuses their
    // DEALLOCATE before that, and would keep them prepared until the connection closes).
    mutable std::vector<std::shared_ptr<Statement>> m_retired;
    mutable NamedStatements m_named; // PostgreSQL: statements sent as text beside another
    mutable std::optional<NamedStatements::Held> m_held;
    // PostgreSQL: a transaction's BEGIN, not sent until the transaction's first statement, which carries it (a
    // transaction that sends nothing costs nothing).
    mutable QString m_pendingBegin;
    qint64 m_conflictsRetried = 0;
    int m_writeDepth = 0; // 1 in a write transaction, one more for each savepoint of a nested write

    friend class SqlQuery;
};

// A prepared statement with positional bindings; every failure becomes a Storage error. The statement comes from
// the connection's cache (see Database::setStatementCacheCapacity) when it is first executed and goes back to it,
// finished, when this object ends; the same SQL text used by two SqlQuery objects at once gets a second, uncached
// statement. Values are bound when the statement is executed: values bound and never executed reach nothing.
class SqlQuery {
public:
    SqlQuery(const Database &database, const QString &sql);
    ~SqlQuery();
    SqlQuery(const SqlQuery &) = delete;
    SqlQuery &operator=(const SqlQuery &) = delete;

    SqlQuery &bind(const QVariant &value);
    Result<void> exec();
    // For a statement whose result is not read, in a write: on PostgreSQL it is held back and sent in one message
    // with what the connection sends next, at best the transaction's COMMIT (one round trip for both). Its failure
    // is then the failure of that next statement, or of the commit, and so of the write. Elsewhere (SQLite, outside
    // a write, in a nested write, with the statement cache off) it is exec().
    Result<void> sendWithCommit();
    bool next();
    [[nodiscard]] QVariant value(int column) const;
    [[nodiscard]] int rowsAffected() const;

    // Convenience for "SELECT one value": exec, then the first row's first column (null QVariant if no row).
    Result<QVariant> scalar();
    // For an INSERT of one row into a table keyed by an integer `id`, its SQL ending in Database::returningId():
    // exec, then the new row's id. PostgreSQL returns it; SQLite's connection knows it (sqlite3_last_insert_rowid),
    // where RETURNING would cost a temporary table on every execution.
    Result<qint64> insertedId();

private:
    friend class Database;
    // Rows read out at once: a statement that came back in a message with others (Database::sendInOneMessage), or
    // one whose rows are read after the next statement ran (Database::execTogether).
    struct Answer {
        std::vector<QVariantList> rows;
        qsizetype row = -1;
        int affected = -1;
    };
    QSqlQuery &query() const;
    void takeAnswer(QSqlQuery &from);
    void keepAnswer(); // after exec(): its rows read out, so that the next statement may run

    const Database &m_database;
    QString m_sql;
    std::shared_ptr<Database::Statement> m_statement; // from the first exec on
    std::optional<Answer> m_answer;                   // instead of the statement's, when read out
    QVariantList m_values;                            // bound since the last exec
    bool m_failed = false;
};

template <typename Work> auto Database::write(Work &&work) -> decltype(work()) {
    if (m_writeDepth > 0)
        return nestedWrite(work);
    for (int attempt = 1;; ++attempt) {
        m_lastFailure = FailureKind::None;
        auto result = [&]() -> decltype(work()) {
            if (auto begun = begin(true); !begun)
                return begun.error();
            m_writeDepth = 1;
            auto done = [&] {
                try {
                    return work();
                } catch (...) {
                    rollback(); // also ends every savepoint of a nested write that threw
                    m_writeDepth = 0;
                    throw;
                }
            }();
            m_writeDepth = 0;
            if (!done) {
                rollback();
                return done;
            }
            if (auto committed = commit(); !committed) {
                rollback();
                // A connection lost during COMMIT leaves the outcome unknown: never run the work twice then.
                if (m_lastFailure == FailureKind::ConnectionLost)
                    m_lastFailure = FailureKind::Other;
                return committed.error();
            }
            return done;
        }();
        if (result || !retryAfterFailure(attempt))
            return result;
    }
}

template <typename Work> auto Database::nestedWrite(Work &work) -> decltype(work()) {
    if (auto begun = beginSavepoint(); !begun)
        return begun.error();
    auto done = [&] {
        try {
            return work();
        } catch (...) {
            rollbackSavepoint();
            throw;
        }
    }();
    if (!done) {
        rollbackSavepoint();
        return done;
    }
    if (auto released = releaseSavepoint(); !released) {
        rollbackSavepoint();
        return released.error();
    }
    return done;
}

template <typename Work> auto Database::read(Work &&work) -> decltype(work()) {
    if (m_writeDepth > 0)
        return work(); // the write's transaction is the snapshot; ending it here would end the write
    for (int attempt = 1;; ++attempt) {
        m_lastFailure = FailureKind::None;
        auto result = [&]() -> decltype(work()) {
            if (auto begun = begin(false); !begun)
                return begun.error();
            auto done = work();
            rollback(); // nothing to keep: ends the read snapshot
            return done;
        }();
        if (result || !retryAfterFailure(attempt))
            return result;
    }
}

template <typename Work> auto Database::readCommitted(Work &&work) -> decltype(work()) {
    if (m_writeDepth > 0)
        return work();
    for (int attempt = 1;; ++attempt) {
        m_lastFailure = FailureKind::None;
        auto result = [&]() -> decltype(work()) {
            if (auto reopened = reopenIfAsked(); !reopened)
                return reopened.error();
            return work();
        }();
        if (result || !retryAfterFailure(attempt))
            return result;
    }
}

} // namespace besuk
