// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/gate/GateDesk.h"

using namespace Qt::StringLiterals;

namespace besuk {

GateDesk::GateDesk(Facility &facility, QString gateName, QObject *parent)
    : QObject(parent), m_facility(facility), m_gateName(std::move(gateName)), m_gate(facility), m_calls(facility),
      m_users(facility) {}

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
    return keep(m_gate.scan(payload), GateTicket{payload.trimmed(), 0});
}

Result<GateOutcome> GateDesk::findByQueueLabel(const QString &label) {
    if (!signedIn())
        return notSignedIn();
    return keep(m_gate.scanQueueLabel(label), GateTicket{});
}

Result<GateOutcome> GateDesk::pick(qint64 visitId) {
    if (!signedIn())
        return notSignedIn();
    return keep(m_gate.scanVisit(visitId), GateTicket{});
}

void GateDesk::release() {
    m_ticket.reset();
}

Result<GateOutcome> GateDesk::inspect(InspectionRequest request) {
    if (!signedIn())
        return notSignedIn();
    if (!m_ticket)
        return noTicket();
    request.officer = officerName();
    auto outcome = m_ticket->scanned() ? m_gate.inspect(m_ticket->payload, request)
                                       : m_gate.inspectVisit(m_ticket->visitId, request);
    if (outcome)
        Q_EMIT changed();
    return outcome;
}

Result<GateOutcome> GateDesk::admit() {
    if (!signedIn())
        return notSignedIn();
    if (!m_ticket)
        return noTicket();
    auto outcome = m_ticket->scanned() ? m_gate.admit(m_ticket->payload, officerName())
                                       : m_gate.admitVisit(m_ticket->visitId, officerName());
    if (outcome)
        Q_EMIT changed();
    return outcome;
}

Result<GateOutcome> GateDesk::checkOut() {
    if (!signedIn())
        return notSignedIn();
    if (!m_ticket)
        return noTicket();
    auto outcome = m_ticket->scanned() ? m_gate.checkOut(m_ticket->payload, officerName())
                                       : m_gate.checkOutVisit(m_ticket->visitId, officerName());
    if (outcome)
        Q_EMIT changed();
    return outcome;
}

Result<QList<InspectionItem>> GateDesk::depositedItems(qint64 visitId) {
    return m_gate.depositedItems(visitId);
}

Result<QList<VisitRecord>> GateDesk::todaysTickets() {
    return m_gate.todaysTickets();
}

Result<QList<VisitRecord>> GateDesk::insideNow() {
    return m_gate.insideNow();
}

Result<CallRecord> GateDesk::callNext(Service service) {
    if (!signedIn())
        return notSignedIn();
    auto call = m_calls.callNext(service, m_gateName, officerName());
    if (call)
        Q_EMIT changed();
    return call;
}

Result<CallRecord> GateDesk::recall() {
    if (!signedIn())
        return notSignedIn();
    auto call = m_calls.recall(m_gateName, officerName());
    if (call)
        Q_EMIT changed();
    return call;
}

Result<CallRecord> GateDesk::skip() {
    if (!signedIn())
        return notSignedIn();
    auto call = m_calls.skip(m_gateName, officerName());
    if (call)
        Q_EMIT changed();
    return call;
}

Result<std::optional<CallRecord>> GateDesk::currentCall() {
    return m_calls.current(m_gateName);
}

Result<int> GateDesk::waiting(Service service) {
    return m_calls.waiting(service);
}

} // namespace besuk
