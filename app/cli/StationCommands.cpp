// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Cli.h"
#include "app/cli/CliJson.h"
#include "db/Facility.h"
#include "db/offline/JournalUpload.h"
#include "db/offline/StationStatus.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace besuk::cli {

namespace {

const QCommandLineOption DateOption(u"date"_s, u"The facility day (YYYY-MM-DD; default: today)."_s, u"DATE"_s);

int stationList(Context &context) {
    auto facility = context.facility();
    if (!facility)
        return context.fail(facility.error());
    auto states = StationStatus::all((*facility)->database());
    if (!states)
        return context.fail(states.error());
    const QDateTime now = (*facility)->now();
    QJsonArray list;
    for (const StationState &state : *states)
        list.append(QJsonObject{{u"station"_s, state.station},
                                {u"kind"_s, state.kind},
                                {u"reachable"_s, state.reachable(now)},
                                {u"last_seen"_s, timeJson(state.lastSeen, **facility)},
                                {u"offline_since"_s, timeJson(state.offlineSince, **facility)},
                                {u"back_at"_s, timeJson(state.backAt, **facility)},
                                {u"waiting"_s, state.waiting},
                                {u"last_upload_at"_s, timeJson(state.lastUploadAt, **facility)},
                                {u"last_upload_count"_s, state.lastUploadCount}});
    return context.printJson(QJsonObject{{u"stations"_s, list}});
}

int stationAlerts(Context &context) {
    const auto date = context.dateOption(DateOption);
    if (!date)
        return Usage;
    auto facility = context.facility();
    if (!facility)
        return context.fail(facility.error());
    const QDate day = date->isValid() ? *date : (*facility)->today();
    auto alerts = JournalUpload::alerts((*facility)->database(), day);
    if (!alerts)
        return context.fail(alerts.error());
    QJsonArray list;
    for (const OfflineAlert &alert : *alerts)
        list.append(QJsonObject{{u"kind"_s, alert.kind},
                                {u"queue_number"_s, alert.queueLabel},
                                {u"first_station"_s, alert.firstStation},
                                {u"first_at"_s, timeJson(alert.firstAt, **facility)},
                                {u"first_by"_s, alert.firstBy},
                                {u"second_station"_s, alert.secondStation},
                                {u"second_at"_s, timeJson(alert.secondAt, **facility)},
                                {u"second_by"_s, alert.secondBy},
                                {u"detail"_s, alert.detail}});
    return context.printJson(QJsonObject{{u"date"_s, isoDate(day)}, {u"alerts"_s, list}});
}

} // namespace

QList<Command> stationCommands() {
    return {
        {{u"station"_s, u"list"_s},
         {},
         u"The gates that work on without the server: reachable or last heard from, their last time apart, what they "
         u"sent on their return and what they still hold."_s,
         {},
         0,
         0,
         stationList},
        {{u"station"_s, u"alerts"_s},
         {},
         u"A day's alerts from gates that worked apart from the server: a ticket admitted at two gates, an entry the "
         u"server refused."_s,
         {DateOption},
         0,
         0,
         stationAlerts},
    };
}

} // namespace besuk::cli
