// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/gate/GateDesk.h"

#include "db/offline/MirrorRefresh.h"

using namespace Qt::StringLiterals;

namespace besuk {

GateDesk::GateDesk(Facility &facility, QString gateName, QObject *parent)
    : QObject(parent), m_facility(facility), m_gateName(std::move(gateName)), m_gate(facility), m_calls(facility),
      m_users(facility), m_link(facility, m_gateName, u"gate"_s) {}

Result<User> GateDesk::signIn(const QString &login, const QString &secret) {
    auto user = m_users.authenticate(login, secret);
    if (!user)
        return user;
    if (!roleAllows(user->role, Permission::RunGate))
        return makeError(ErrorCode::RuleRefused, tr("This account may not run a gate."));
    m_officer = *user;
    Q_EMIT officerChanged();
    return user;
}

void GateDesk::signOut() {
    m_officer.reset();
    m_ticket.reset();
    Q_EMIT officerChanged();
}

Result<bool> GateDesk::hasUsers() {
    return m_users.hasUsers();
}

QString GateDesk::officerName() const {
    return m_officer ? m_officer->displayName : QString();
}

Error GateDesk::notSignedIn() const {
    return makeError(ErrorCode::RuleRefused, tr("Sign in first."));
}

Error GateDesk::noTicket() const {
    return makeError(ErrorCode::NotFound, tr("Scan a ticket first."));
}

Result<GateOutcome> GateDesk::keep(Result<GateOutcome> outcome, GateTicket ticket) {
    if (!outcome)
        return outcome;
    if (outcome->visit)
        ticket.visitId = outcome->visit->id;
    m_ticket = std::move(ticket);
    return outcome;
}

Result<GateOutcome> GateDesk::scan(const QString &payload) {
    if (!signedIn())
        return notSignedIn();
    const GateTicket ticket{payload.trimmed(), 0};
    if (!m_link.offline()) {
        auto outcome = m_gate.scan(payload);
        if (outcome || !lostServer())
            return keep(std::move(outcome), ticket);
    }
    return keep(m_offlineGate->scan(payload), ticket);
}

Result<GateOutcome> GateDesk::findByQueueLabel(const QString &label) {
    if (!signedIn())
        return notSignedIn();
    if (m_link.offline())
        return scanWhileOffline();
    auto outcome = m_gate.scanQueueLabel(label);
    if (!outcome && lostServer())
        return scanWhileOffline();
    return keep(std::move(outcome), GateTicket{});
}

Result<GateOutcome> GateDesk::pick(qint64 visitId) {
    if (!signedIn())
        return notSignedIn();
    if (m_link.offline())
        return scanWhileOffline();
    auto outcome = m_gate.scanVisit(visitId);
    if (!outcome && lostServer())
        return scanWhileOffline();
    return keep(std::move(outcome), GateTicket{});
}

void GateDesk::release() {
    m_ticket.reset();
}

Result<GateOutcome> GateDesk::onTicket(const std::function<Result<GateOutcome>()> &online,
                                       const std::function<Result<GateOutcome>(const QString &payload)> &offline) {
    if (!signedIn())
        return notSignedIn();
    if (!m_ticket)
        return noTicket();
    std::optional<Result<GateOutcome>> outcome;
    if (!m_link.offline()) {
        outcome = online();
        if (!*outcome && lostServer())
            outcome.reset();
    }
    if (!outcome)
        outcome = m_ticket->scanned() ? offline(m_ticket->payload) : Result<GateOutcome>(scanWhileOffline());
    if (*outcome)
        Q_EMIT changed();
    return std::move(*outcome);
}

Result<GateOutcome> GateDesk::inspect(InspectionRequest request) {
    request.officer = officerName();
    return onTicket(
        [&] {
            return m_ticket->scanned() ? m_gate.inspect(m_ticket->payload, request)
                                       : m_gate.inspectVisit(m_ticket->visitId, request);
        },
        [&](const QString &payload) { return m_offlineGate->inspect(payload, request); });
}

Result<GateOutcome> GateDesk::admit() {
    return onTicket(
        [&] {
            return m_ticket->scanned() ? m_gate.admit(m_ticket->payload, officerName())
                                       : m_gate.admitVisit(m_ticket->visitId, officerName());
        },
        [&](const QString &payload) { return m_offlineGate->admit(payload, officerName()); });
}

Result<GateOutcome> GateDesk::checkOut() {
    return onTicket(
        [&] {
            return m_ticket->scanned() ? m_gate.checkOut(m_ticket->payload, officerName())
                                       : m_gate.checkOutVisit(m_ticket->visitId, officerName());
        },
        [&](const QString &payload) { return m_offlineGate->checkOut(payload, officerName()); });
}

Result<QList<InspectionItem>> GateDesk::depositedItems(qint64 visitId) {
    if (!m_link.offline()) {
        auto deposited = m_gate.depositedItems(visitId);
        if (deposited || !lostServer())
            return deposited;
    }
    return m_offlineGate->depositedItems(visitId);
}

Result<QList<VisitRecord>> GateDesk::todaysTickets() {
    if (m_link.offline())
        return needsServer();
    auto tickets = m_gate.todaysTickets();
    if (!tickets && lostServer())
        return needsServer();
    return tickets;
}

Result<QList<VisitRecord>> GateDesk::insideNow() {
    if (!m_link.offline()) {
        auto inside = m_gate.insideNow();
        if (inside || !lostServer())
            return inside;
    }
    auto visits = m_link.journal()->visits();
    if (!visits)
        return visits.error();
    QList<VisitRecord> inside;
    for (const VisitRecord &visit : *visits)
        if (visit.status == VisitStatus::Admitted)
            inside.append(visit);
    return inside;
}

Result<CallRecord> GateDesk::callNext(Service service) {
    if (!signedIn())
        return notSignedIn();
    if (m_link.offline())
        return needsServer();
    auto call = m_calls.callNext(service, m_gateName, officerName());
    if (call)
        Q_EMIT changed();
    return call;
}

Result<CallRecord> GateDesk::recall() {
    if (!signedIn())
        return notSignedIn();
    if (m_link.offline())
        return needsServer();
    auto call = m_calls.recall(m_gateName, officerName());
    if (call)
        Q_EMIT changed();
    return call;
}

Result<CallRecord> GateDesk::skip() {
    if (!signedIn())
        return notSignedIn();
    if (m_link.offline())
        return needsServer();
    auto call = m_calls.skip(m_gateName, officerName());
    if (call)
        Q_EMIT changed();
    return call;
}

Result<std::optional<CallRecord>> GateDesk::currentCall() {
    if (m_link.offline())
        return needsServer();
    auto current = m_calls.current(m_gateName);
    if (!current && lostServer())
        return needsServer();
    return current;
}

Result<int> GateDesk::waiting(Service service) {
    if (m_link.offline())
        return needsServer();
    auto waiting = m_calls.waiting(service);
    if (!waiting && lostServer())
        return needsServer();
    return waiting;
}

Result<void> GateDesk::useJournal(const QString &path) {
    if (auto opened = m_link.openJournal(path); !opened)
        return opened;
    m_offlineGate = std::make_unique<OfflineGate>(*m_link.journal(), m_facility.clock());
    return {};
}

Result<int> GateDesk::refreshMirror() {
    bool switched = false;
    auto copied = m_link.refresh(&MirrorRefresh::refresh, switched);
    if (switched)
        Q_EMIT offlineChanged(true);
    return copied;
}

Result<UploadReport> GateDesk::reconnect() {
    if (!m_link.offline())
        return UploadReport{};
    auto report = m_link.reconnect();
    if (!report)
        return report;
    (void)refreshMirror();
    Q_EMIT offlineChanged(false);
    Q_EMIT changed();
    return report;
}

bool GateDesk::lostServer() {
    bool switched = false;
    const bool lost = m_link.lostServer(switched);
    if (switched)
        Q_EMIT offlineChanged(true);
    return lost;
}

Error GateDesk::needsServer() const {
    return makeError(ErrorCode::Storage, tr("This needs the server, which cannot be reached now. Scanned tickets "
                                            "are still inspected, admitted and checked out here."));
}

Error GateDesk::scanWhileOffline() const {
    return makeError(ErrorCode::Storage,
                     tr("While the server cannot be reached, scan the group's ticket (this gate checks it against "
                        "its copy of today's tickets)."));
}

} // namespace besuk
