// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/RegistrationService.h"
#include "db/Result.h"
#include "db/offline/StationJournal.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace besuk {

class Facility;

// The kiosk while the server cannot be reached: the same rules as RegistrationService (the same functions, asked
// with what the station's mirror and journal count), queue numbers and visit ids from the block reserved for this
// kiosk (QueueBlocks), the ticket signed with the facility's key as usual. Each registration is a journal entry,
// committed (synchronous=FULL) before the ticket is returned; JournalUpload stores it on the server later, where a
// rule only the server could see (another kiosk's registration for the same inmate, a ban added meanwhile) is
// flagged for staff.
//
// `facility` is the kiosk's own, opened while the server was there: its rules, time zone and key.
class OfflineKiosk {
    Q_DECLARE_TR_FUNCTIONS(OfflineKiosk)
public:
    OfflineKiosk(Facility &facility, StationJournal &journal) : m_facility(facility), m_journal(journal) {}

    Result<QList<Inmate>> searchInmates(const QString &text, int limit);
    // RegistrationService::checkInmate on the mirror.
    Result<void> checkInmate(const QString &inmateNumber, Service service);
    // A ban in force on any of `niks` (SeeOfficer, no reason), as mirrored.
    Result<void> checkBans(const QStringList &niks);
    Result<IssuedTicket> registerGroup(const RegistrationRequest &request);
    // Reserved numbers of `service` this kiosk has not given yet.
    Result<int> numbersLeft(Service service);

private:
    struct Counted {
        RuleCounts counts;
        QList<VisitSession> sessions; // today's, not yet over
        QList<int> sessionPeople;
    };
    Result<Counted> count(const QString &inmateNumber, const QStringList &niks, Service service);
    Result<std::optional<ReservedNumber>> nextNumber(Service service);
    Error noNumbersLeft() const;

    Facility &m_facility;
    StationJournal &m_journal;
};

} // namespace besuk
