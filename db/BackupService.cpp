// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/BackupService.h"

#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/Facility.h"
#include "db/FileProblem.h"

#include <QAtomicInt>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <algorithm>
#include <filesystem>
#include <system_error>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

const QRegularExpression &backupName() {
    static const QRegularExpression pattern(u"^besuk-\\d{8}-\\d{6}\\.db$"_s);
    return pattern;
}

Error postgresRefused() {
    return makeError(ErrorCode::InvalidInput,
                     BackupService::tr("This database is on a PostgreSQL server: back it up with pg_dump and restore "
                                       "it with pg_restore, as docs/deployment.md describes (Backups)."));
}

QString connectionName() {
    static QAtomicInt counter;
    return u"besuk-backup-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

// Flushes a file, or a folder's entries, to disk.
bool syncPath(const QString &path) {
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
#else
    Q_UNUSED(path);
    return true;
#endif
}

// A connection of its own to a file that is not the facility's database, closed again when `work` returns.
template <typename Work> auto withConnection(const QString &databaseName, const QString &options, Work &&work) {
    const QString name = connectionName();
    auto result = [&] {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(databaseName);
        db.setConnectOptions(options);
        auto done = work(db);
        db.close();
        return done;
    }();
    QSqlDatabase::removeDatabase(name);
    return result;
}

// Read-only and immutable: SQLite neither locks the file nor makes -wal or -shm files beside it.
QString immutableUri(const QString &file) {
    return QUrl::fromLocalFile(QFileInfo(file).absoluteFilePath()).toString(QUrl::FullyEncoded) + u"?immutable=1"_s;
}

struct Inspection {
    QString integrity; // "ok" or the problems found
    bool hasFacility = false;
};

Result<Inspection> inspectFile(const QString &file) {
    if (!QFileInfo(file).isFile())
        return makeError(ErrorCode::NotFound, BackupService::tr("There is no file %1.").arg(file));
    return withConnection(
        immutableUri(file), u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s, [&](QSqlDatabase &db) -> Result<Inspection> {
            if (!db.open())
                return makeError(ErrorCode::Storage,
                                 BackupService::tr("The file %1 cannot be opened as a database: %2")
                                     .arg(file, FileProblem::readReason(file)),
                                 db.lastError().text());
            Inspection inspection;
            QSqlQuery check(db);
            if (!check.exec(u"PRAGMA integrity_check"_s)) {
                inspection.integrity = check.lastError().text();
                return inspection;
            }
            QStringList problems;
            while (check.next())
                problems.append(check.value(0).toString());
            inspection.integrity = problems.join(u"; "_s);
            if (inspection.integrity.isEmpty())
                inspection.integrity = check.lastError().isValid() ? check.lastError().text() : u"no answer"_s;
            QSqlQuery facility(db);
            inspection.hasFacility = facility.exec(u"SELECT value FROM settings WHERE key = 'facility.code'"_s) &&
                                     facility.next() && !facility.value(0).toString().isEmpty();
            return inspection;
        });
}

} // namespace

Result<QString> BackupService::integrityCheck(const QString &file) {
    auto inspection = inspectFile(file);
    if (!inspection)
        return inspection.error();
    return inspection->integrity;
}

QStringList BackupService::backupsIn(const QString &folder) {
    QStringList names;
    for (const QString &name : QDir(folder).entryList(QDir::Files, QDir::Name | QDir::Reversed))
        if (backupName().match(name).hasMatch())
            names.append(QDir(folder).filePath(name));
    return names;
}

Result<BackupInfo> BackupService::backup(const QString &folder, int keep, const QString &actor) {
    Database &db = m_facility.database();
    if (db.backend() != Backend::Sqlite)
        return postgresRefused();
    if (keep < 1)
        return makeError(ErrorCode::InvalidInput, tr("Keep at least one backup."));
    QElapsedTimer timer;
    timer.start();
    const QDir dir(QFileInfo(folder).absoluteFilePath());
    if (!dir.exists()) {
        if (!QDir().mkpath(dir.path()))
            return makeError(ErrorCode::Storage, tr("The folder %1 could not be created.").arg(dir.path()));
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    const QDateTime now = m_facility.now();
    const QString finalPath =
        dir.filePath(u"besuk-%1.db"_s.arg(m_facility.toLocal(now).toString(u"yyyyMMdd-HHmmss"_s)));
    if (QFileInfo::exists(finalPath))
        return makeError(ErrorCode::Conflict, tr("The backup %1 already exists.").arg(finalPath));

    // The copy holds NIKs and names: made readable by its owner only before anything is written into it.
    const QString temporary =
        dir.filePath(u".besuk-%1.db.tmp"_s.arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0')));
    {
        QFile created(temporary);
        if (!created.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return makeError(
                ErrorCode::Storage,
                tr("The backup could not be started in %1: %2").arg(dir.path(), FileProblem::writeReason(temporary)),
                created.errorString());
    }
    const auto fail = [&](const Error &error) -> Result<BackupInfo> {
        QFile::remove(temporary);
        QFile::remove(temporary + u"-journal"_s);
        return error;
    };
    {
        SqlQuery vacuum(db, u"VACUUM INTO ?"_s);
        vacuum.bind(temporary);
        if (auto done = vacuum.exec(); !done)
            return fail(done.error());
    }
    // A single self-contained file: no -wal or -shm beside the backup, whoever opens it later.
    auto journal = withConnection(temporary, QString(), [&](QSqlDatabase &copy) -> Result<void> {
        QSqlQuery mode(copy);
        if (!copy.open() || !mode.exec(u"PRAGMA journal_mode=DELETE"_s) || !mode.next() ||
            mode.value(0).toString().compare(u"delete"_s, Qt::CaseInsensitive) != 0)
            return makeError(ErrorCode::Storage, tr("The backup copy could not be finished. No backup was made."),
                             mode.lastError().isValid() ? mode.lastError().text() : copy.lastError().text());
        return {};
    });
    if (!journal)
        return fail(journal.error());
    if (!syncPath(temporary))
        return fail(makeError(ErrorCode::Storage, tr("The backup copy could not be written to disk.")));
    auto inspection = inspectFile(temporary);
    if (!inspection)
        return fail(inspection.error());
    if (inspection->integrity != u"ok"_s || !inspection->hasFacility)
        return fail(makeError(ErrorCode::Storage, tr("The backup copy failed its check. No backup was made."),
                              inspection->integrity));
    if (!QFile::rename(temporary, finalPath))
        return fail(makeError(ErrorCode::Storage, tr("The backup could not be named %1.").arg(finalPath)));
    syncPath(dir.path());

    BackupInfo info;
    info.path = finalPath;
    info.bytes = QFileInfo(finalPath).size();
    info.createdAt = now;
    const QStringList existing = backupsIn(dir.path());
    for (qsizetype i = keep; i < existing.size(); ++i) {
        if (QFile::remove(existing.at(i)))
            info.removed.append(existing.at(i));
    }
    if (!info.removed.isEmpty())
        syncPath(dir.path());
    info.elapsedMs = timer.elapsed();

    const qint64 nowMs = now.toMSecsSinceEpoch();
    auto logged = db.write([&] {
        return AuditLog::append(db, nowMs, actor, u"backup.create"_s, QFileInfo(finalPath).fileName(),
                                u"bytes=%1 removed=%2"_s.arg(info.bytes).arg(info.removed.size()));
    });
    if (!logged)
        return logged.error();
    return info;
}

Result<bool> BackupService::backedUpToday(const QString &folder) {
    if (m_facility.database().backend() != Backend::Sqlite)
        return postgresRefused();
    const QString prefix = u"besuk-%1-"_s.arg(m_facility.today().toString(u"yyyyMMdd"_s));
    const QStringList backups = backupsIn(folder);
    return std::any_of(backups.begin(), backups.end(),
                       [&](const QString &path) { return QFileInfo(path).fileName().startsWith(prefix); });
}

Result<void> BackupService::restore(const QString &backupFile, const QString &databasePath) {
    if (Database::isPostgresUrl(databasePath))
        return postgresRefused();
    const QFileInfo source(backupFile);
    const QFileInfo target(databasePath);
    if (source.exists() && target.exists() && source.canonicalFilePath() == target.canonicalFilePath())
        return makeError(ErrorCode::InvalidInput, tr("The backup and the database are the same file."));
    auto inspection = inspectFile(backupFile);
    if (!inspection)
        return inspection.error();
    if (inspection->integrity != u"ok"_s)
        return makeError(ErrorCode::Storage, tr("The backup %1 is damaged (%2). Nothing was restored.")
                                                 .arg(backupFile, inspection->integrity.left(300)));
    if (!inspection->hasFacility)
        return makeError(ErrorCode::InvalidInput,
                         tr("The file %1 holds no Besuk facility. Nothing was restored.").arg(backupFile));

    const QString targetPath = target.absoluteFilePath();
    if (!QDir().mkpath(target.absolutePath()))
        return makeError(ErrorCode::Storage, tr("The folder %1 could not be created.").arg(target.absolutePath()));
    const QString temporary = targetPath + u".restoring"_s;
    QFile::remove(temporary);
    {
        QFile in(backupFile);
        QFile out(temporary);
        if (!in.open(QIODevice::ReadOnly) ||
            !out.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return makeError(ErrorCode::Storage,
                             tr("The backup could not be copied to %1: %2")
                                 .arg(temporary, in.isOpen() ? FileProblem::writeReason(temporary)
                                                             : FileProblem::readReason(backupFile)),
                             in.isOpen() ? out.errorString() : in.errorString());
        while (!in.atEnd()) {
            const QByteArray chunk = in.read(1 << 20);
            if (chunk.isEmpty() || out.write(chunk) != chunk.size()) {
                out.close();
                QFile::remove(temporary);
                return makeError(ErrorCode::Storage, tr("The backup could not be copied to %1.").arg(temporary));
            }
        }
        if (!out.flush()) {
            out.close();
            QFile::remove(temporary);
            return makeError(ErrorCode::Storage, tr("The backup could not be copied to %1.").arg(temporary));
        }
    }
    if (!syncPath(temporary)) {
        QFile::remove(temporary);
        return makeError(ErrorCode::Storage, tr("The restored copy could not be written to disk."));
    }
    // The old database's log and index would be read as belonging to the restored file.
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        if (QFileInfo::exists(targetPath + suffix) && !QFile::remove(targetPath + suffix)) {
            QFile::remove(temporary);
            return makeError(ErrorCode::Storage,
                             tr("%1 could not be removed. Stop every station that uses the database, then try again.")
                                 .arg(targetPath + suffix));
        }
    }
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(temporary).toStdString(), QFile::encodeName(targetPath).toStdString(),
                            error);
    if (error) {
        QFile::remove(temporary);
        return makeError(
            ErrorCode::Storage,
            tr("The restored copy could not replace %1: %2").arg(targetPath, QString::fromStdString(error.message())));
    }
    syncPath(target.absolutePath());
    return {};
}

} // namespace besuk
