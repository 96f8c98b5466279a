// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Cli.h"
#include "app/cli/CliJson.h"
#include "db/AuditLog.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

#include <optional>

using namespace Qt::StringLiterals;

namespace besuk::cli {

namespace {

const QCommandLineOption FromOption(u"from"_s,
                                    u"Entries from this day (YYYY-MM-DD) or moment (ISO 8601, facility time unless it "
                                    u"names an offset) on."_s,
                                    u"DATE|DATETIME"_s);
const QCommandLineOption ToOption(u"to"_s, u"Entries up to the end of this day, or up to this moment."_s,
                                  u"DATE|DATETIME"_s);
const QCommandLineOption
    ActorOption(u"actor"_s, u"Entries by exactly this actor (an officer, \"kiosk\", \"cli:LOGIN\")."_s, u"ACTOR"_s);
const QCommandLineOption ActionOption(u"action"_s, u"Entries whose action begins with PREFIX, e.g. visit. or user."_s,
                                      u"PREFIX"_s);
const QCommandLineOption TextOption(u"text"_s, u"Entries with TEXT in their subject or detail (any case)."_s,
                                    u"TEXT"_s);
const QCommandLineOption LimitOption(u"limit"_s, u"At most N entries (default 500, at most 10000)."_s, u"N"_s);
const QCommandLineOption BeforeOption(u"before"_s, u"Only entries older than entry ID (to page back)."_s, u"ID"_s);

enum class Bound { Start, End };

// A day or a moment as a bound: a day starts (or ends) at the facility's midnight; a moment without an offset is
// facility time. nullopt when the text is neither.
std::optional<QDateTime> parseBound(const QString &input, const QTimeZone &zone, Bound bound) {
    const QString text = input.trimmed();
    // QDate::fromString ignores what follows a date, so a moment must not be taken for its day.
    const QDate day = text.size() == 10 ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (day.isValid())
        return QDateTime(bound == Bound::Start ? day : day.addDays(1), QTime(0, 0), zone).toUTC();
    static const QRegularExpression offset(u"(Z|[+-]\\d{2}(:?\\d{2})?)$"_s);
    QDateTime moment;
    if (offset.match(text).hasMatch()) {
        moment = QDateTime::fromString(text, Qt::ISODateWithMs);
    } else {
        const qsizetype separator = text.indexOf(u'T');
        const QDate date = QDate::fromString(text.left(separator), Qt::ISODate);
        const QTime time = QTime::fromString(text.mid(separator + 1), Qt::ISODateWithMs);
        if (separator > 0 && date.isValid() && time.isValid())
            moment = QDateTime(date, time, zone);
    }
    if (!moment.isValid())
        return std::nullopt;
    // The upper bound is exclusive: "up to 10:00" includes an entry made at 10:00:00.000.
    return bound == Bound::Start ? moment.toUTC() : moment.toUTC().addMSecs(1);
}

QJsonObject entryJson(const AuditEntry &entry, const Facility &facility) {
    return QJsonObject{{u"id"_s, entry.id},
                       {u"at"_s, timeJson(entry.at, facility)},
                       {u"actor"_s, entry.actor},
                       {u"action"_s, entry.action},
                       {u"subject"_s, entry.subject},
                       {u"detail"_s, entry.detail},
                       {u"hash"_s, QString::fromLatin1(entry.hash)}};
}

int auditList(Context &context) {
    AuditFilter filter;
    if (context.args.isSet(LimitOption)) {
        bool number = false;
        filter.limit = context.args.value(LimitOption).toInt(&number);
        if (!number || filter.limit < 1 || filter.limit > AuditLog::MaxLimit)
            return context.usage(Context::tr("--limit needs a whole number from 1 to %1.").arg(AuditLog::MaxLimit));
    }
    if (context.args.isSet(BeforeOption)) {
        bool number = false;
        filter.beforeId = context.args.value(BeforeOption).toLongLong(&number);
        if (!number || filter.beforeId < 1)
            return context.usage(Context::tr("--before needs an entry id (a whole number from 1)."));
    }
    filter.actor = context.args.value(ActorOption);
    filter.actionPrefix = context.args.value(ActionOption);
    filter.text = context.args.value(TextOption);

    auto facility = context.facility();
    if (!facility)
        return context.fail(facility.error());
    const QTimeZone zone = (*facility)->profile().timeZone;
    if (context.args.isSet(FromOption)) {
        auto from = parseBound(context.args.value(FromOption), zone, Bound::Start);
        if (!from)
            return context.usage(Context::tr("--from needs a date like 2025-12-27 or a time like 2025-12-27T09:30."));
        filter.from = *from;
    }
    if (context.args.isSet(ToOption)) {
        auto to = parseBound(context.args.value(ToOption), zone, Bound::End);
        if (!to)
            return context.usage(Context::tr("--to needs a date like 2025-12-27 or a time like 2025-12-27T17:00."));
        filter.to = *to;
    }
    auto entries = AuditLog::entries((*facility)->database(), filter);
    if (!entries)
        return context.fail(entries.error());
    QJsonArray list;
    for (const AuditEntry &entry : *entries)
        list.append(entryJson(entry, **facility));
    return context.printJson(QJsonObject{{u"entries"_s, list}});
}

int auditVerify(Context &context) {
    auto facility = context.facility();
    if (!facility)
        return context.fail(facility.error());
    auto check = AuditLog::verify((*facility)->database());
    if (!check)
        return context.fail(check.error());
    if (!check->intact)
        return context.fail(
            makeError(ErrorCode::Storage, Context::tr("The audit log is not intact: %1").arg(check->problem)));
    return context.printJson(QJsonObject{{u"intact"_s, true}, {u"entries"_s, check->entries}});
}

} // namespace

QList<Command> auditCommands() {
    return {
        {{u"audit"_s, u"list"_s},
         {},
         u"The audit log, newest first: who did what, when."_s,
         {FromOption, ToOption, ActorOption, ActionOption, TextOption, LimitOption, BeforeOption},
         0,
         0,
         auditList},
        {{u"audit"_s, u"verify"_s},
         {},
         u"Check that no audit entry was changed, removed, inserted or reordered (exit 1, naming the entry, if "
         u"one was)."_s,
         {},
         0,
         0,
         auditVerify},
    };
}

} // namespace besuk::cli
