// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/ChangeFeed.h"

#include <QObject>
#include <QThread>
#include <QTimer>

namespace besuk {

// A ChangeFeed on a thread of its own, so that reading the `changes` table, or reconnecting to a server that has
// gone away (a 5 s connect timeout), never stops the screen that listens. Its signals arrive in the thread that
// made it. A feed that could not start is tried again every RetryMs.
class ChangeFeedThread : public QObject {
    Q_OBJECT
public:
    static constexpr int RetryMs = 5000;

    // Follows `database`'s changes on a connection of its own (opened as `database` was, password included).
    ChangeFeedThread(const Database &database, int pollIntervalMs, QObject *parent = nullptr);
    ~ChangeFeedThread() override;

    [[nodiscard]] bool running() const { return m_running; }

Q_SIGNALS:
    void changed(const besuk::Change &change);
    // The feed could not start or cannot read (it keeps trying); an empty message: it reads again.
    void problem(const QString &message);
    // The feed has started (again): whatever changed while it was not running should be read once.
    void started();

private:
    void start();

    QString m_location;
    int m_pollIntervalMs;
    QThread m_thread;
    QObject *m_host = nullptr;    // lives in m_thread; owns the feed
    ChangeFeed *m_feed = nullptr; // created, used and deleted in m_thread
    QTimer m_retry;
    bool m_running = false;
    bool m_starting = false;
};

} // namespace besuk
