// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace besuk {

class Facility;

struct BackupInfo {
    QString path; // the new backup, besuk-YYYYMMDD-HHMMSS.db (facility time)
    qint64 bytes = 0;
    QDateTime createdAt;  // UTC
    QStringList removed;  // older backups deleted to keep the newest `keep`
    qint64 elapsedMs = 0; // copy, check and rename
};

// Backups of a SQLite database: one consistent copy per run, checked, and the newest few kept. PostgreSQL sites use
// pg_dump (docs/deployment.md); every call here refuses a PostgreSQL database with a message that says so.
//
// A backup is taken with VACUUM INTO, which reads one snapshot while the stations go on writing, into a hidden
// temporary file (mode 0600) in the backup folder; the copy is switched to a plain rollback journal (a single file),
// flushed to disk, opened read-only and must pass PRAGMA integrity_check; only then is it renamed to
// besuk-YYYYMMDD-HHMMSS.db. The facility key file is not part of the backup: keep a copy of it apart.
class BackupService {
    Q_DECLARE_TR_FUNCTIONS(BackupService)
public:
    static constexpr int DefaultKeep = 30;

    explicit BackupService(Facility &facility) : m_facility(facility) {}

    // Writes a backup into `folder` (made if missing) and then deletes the oldest besuk-YYYYMMDD-HHMMSS.db files in
    // that folder (nothing else, nowhere else) so that the newest `keep` (>= 1) remain. Audited ("backup.create").
    Result<BackupInfo> backup(const QString &folder, int keep, const QString &actor);

    // Whether `folder` holds a backup named for today (facility time), for a station or cron job to decide.
    Result<bool> backedUpToday(const QString &folder);

    // The backups in `folder`, newest first.
    static QStringList backupsIn(const QString &folder);

    // Puts `backupFile` in place of the SQLite database at `databasePath`. Stop every station that uses the database
    // first. Refuses a file that fails PRAGMA integrity_check or holds no Besuk facility. Copies to a temporary file
    // beside the target, flushes it, removes the target's -wal and -shm files (they belong to the old database and
    // would otherwise be replayed into the new one), then renames the copy over the target.
    static Result<void> restore(const QString &backupFile, const QString &databasePath);

    // "ok" or what PRAGMA integrity_check found; the file is opened read-only and left unchanged.
    static Result<QString> integrityCheck(const QString &file);

private:
    Facility &m_facility;
};

} // namespace besuk
