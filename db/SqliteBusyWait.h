// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

#include <chrono>

namespace besuk {

// How a SQLite connection waits for another connection's write lock. SQLite's own busy timeout looks less often the
// longer it has waited (every 100 ms after the first 300 ms), so under steady contention the writer that has waited
// longest is the least likely to find the lock free, and can wait out the whole timeout while newer writers get in
// (a station reported "busy" after 10 s while three others registered). This wait does the opposite: it looks every
// 1-5 ms at first, every 0.1-0.4 ms after 2 s, so the longest waiter is served first; it gives up at the timeout.
class SqliteBusyWait {
public:
    explicit SqliteBusyWait(int timeoutMs) : m_timeout(timeoutMs) {}
    SqliteBusyWait(const SqliteBusyWait &) = delete;
    SqliteBusyWait &operator=(const SqliteBusyWait &) = delete;

    // Replaces the connection's busy handler (and any busy_timeout) by this wait. False when the connection is not
    // an open SQLite connection.
    bool install(const QSqlDatabase &db);
    void setTimeoutMs(int ms) { m_timeout = std::chrono::milliseconds(ms); }

private:
    static int onBusy(void *self, int attempt);

    std::chrono::milliseconds m_timeout;
    std::chrono::steady_clock::time_point m_waitingSince;
};

} // namespace besuk
