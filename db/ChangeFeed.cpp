// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/ChangeFeed.h"

#include "db/Database.h"

#include <QSqlDriver>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

const QString Channel = u"besuk_changes"_s;
constexpr int PostgresSafetyPollMs = 5000;
constexpr int ReconnectIntervalMs = 5000; // a server that is down is not asked more often than this

} // namespace

ChangeFeed::ChangeFeed(QString location, QObject *parent) : QObject(parent), m_location(std::move(location)) {
    connect(&m_timer, &QTimer::timeout, this, &ChangeFeed::poll);
}

ChangeFeed::~ChangeFeed() {
    stop();
}

Result<void> ChangeFeed::start(int pollIntervalMs) {
    stop();
    m_pollIntervalMs = pollIntervalMs;
    m_failing = false;
    m_reconnecting.invalidate();
    if (auto connected = connectToDatabase(); !connected)
        return connected;
    SqlQuery newest(*m_database, u"SELECT COALESCE(MAX(id), 0) FROM changes"_s);
    auto id = newest.scalar();
    if (!id)
        return id.error();
    m_lastId = id->toLongLong();
    return {};
}

Result<void> ChangeFeed::connectToDatabase() {
    m_database.reset();
    m_dataVersion = -1;
    auto database = Database::open(m_location, Database::OpenMode::MustExist);
    if (!database)
        return database.error();
    m_database = std::move(database).value();
    if (m_database->backend() == Backend::Postgres) {
        QSqlDriver *driver = m_database->connection().driver();
        if (!driver->subscribeToNotification(Channel))
            return makeError(ErrorCode::Storage, tr("Could not listen for changes from the database server."));
        connect(driver, &QSqlDriver::notification, this, [this](const QString &name) {
            if (name == Channel)
                readNewChanges();
        });
    }
    // PostgreSQL: the fast ticks only look whether the driver has seen the connection drop (no query); the table is
    // read on a notification and, as a safety net, every PostgresSafetyPollMs.
    m_sinceRead.start();
    m_timer.start(m_pollIntervalMs);
    return {};
}

void ChangeFeed::stop() {
    m_timer.stop();
    if (m_database && m_database->backend() == Backend::Postgres) {
        QSqlDriver *driver = m_database->connection().driver();
        disconnect(driver, nullptr, this, nullptr);
        if (driver->isOpen()) // a connection the server dropped has no subscription left to end
            driver->unsubscribeFromNotification(Channel);
    }
    m_database.reset();
}

void ChangeFeed::poll() {
    if (m_failing || !m_database || !m_database->connection().isOpen()) {
        // Start over on a fresh connection (and subscription) at once, then at most every ReconnectIntervalMs;
        // m_lastId keeps every change from being missed, including those committed while the connection was down.
        if (m_reconnecting.isValid() && m_reconnecting.elapsed() < ReconnectIntervalMs)
            return;
        m_reconnecting.start();
        if (auto connected = connectToDatabase(); !connected) {
            if (!m_failing)
                Q_EMIT problem(connected.error().message);
            m_failing = true;
            return;
        }
        m_reconnecting.invalidate();
    } else if (m_database->backend() == Backend::Postgres) {
        if (m_sinceRead.elapsed() < PostgresSafetyPollMs)
            return;
    }
    if (m_database->backend() == Backend::Sqlite) {
        // data_version changes only when another connection commits: a poll that finds nothing reads no table.
        SqlQuery version(*m_database, u"PRAGMA data_version"_s);
        auto value = version.scalar();
        if (value && value->toLongLong() == m_dataVersion)
            return;
        if (value)
            m_dataVersion = value->toLongLong();
    }
    readNewChanges();
}

void ChangeFeed::readNewChanges() {
    m_sinceRead.start();
    SqlQuery query(*m_database, u"SELECT id, at, kind, subject FROM changes WHERE id > ? ORDER BY id"_s);
    query.bind(m_lastId);
    if (auto done = query.exec(); !done) {
        if (!m_failing)
            Q_EMIT problem(done.error().message);
        m_failing = true;
        return;
    }
    m_failing = false;
    QList<Change> changes;
    while (query.next())
        changes.append(Change{query.value(0).toLongLong(),
                              QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC),
                              query.value(2).toString(), query.value(3).toString()});
    for (const Change &change : changes) {
        m_lastId = change.id;
        Q_EMIT changed(change);
    }
}

} // namespace besuk
