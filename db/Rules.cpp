// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/Rules.h"

#include <QJsonArray>

#include <algorithm>

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

QJsonObject slotsToJson(const QMap<int, QList<BookingSlot>> &daySlots) {
    QJsonObject days;
    for (auto it = daySlots.cbegin(); it != daySlots.cend(); ++it) {
        QJsonArray array;
        for (const BookingSlot &slot : it.value())
            array.append(QJsonObject{{u"start"_s, slot.start.toString(TimeFormat)},
                                     {u"end"_s, slot.end.toString(TimeFormat)},
                                     {u"capacity"_s, slot.capacity}});
        days.insert(QString::number(it.key()), array);
    }
    return days;
}

bool isWholeNumber(const QJsonValue &value) {
    return value.isDouble() && value.toDouble() == double(value.toInt());
}

std::optional<QMap<int, QList<BookingSlot>>> slotsFromJson(const QJsonValue &value) {
    if (!value.isObject())
        return std::nullopt;
    QMap<int, QList<BookingSlot>> daySlots;
    const QJsonObject days = value.toObject();
    for (auto it = days.begin(); it != days.end(); ++it) {
        bool numeric = false;
        const int day = it.key().toInt(&numeric);
        if (!numeric || !it.value().isArray())
            return std::nullopt;
        QList<BookingSlot> list;
        for (const QJsonValue item : it.value().toArray()) {
            const QJsonObject object = item.toObject();
            auto start = timeFromJson(object.value(u"start"_s));
            auto end = timeFromJson(object.value(u"end"_s));
            if (!item.isObject() || !start || !end || !isWholeNumber(object.value(u"capacity"_s)))
                return std::nullopt;
            list.append(BookingSlot{*start, *end, object.value(u"capacity"_s).toInt()});
        }
        daySlots.insert(day, list);
    }
    return daySlots;
}

// The booking keys of `json` into `rules`; the key that cannot be used, or an empty string.
QString readBookingJson(const QJsonObject &json, Rules &rules) {
    for (const auto &[key, target] : {std::pair{u"booking_horizon_days"_s, &rules.bookingHorizonDays},
                                      std::pair{u"arrival_tolerance_minutes"_s, &rules.arrivalToleranceMinutes},
                                      std::pair{u"max_open_bookings_per_nik"_s, &rules.maxOpenBookingsPerNik}}) {
        if (!json.contains(key))
            continue;
        if (!isWholeNumber(json.value(key)))
            return key;
        *target = json.value(key).toInt();
    }
    if (json.contains(u"booking_closes_at"_s)) {
        auto time = timeFromJson(json.value(u"booking_closes_at"_s));
        if (!time)
            return u"booking_closes_at"_s;
        rules.bookingClosesAt = *time;
    }
    if (json.contains(u"booking_slots"_s)) {
        auto daySlots = slotsFromJson(json.value(u"booking_slots"_s));
        if (!daySlots)
            return u"booking_slots"_s;
        rules.bookingSlots = *daySlots;
    }
    return {};
}

} // namespace

QList<BookingSlot> Rules::slotsOn(const QDate &date) const {
    QList<BookingSlot> daySlots = bookingSlots.value(date.dayOfWeek());
    std::sort(daySlots.begin(), daySlots.end(),
              [](const BookingSlot &a, const BookingSlot &b) { return a.start < b.start; });
    return daySlots;
}

QList<int> Rules::anyVisitingDays() const {
    QList<int> days = visitingDays;
    for (const QList<int> &blockDays : blockVisitingDays)
        for (int day : blockDays)
            if (!days.contains(day))
                days.append(day);
    std::sort(days.begin(), days.end());
    return days;
}

Result<void> Rules::validateBooking() const {
    if (bookingHorizonDays < 0 || bookingHorizonDays > MaxBookingHorizonDays)
        return makeError(ErrorCode::InvalidInput,
                         tr("Online booking may reach between 0 (off) and %1 days ahead.").arg(MaxBookingHorizonDays));
    if (!bookingClosesAt.isValid())
        return makeError(ErrorCode::InvalidInput, tr("Please give the time at which booking for a day closes."));
    if (arrivalToleranceMinutes < 0 || arrivalToleranceMinutes > MaxArrivalToleranceMinutes)
        return makeError(ErrorCode::InvalidInput,
                         tr("The arrival tolerance must be between 0 and %1 minutes.").arg(MaxArrivalToleranceMinutes));
    if (maxOpenBookingsPerNik < 1 || maxOpenBookingsPerNik > MaxOpenBookingsLimit)
        return makeError(ErrorCode::InvalidInput,
                         tr("Open bookings per person must be between 1 and %1.").arg(MaxOpenBookingsLimit));
    const QList<int> days = anyVisitingDays();
    for (auto it = bookingSlots.cbegin(); it != bookingSlots.cend(); ++it) {
        if (!it.value().isEmpty() && !days.contains(it.key()))
            return makeError(ErrorCode::InvalidInput, tr("Booking slots can only be given to visiting days."));
        QList<BookingSlot> daySlots = it.value();
        std::sort(daySlots.begin(), daySlots.end(),
                  [](const BookingSlot &a, const BookingSlot &b) { return a.start < b.start; });
        for (qsizetype i = 0; i < daySlots.size(); ++i) {
            const BookingSlot &slot = daySlots.at(i);
            if (!slot.start.isValid() || !slot.end.isValid() || slot.start >= slot.end || slot.start < opens ||
                slot.end > closes)
                return makeError(ErrorCode::InvalidInput,
                                 tr("Each booking slot must start before it ends, within visiting hours (%1-%2).")
                                     .arg(opens.toString(TimeFormat), closes.toString(TimeFormat)));
            if (slot.capacity < 1 || slot.capacity > MaxSlotCapacity)
                return makeError(ErrorCode::InvalidInput,
                                 tr("A booking slot holds between 1 and %1 visitors.").arg(MaxSlotCapacity));
            if (i > 0 && daySlots.at(i - 1).end > slot.start)
                return makeError(ErrorCode::InvalidInput, tr("Booking slots of one day must not overlap."));
        }
    }
    return {};
}

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

QMap<int, QList<BookingSlot>> Rules::demoBookingSlots(const QList<int> &days) {
    const QList<BookingSlot> daySlots{{QTime(8, 0), QTime(9, 0), 40},
                                      {QTime(9, 0), QTime(10, 0), 40},
                                      {QTime(10, 0), QTime(11, 0), 40},
                                      {QTime(13, 0), QTime(14, 0), 40}};
    QMap<int, QList<BookingSlot>> result;
    for (int day : days)
        result.insert(day, daySlots);
    return result;
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
        {u"booking_horizon_days"_s, bookingHorizonDays},
        {u"booking_closes_at"_s, bookingClosesAt.toString(TimeFormat)},
        {u"booking_slots"_s, slotsToJson(bookingSlots)},
        {u"arrival_tolerance_minutes"_s, arrivalToleranceMinutes},
        {u"max_open_bookings_per_nik"_s, maxOpenBookingsPerNik},
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
    if (const QString key = readBookingJson(json, rules); !key.isEmpty())
        return bad(key);
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
    return validateBooking();
}

} // namespace besuk
