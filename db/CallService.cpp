// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/CallService.h"

#include "db/AuditLog.h"
#include "db/EnumKeys.h"
#include "db/Facility.h"
#include "db/GateService.h"
#include "db/Validation.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

// More gates than any site has, each winning one race: the search below always ends well before this.
constexpr int MaxCallAttempts = 1000;

const QString SelectCall = u"SELECT id, visit_id, facility_date, service, queue_number, gate, kind, officer, at "
                           u"FROM calls "_s;

// The tickets still waiting: registered, never called or skipped. `v` is the visits table.
const QString WaitingCondition = u"v.facility_date = ? AND v.service = ? AND v.status = 'registered' "
                                 u"AND NOT EXISTS (SELECT 1 FROM calls c WHERE c.visit_id = v.id)"_s;

CallRecord callFrom(const SqlQuery &query) {
    return CallRecord{query.value(0).toLongLong(),
                      query.value(1).toLongLong(),
                      QDate::fromString(query.value(2).toString(), Qt::ISODate),
                      serviceFromKey(query.value(3).toString()).value_or(Service::Visit),
                      query.value(4).toInt(),
                      query.value(5).toString(),
                      callKindFromKey(query.value(6).toString()).value_or(CallKind::Call),
                      query.value(7).toString(),
                      QDateTime::fromMSecsSinceEpoch(query.value(8).toLongLong(), Qt::UTC)};
}

const KeyTable<CallKind, 3> CallKindKeys{
    {{CallKind::Call, u"call"_s}, {CallKind::Recall, u"recall"_s}, {CallKind::Skip, u"skip"_s}}};

} // namespace

QString callKindKey(CallKind kind) {
    return toKey(kind, CallKindKeys);
}

std::optional<CallKind> callKindFromKey(const QString &key) {
    return fromKey(key, CallKindKeys);
}

template <typename Work>
Result<CallRecord> CallService::atGate(const QString &gate, const QString &officer, Work &&work) {
    auto gateName = Validation::requiredText(gate, MaxGateLength, tr("Gate"));
    if (!gateName)
        return gateName.error();
    auto officerName = Validation::requiredText(officer, GateService::MaxOfficerLength, tr("Officer"));
    if (!officerName)
        return officerName.error();
    const GateAction action{*gateName, *officerName, m_facility.now().toMSecsSinceEpoch(), m_facility.today()};
    return m_facility.database().write([&]() -> Result<CallRecord> { return work(action); });
}

Result<std::optional<CallRecord>> CallService::record(CallKind kind, const Target &target, const QString &gate,
                                                      const QString &officer, qint64 nowMs) {
    switch (target.status) {
    case VisitStatus::Registered:
        break;
    case VisitStatus::Admitted:
        return makeError(ErrorCode::Conflict, tr("%1 has already been admitted.").arg(target.queueLabel()));
    case VisitStatus::CheckedOut:
        return makeError(ErrorCode::Conflict, tr("%1 has already visited and left.").arg(target.queueLabel()));
    case VisitStatus::Refused:
        return makeError(ErrorCode::Conflict, tr("%1 was refused entry.").arg(target.queueLabel()));
    case VisitStatus::Cancelled:
        return makeError(ErrorCode::Conflict, tr("%1 was cancelled.").arg(target.queueLabel()));
    }
    Database &db = m_facility.database();
    const QString kindKey = callKindKey(kind);
    // Only first calls are in the unique index; a recall or skip never conflicts.
    SqlQuery insert(db, u"INSERT INTO calls (visit_id, facility_date, service, queue_number, gate, kind, officer, at) "
                        u"VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (facility_date, service, queue_number) "
                        u"WHERE kind = 'call' DO NOTHING RETURNING id"_s);
    insert.bind(target.visitId).bind(target.date.toString(Qt::ISODate)).bind(serviceKey(target.service));
    insert.bind(target.queueNumber).bind(gate).bind(kindKey).bind(officer).bind(nowMs);
    auto id = insert.scalar();
    if (!id)
        return id.error();
    if (id->isNull())
        return std::optional<CallRecord>();
    const QString label = target.queueLabel();
    if (auto noted = db.recordChange(nowMs, u"queue."_s + kindKey, label); !noted)
        return noted.error();
    if (auto logged = AuditLog::append(db, nowMs, officer, u"queue."_s + kindKey, label,
                                       u"visit=%1 gate=%2"_s.arg(target.visitId).arg(gate));
        !logged)
        return logged.error();
    return std::optional<CallRecord>(CallRecord{id->toLongLong(), target.visitId, target.date, target.service,
                                                target.queueNumber, gate, kind, officer,
                                                QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC)});
}

Result<CallRecord> CallService::callNext(Service service, const QString &gate, const QString &officer) {
    return atGate(gate, officer, [&](const GateAction &at) -> Result<CallRecord> {
        // On PostgreSQL another gate may be calling the number found here at this very moment. Its first call then
        // holds the unique index: this insert waits for it to commit, does nothing, and the next search (a new
        // statement, so a new snapshot under READ COMMITTED) sees that call and finds the following number.
        // On SQLite, BEGIN IMMEDIATE has already made the gates take turns.
        for (int attempt = 0; attempt < MaxCallAttempts; ++attempt) {
            SqlQuery query(m_facility.database(), u"SELECT v.id, v.queue_number FROM visits v WHERE "_s +
                                                      WaitingCondition + u" ORDER BY v.queue_number LIMIT 1"_s);
            query.bind(at.today.toString(Qt::ISODate)).bind(serviceKey(service));
            if (auto done = query.exec(); !done)
                return done.error();
            if (!query.next())
                return makeError(ErrorCode::NotFound, tr("No one is waiting."));
            const Target target{query.value(0).toLongLong(), at.today, service, query.value(1).toInt(),
                                VisitStatus::Registered};
            auto called = record(CallKind::Call, target, at.gate, at.officer, at.nowMs);
            if (!called)
                return called.error();
            if (called->has_value())
                return **called;
        }
        return makeError(ErrorCode::Storage, tr("Other gates kept calling at the same moment. Please try again."));
    });
}

Result<CallRecord> CallService::recall(const QString &gate, const QString &officer) {
    return atGate(gate, officer, [&](const GateAction &at) -> Result<CallRecord> {
        auto current = currentOf(at.gate, at.today);
        if (!current)
            return current.error();
        if (!current->has_value())
            return makeError(ErrorCode::NotFound, tr("Gate %1 has no number to call again.").arg(at.gate));
        auto target = targetOf(**current);
        if (!target)
            return target.error();
        auto called = record(CallKind::Recall, *target, at.gate, at.officer, at.nowMs);
        if (!called)
            return called.error();
        return **called; // a recall never conflicts
    });
}

Result<CallRecord> CallService::recallNumber(const QString &label, const QString &gate, const QString &officer) {
    return atGate(gate, officer, [&](const GateAction &at) -> Result<CallRecord> {
        auto target = targetByLabel(label, at.today);
        if (!target)
            return target.error();
        auto last = lastKindOf(target->visitId);
        if (!last)
            return last.error();
        // Never called: this is its first call, out of turn. Should another gate call it first at this very
        // moment, it becomes a recall.
        for (CallKind kind : {last->has_value() ? CallKind::Recall : CallKind::Call, CallKind::Recall}) {
            auto called = record(kind, *target, at.gate, at.officer, at.nowMs);
            if (!called)
                return called.error();
            if (called->has_value())
                return **called;
        }
        return makeError(ErrorCode::Storage, tr("The call could not be recorded. Please try again."));
    });
}

Result<CallRecord> CallService::skipTarget(const Target &target, const QString &gate, const QString &officer,
                                           qint64 nowMs) {
    auto last = lastKindOf(target.visitId);
    if (!last)
        return last.error();
    if (*last == CallKind::Skip && target.status == VisitStatus::Registered)
        return makeError(ErrorCode::Conflict, tr("%1 was already skipped.").arg(target.queueLabel()));
    auto skipped = record(CallKind::Skip, target, gate, officer, nowMs);
    if (!skipped)
        return skipped.error();
    return **skipped; // a skip never conflicts
}

Result<CallRecord> CallService::skip(const QString &gate, const QString &officer) {
    return atGate(gate, officer, [&](const GateAction &at) -> Result<CallRecord> {
        auto current = currentOf(at.gate, at.today);
        if (!current)
            return current.error();
        if (!current->has_value())
            return makeError(ErrorCode::NotFound, tr("Gate %1 has no number being called.").arg(at.gate));
        auto target = targetOf(**current);
        if (!target)
            return target.error();
        return skipTarget(*target, at.gate, at.officer, at.nowMs);
    });
}

Result<CallRecord> CallService::skipNumber(const QString &label, const QString &gate, const QString &officer) {
    return atGate(gate, officer, [&](const GateAction &at) -> Result<CallRecord> {
        auto target = targetByLabel(label, at.today);
        if (!target)
            return target.error();
        return skipTarget(*target, at.gate, at.officer, at.nowMs);
    });
}

Result<std::optional<CallRecord>> CallService::currentOf(const QString &gate, const QDate &date) {
    SqlQuery query(m_facility.database(),
                   SelectCall + u"WHERE facility_date = ? AND gate = ? ORDER BY at DESC, id DESC LIMIT 1"_s);
    query.bind(date.toString(Qt::ISODate)).bind(gate);
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return std::optional<CallRecord>();
    CallRecord call = callFrom(query);
    if (call.kind == CallKind::Skip)
        return std::optional<CallRecord>();
    return std::optional<CallRecord>(call);
}

Result<CallService::Target> CallService::targetOf(const CallRecord &call) {
    SqlQuery query(m_facility.database(), u"SELECT status FROM visits WHERE id = ?"_s);
    query.bind(call.visitId);
    auto status = query.scalar();
    if (!status)
        return status.error();
    return Target{call.visitId, call.date, call.service, call.queueNumber,
                  statusFromKey(status->toString()).value_or(VisitStatus::Registered)};
}

Result<CallService::Target> CallService::targetByLabel(const QString &label, const QDate &date) {
    auto visit = VisitRepository::findByQueueLabel(m_facility.database(), date, label);
    if (!visit)
        return visit.error();
    return Target{visit->id, visit->date, visit->service, visit->queueNumber, visit->status};
}

Result<std::optional<CallKind>> CallService::lastKindOf(qint64 visitId) {
    SqlQuery query(m_facility.database(), u"SELECT kind FROM calls WHERE visit_id = ? ORDER BY at DESC, id DESC "
                                          u"LIMIT 1"_s);
    query.bind(visitId);
    auto kind = query.scalar();
    if (!kind)
        return kind.error();
    if (kind->isNull())
        return std::optional<CallKind>();
    return callKindFromKey(kind->toString());
}

Result<QList<CallRecord>> CallService::recentCalls(int limit, const QDate &date) {
    if (limit < 1 || limit > MaxRecent)
        return makeError(ErrorCode::InvalidInput,
                         tr("The number of calls to show must be between 1 and %1.").arg(MaxRecent));
    SqlQuery query(m_facility.database(), SelectCall + u"WHERE facility_date = ? ORDER BY at DESC, id DESC LIMIT ?"_s);
    query.bind(date.toString(Qt::ISODate)).bind(limit);
    if (auto done = query.exec(); !done)
        return done.error();
    QList<CallRecord> calls;
    while (query.next())
        calls.append(callFrom(query));
    return calls;
}

Result<int> CallService::waitingCount(Service service, const QDate &date) {
    SqlQuery query(m_facility.database(), u"SELECT COUNT(*) FROM visits v WHERE "_s + WaitingCondition);
    query.bind(date.toString(Qt::ISODate)).bind(serviceKey(service));
    auto count = query.scalar();
    if (!count)
        return count.error();
    return count->toInt();
}

Result<std::optional<CallRecord>> CallService::current(const QString &gate) {
    auto gateName = Validation::requiredText(gate, MaxGateLength, tr("Gate"));
    if (!gateName)
        return gateName.error();
    const QDate today = m_facility.today();
    return m_facility.database().read([&] { return currentOf(*gateName, today); });
}

Result<QList<CallRecord>> CallService::nowServing(int limit) {
    const QDate today = m_facility.today();
    return m_facility.database().read([&] { return recentCalls(limit, today); });
}

Result<int> CallService::waiting(Service service) {
    const QDate today = m_facility.today();
    return m_facility.database().read([&] { return waitingCount(service, today); });
}

Result<CallBoard> CallService::board(int limit) {
    const QDate today = m_facility.today();
    return m_facility.database().read([&]() -> Result<CallBoard> {
        auto recent = recentCalls(limit, today);
        if (!recent)
            return recent.error();
        auto visits = waitingCount(Service::Visit, today);
        if (!visits)
            return visits.error();
        auto deposits = waitingCount(Service::Deposit, today);
        if (!deposits)
            return deposits.error();
        return CallBoard{*recent, *visits, *deposits};
    });
}

Serving CallBoard::serving(int recentCount) const {
    Serving serving;
    QSet<QString> done;
    for (const CallRecord &call : recent) {
        const QString label = call.queueLabel();
        if (done.contains(label))
            continue;
        done.insert(label);
        if (call.kind == CallKind::Skip)
            continue;
        if (!serving.current)
            serving.current = call;
        else if (serving.recent.size() < recentCount)
            serving.recent.append(call);
    }
    return serving;
}

bool CallService::changesBoard(const QString &changeKind) {
    return changeKind.startsWith(u"queue."_s) || changeKind.startsWith(u"visit."_s);
}

} // namespace besuk
