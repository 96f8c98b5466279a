// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/Rules.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

const QString TimeFormat = u"HH:mm"_s;

QJsonArray daysToJson(const QList<int> &days) {
    QJsonArray array;
    for (int day : days)
        array.append(day);
    return array;
}

std::optional<QList<int>> daysFromJson(const QJsonValue &value) {
    if (!value.isArray())
        return std::nullopt;
    QList<int> days;
    for (const QJsonValue day : value.toArray()) {
        if (!day.isDouble())
            return std::nullopt;
        days.append(day.toInt());
    }
    return days;
}

std::optional<QTime> timeFromJson(const QJsonValue &value) {
    const QTime time = QTime::fromString(value.toString(), TimeFormat);
    return time.isValid() ? std::optional(time) : std::nullopt;
}

} // namespace

QList<VisitSession> Rules::effectiveSessions() const {
    if (!sessions.isEmpty())
        return sessions;
    return {VisitSession{u"1"_s, opens, closes, 0}};
}

QStringList Rules::defaultProhibitedItems() {
    // Stored as the facility words them; these defaults are the usual list at Indonesian visiting rooms.
    return {u"Telepon genggam"_s,    u"Senjata tajam"_s,     u"Narkoba"_s,
            u"Minuman beralkohol"_s, u"Korek api / rokok"_s, u"Uang tunai berlebih"_s};
}

QList<int> Rules::daysForBlock(const QString &block) const {
    return blockVisitingDays.value(block, visitingDays);
}

QJsonObject Rules::toJson() const {
    QJsonObject blocks;
    for (auto it = blockVisitingDays.cbegin(); it != blockVisitingDays.cend(); ++it)
        blocks.insert(it.key(), daysToJson(it.value()));
    QJsonArray sessionArray;
    for (const VisitSession &session : sessions)
        sessionArray.append(QJsonObject{{u"name"_s, session.name},
                                        {u"start"_s, session.start.toString(TimeFormat)},
                                        {u"end"_s, session.end.toString(TimeFormat)},
                                        {u"capacity"_s, session.capacity}});
    return QJsonObject{
        {u"visiting_days"_s, daysToJson(visitingDays)},
        {u"block_visiting_days"_s, blocks},
        {u"opens"_s, opens.toString(TimeFormat)},
        {u"closes"_s, closes.toString(TimeFormat)},
        {u"sessions"_s, sessionArray},
        {u"max_group_size"_s, maxGroupSize},
        {u"max_adults"_s, maxAdults},
        {u"visits_per_inmate_per_week"_s, visitsPerInmatePerWeek},
        {u"daily_cap_people"_s, dailyCapPeople},
        {u"adult_age"_s, adultAge},
        {u"require_cleared_inspection"_s, requireClearedInspection},
        {u"visit_minutes"_s, visitMinutes},
        {u"prohibited_items"_s, QJsonArray::fromStringList(prohibitedItems)},
    };
}

Result<Rules> Rules::fromJson(const QJsonObject &json) {
    Rules rules;
    const auto bad = [](const QString &key) {
        return makeError(ErrorCode::InvalidInput, tr("The rule \"%1\" has a value that cannot be used.").arg(key));
    };
    const auto readInt = [&](const QString &key, int &target) {
        if (!json.contains(key))
            return true;
        const QJsonValue value = json.value(key);
        if (!value.isDouble() || value.toDouble() != double(value.toInt()))
            return false;
        target = value.toInt();
        return true;
    };
    for (const auto &[key, target] :
         {std::pair{u"max_group_size"_s, &rules.maxGroupSize}, std::pair{u"max_adults"_s, &rules.maxAdults},
          std::pair{u"visits_per_inmate_per_week"_s, &rules.visitsPerInmatePerWeek},
          std::pair{u"daily_cap_people"_s, &rules.dailyCapPeople}, std::pair{u"adult_age"_s, &rules.adultAge},
          std::pair{u"visit_minutes"_s, &rules.visitMinutes}}) {
        if (!readInt(key, *target))
            return bad(key);
    }
    if (json.contains(u"visiting_days"_s)) {
        auto days = daysFromJson(json.value(u"visiting_days"_s));
        if (!days)
            return bad(u"visiting_days"_s);
        rules.visitingDays = *days;
    }
    if (json.contains(u"block_visiting_days"_s)) {
        if (!json.value(u"block_visiting_days"_s).isObject())
            return bad(u"block_visiting_days"_s);
        const QJsonObject blocks = json.value(u"block_visiting_days"_s).toObject();
        for (auto it = blocks.begin(); it != blocks.end(); ++it) {
            auto days = daysFromJson(it.value());
            if (!days)
                return bad(u"block_visiting_days"_s);
            rules.blockVisitingDays.insert(it.key(), *days);
        }
    }
    for (const auto &[key, target] : {std::pair{u"opens"_s, &rules.opens}, std::pair{u"closes"_s, &rules.closes}}) {
        if (!json.contains(key))
            continue;
        auto time = timeFromJson(json.value(key));
        if (!time)
            return bad(key);
        *target = *time;
    }
    if (json.contains(u"sessions"_s)) {
        if (!json.value(u"sessions"_s).isArray())
            return bad(u"sessions"_s);
        for (const QJsonValue value : json.value(u"sessions"_s).toArray()) {
            const QJsonObject object = value.toObject();
            auto start = timeFromJson(object.value(u"start"_s));
            auto end = timeFromJson(object.value(u"end"_s));
            const QJsonValue capacity = object.value(u"capacity"_s);
            const bool capacityValid =
                capacity.isUndefined() || (capacity.isDouble() && capacity.toDouble() == double(capacity.toInt()));
            if (!value.isObject() || !start || !end || !object.value(u"name"_s).isString() || !capacityValid)
                return bad(u"sessions"_s);
            rules.sessions.append({object.value(u"name"_s).toString(), *start, *end, capacity.toInt(0)});
        }
    }
    if (json.contains(u"require_cleared_inspection"_s)) {
        const QJsonValue value = json.value(u"require_cleared_inspection"_s);
        if (!value.isBool())
            return bad(u"require_cleared_inspection"_s);
        rules.requireClearedInspection = value.toBool();
    }
    if (json.contains(u"prohibited_items"_s)) {
        const QJsonValue value = json.value(u"prohibited_items"_s);
        if (!value.isArray())
            return bad(u"prohibited_items"_s);
        rules.prohibitedItems.clear();
        for (const QJsonValue item : value.toArray()) {
            if (!item.isString())
                return bad(u"prohibited_items"_s);
            rules.prohibitedItems.append(item.toString());
        }
    }
    if (auto valid = rules.validate(); !valid)
        return valid.error();
    return rules;
}

Result<void> Rules::validate() const {
    const auto daysValid = [](const QList<int> &days) {
        return std::all_of(days.begin(), days.end(), [](int d) { return d >= 1 && d <= 7; });
    };
    if (!daysValid(visitingDays))
        return makeError(ErrorCode::InvalidInput, tr("Visiting days must be weekdays 1 (Monday) to 7 (Sunday)."));
    for (const auto &days : blockVisitingDays)
        if (!daysValid(days))
            return makeError(ErrorCode::InvalidInput, tr("Visiting days must be weekdays 1 (Monday) to 7 (Sunday)."));
    if (!opens.isValid() || !closes.isValid() || opens >= closes)
        return makeError(ErrorCode::InvalidInput, tr("Visiting hours must open before they close."));
    for (const VisitSession &session : sessions) {
        if (session.name.trimmed().isEmpty() || session.start >= session.end || session.capacity < 0)
            return makeError(ErrorCode::InvalidInput,
                             tr("Each session needs a name, a start before its end, and a capacity of 0 or more."));
    }
    if (maxGroupSize < 1 || maxGroupSize > 50)
        return makeError(ErrorCode::InvalidInput, tr("The group size limit must be between 1 and 50."));
    if (maxAdults < 1 || maxAdults > maxGroupSize)
        return makeError(ErrorCode::InvalidInput,
                         tr("The adult limit must be at least 1 and no more than the group size limit."));
    if (visitsPerInmatePerWeek < 0 || dailyCapPeople < 0)
        return makeError(ErrorCode::InvalidInput, tr("Limits cannot be negative (0 means no limit)."));
    if (visitMinutes < 1 || visitMinutes > 24 * 60)
        return makeError(ErrorCode::InvalidInput, tr("The visit time limit must be between 1 and 1440 minutes."));
    for (const QString &item : prohibitedItems) {
        if (item.trimmed().isEmpty() || item.size() > MaxItemLength)
            return makeError(ErrorCode::InvalidInput,
                             tr("Each prohibited item needs a name of at most %1 characters.").arg(MaxItemLength));
    }
    if (prohibitedItems.size() > MaxProhibitedItems)
        return makeError(ErrorCode::InvalidInput,
                         tr("The prohibited-items list holds at most %1 items.").arg(MaxProhibitedItems));
    if (adultAge < 1 || adultAge > 30)
        return makeError(ErrorCode::InvalidInput, tr("The adult age must be between 1 and 30."));
    return {};
}

} // namespace besuk
