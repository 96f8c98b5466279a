#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>

namespace besuk {

enum class Backend { Sqlite, Postgres };

// One named Qt SQL connection, opened with the durability settings Besuk relies on, and migrated.
// A Database belongs to the thread that opened it.
class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    enum class OpenMode { CreateIfMissing, MustExist };

    // SQLite: WAL, synchronous=FULL, foreign keys, secure_delete, a busy timeout; schema migrated to the latest.
    static Result<std::unique_ptr<Database>> openSqlite(const QString &path, OpenMode mode);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    [[nodiscard]] Backend backend() const { return m_backend; }
    [[nodiscard]] QSqlDatabase connection() const;
    [[nodiscard]] QString location() const { return m_location; }

    // Runs `work` in a write transaction (BEGIN IMMEDIATE on SQLite, so writers queue at the start instead of
    // failing at commit). Commits when `work` succeeds, rolls back when it fails or the commit fails.
    template <typename Work> auto write(Work &&work) -> decltype(work());

    // A consistent snapshot for several reads.
    template <typename Work> auto read(Work &&work) -> decltype(work());

    Error storageError(const QSqlError &error) const;

private:
    Database(QString connectionName, QString location, Backend backend);
    Result<void> applyPragmas();
    Result<void> begin(bool forWriting);
    Result<void> commit();
    void rollback();

    QString m_connectionName;
    QString m_location;
    Backend m_backend;
};

// A prepared statement with positional bindings; every failure becomes a Storage error.
class SqlQuery {
public:
    SqlQuery(const Database &database, const QString &sql);

    SqlQuery &bind(const QVariant &value);
    Result<void> exec();
    bool next() { return m_query.next(); }
    [[nodiscard]] QVariant value(int column) const { return m_query.value(column); }
    [[nodiscard]] int rowsAffected() const { return m_query.numRowsAffected(); }

    // Convenience for "SELECT one value": exec, then the first row's first column (null QVariant if no row).
    Result<QVariant> scalar();

private:
    const Database &m_database;
    QSqlQuery m_query;
    bool m_prepared = false;
};

template <typename Work> auto Database::write(Work &&work) -> decltype(work()) {
    if (auto begun = begin(true); !begun)
        return begun.error();
    auto result = work();
    if (!result) {
        rollback();
        return result;
    }
    if (auto committed = commit(); !committed) {
        rollback();
        return committed.error();
    }
    return result;
}

template <typename Work> auto Database::read(Work &&work) -> decltype(work()) {
    if (auto begun = begin(false); !begun)
        return begun.error();
    auto result = work();
    rollback(); // nothing to keep: ends the read snapshot
    return result;
}

} // namespace besuk
