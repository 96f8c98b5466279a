// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Cli.h"
#include "db/AuditLog.h"
#include "db/FileProblem.h"
#include "db/TallyService.h"

#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace besuk::cli {

namespace {

const QCommandLineOption DateOption(u"date"_s, u"The facility day, YYYY-MM-DD (default: today)."_s, u"YYYY-MM-DD"_s);
const QCommandLineOption FormatOption(u"format"_s, u"json (default) or csv."_s, u"json|csv"_s);
const QCommandLineOption OutputOption(u"output"_s, u"Write to FILE instead of stdout."_s, u"FILE"_s);

int tally(Context &context) {
    const QString format = context.args.isSet(FormatOption) ? context.args.value(FormatOption) : u"json"_s;
    if (format != u"json"_s && format != u"csv"_s)
        return context.usage(Context::tr("--format is json or csv."));
    const auto given = context.dateOption(DateOption);
    if (!given)
        return Usage;
    QDate date = *given;
    auto facility = context.facility();
    if (!facility)
        return context.fail(facility.error());
    if (!date.isValid())
        date = (*facility)->today();
    auto day = TallyService(**facility).day(date);
    if (!day)
        return context.fail(day.error());
    const QByteArray bytes = format == u"csv"_s
                                 ? TallyFormat::toCsv(*day)
                                 : QJsonDocument(TallyFormat::toJson(*day)).toJson(QJsonDocument::Indented);
    if (!context.args.isSet(OutputOption)) {
        fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        fflush(stdout);
        return Success;
    }
    QSaveFile file(context.args.value(OutputOption));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return context.fail(FileProblem::writing(file));
    Database &db = (*facility)->database();
    const qint64 now = (*facility)->now().toMSecsSinceEpoch();
    auto logged = db.write([&] {
        return AuditLog::append(db, now, context.actor(), u"tally.export"_s, date.toString(Qt::ISODate),
                                format + u" "_s + file.fileName());
    });
    if (!logged)
        return context.fail(logged.error());
    return context.printJson(QJsonObject{{u"written"_s, file.fileName()}, {u"bytes"_s, bytes.size()}});
}

} // namespace

QList<Command> tallyCommands() {
    return {
        {{u"tally"_s},
         {},
         u"Count a facility day: groups and people (men, women, children) registered, admitted, "
         u"refused and inside; per hour; per service."_s,
         {DateOption, FormatOption, OutputOption},
         0,
         0,
         tally},
    };
}

} // namespace besuk::cli
