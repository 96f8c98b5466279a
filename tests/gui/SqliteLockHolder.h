// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <catch2/catch.hpp>

namespace besuk::test {

// Another program's connection holding SQLite's write lock until released: writers wait for it (up to their busy
// timeout); readers go on (WAL).
class SqliteLockHolder {
public:
    explicit SqliteLockHolder(const QString &path) {
        m_database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("besuk-test-lock-holder"));
        m_database.setDatabaseName(path);
        REQUIRE(m_database.open());
        REQUIRE(QSqlQuery(m_database).exec(QStringLiteral("BEGIN IMMEDIATE")));
    }
    ~SqliteLockHolder() { release(); }
    void release() {
        if (!m_database.isValid())
            return;
        QSqlQuery(m_database).exec(QStringLiteral("ROLLBACK"));
        m_database.close();
        m_database = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("besuk-test-lock-holder"));
    }

private:
    QSqlDatabase m_database;
};

} // namespace besuk::test
