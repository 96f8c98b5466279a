// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>

namespace besuk {

class Facility;

struct AnonymiseReport {
    QDate before;               // visits of facility days before this date were anonymised
    int visits = 0;             // old visits that still held personal data
    int members = 0;            // their member rows, now nameless and linked to an anonymous visitor
    int peopleRemoved = 0;      // visitor records (NIK, name, birth date, phone) deleted
    int peopleKept = 0;         // people of old visits who also came recently: their record stays for the recent visits
    int bansRemoved = 0;        // bans that ended (lifted or expired) before the cutoff
    int bansInForce = 0;        // bans still in force for people of old visits: kept, they are security records
    int bookingMembers = 0;     // adults of bookings for those days: NIK and name emptied
    bool fileCompacted = false; // SQLite: the write-ahead log was checkpointed and truncated afterwards
    qint64 elapsedMs = 0;
};

struct EraseReport {
    int visits = 0;             // the person's visits: kept (the tally does not change), nameless
    bool personRemoved = false; // a visitor record existed and was deleted
    int bookings = 0;           // bookings the person was in: kept (their counts too), the NIK and name emptied
    int bansKept = 0;           // bans on the NIK, kept unless asked otherwise
    int bansRemoved = 0;
    bool fileCompacted = false;
};

struct PurgeReport {
    QDate before;
    int changes = 0;        // change-feed rows
    int calls = 0;          // calls, recalls and skips of the queue
    int queueCounters = 0;  // per-day queue-number counters
    int offlineNumbers = 0; // queue numbers reserved for kiosks apart from the server
};

// What Besuk keeps about visitors, and for how long.
//
// Anonymising keeps every visit, its status, times, inmate and the men/women/children counts (so every tally stays
// the same), and removes who the visitors were: a member row of an old visit loses its name and is linked to one
// anonymous visitor record (NIK empty, per sex); the visitor records that no visit refers to any more are deleted
// (NIK, name, birth date, phone). A person who also came recently keeps a record for the recent visits; only the
// old visits lose the link to it (and its first-registered time moves to the first recent visit). Free-text inspection
// notes of old visits are emptied (they may name people); refusal and cancellation reasons are kept (they say what
// happened, e.g. "Membawa ponsel").
//
// Bans are security records: a ban still in force is never removed by retention or erasure (unless erasure is told
// to), so a banned person stays banned. A ban that ended (lifted or expired) before the retention cutoff is deleted.
// The audit log is append-only and holds no NIK in the clear (ban.add records the masked NIK, registrations the
// queue number), so it is kept as it is.
//
// On SQLite the removed bytes are overwritten in the file (secure_delete) and the write-ahead log, which still holds
// the old pages, is checkpointed and truncated after the commit. On PostgreSQL the old row versions stay in the
// table files until VACUUM reuses them (VACUUM FULL rewrites the tables); see docs/deployment.md. Run retention,
// erasure and purge with the owner role there: the station role may not delete.
class RetentionService {
    Q_DECLARE_TR_FUNCTIONS(RetentionService)
public:
    static constexpr int DefaultRetentionDays = 365;
    static constexpr int MinRetentionDays = 1;
    static constexpr int MaxRetentionDays = 36500;

    explicit RetentionService(Facility &facility) : m_facility(facility) {}

    // The facility setting "retention_days"; DefaultRetentionDays until staff set it.
    Result<int> retentionDays();
    Result<void> setRetentionDays(int days, const QString &actor);

    // Anonymises the visits of facility days before today - days (a visit exactly `days` days old is kept).
    Result<AnonymiseReport> anonymiseOlderThan(int days, const QString &actor);

    // Everything stored about one NIK: the visitor record, every visit with its date, queue number, status and
    // inmate, every booking the NIK is in, and the bans (with their reasons, which are for staff: review before handing
    // the file over). Audited as a view of personal data. NotFound when nothing is stored under the NIK.
    Result<QJsonObject> exportPerson(const QString &nik, const QString &actor);

    // Removes one person's personal data from all their visits, as anonymising does; the visits and the tallies
    // stay. Bans on the NIK are kept unless `removeBans`. NotFound when nothing is stored under the NIK.
    Result<EraseReport> erasePerson(const QString &nik, const QString &actor, bool removeBans = false);

    // Deletes operational rows of facility days before `before` that no report or staff member needs: the change
    // feed (stations only read the last seconds of it), the calls of the queue (the audit log keeps who called
    // what), and the per-day queue-number counters. Visits, inspections, bans, users and the audit log are never
    // purged. `before` may be at most today.
    Result<PurgeReport> purgeBefore(const QDate &before, const QString &actor);

private:
    // SQLite: moves the write-ahead log's pages into the file and truncates the log; false when a reader kept it.
    bool compactLog();

    Facility &m_facility;
};

} // namespace besuk
