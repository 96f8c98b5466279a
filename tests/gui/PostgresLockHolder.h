// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUrl>

#include <catch2/catch.hpp>

namespace besuk::test {

// Another program's transaction holding ACCESS EXCLUSIVE locks on every table of a PostgreSQL database (as a
// migration, a VACUUM FULL or a careless psql session does) until released: readers and writers both wait for it,
// for as long as it lasts, or until the server ends the transaction after LongestHoldS (so that a screen that waits on
// its own thread, against which the holder is let go, fails its test instead of hanging it).
class PostgresLockHolder {
public:
    static constexpr int LongestHoldS = 10;

    explicit PostgresLockHolder(const QString &location) {
        const QUrl url(location);
        m_database = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("besuk-test-pg-lock-holder"));
        m_database.setHostName(url.host());
        m_database.setPort(url.port(5432));
        m_database.setUserName(url.userName());
        m_database.setDatabaseName(url.path().mid(1));
        REQUIRE(m_database.open());
        QSqlQuery tables(m_database);
        REQUIRE(tables.exec(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")));
        QStringList names;
        while (tables.next())
            names.append(tables.value(0).toString());
        REQUIRE_FALSE(names.isEmpty());
        QSqlQuery lock(m_database);
        REQUIRE(lock.exec(QStringLiteral("SET idle_in_transaction_session_timeout = '%1s'").arg(LongestHoldS)));
        REQUIRE(lock.exec(QStringLiteral("BEGIN")));
        INFO(lock.lastError().text().toStdString());
        REQUIRE(lock.exec(QStringLiteral("LOCK TABLE %1 IN ACCESS EXCLUSIVE MODE").arg(names.join(u", "))));
    }
    ~PostgresLockHolder() { release(); }
    PostgresLockHolder(const PostgresLockHolder &) = delete;
    PostgresLockHolder &operator=(const PostgresLockHolder &) = delete;

    void release() {
        if (!m_database.isValid())
            return;
        QSqlQuery(m_database).exec(QStringLiteral("ROLLBACK"));
        m_database.close();
        m_database = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("besuk-test-pg-lock-holder"));
    }
    [[nodiscard]] bool held() const { return m_database.isValid(); }

private:
    QSqlDatabase m_database;
};

} // namespace besuk::test
