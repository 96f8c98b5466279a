// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace besuk {

class Database;

// What staff see of a station that can work apart from the server: when it was last heard from, its last time
// apart (from when, back when, what it sent on its return) and what it still holds.
struct StationState {
    QString station;
    QString kind; // "gate"
    QDateTime lastSeen;
    QDateTime offlineSince; // the last time apart began (invalid: never apart)
    QDateTime backAt;       // ... and ended (invalid while apart, as far as the server knows)
    int waiting = 0;        // journal entries the station still held when last heard from
    QDateTime lastUploadAt;
    int lastUploadCount = 0;

    // A station says it is there every HeartbeatSeconds while it reaches the server; one not heard from for
    // twice that is taken as apart (or switched off).
    static constexpr int HeartbeatSeconds = 15;
    [[nodiscard]] bool reachable(const QDateTime &now) const;
};

class StationStatus {
public:
    // The station reaches the server now (`waiting`: entries it has not uploaded yet).
    static Result<void> heartbeat(Database &db, const QString &station, const QString &kind, const QDateTime &now,
                                  int waiting);
    // The station is back after being apart since `offlineSince` and has uploaded `uploaded` entries.
    static Result<void> returned(Database &db, const QString &station, const QString &kind, const QDateTime &now,
                                 const QDateTime &offlineSince, int uploaded);
    // Every station that ever reported, by name.
    static Result<QList<StationState>> all(Database &db);
};

} // namespace besuk
