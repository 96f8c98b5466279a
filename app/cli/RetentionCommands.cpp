// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Cli.h"
#include "app/cli/CliJson.h"
#include "db/BackupService.h"
#include "db/Database.h"
#include "db/FileProblem.h"
#include "db/RetentionService.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <optional>

using namespace Qt::StringLiterals;

namespace besuk::cli {

namespace {

const QCommandLineOption DaysOption(u"days"_s,
                                    u"Anonymise visits older than N days (default: the retention setting)."_s, u"N"_s);
const QCommandLineOption OutputOption(u"output"_s, u"Write to FILE (mode 0600) instead of stdout."_s, u"FILE"_s);
const QCommandLineOption YesOption(u"yes"_s, u"Confirm: this cannot be undone."_s);
const QCommandLineOption IncludeBansOption(u"include-bans"_s,
                                           u"Also delete the bans on this NIK (by default they are kept: a ban is a "
                                           u"security record)."_s);
const QCommandLineOption FolderOption(u"folder"_s, u"Backup folder (default: backups/ beside the database)."_s,
                                      u"DIR"_s);
const QCommandLineOption KeepOption(u"keep"_s, u"Keep the newest N backups in the folder (default 30)."_s, u"N"_s);
const QCommandLineOption IfNeededOption(u"if-needed"_s, u"Only when the folder holds no backup of today yet."_s);
const QCommandLineOption BeforeOption(u"before"_s, u"Purge rows of facility days before this date."_s, u"YYYY-MM-DD"_s);

// A whole number (0 or more) from an argument, or nullopt.
std::optional<int> wholeNumber(const QString &text) {
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    return ok && value >= 0 ? std::optional<int>(value) : std::nullopt;
}

int retentionShow(Context &context) {
    auto facility = context.facility();
    if (!facility)
        return context.fail(facility.error());
    auto days = RetentionService(**facility).retentionDays();
    if (!days)
        return context.fail(days.error());
    return context.printJson(
        QJsonObject{{u"retention_days"_s, *days},
                    {u"default"_s, RetentionService::DefaultRetentionDays},
                    {u"anonymises_before"_s, (*facility)->today().addDays(-*days).toString(Qt::ISODate)}});
}

int retentionSet(Context &context) {
    const auto days = wholeNumber(context.positional.first());
    if (!days)
        return context.usage(Context::tr("DAYS is a whole number of days, e.g. 365."));
    auto facility = context.facility();
    if (!facility)
        return context.fail(facility.error());
    if (auto set = RetentionService(**facility).setRetentionDays(*days, context.actor()); !set)
        return context.fail(set.error());
    return retentionShow(context);
}

int retentionRun(Context &context) {
    std::optional<int> days;
    if (context.args.isSet(DaysOption)) {
        days = wholeNumber(context.args.value(DaysOption));
        if (!days)
            return context.usage(Context::tr("--days needs a whole number of days."));
    }
    auto facility = context.facility();
    if (!facility)
        return context.fail(facility.error());
    RetentionService retention(**facility);
    if (!days) {
        auto setting = retention.retentionDays();
        if (!setting)
            return context.fail(setting.error());
        days = *setting;
    }
    auto report = retention.anonymiseOlderThan(*days, context.actor());
    if (!report)
        return context.fail(report.error());
    return context.printJson(QJsonObject{{u"days"_s, *days},
                                         {u"before"_s, report->before.toString(Qt::ISODate)},
                                         {u"visits"_s, report->visits},
                                         {u"members"_s, report->members},
                                         {u"people_removed"_s, report->peopleRemoved},
                                         {u"people_kept"_s, report->peopleKept},
                                         {u"bans_removed"_s, report->bansRemoved},
                                         {u"bans_in_force_kept"_s, report->bansInForce},
                                         {u"log_truncated"_s, report->fileCompacted},
                                         {u"elapsed_ms"_s, report->elapsedMs}});
}

int personExport(Context &context) {
    auto facility = context.facility();
    if (!facility)
        return context.fail(facility.error());
    auto person = RetentionService(**facility).exportPerson(context.positional.first(), context.actor());
    if (!person)
        return context.fail(person.error());
    if (!context.args.isSet(OutputOption))
        return context.printJson(*person);
    const QByteArray bytes = QJsonDocument(*person).toJson(QJsonDocument::Indented);
    QSaveFile file(context.args.value(OutputOption));
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(bytes) != bytes.size() || !file.commit())
        return context.fail(FileProblem::writing(file));
    return context.printJson(QJsonObject{{u"written"_s, file.fileName()}, {u"bytes"_s, bytes.size()}});
}

int personErase(Context &context) {
    if (!context.args.isSet(YesOption))
        return context.usage(
            Context::tr("person erase removes the person's name and NIK for good; add --yes to confirm."));
    auto facility = context.facility();
    if (!facility)
        return context.fail(facility.error());
    auto report = RetentionService(**facility)
                      .erasePerson(context.positional.first(), context.actor(), context.args.isSet(IncludeBansOption));
    if (!report)
        return context.fail(report.error());
    return context.printJson(QJsonObject{{u"visits"_s, report->visits},
                                         {u"person_removed"_s, report->personRemoved},
                                         {u"bans_kept"_s, report->bansKept},
                                         {u"bans_removed"_s, report->bansRemoved},
                                         {u"log_truncated"_s, report->fileCompacted}});
}

QString defaultBackupFolder(const Context &context) {
    return QFileInfo(context.databasePath()).absoluteDir().filePath(u"backups"_s);
}

int backup(Context &context) {
    int keep = BackupService::DefaultKeep;
    if (context.args.isSet(KeepOption)) {
        const auto value = wholeNumber(context.args.value(KeepOption));
        if (!value || *value < 1)
            return context.usage(Context::tr("--keep needs a whole number of at least 1."));
        keep = *value;
    }
    const QString folder =
        context.args.isSet(FolderOption) ? context.args.value(FolderOption) : defaultBackupFolder(context);
    auto facility = context.facility();
    if (!facility)
        return context.fail(facility.error());
    BackupService service(**facility);
    if (context.args.isSet(IfNeededOption)) {
        auto done = service.backedUpToday(folder);
        if (!done)
            return context.fail(done.error());
        if (*done)
            return context.printJson(QJsonObject{{u"skipped"_s, true},
                                                 {u"folder"_s, QFileInfo(folder).absoluteFilePath()},
                                                 {u"latest"_s, BackupService::backupsIn(folder).value(0)}});
    }
    auto info = service.backup(folder, keep, context.actor());
    if (!info)
        return context.fail(info.error());
    return context.printJson(QJsonObject{{u"backup"_s, info->path},
                                         {u"bytes"_s, info->bytes},
                                         {u"created_at"_s, timeJson(info->createdAt, **facility)},
                                         {u"integrity"_s, u"ok"_s},
                                         {u"removed"_s, QJsonArray::fromStringList(info->removed)},
                                         {u"kept"_s, BackupService::backupsIn(folder).size()},
                                         {u"elapsed_ms"_s, info->elapsedMs}});
}

int restore(Context &context) {
    const QString target = context.databasePath();
    if (QFileInfo::exists(target) && !context.args.isSet(YesOption))
        return context.usage(
            Context::tr("restore replaces the database %1; stop every station that uses it, then add --yes.")
                .arg(target));
    if (auto restored = BackupService::restore(context.positional.first(), target); !restored)
        return context.fail(restored.error());
    auto facility = context.facility();
    if (!facility)
        return context.fail(facility.error());
    if (auto logged = (*facility)->logEvent(context.actor(), u"backup.restore"_s,
                                            QFileInfo(context.positional.first()).fileName());
        !logged)
        return context.fail(logged.error());
    return context.printJson(QJsonObject{{u"restored"_s, QFileInfo(context.positional.first()).absoluteFilePath()},
                                         {u"database"_s, QFileInfo(target).absoluteFilePath()},
                                         {u"facility"_s, (*facility)->profile().name}});
}

int purge(Context &context) {
    if (!context.args.isSet(BeforeOption))
        return context.usage(Context::tr("purge needs --before YYYY-MM-DD."));
    const QDate before = QDate::fromString(context.args.value(BeforeOption), Qt::ISODate);
    if (!before.isValid())
        return context.usage(Context::tr("--before needs a date like 2025-12-01."));
    auto facility = context.facility();
    if (!facility)
        return context.fail(facility.error());
    auto report = RetentionService(**facility).purgeBefore(before, context.actor());
    if (!report)
        return context.fail(report.error());
    return context.printJson(QJsonObject{{u"before"_s, report->before.toString(Qt::ISODate)},
                                         {u"changes"_s, report->changes},
                                         {u"calls"_s, report->calls},
                                         {u"queue_counters"_s, report->queueCounters},
                                         {u"offline_numbers"_s, report->offlineNumbers}});
}

} // namespace

QList<Command> retentionCommands() {
    return {
        {{u"retention"_s, u"show"_s},
         {},
         u"Show how many days visitors' names and NIKs are kept (default 365)."_s,
         {},
         0,
         0,
         retentionShow},
        {{u"retention"_s, u"set"_s},
         u"DAYS"_s,
         u"Set how many days visitors' names and NIKs are kept (1-36500)."_s,
         {},
         1,
         1,
         retentionSet},
        {{u"retention"_s, u"run"_s},
         {},
         u"Anonymise the visits older than the retention period: names and NIKs removed, counts and tallies kept; "
         u"bans in force kept. For a nightly cron job."_s,
         {DaysOption},
         0,
         0,
         retentionRun},
        {{u"person"_s, u"export"_s},
         u"NIK"_s,
         u"Everything stored about one NIK (visitor record, visits, bans) as JSON. Audited."_s,
         {OutputOption},
         1,
         1,
         personExport},
        {{u"person"_s, u"erase"_s},
         u"NIK"_s,
         u"Remove one person's name and NIK from every visit (the visits and tallies stay). Bans are kept unless "
         u"--include-bans. Needs --yes."_s,
         {YesOption, IncludeBansOption},
         1,
         1,
         personErase},
        {{u"backup"_s},
         {},
         u"SQLite: a consistent, checked copy of the database as besuk-YYYYMMDD-HHMMSS.db while stations keep "
         u"working; older copies beyond --keep are deleted. PostgreSQL: use pg_dump (docs/deployment.md)."_s,
         {FolderOption, KeepOption, IfNeededOption},
         0,
         0,
         backup},
        {{u"restore"_s},
         u"FILE"_s,
         u"SQLite: put a checked backup in place of the --db database. Stop every station first; --yes when the "
         u"database exists."_s,
         {YesOption},
         1,
         1,
         restore},
        {{u"purge"_s},
         {},
         u"Delete operational rows of days before --before: the change feed, the queue's calls and the daily queue "
         u"counters. Visits, bans, users and the audit log are never purged."_s,
         {BeforeOption},
         0,
         0,
         purge},
    };
}

} // namespace besuk::cli
