// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Cli.h"
#include "app/cli/CliJson.h"
#include "db/CallService.h"

using namespace Qt::StringLiterals;

namespace besuk::cli {

namespace {

constexpr int DefaultListLimit = 10;

const QCommandLineOption ServiceOption(u"service"_s,
                                       u"visit (face-to-face, queue A; default) or deposit (item drop-off, queue B)."_s,
                                       u"visit|deposit"_s);
const QCommandLineOption GateOption(u"gate"_s, u"The calling gate's name, as the display shows it."_s, u"NAME"_s);
const QCommandLineOption OfficerOption(u"officer"_s, u"The officer calling."_s, u"NAME"_s);
const QCommandLineOption RecallNumberOption(
    u"number"_s, u"Today's queue number to call again (e.g. A-042; default: the gate's current one)."_s, u"A-042"_s);
const QCommandLineOption
    SkipNumberOption(u"number"_s, u"Today's queue number that did not come (default: the gate's current one)."_s,
                     u"A-042"_s);
const QCommandLineOption LimitOption(u"limit"_s, u"How many of the latest calls to show (default 10, at most 100)."_s,
                                     u"N"_s);

QJsonObject callJson(const CallRecord &call, const Facility &facility) {
    return QJsonObject{{u"id"_s, call.id},
                       {u"queue_number"_s, call.queueLabel()},
                       {u"service"_s, serviceKey(call.service)},
                       {u"date"_s, call.date.toString(Qt::ISODate)},
                       {u"gate"_s, call.gate},
                       {u"kind"_s, callKindKey(call.kind)},
                       {u"officer"_s, call.officer},
                       {u"at"_s, timeJson(call.at, facility)}};
}

QJsonObject waitingJson(const CallBoard &board) {
    return QJsonObject{{u"visit"_s, board.waitingVisits},
                       {u"deposit"_s, board.waitingDeposits},
                       {u"total"_s, board.waitingVisits + board.waitingDeposits}};
}

// Nothing to call (no one waiting; the gate has no current number) and a ticket that no longer waits (admitted,
// cancelled, refused, already skipped) are answers for the gate, not failures: exit 3. A queue number that does
// not exist today stays an error (1), as for lookup.
int callFailed(Context &context, const Error &error, bool nothingIsRefusal) {
    const int code = context.fail(error);
    if (error.code == ErrorCode::Conflict || (nothingIsRefusal && error.code == ErrorCode::NotFound))
        return Refused;
    return code;
}

bool hasGateAndOfficer(Context &context) {
    return context.args.isSet(GateOption) && context.args.isSet(OfficerOption);
}

// The call, and how many wait now in each queue.
int printCall(Context &context, Facility &facility, const Result<CallRecord> &call, bool nothingIsRefusal) {
    if (!call)
        return callFailed(context, call.error(), nothingIsRefusal);
    QJsonObject json = callJson(*call, facility);
    auto board = CallService(facility).board(1);
    if (!board)
        return context.fail(board.error());
    json.insert(u"waiting"_s, waitingJson(*board));
    return context.printJson(json);
}

int callNext(Context &context) {
    if (!hasGateAndOfficer(context))
        return context.usage(Context::tr("call next needs --gate and --officer."));
    Service service = Service::Visit;
    if (context.args.isSet(ServiceOption)) {
        auto chosen = serviceFromKey(context.args.value(ServiceOption));
        if (!chosen)
            return context.usage(Context::tr("--service is visit or deposit."));
        service = *chosen;
    }
    auto facility = context.facility();
    if (!facility)
        return context.fail(facility.error());
    auto call =
        CallService(**facility).callNext(service, context.args.value(GateOption), context.args.value(OfficerOption));
    return printCall(context, **facility, call, true);
}

// recall and skip: the gate's current number, or the one given with --number.
using ByGate = Result<CallRecord> (CallService::*)(const QString &gate, const QString &officer);
using ByNumber = Result<CallRecord> (CallService::*)(const QString &label, const QString &gate, const QString &officer);

int actOnNumber(Context &context, const QString &command, const QCommandLineOption &numberOption, ByGate byGate,
                ByNumber byNumber) {
    if (!hasGateAndOfficer(context))
        return context.usage(Context::tr("call %1 needs --gate and --officer.").arg(command));
    auto facility = context.facility();
    if (!facility)
        return context.fail(facility.error());
    CallService calls(**facility);
    const QString gate = context.args.value(GateOption);
    const QString officer = context.args.value(OfficerOption);
    if (context.args.isSet(numberOption))
        return printCall(context, **facility, (calls.*byNumber)(context.args.value(numberOption), gate, officer),
                         false);
    return printCall(context, **facility, (calls.*byGate)(gate, officer), true);
}

int recall(Context &context) {
    return actOnNumber(context, u"recall"_s, RecallNumberOption, &CallService::recall, &CallService::recallNumber);
}

int skip(Context &context) {
    return actOnNumber(context, u"skip"_s, SkipNumberOption, &CallService::skip, &CallService::skipNumber);
}

int list(Context &context) {
    int limit = DefaultListLimit;
    if (context.args.isSet(LimitOption)) {
        bool isNumber = false;
        limit = context.args.value(LimitOption).toInt(&isNumber);
        if (!isNumber || limit < 1 || limit > CallService::MaxRecent)
            return context.usage(Context::tr("--limit needs a whole number from 1 to %1.").arg(CallService::MaxRecent));
    }
    auto facility = context.facility();
    if (!facility)
        return context.fail(facility.error());
    auto board = CallService(**facility).board(limit);
    if (!board)
        return context.fail(board.error());
    QJsonArray recent;
    for (const CallRecord &call : board->recent)
        recent.append(callJson(call, **facility));
    return context.printJson(QJsonObject{{u"date"_s, (*facility)->today().toString(Qt::ISODate)},
                                         {u"now_serving"_s, recent},
                                         {u"waiting"_s, waitingJson(*board)}});
}

} // namespace

QList<Command> callCommands() {
    return {
        {{u"call"_s, u"next"_s},
         {},
         u"Call the lowest waiting number of today's queue to this gate (never a skipped one). "
         u"Exit 3 when no one is waiting."_s,
         {ServiceOption, GateOption, OfficerOption},
         0,
         0,
         callNext},
        {{u"call"_s, u"recall"_s},
         {},
         u"Call again: the gate's current number, or --number (brings a skipped visitor back; a number not yet "
         u"called is called out of turn). Exit 3 when there is nothing to call or the ticket no longer waits."_s,
         {GateOption, OfficerOption, RecallNumberOption},
         0,
         0,
         recall},
        {{u"call"_s, u"skip"_s},
         {},
         u"Mark a number as a no-show: --number, or the gate's current one; call next passes it over until it is "
         u"recalled. Exit 3 when there is nothing to skip or the ticket no longer waits."_s,
         {GateOption, OfficerOption, SkipNumberOption},
         0,
         0,
         skip},
        {{u"call"_s, u"list"_s},
         {},
         u"Now serving: today's latest calls, recalls and skips (newest first) and how many wait in each queue."_s,
         {LimitOption},
         0,
         0,
         list},
    };
}

} // namespace besuk::cli
