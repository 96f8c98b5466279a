// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Cli.h"
#include "app/cli/CliJson.h"
#include "db/BanStore.h"
#include "db/FileProblem.h"
#include "db/InmateStore.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace besuk::cli {

namespace {

const QCommandLineOption NumberOption(u"number"_s, u"Registration number of the inmate."_s, u"NO"_s);
const QCommandLineOption NameOption(u"name"_s, u"Full name."_s, u"NAME"_s);
const QCommandLineOption BlockOption(u"block"_s, u"Cell block."_s, u"BLOCK"_s);
const QCommandLineOption SearchOption(u"search"_s, u"Only inmates whose number or name matches."_s, u"TEXT"_s);
const QCommandLineOption NikOption(u"nik"_s, u"The person's NIK (16 digits)."_s, u"NIK"_s);
const QCommandLineOption ReasonOption(u"reason"_s, u"Why (staff only; never shown to the visitor)."_s, u"TEXT"_s);
const QCommandLineOption PartialOption(u"partial"_s,
                                       u"Import the good rows even if others are rejected (exit status 4 then)."_s);
const QCommandLineOption UntilOption(u"until"_s, u"Last day of the ban, YYYY-MM-DD (default: no end)."_s, u"DATE"_s);

int inmateAdd(Context &context) {
    if (!context.args.isSet(NumberOption) || !context.args.isSet(NameOption))
        return context.usage(Context::tr("inmate add needs --number and --name."));
    auto facility = context.facility();
    if (!facility)
        return context.fail(facility.error());
    auto inmate = InmateStore(**facility)
                      .add(context.args.value(NumberOption), context.args.value(NameOption),
                           context.args.value(BlockOption), context.actor());
    if (!inmate)
        return context.fail(inmate.error());
    return context.printJson(inmateJson(*inmate));
}

int inmateImport(Context &context) {
    auto facility = context.facility();
    if (!facility)
        return context.fail(facility.error());
    QFile file(context.positional.first());
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(FileProblem::reading(file));
    const ImportMode mode = context.args.isSet(PartialOption) ? ImportMode::Partial : ImportMode::AllOrNothing;
    auto report = InmateStore(**facility).importCsv(file.readAll(), context.actor(), mode);
    if (!report)
        return context.fail(report.error());
    QJsonArray rejected;
    for (const auto &rejection : report->rejected)
        rejected.append(QJsonObject{{u"line"_s, rejection.line}, {u"reason"_s, rejection.reason}});
    context.printJson(QJsonObject{{u"imported"_s, report->stored},
                                  {u"added"_s, report->added},
                                  {u"updated"_s, report->updated},
                                  {u"accepted"_s, report->added + report->updated},
                                  {u"rejected"_s, rejected}});
    const auto count = report->rejected.size();
    if (count == 0)
        return Success;
    if (!report->stored)
        return context.report(Context::tr("Rows rejected: %1; nothing was imported. Correct them, or import the other "
                                          "rows with --partial.")
                                  .arg(count),
                              Failure);
    return context.report(Context::tr("Rows rejected: %1; the other rows were imported.").arg(count), PartialImport);
}

int inmateList(Context &context) {
    auto facility = context.facility();
    if (!facility)
        return context.fail(facility.error());
    auto found = InmateStore(**facility).search(context.args.value(SearchOption), 1000);
    if (!found)
        return context.fail(found.error());
    QJsonArray inmates;
    for (const Inmate &inmate : *found)
        inmates.append(inmateJson(inmate));
    return context.printJson(QJsonObject{{u"inmates"_s, inmates}});
}

int setActive(Context &context, bool active) {
    auto facility = context.facility();
    if (!facility)
        return context.fail(facility.error());
    InmateStore store(**facility);
    if (auto done = store.setActive(context.positional.first(), active, context.actor()); !done)
        return context.fail(done.error());
    auto inmate = store.findByNumber(context.positional.first());
    if (!inmate)
        return context.fail(inmate.error());
    return context.printJson(inmateJson(*inmate));
}

int inmateActivate(Context &context) {
    return setActive(context, true);
}
int inmateDeactivate(Context &context) {
    return setActive(context, false);
}

int banAdd(Context &context) {
    if (!context.args.isSet(NikOption) || !context.args.isSet(ReasonOption))
        return context.usage(Context::tr("ban add needs --nik and --reason."));
    auto facility = context.facility();
    if (!facility)
        return context.fail(facility.error());
    QDateTime until;
    if (context.args.isSet(UntilOption)) {
        const QDate day = QDate::fromString(context.args.value(UntilOption), Qt::ISODate);
        if (!day.isValid())
            return context.usage(Context::tr("--until needs a date like 2026-06-30."));
        until = QDateTime(day.addDays(1), QTime(0, 0), (*facility)->profile().timeZone);
    }
    auto ban = BanStore(**facility)
                   .add(context.args.value(NikOption), context.args.value(ReasonOption), context.actor(), until);
    if (!ban)
        return context.fail(ban.error());
    return context.printJson(banJson(*ban, **facility));
}

int banList(Context &context) {
    auto facility = context.facility();
    if (!facility)
        return context.fail(facility.error());
    auto bans = BanStore(**facility).active();
    if (!bans)
        return context.fail(bans.error());
    QJsonArray list;
    for (const Ban &ban : *bans)
        list.append(banJson(ban, **facility));
    return context.printJson(QJsonObject{{u"bans"_s, list}});
}

int banLift(Context &context) {
    bool isNumber = false;
    const qint64 id = context.positional.first().toLongLong(&isNumber);
    if (!isNumber)
        return context.usage(Context::tr("ban lift needs the ban's id (see ban list)."));
    auto facility = context.facility();
    if (!facility)
        return context.fail(facility.error());
    if (auto lifted = BanStore(**facility).lift(id, context.actor()); !lifted)
        return context.fail(lifted.error());
    return context.printJson(QJsonObject{{u"lifted"_s, id}});
}

} // namespace

QList<Command> rosterCommands() {
    return {
        {{u"inmate"_s, u"add"_s},
         {},
         u"Add an inmate to the roster."_s,
         {NumberOption, NameOption, BlockOption},
         0,
         0,
         inmateAdd},
        {{u"inmate"_s, u"import"_s},
         u"FILE.csv"_s,
         u"Import the roster from CSV (header: number,name,block). Known numbers are updated; each rejected row is "
         u"reported with its line and reason. All or nothing: any rejected row and nothing is imported (exit 1), "
         u"unless --partial."_s,
         {PartialOption},
         1,
         1,
         inmateImport},
        {{u"inmate"_s, u"list"_s}, {}, u"List inmates (active first)."_s, {SearchOption}, 0, 0, inmateList},
        {{u"inmate"_s, u"activate"_s}, u"NO"_s, u"Allow visits to an inmate again."_s, {}, 1, 1, inmateActivate},
        {{u"inmate"_s, u"deactivate"_s},
         u"NO"_s,
         u"Stop visits to an inmate (released, transferred); history is kept."_s,
         {},
         1,
         1,
         inmateDeactivate},
        {{u"ban"_s, u"add"_s},
         {},
         u"Ban a person from visiting, by NIK."_s,
         {NikOption, ReasonOption, UntilOption},
         0,
         0,
         banAdd},
        {{u"ban"_s, u"list"_s}, {}, u"List the bans in force."_s, {}, 0, 0, banList},
        {{u"ban"_s, u"lift"_s}, u"ID"_s, u"End a ban."_s, {}, 1, 1, banLift},
    };
}

} // namespace besuk::cli
