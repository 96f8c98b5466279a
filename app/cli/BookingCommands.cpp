// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Cli.h"
#include "app/cli/CliJson.h"
#include "db/BookingService.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace besuk::cli {

namespace {

const QCommandLineOption DateOption(u"date"_s, u"The booked facility day, YYYY-MM-DD (default: today)."_s,
                                    u"YYYY-MM-DD"_s);
const QCommandLineOption
    CancelReasonOption(u"reason"_s, u"Why the booking is cancelled (required, up to 200 characters)."_s, u"TEXT"_s);
const QCommandLineOption
    CloseReasonOption(u"reason"_s, u"Why there are no visits that day; shown to those who booked it (required)."_s,
                      u"TEXT"_s);
const QCommandLineOption ActorOption(u"actor"_s, u"Who cancels, for the audit log (default cli:<login>)."_s, u"NAME"_s);

// The positional DATE of close-day and reopen-day; invalid when it is not a date.
QDate dateArgument(const Context &context) {
    return QDate::fromString(context.positional.first(), Qt::ISODate);
}

int bookingList(Context &context) {
    const auto given = context.dateOption(DateOption);
    if (!given)
        return Usage;
    QDate date = *given;
    auto facility = context.facility();
    if (!facility)
        return context.fail(facility.error());
    if (!date.isValid())
        date = (*facility)->today();
    auto bookings = BookingService(**facility).ofDay(date);
    if (!bookings)
        return context.fail(bookings.error());
    QJsonArray list;
    int people = 0;
    for (const Booking &booking : std::as_const(*bookings)) {
        list.append(bookingJson(booking, **facility));
        people += booking.status == BookingStatus::Cancelled ? 0 : booking.people();
    }
    return context.printJson(QJsonObject{{u"date"_s, date.toString(Qt::ISODate)},
                                         {u"bookings"_s, list},
                                         {u"count"_s, list.size()},
                                         {u"people_not_cancelled"_s, people}});
}

int bookingShow(Context &context) {
    auto facility = context.facility();
    if (!facility)
        return context.fail(facility.error());
    auto booking = BookingService(**facility).findByCode(context.positional.first());
    if (!booking)
        return context.fail(booking.error());
    return context.printJson(bookingJson(*booking, **facility));
}

int bookingCancel(Context &context) {
    if (!context.args.isSet(CancelReasonOption))
        return context.usage(Context::tr("booking cancel needs --reason."));
    auto facility = context.facility();
    if (!facility)
        return context.fail(facility.error());
    BookingService bookings(**facility);
    const QString actor = context.args.isSet(ActorOption) ? context.args.value(ActorOption) : context.actor();
    if (auto cancelled =
            bookings.cancelByStaff(context.positional.first(), context.args.value(CancelReasonOption), actor);
        !cancelled)
        return context.fail(cancelled.error());
    auto after = bookings.findByCode(context.positional.first());
    if (!after)
        return context.fail(after.error());
    return context.printJson(bookingJson(*after, **facility));
}

int closeDay(Context &context) {
    if (!context.args.isSet(CloseReasonOption))
        return context.usage(Context::tr("booking close-day needs --reason."));
    const QDate date = dateArgument(context);
    if (!date.isValid())
        return context.usage(Context::tr("The day needs a date like 2025-12-27."));
    auto facility = context.facility();
    if (!facility)
        return context.fail(facility.error());
    BookingService bookings(**facility);
    if (auto closed = bookings.closeDay(date, context.args.value(CloseReasonOption), context.actor()); !closed)
        return context.fail(closed.error());
    auto affected = bookings.ofDay(date);
    if (!affected)
        return context.fail(affected.error());
    int open = 0;
    for (const Booking &booking : std::as_const(*affected))
        open += booking.status == BookingStatus::Booked ? 1 : 0;
    return context.printJson(QJsonObject{{u"date"_s, date.toString(Qt::ISODate)},
                                         {u"closed"_s, true},
                                         {u"reason"_s, context.args.value(CloseReasonOption).trimmed()},
                                         {u"bookings_affected"_s, open}});
}

int reopenDay(Context &context) {
    const QDate date = dateArgument(context);
    if (!date.isValid())
        return context.usage(Context::tr("The day needs a date like 2025-12-27."));
    auto facility = context.facility();
    if (!facility)
        return context.fail(facility.error());
    if (auto reopened = BookingService(**facility).reopenDay(date, context.actor()); !reopened)
        return context.fail(reopened.error());
    return context.printJson(QJsonObject{{u"date"_s, date.toString(Qt::ISODate)}, {u"closed"_s, false}});
}

} // namespace

QList<Command> bookingCommands() {
    return {
        {{u"booking"_s, u"list"_s},
         {},
         u"The bookings of a day (every status), NIKs masked."_s,
         {DateOption},
         0,
         0,
         bookingList},
        {{u"booking"_s, u"show"_s},
         u"CODE"_s,
         u"One booking by its code (e.g. K7QM-4ZPX), NIKs masked."_s,
         {},
         1,
         1,
         bookingShow},
        {{u"booking"_s, u"cancel"_s},
         u"CODE"_s,
         u"Cancel a booking not yet used, with a reason; its seats are free again."_s,
         {CancelReasonOption, ActorOption},
         1,
         1,
         bookingCancel},
        {{u"booking"_s, u"close-day"_s},
         u"DATE"_s,
         u"Close a day (today or later) for booking and arrival; those who booked it see the reason."_s,
         {CloseReasonOption},
         1,
         1,
         closeDay},
        {{u"booking"_s, u"reopen-day"_s}, u"DATE"_s, u"Open a closed day again."_s, {}, 1, 1, reopenDay},
    };
}

} // namespace besuk::cli
