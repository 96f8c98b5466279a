// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace besuk::test {

namespace {

QString adminUrl() {
    const QString url = qEnvironmentVariable("BESUK_TEST_POSTGRES");
    if (url.isEmpty())
        FAIL("BESUK_TEST_BACKEND=postgres needs BESUK_TEST_POSTGRES (see packaging/with-postgres.sh)");
    return url;
}

enum class Access { ReadOnly, ReadWrite };

// Runs `work` on a short-lived connection to `location` (SQLite read-only unless asked, so that a test cannot change
// what it checks by mistake).
template <typename Work> auto withConnection(const QString &location, Work &&work, Access access = Access::ReadOnly) {
    static QAtomicInt counter;
    const QString name = u"besuk-test-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db;
        if (Database::isPostgresUrl(location)) {
            const QUrl url(location);
            db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setUserName(url.userName());
            db.setPassword(url.password());
            db.setDatabaseName(url.path().mid(1));
        } else {
            db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(location);
            if (access == Access::ReadOnly)
                db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        }
        if (!db.open())
            FAIL(QString(u"cannot open "_s + location + u": "_s + db.lastError().text()).toStdString());
        if (Database::isPostgresUrl(location))
            QSqlQuery(db).exec(u"SET client_min_messages TO warning"_s);
        work(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QStringList rowsOf(QSqlDatabase &db, const QString &sql) {
    QSqlQuery query(db);
    if (!query.exec(sql))
        FAIL(QString(u"query failed: "_s + sql + u": "_s + query.lastError().text()).toStdString());
    QStringList rows;
    while (query.next()) {
        QStringList columns;
        for (int i = 0; i < query.record().count(); ++i)
            columns.append(query.value(i).isNull() ? u"<null>"_s : query.value(i).toString());
        rows.append(columns.join(u'|'));
    }
    return rows;
}

QStringList tablesOf(QSqlDatabase &db, const QString &location) {
    return rowsOf(db, Database::isPostgresUrl(location)
                          ? u"SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"_s
                          : u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s);
}

} // namespace

Backend TestDatabase::selectedBackend() {
    return qEnvironmentVariable("BESUK_TEST_BACKEND") == u"postgres"_s ? Backend::Postgres : Backend::Sqlite;
}

TestDatabase::TestDatabase() : m_backend(selectedBackend()) {
    REQUIRE(m_dir.isValid());
    if (m_backend == Backend::Sqlite) {
        m_location = m_dir.filePath(u"besuk.db"_s);
        return;
    }
    static QAtomicInt counter;
    m_postgresName = u"besuk_test_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(counter.fetchAndAddRelaxed(1));
    const QString admin = adminUrl();
    withConnection(admin, [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        query.exec(u"DROP DATABASE IF EXISTS "_s + m_postgresName);
        if (!query.exec(u"CREATE DATABASE "_s + m_postgresName))
            FAIL(QString(u"CREATE DATABASE failed: "_s + query.lastError().text()).toStdString());
    });
    QUrl url(admin);
    url.setPath(u"/"_s + m_postgresName);
    m_location = url.toString();
}

TestDatabase::~TestDatabase() {
    if (m_postgresName.isEmpty())
        return;
    // A database left behind on a throw-away test server would harm nothing; no check needed.
    withConnection(qEnvironmentVariable("BESUK_TEST_POSTGRES"), [&](QSqlDatabase &db) {
        QSqlQuery(db).exec(u"DROP DATABASE IF EXISTS "_s + m_postgresName + u" WITH (FORCE)"_s);
    });
}

QStringList TestDatabase::tables() const {
    QStringList names;
    withConnection(m_location, [&](QSqlDatabase &db) { names = tablesOf(db, m_location); });
    return names;
}

Snapshot TestDatabase::snapshot() const {
    return snapshotOf(m_location);
}

Snapshot TestDatabase::snapshotOf(const QString &location) {
    Snapshot snapshot;
    withConnection(location, [&](QSqlDatabase &db) {
        for (const QString &table : tablesOf(db, location)) {
            QStringList columns; // ORDER BY 1 alone leaves ties (visit_members, queue_counters) in heap order
            for (int i = 1; i <= db.record(table).count(); ++i)
                columns.append(QString::number(i));
            snapshot.insert(table, rowsOf(db, u"SELECT * FROM "_s + table + u" ORDER BY "_s + columns.join(u", "_s)));
        }
    });
    return snapshot;
}

QStringList TestDatabase::rows(const QString &sql) const {
    QStringList result;
    withConnection(m_location, [&](QSqlDatabase &db) { result = rowsOf(db, sql); });
    return result;
}

int TestDatabase::rowCount(const QString &table) const {
    const QStringList counted = rows(u"SELECT COUNT(*) FROM "_s + table);
    REQUIRE(counted.size() == 1);
    bool number = false;
    const int count = counted.first().toInt(&number);
    REQUIRE(number);
    return count;
}

void TestDatabase::execute(const QString &location, const QStringList &statements) {
    withConnection(
        location,
        [&](QSqlDatabase &db) {
            for (const QString &sql : statements) {
                QSqlQuery query(db);
                const bool done = query.exec(sql);
                INFO(sql.toStdString() << ": " << query.lastError().text().toStdString());
                REQUIRE(done);
            }
        },
        Access::ReadWrite);
}

} // namespace besuk::test
