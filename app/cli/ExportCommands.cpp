// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Cli.h"
#include "db/ExportService.h"
#include "db/FileProblem.h"
#include "db/TallyService.h"
#include "platform/reports/DayReport.h"
#include "platform/reports/RangeWorkbook.h"

#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace besuk::cli {

namespace {

const QCommandLineOption FromOption(u"from"_s, u"The first facility day, YYYY-MM-DD (default: today)."_s,
                                    u"YYYY-MM-DD"_s);
const QCommandLineOption ToOption(u"to"_s, u"The last facility day, YYYY-MM-DD (default: --from)."_s, u"YYYY-MM-DD"_s);
const QCommandLineOption FormatOption(u"format"_s,
                                      u"csv (one row per day, UTF-8 with BOM), xlsx (the same as a spreadsheet "
                                      u"with dates and numbers) or pdf (the Indonesian report); default: from the "
                                      u"--output file's extension."_s,
                                      u"csv|xlsx|pdf"_s);
const QCommandLineOption OutputOption(u"output"_s, u"The file to write (replaced atomically)."_s, u"FILE"_s);

int exportRange(Context &context) {
    if (!context.args.isSet(OutputOption) || context.args.value(OutputOption).isEmpty())
        return context.usage(Context::tr("--output FILE is required."));
    const QString output = context.args.value(OutputOption);
    QString format = context.args.value(FormatOption).toLower();
    if (format.isEmpty())
        format = QFileInfo(output).suffix().toLower();
    if (format != u"csv"_s && format != u"xlsx"_s && format != u"pdf"_s)
        return context.usage(Context::tr("--format is csv, xlsx or pdf."));

    QDate from;
    QDate to;
    if (context.args.isSet(FromOption)) {
        from = QDate::fromString(context.args.value(FromOption), Qt::ISODate);
        if (!from.isValid())
            return context.usage(Context::tr("--from needs a date like 2025-12-27."));
    }
    if (context.args.isSet(ToOption)) {
        to = QDate::fromString(context.args.value(ToOption), Qt::ISODate);
        if (!to.isValid())
            return context.usage(Context::tr("--to needs a date like 2025-12-27."));
    }
    auto facility = context.facility();
    if (!facility)
        return context.fail(facility.error());
    if (!from.isValid())
        from = (*facility)->today();
    if (!to.isValid())
        to = from;

    // Everything is read and rendered before the file is touched: a bad range writes nothing.
    auto data = reports::DayReport::collect(**facility, from, to);
    if (!data)
        return context.fail(data.error());
    QByteArray bytes;
    if (format == u"xlsx"_s) {
        auto workbook = reports::RangeWorkbook::render(*data);
        if (!workbook)
            return context.fail(workbook.error());
        bytes = *workbook;
    } else
        bytes = format == u"csv"_s ? ExportService::rangeCsv(data->days) : reports::DayReport::render(*data);

    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return context.fail(FileProblem::writing(file));
    const QString written = QFileInfo(output).absoluteFilePath();
    if (auto logged = ExportService::recordExport(**facility, format, from, to, context.actor(),
                                                  u"%1 (%2 bytes)"_s.arg(written).arg(bytes.size()));
        !logged)
        return context.fail(logged.error());
    return context.printJson(QJsonObject{{u"output"_s, written},
                                         {u"format"_s, format},
                                         {u"from"_s, from.toString(Qt::ISODate)},
                                         {u"to"_s, to.toString(Qt::ISODate)},
                                         {u"days"_s, int(data->days.size())},
                                         {u"bytes"_s, bytes.size()}});
}

} // namespace

QList<Command> exportCommands() {
    return {
        {{u"export"_s},
         {},
         u"Export the tallies of a range of facility days (at most 366) to a file: CSV or XLSX, one row per day and a "
         u"total, or the Indonesian PDF report (counts, visitors per hour, inspections). Audited."_s,
         {FromOption, ToOption, FormatOption, OutputOption},
         0,
         0,
         exportRange},
    };
}

} // namespace besuk::cli
