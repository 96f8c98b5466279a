// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/SqliteBusyWait.h"

#include <QRandomGenerator>
#include <QSqlDriver>
#include <QVariant>

#include <cstring>
#include <sqlite3.h>
#include <thread>
#include <utility>

namespace besuk {

bool SqliteBusyWait::install(const QSqlDatabase &db) {
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || std::strcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    auto *connection = *static_cast<sqlite3 *const *>(handle.constData());
    return connection && sqlite3_busy_handler(connection, &SqliteBusyWait::onBusy, this) == SQLITE_OK;
}

int SqliteBusyWait::onBusy(void *self, int attempt) {
    auto *wait = static_cast<SqliteBusyWait *>(self);
    const auto now = std::chrono::steady_clock::now();
    if (attempt == 0)
        wait->m_waitingSince = now;
    const auto waited = now - wait->m_waitingSince;
    if (waited >= wait->m_timeout)
        return 0; // SQLite reports SQLITE_BUSY
    // A writer that has waited long looks more often than one that has just begun to wait, so it is served first.
    using std::chrono::milliseconds;
    const auto [shortest, longest] = waited < milliseconds(500)    ? std::pair{1000, 5000}
                                     : waited < milliseconds(2000) ? std::pair{300, 1500}
                                                                   : std::pair{100, 400};
    const auto pause = shortest + QRandomGenerator::global()->bounded(longest - shortest);
    std::this_thread::sleep_for(std::chrono::microseconds(pause));
    return 1;
}

} // namespace besuk
