// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/gate/GateDesk.h"

#include "db/offline/MirrorRefresh.h"

using namespace Qt::StringLiterals;

namespace besuk {

GateDesk::GateDesk(Facility &facility, QString gateName, QObject *parent)
    : QObject(parent), m_facility(facility), m_gateName(std::move(gateName)),
      m_domain(std::make_unique<FacilityThread>(facility)), m_gate(m_domain->facility()), m_calls(m_domain->facility()),
      m_users(m_domain->facility()),
      m_link(std::make_unique<StationLink>(m_domain->facility(), m_gateName, u"gate"_s)) {}

GateDesk::~GateDesk() {
    // The journal's connection ends on the thread that opened it.
    m_domain->finish([this] {
        m_offlineGate.reset();
        m_link.reset();
    });
}

Result<User> GateDesk::signIn(const QString &login, const QString &secret) {
    auto user = onDomain([&] { return m_users.authenticate(login, secret); });
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
    return onDomain([&] { return m_users.hasUsers(); });
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
    return takeUp(
        [&] {
            if (!m_link->offline()) {
                auto outcome = m_gate.scan(payload);
                if (outcome || !m_link->lostServer())
                    return outcome;
            }
            return m_offlineGate->scan(payload);
        },
        GateTicket{payload.trimmed(), 0});
}

Result<GateOutcome> GateDesk::findByQueueLabel(const QString &label) {
    return takeUpByHand([&] { return m_gate.scanQueueLabel(label); });
}

Result<GateOutcome> GateDesk::pick(qint64 visitId) {
    return takeUpByHand([&] { return m_gate.scanVisit(visitId); });
}

Result<GateOutcome> GateDesk::takeUpByHand(const std::function<Result<GateOutcome>()> &find) {
    if (!signedIn())
        return notSignedIn();
    if (m_linkState.offline)
        return scanWhileOffline();
    return takeUp(
        [&]() -> Result<GateOutcome> {
            if (m_link->offline())
                return scanWhileOffline();
            auto found = find();
            if (!found && m_link->lostServer())
                return scanWhileOffline();
            return found;
        },
        GateTicket{});
}

Result<GateOutcome> GateDesk::takeUp(const std::function<Result<GateOutcome>()> &find, GateTicket ticket) {
    auto outcome = onDomain([&] {
        rereadRules(); // the screen's facility adopts them (FacilityThread)
        return find();
    });
    return keep(std::move(outcome), std::move(ticket));
}

void GateDesk::rereadRules() {
    if (m_link->offline())
        return;
    if (auto read = m_domain->facility().reloadRules(); !read)
        (void)m_link->lostServer(); // a server gone away: the ticket is judged offline, without a second wait
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
    const GateTicket ticket = *m_ticket;
    auto outcome = onDomain([&] {
        std::optional<Result<GateOutcome>> done;
        if (!m_link->offline()) {
            done = online();
            if (!*done && m_link->lostServer())
                done.reset();
        }
        if (!done)
            done = ticket.scanned() ? offline(ticket.payload) : Result<GateOutcome>(scanWhileOffline());
        return std::move(*done);
    });
    if (outcome)
        Q_EMIT changed();
    return outcome;
}

Result<GateOutcome> GateDesk::inspect(InspectionRequest request) {
    request.officer = officerName();
    const std::optional<GateTicket> ticket = m_ticket;
    return onTicket(
        [&] {
            return ticket->scanned() ? m_gate.inspect(ticket->payload, request)
                                     : m_gate.inspectVisit(ticket->visitId, request);
        },
        [&](const QString &payload) { return m_offlineGate->inspect(payload, request); });
}

Result<GateOutcome> GateDesk::admit() {
    const std::optional<GateTicket> ticket = m_ticket;
    const QString officer = officerName();
    return onTicket(
        [&] {
            return ticket->scanned() ? m_gate.admit(ticket->payload, officer)
                                     : m_gate.admitVisit(ticket->visitId, officer);
        },
        [&](const QString &payload) { return m_offlineGate->admit(payload, officer); });
}

Result<GateOutcome> GateDesk::checkOut() {
    const std::optional<GateTicket> ticket = m_ticket;
    const QString officer = officerName();
    return onTicket(
        [&] {
            return ticket->scanned() ? m_gate.checkOut(ticket->payload, officer)
                                     : m_gate.checkOutVisit(ticket->visitId, officer);
        },
        [&](const QString &payload) { return m_offlineGate->checkOut(payload, officer); });
}

Result<QList<InspectionItem>> GateDesk::depositedItems(qint64 visitId) {
    return onDomain([&] {
        if (!m_link->offline()) {
            auto deposited = m_gate.depositedItems(visitId);
            if (deposited || !m_link->lostServer())
                return deposited;
        }
        return m_offlineGate->depositedItems(visitId);
    });
}

Result<QList<VisitRecord>> GateDesk::todaysTickets() {
    if (m_linkState.offline)
        return needsServer();
    return onDomain([&]() -> Result<QList<VisitRecord>> {
        auto tickets = m_gate.todaysTickets();
        if (!tickets && m_link->lostServer())
            return needsServer();
        return tickets;
    });
}

Result<QList<VisitRecord>> GateDesk::insideNow() {
    return onDomain([&]() -> Result<QList<VisitRecord>> {
        if (!m_link->offline()) {
            auto inside = m_gate.insideNow();
            if (inside || !m_link->lostServer())
                return inside;
        }
        auto visits = m_link->journal()->visits();
        if (!visits)
            return visits.error();
        QList<VisitRecord> inside;
        for (const VisitRecord &visit : *visits)
            if (visit.status == VisitStatus::Admitted)
                inside.append(visit);
        return inside;
    });
}

Result<CallRecord> GateDesk::onCalls(const std::function<Result<CallRecord>(const QString &officer)> &act) {
    if (!signedIn())
        return notSignedIn();
    if (m_linkState.offline)
        return needsServer();
    auto call = onDomain([&] { return act(officerName()); });
    if (call)
        Q_EMIT changed();
    return call;
}

Result<CallRecord> GateDesk::callNext(Service service) {
    return onCalls([&](const QString &officer) { return m_calls.callNext(service, m_gateName, officer); });
}

Result<CallRecord> GateDesk::recall() {
    return onCalls([&](const QString &officer) { return m_calls.recall(m_gateName, officer); });
}

Result<CallRecord> GateDesk::skip() {
    return onCalls([&](const QString &officer) { return m_calls.skip(m_gateName, officer); });
}

Result<std::optional<CallRecord>> GateDesk::currentCall() {
    if (m_linkState.offline)
        return needsServer();
    return onDomain([&]() -> Result<std::optional<CallRecord>> {
        auto current = m_calls.current(m_gateName);
        if (!current && m_link->lostServer())
            return needsServer();
        return current;
    });
}

Result<int> GateDesk::waiting(Service service) {
    if (m_linkState.offline)
        return needsServer();
    return onDomain([&]() -> Result<int> {
        auto waiting = m_calls.waiting(service);
        if (!waiting && m_link->lostServer())
            return needsServer();
        return waiting;
    });
}

Result<void> GateDesk::useJournal(const QString &path) {
    return onDomain([&]() -> Result<void> {
        if (auto opened = m_link->openJournal(path); !opened)
            return opened;
        m_offlineGate = std::make_unique<OfflineGate>(*m_link->journal(), m_domain->facility().clock());
        return {};
    });
}

Result<int> GateDesk::refreshMirror() {
    return onDomain([&] {
        auto copied = m_link->refresh(&MirrorRefresh::refresh);
        return copied;
    });
}

Result<UploadReport> GateDesk::reconnect() {
    if (!m_linkState.offline)
        return UploadReport{};
    auto report = onDomain([&] {
        auto sent = m_link->reconnect(&MirrorRefresh::refresh);
        return sent;
    });
    if (!report || m_linkState.offline)
        return report;
    Q_EMIT offlineChanged(false);
    Q_EMIT changed();
    return report;
}

int GateDesk::waitingEntries() {
    return onDomain([&] { return m_link->waitingEntries(); });
}

void GateDesk::syncLink() {
    m_linkState = m_link->state();
    if (m_link->takeSwitchedOffline() && m_linkState.offline)
        Q_EMIT offlineChanged(true);
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
