// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Cli.h"
#include "app/cli/CliJson.h"
#include "db/GateService.h"
#include "db/RegistrationService.h"

using namespace Qt::StringLiterals;

namespace besuk::cli {

namespace {

const QCommandLineOption InmateOption(u"inmate"_s, u"Registration number of the inmate to visit."_s, u"NO"_s);
const QCommandLineOption AdultOption(u"adult"_s,
                                     u"An adult visitor as NIK:NAME; repeat for each adult, the lead visitor first."_s,
                                     u"NIK:NAME"_s);
const QCommandLineOption ChildrenOption(u"children"_s, u"Children coming along, counted only (default 0)."_s, u"N"_s);
const QCommandLineOption ServiceOption(u"service"_s,
                                       u"visit (face-to-face, queue A; default) or deposit (item drop-off, queue B)."_s,
                                       u"visit|deposit"_s);
const QCommandLineOption StationOption(u"station"_s, u"Name of the registering station (default \"cli\")."_s,
                                       u"NAME"_s);
const QCommandLineOption OfficerOption(u"officer"_s, u"The officer doing this."_s, u"NAME"_s);
const QCommandLineOption ItemOption(u"item"_s,
                                    u"An item brought: DESCRIPTION|DISPOSITION[|TAG], disposition allowed, "
                                    u"deposited (TAG required), confiscated or returned. Repeatable."_s,
                                    u"ITEM"_s);
const QCommandLineOption OutcomeOption(u"outcome"_s, u"cleared or refused."_s, u"cleared|refused"_s);
const QCommandLineOption ReasonOption(u"reason"_s, u"Why entry is refused (required with --outcome refused)."_s,
                                      u"TEXT"_s);
const QCommandLineOption PhaseOption(u"phase"_s, u"entry (default) or exit."_s, u"entry|exit"_s);
const QCommandLineOption NotesOption(u"notes"_s, u"Free notes."_s, u"TEXT"_s);

int verdictExit(Context &context, const Result<GateOutcome> &outcome, Facility &facility, QJsonObject extra = {}) {
    if (!outcome)
        return context.fail(outcome.error());
    QJsonObject json = outcomeJson(*outcome, facility);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        json.insert(it.key(), it.value());
    return context.printJson(json, outcome->positive() ? Success : Refused);
}

int registerGroup(Context &context) {
    if (!context.args.isSet(InmateOption) || !context.args.isSet(AdultOption))
        return context.usage(Context::tr("register needs --inmate and at least one --adult NIK:NAME."));
    RegistrationRequest request;
    request.inmateNumber = context.args.value(InmateOption);
    for (const QString &adult : context.args.values(AdultOption)) {
        const qsizetype colon = adult.indexOf(u':');
        if (colon < 0)
            return context.usage(
                Context::tr("--adult needs NIK:NAME, e.g. --adult \"6471050501900003:Budi Santoso\"."));
        request.adults.append(AdultEntry{adult.left(colon), adult.mid(colon + 1)});
    }
    if (context.args.isSet(ChildrenOption)) {
        bool isNumber = false;
        request.children = context.args.value(ChildrenOption).toInt(&isNumber);
        if (!isNumber || request.children < 0)
            return context.usage(Context::tr("--children needs a whole number from 0."));
    }
    if (context.args.isSet(ServiceOption)) {
        auto service = serviceFromKey(context.args.value(ServiceOption));
        if (!service)
            return context.usage(Context::tr("--service is visit or deposit."));
        request.service = *service;
    }
    request.station = context.args.isSet(StationOption) ? context.args.value(StationOption) : u"cli"_s;

    auto facility = context.facility();
    if (!facility)
        return context.fail(facility.error());
    auto ticket = RegistrationService(**facility).registerGroup(request);
    if (!ticket)
        return context.fail(ticket.error());
    QJsonObject json = visitJson(ticket->visit, **facility);
    json.insert(u"payload"_s, ticket->payload);
    return context.printJson(json);
}

int scan(Context &context) {
    auto facility = context.facility();
    if (!facility)
        return context.fail(facility.error());
    return verdictExit(context, GateService(**facility).scan(context.positional.first()), **facility);
}

int lookup(Context &context) {
    auto facility = context.facility();
    if (!facility)
        return context.fail(facility.error());
    return verdictExit(context, GateService(**facility).scanQueueLabel(context.positional.first()), **facility);
}

int inspect(Context &context) {
    if (!context.args.isSet(OfficerOption) || !context.args.isSet(OutcomeOption))
        return context.usage(Context::tr("inspect needs --officer and --outcome."));
    InspectionRequest request;
    request.officer = context.args.value(OfficerOption);
    auto outcome = outcomeFromKey(context.args.value(OutcomeOption));
    if (!outcome)
        return context.usage(Context::tr("--outcome is cleared or refused."));
    request.outcome = *outcome;
    if (context.args.isSet(PhaseOption)) {
        auto phase = phaseFromKey(context.args.value(PhaseOption));
        if (!phase)
            return context.usage(Context::tr("--phase is entry or exit."));
        request.phase = *phase;
    }
    for (const QString &item : context.args.values(ItemOption)) {
        const QStringList parts = item.split(u'|');
        auto disposition = parts.size() >= 2 ? dispositionFromKey(parts.at(1).trimmed()) : std::nullopt;
        if (parts.size() < 2 || parts.size() > 3 || !disposition)
            return context.usage(
                Context::tr("--item needs DESCRIPTION|DISPOSITION[|TAG], e.g. \"Phone|deposited|L-12\"."));
        request.items.append(InspectionItem{parts.at(0), *disposition, parts.value(2)});
    }
    request.reason = context.args.value(ReasonOption);
    request.notes = context.args.value(NotesOption);

    auto facility = context.facility();
    if (!facility)
        return context.fail(facility.error());
    GateService gate(**facility);
    auto result = gate.inspect(context.positional.first(), request);
    QJsonObject extra;
    if (result && result->visit) {
        auto inspections = gate.inspections(result->visit->id);
        if (inspections && !inspections->isEmpty())
            extra.insert(u"inspection"_s, inspectionJson(inspections->last(), **facility));
    }
    return verdictExit(context, result, **facility, extra);
}

int admit(Context &context) {
    if (!context.args.isSet(OfficerOption))
        return context.usage(Context::tr("admit needs --officer."));
    auto facility = context.facility();
    if (!facility)
        return context.fail(facility.error());
    return verdictExit(context,
                       GateService(**facility).admit(context.positional.first(), context.args.value(OfficerOption)),
                       **facility);
}

int checkout(Context &context) {
    if (!context.args.isSet(OfficerOption))
        return context.usage(Context::tr("checkout needs --officer."));
    auto facility = context.facility();
    if (!facility)
        return context.fail(facility.error());
    return verdictExit(context,
                       GateService(**facility).checkOut(context.positional.first(), context.args.value(OfficerOption)),
                       **facility);
}

} // namespace

QList<Command> gateCommands() {
    return {
        {{u"register"_s},
         {},
         u"Register a visitor group and issue its signed ticket (payload = the QR's text)."_s,
         {InmateOption, AdultOption, ChildrenOption, ServiceOption, StationOption},
         0,
         0,
         registerGroup},
        {{u"scan"_s},
         u"PAYLOAD"_s,
         u"Verify a ticket and tell its verdict; changes nothing, except that a booked ticket (from besuk-web) "
         u"is checked in on its first scan: the group gets its queue number and the JSON its \"booking\" "
         u"(code, slot, timing in_slot|early|late)."_s,
         {},
         1,
         1,
         scan},
        {{u"lookup"_s},
         u"QUEUE_NUMBER"_s,
         u"The verdict for today's ticket with this queue number (e.g. A-042)."_s,
         {},
         1,
         1,
         lookup},
        {{u"inspect"_s},
         u"PAYLOAD"_s,
         u"Record a belongings inspection. A refused entry inspection refuses the visit."_s,
         {OfficerOption, ItemOption, OutcomeOption, ReasonOption, PhaseOption, NotesOption},
         1,
         1,
         inspect},
        {{u"admit"_s},
         u"PAYLOAD"_s,
         u"Admit the group (needs a cleared entry inspection unless the rule is off)."_s,
         {OfficerOption},
         1,
         1,
         admit},
        {{u"checkout"_s},
         u"PAYLOAD"_s,
         u"Check the group out on exit; records the visit's duration."_s,
         {OfficerOption},
         1,
         1,
         checkout},
    };
}

} // namespace besuk::cli
