// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/offline/OfflineGate.h"

#include "db/Clock.h"
#include "db/TicketCodec.h"
#include "db/Validation.h"

namespace besuk {

namespace {

GateOutcome unknown(const QString &message) {
    return GateOutcome{Verdict::Unknown, message, std::nullopt, {}, std::nullopt};
}

} // namespace

Result<OfflineGate::Judged> OfflineGate::judge(const QString &payload) {
    auto profile = m_journal.profile();
    if (!profile)
        return profile.error();
    if (!*profile)
        return makeError(ErrorCode::NotInitialised,
                         tr("This station has no copy of today's tickets yet: it needs the server once."));
    const auto claims = TicketCodec::decode(TicketCodec::fromScanned(payload), (*profile)->publicKey, (*profile)->code);
    if (!claims)
        return Judged{GateService::invalidTicket(), false};
    return judgeTicket(*claims, **profile);
}

Result<OfflineGate::Judged> OfflineGate::judgeTicket(const TicketClaims &claims, const MirrorProfile &profile) {
    const bool booked = claims.queueNumber == 0; // a booked ticket carries its booking's id
    auto found = booked ? m_journal.ticketOfBooking(claims.ticketId) : m_journal.ticket(claims.ticketId);
    if (!found)
        return found.error();
    if (!*found && booked)
        return Judged{unknown(tr("A booked ticket whose group has not arrived yet needs the server. Check the "
                                 "group by hand.")),
                      false};
    if (!*found)
        return Judged{unknown(tr("This ticket is not in this station's copy of today's tickets. Check the group "
                                 "by hand.")),
                      false};
    const MirrorTicket &ticket = **found;
    const VisitRecord &visit = ticket.visit;
    if (!booked && (visit.date != claims.date || visit.queueNumber != claims.queueNumber ||
                    queueLetter(visit.service) != claims.service))
        return Judged{GateService::mismatchedTicket(), false};

    const QDateTime now = m_clock.now();
    const QTimeZone zone(profile.timeZoneId.toUtf8());
    auto judged = GateService::judge(visit, now.toTimeZone(zone).date(), zone, [&]() -> Result<QList<Ban>> {
        QList<Ban> inForce;
        for (const Ban &ban : ticket.bans)
            if (!ban.expiresAt.isValid() || ban.expiresAt > now)
                inForce.append(ban);
        return inForce;
    });
    if (!judged)
        return judged.error();
    GateOutcome outcome = std::move(judged).value();
    if (!ticket.issuedOfflineBy.isEmpty() && outcome.verdict == Verdict::Valid)
        outcome.message = tr("Registered at %1 while the server could not be reached: the inmate and the group are "
                             "printed on the ticket. Check them by hand.")
                              .arg(ticket.issuedOfflineBy);
    return Judged{std::move(outcome), ticket.entryCleared};
}

Result<GateOutcome> OfflineGate::scan(const QString &payload) {
    auto judged = judge(payload);
    if (!judged)
        return judged.error();
    return judged->outcome;
}

Result<GateOutcome> OfflineGate::admit(const QString &payload, const QString &officer) {
    auto name = Validation::requiredText(officer, GateService::MaxOfficerLength, GateService::tr("Officer"));
    if (!name)
        return name.error();
    auto profile = m_journal.profile();
    if (!profile)
        return profile.error();
    const bool needsInspection = !*profile || (*profile)->requireClearedInspection;
    return m_journal.database().write([&]() -> Result<GateOutcome> {
        auto judged = judge(payload);
        if (!judged)
            return judged.error();
        if (judged->outcome.verdict != Verdict::Valid)
            return judged->outcome;
        VisitRecord visit = *judged->outcome.visit;
        if (needsInspection && !judged->entryCleared)
            return GateService::notInspectedOutcome(visit);
        const QDateTime now = m_clock.now();
        if (auto entry = m_journal.append(JournalKind::Admit, visit, *name, now); !entry)
            return entry.error();
        visit.status = VisitStatus::Admitted;
        visit.admittedAt = now;
        visit.admittedBy = *name;
        return GateService::admittedOutcome(visit);
    });
}

Result<GateOutcome> OfflineGate::checkOut(const QString &payload, const QString &officer) {
    auto name = Validation::requiredText(officer, GateService::MaxOfficerLength, GateService::tr("Officer"));
    if (!name)
        return name.error();
    return m_journal.database().write([&]() -> Result<GateOutcome> {
        auto judged = judge(payload);
        if (!judged)
            return judged.error();
        if (judged->outcome.verdict == Verdict::Valid)
            return GateService::notAdmittedOutcome(*judged->outcome.visit);
        if (judged->outcome.verdict != Verdict::AlreadyAdmitted)
            return judged->outcome;
        VisitRecord visit = *judged->outcome.visit;
        const QDateTime now = m_clock.now();
        if (auto entry = m_journal.append(JournalKind::CheckOut, visit, *name, now); !entry)
            return entry.error();
        visit.status = VisitStatus::CheckedOut;
        visit.checkedOutAt = now;
        visit.checkedOutBy = *name;
        return GateService::checkedOutOutcome(visit);
    });
}

Result<GateOutcome> OfflineGate::inspect(const QString &payload, const InspectionRequest &request) {
    auto checked = GateService::checkedInspection(request);
    if (!checked)
        return checked.error();
    return m_journal.database().write([&]() -> Result<GateOutcome> {
        auto judged = judge(payload);
        if (!judged)
            return judged.error();
        GateOutcome outcome = judged->outcome;
        const Verdict needed = checked->phase == InspectionPhase::Entry ? Verdict::Valid : Verdict::AlreadyAdmitted;
        if (outcome.verdict != needed) {
            if (checked->phase == InspectionPhase::Exit && outcome.verdict == Verdict::Valid)
                return GateService::notAdmittedOutcome(*outcome.visit);
            return outcome;
        }
        if (auto entry = m_journal.appendInspection(*outcome.visit, *checked, m_clock.now()); !entry)
            return entry.error();
        auto after = judge(payload);
        if (!after)
            return after.error();
        if (checked->outcome == InspectionOutcome::Cleared)
            after->outcome.message = GateService::inspectedMessage(checked->phase);
        return after->outcome;
    });
}

Result<QList<InspectionItem>> OfflineGate::depositedItems(qint64 visitId) {
    auto ticket = m_journal.ticket(visitId);
    if (!ticket)
        return ticket.error();
    if (!*ticket)
        return QList<InspectionItem>();
    return (*ticket)->deposited;
}

} // namespace besuk
