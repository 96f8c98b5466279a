// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Result.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

namespace besuk {

class Database;

// Something another station (or this one) committed: a registration, an admit, a call …
struct Change {
    qint64 id = 0;
    QDateTime at;
    QString kind;    // "visit.register", "visit.admit", "visit.checkout", "visit.inspect", "queue.call", …
    QString subject; // e.g. the queue number
};

// Tells the stations of one site what changed, within a second. PostgreSQL: LISTEN/NOTIFY wakes it up at once
// (with a slow poll as a safety net); SQLite: a cheap poll of PRAGMA data_version, which moves only when another
// connection commits. Either way the changes themselves are read from the `changes` table, so none is missed
// even when notifications are.
// Lives in the thread that calls start(), with a database connection of its own.
class ChangeFeed : public QObject {
    Q_OBJECT
public:
    explicit ChangeFeed(QString location, QObject *parent = nullptr);
    ~ChangeFeed() override;

    // Starts after the newest change already stored; only later changes are reported.
    Result<void> start(int pollIntervalMs = 200);
    void stop();

    [[nodiscard]] bool running() const { return m_timer.isActive(); }

Q_SIGNALS:
    void changed(const besuk::Change &change);
    // The database could not be read; the feed keeps trying and says so once per failure spell.
    void problem(const QString &message);

private:
    Result<void> connectToDatabase();
    void poll();
    void readNewChanges();

    QString m_location;
    std::unique_ptr<Database> m_database;
    QTimer m_timer;
    QElapsedTimer m_sinceRead;    // PostgreSQL: time since the table was last read
    QElapsedTimer m_reconnecting; // running while a reconnect has failed
    qint64 m_lastId = 0;
    qint64 m_dataVersion = -1;
    int m_pollIntervalMs = 200;
    bool m_failing = false;
};

} // namespace besuk
