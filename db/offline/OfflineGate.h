// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/GateService.h"
#include "db/Result.h"
#include "db/offline/StationJournal.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace besuk {

class Clock;

// The gate while the server cannot be reached: it checks the ticket's signature with the facility's public key from
// the mirror, looks the ticket up in the mirror with this station's journal applied, and gives GateService's
// verdicts in GateService's words (GateService::judge). Admit and check-out are journal entries, committed
// (synchronous=FULL) before the call returns; JournalUpload takes them to the server later.
//
// What it cannot know: tickets issued after the last refresh (Unknown), bans added since (the mirror's are used),
// and what other gates did meanwhile (a second admit becomes an alert when both upload).
class OfflineGate {
    Q_DECLARE_TR_FUNCTIONS(OfflineGate)
public:
    OfflineGate(StationJournal &journal, const Clock &clock) : m_journal(journal), m_clock(clock) {}

    Result<GateOutcome> scan(const QString &payload);
    Result<GateOutcome> admit(const QString &payload, const QString &officer);
    Result<GateOutcome> checkOut(const QString &payload, const QString &officer);
    // An entry or exit inspection, recorded in the journal (GateService's checks and verdicts): a cleared entry
    // lets the group be admitted, a refused one refuses the ticket here.
    Result<GateOutcome> inspect(const QString &payload, const InspectionRequest &request);
    // The items the group deposited at entry (on the server before the outage, or here since), to hand back.
    Result<QList<InspectionItem>> depositedItems(qint64 visitId);

private:
    struct Judged {
        GateOutcome outcome;
        bool entryCleared = false;
    };
    Result<Judged> judge(const QString &payload);
    Result<Judged> judgeTicket(const TicketClaims &claims, const MirrorProfile &profile);

    StationJournal &m_journal;
    const Clock &m_clock;
};

} // namespace besuk
