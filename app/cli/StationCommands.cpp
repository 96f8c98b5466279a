// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Cli.h"
#include "app/cli/CliJson.h"
#include "db/Facility.h"
#include "db/offline/JournalUpload.h"
#include "db/offline/QueueBlocks.h"
#include "db/offline/StationStatus.h"

#include <QJsonArray>
#include <QSet>

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

QJsonObject numbersJson(const QList<ReservedNumber> &reserved, const QList<ReservedNumber> &unused) {
    QSet<qint64> free;
    for (const ReservedNumber &number : unused)
        free.insert(number.visitId);
    QJsonArray list;
    for (const ReservedNumber &number : reserved)
        list.append(QJsonObject{{u"queue_number"_s, number.label()},
                                {u"station"_s, number.station},
                                {u"visit_id"_s, double(number.visitId)},
                                {u"used"_s, !free.contains(number.visitId)}});
    return QJsonObject{{u"reserved"_s, list}, {u"unused"_s, int(unused.size())}};
}

int stationNumbers(Context &context) {
    const auto date = context.dateOption(DateOption);
    if (!date)
        return Usage;
    auto facility = context.facility();
    if (!facility)
        return context.fail(facility.error());
    const QDate day = date->isValid() ? *date : (*facility)->today();
    Database &db = (*facility)->database();
    auto reserved = QueueBlocks::reserved(db, day);
    if (!reserved)
        return context.fail(reserved.error());
    auto unused = QueueBlocks::reserved(db, day, {}, true);
    if (!unused)
        return context.fail(unused.error());
    QJsonObject json = numbersJson(*reserved, *unused);
    json.insert(u"date"_s, isoDate(day));
    return context.printJson(json);
}

int stationReserve(Context &context) {
    auto facility = context.facility();
    if (!facility)
        return context.fail(facility.error());
    const QString station = context.positional.value(0).trimmed();
    if (station.isEmpty() || station.size() > 100)
        return context.fail(makeError(ErrorCode::InvalidInput, QueueBlocks::tr("Please name the kiosk (up to 100 "
                                                                               "characters).")));
    const QDate day = (*facility)->today();
    auto added = QueueBlocks::topUp(**facility, station, day);
    if (!added)
        return context.fail(added.error());
    Database &db = (*facility)->database();
    auto held = QueueBlocks::reserved(db, day, station, true);
    if (!held)
        return context.fail(held.error());
    QJsonObject json = numbersJson(*held, *held);
    json.insert(u"date"_s, isoDate(day));
    json.insert(u"station"_s, station);
    json.insert(u"newly_reserved"_s, *added);
    return context.printJson(json);
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
        {{u"station"_s, u"numbers"_s},
         {},
         u"A day's queue numbers reserved for kiosks to give while the server cannot be reached, each used or not "
         u"(the only gaps in a day's numbers are those not used)."_s,
         {DateOption},
         0,
         0,
         stationNumbers},
        {{u"station"_s, u"reserve"_s},
         u"KIOSK"_s,
         u"Tops up today's reserved queue numbers of a kiosk (20 of each service), as the kiosk does itself while "
         u"the server is there, and lists those it holds."_s,
         {},
         1,
         1,
         stationReserve},
    };
}

} // namespace besuk::cli
