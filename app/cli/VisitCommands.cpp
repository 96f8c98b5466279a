// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Cli.h"
#include "app/cli/CliJson.h"
#include "db/Visit.h"
#include "db/VisitAdmin.h"

using namespace Qt::StringLiterals;

namespace besuk::cli {

namespace {

const QCommandLineOption ReasonOption(u"reason"_s, u"Why the ticket is cancelled (required, up to 500 characters)."_s,
                                      u"TEXT"_s);
const QCommandLineOption DateOption(u"date"_s, u"The ticket's facility day, YYYY-MM-DD (default: today)."_s,
                                    u"YYYY-MM-DD"_s);

int visitCancel(Context &context) {
    if (!context.args.isSet(ReasonOption))
        return context.usage(Context::tr("visit cancel needs --reason."));
    const auto given = context.dateOption(DateOption);
    if (!given)
        return Usage;
    QDate date = *given;
    auto facility = context.facility();
    if (!facility)
        return context.fail(facility.error());
    const QDate today = (*facility)->today();
    if (!date.isValid())
        date = today;
    const QString label = context.positional.first();
    auto visit = VisitRepository::findByQueueLabel((*facility)->database(), date, label);
    if (!visit) {
        if (visit.error().code == ErrorCode::NotFound && date != today)
            return context.fail(
                makeError(ErrorCode::NotFound, Context::tr("There is no ticket %1 on %2.")
                                                   .arg(label.trimmed().toUpper(), date.toString(Qt::ISODate))));
        return context.fail(visit.error());
    }
    auto cancelled = VisitAdmin(**facility).cancel(visit->id, context.args.value(ReasonOption), context.actor());
    if (!cancelled)
        return context.fail(cancelled.error());
    return context.printJson(visitJson(*cancelled, **facility));
}

} // namespace

QList<Command> visitCommands() {
    return {
        {{u"visit"_s, u"cancel"_s},
         u"QUEUE_NUMBER"_s,
         u"Cancel a ticket not yet used (e.g. A-042), with a reason; the gate then refuses it."_s,
         {ReasonOption, DateOption},
         1,
         1,
         visitCancel},
    };
}

} // namespace besuk::cli
