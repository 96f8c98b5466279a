// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Booking.h"
#include "db/Facility.h"
#include "db/FacilityThread.h"
#include "db/Nik.h"
#include "db/RegistrationService.h"
#include "db/Visit.h"
#include "db/offline/JournalUpload.h"
#include "db/offline/OfflineKiosk.h"
#include "db/offline/StationJournal.h"
#include "db/offline/StationLink.h"
#include "platform/printing/TicketPrinter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace besuk {

// One adult as entered at the kiosk, with what the NIK tells about them (countsAsChild(): younger than the rules'
// adult age, counted with the children).
using AdultDraft = GroupMember;

// What one visitor group has chosen so far, and the kiosk's calls into the domain. The screens show it and
// ask it; only this class talks to the domain services. Every call that reads or writes the database runs on the
// kiosk's domain thread (FacilityThread): the screen keeps painting while it waits.
class KioskFlow : public QObject {
    Q_OBJECT
public:
    KioskFlow(Facility &facility, QString station, QObject *parent = nullptr);
    ~KioskFlow() override;

    // For the profile, the rules and the clock; its database belongs to the screen's thread (use domain()).
    [[nodiscard]] Facility &facility() { return m_facility; }
    [[nodiscard]] FacilityThread &domain() { return *m_domain; }
    [[nodiscard]] const QString &station() const { return m_station; }

    // Forgets the whole group (idle timeout, a new visitor).
    void reset();

    void setService(Service service);
    [[nodiscard]] Service service() const { return m_service; }

    Result<QList<Inmate>> searchInmates(const QString &text, int limit);
    void setInmate(const Inmate &inmate);
    // Everything about this inmate and today that needs no group (the domain's RegistrationService::checkInmate),
    // asked as soon as the inmate is chosen: a refusal here comes before any typing.
    [[nodiscard]] Result<void> checkInmate(const Inmate &inmate);
    [[nodiscard]] const std::optional<Inmate> &inmate() const { return m_inmate; }

    // A NIK as typed, checked against today's date; age in whole years today.
    [[nodiscard]] Result<NikInfo> checkNik(const QString &text) const;
    [[nodiscard]] int ageToday(const NikInfo &nik) const;
    // Younger than the rules' adult age: counted with the children.
    [[nodiscard]] bool countsAsChild(const NikInfo &nik) const;
    // Checks one more adult against the NIK and name rules, the others entered and the group limits (the domain's
    // RegistrationService::checkJoin).
    [[nodiscard]] Result<AdultDraft> checkAdult(const QString &nik, const QString &name);
    // The same checks the moment the NIK is complete, before the name: structure, age, not entered twice, the
    // group limits, bans (RegistrationService::checkNik).
    [[nodiscard]] Result<AdultDraft> checkCompleteNik(const QString &nik);
    Result<AdultDraft> addAdult(const QString &nik, const QString &name);
    void removeAdult(int index);
    [[nodiscard]] const QList<AdultDraft> &adults() const { return m_adults; }

    [[nodiscard]] int maxAdults() const;
    [[nodiscard]] int maxGroupSize() const;
    [[nodiscard]] int adultAge() const;
    // Children without a NIK that still fit in the group.
    [[nodiscard]] int maxChildren() const;
    void setChildren(int children);
    [[nodiscard]] int children() const { return m_children; }

    // The group as the domain will count it: adults under the adult age are children.
    [[nodiscard]] GroupCount count() const { return GroupCount::of(m_adults, m_children); }
    [[nodiscard]] int men() const { return count().men; }
    [[nodiscard]] int women() const { return count().women; }
    [[nodiscard]] int childrenTotal() const { return count().children; }

    // Registers the group. On success the ticket is kept until reset().
    Result<IssuedTicket> submit();
    [[nodiscard]] const std::optional<IssuedTicket> &ticket() const { return m_ticket; }

    // A group that booked online: its booking, found by the code typed (any case, with or without the dash) or by
    // what the scanner read (the booked ticket's QR, or a code), and checked for arrival today. Kept until reset()
    // when found and usable; a refusal (unknown code, cancelled, another day, closed day) keeps nothing.
    Result<Booking> findBooking(const QString &typedCode);
    Result<Booking> findScannedBooking(const QString &scanned);
    [[nodiscard]] const std::optional<Booking> &booking() const { return m_booking; }
    // The booked group arrives: its queue ticket, kept until reset(). A booking that had arrived before gives the
    // same ticket again (the domain's arrival is idempotent).
    Result<IssuedTicket> confirmBooking();

    // What the scanner read on the welcome screen: a booking (its QR or code) or an earlier day's queue ticket.
    enum class Scanned { Booking, Repeat };
    // Finds the booking (findScannedBooking) or the repeat visit (findRepeat), by what the payload says it is.
    Result<Scanned> findScanned(const QString &scanned);
    // An earlier day's queue ticket shown again: the same inmate and visitors for today, checked early (the inmate
    // and today, bans). Kept until reset() when usable, with its service, inmate and children without a NIK as the
    // starting count; a refusal keeps nothing.
    Result<RepeatVisit> findRepeat(const QString &scanned);
    [[nodiscard]] const std::optional<RepeatVisit> &repeat() const { return m_repeat; }
    // Today's ticket for the repeat visit, with the children count set meanwhile. Every rule checked again.
    Result<IssuedTicket> confirmRepeat();

    // Prints the current ticket; a failure is logged for staff and returned for the visitor's screen.
    Result<void> printTicket(const PrinterChoice &choice);

    // Offline mode (stations sharing a PostgreSQL server): a journal beside the station's settings keeps a copy of
    // the roster, the bans and the day's counts, and a block of queue numbers reserved for this kiosk, while the
    // server is there. When a call finds the server out of reach, the flow goes offline and registers from the
    // copy (OfflineKiosk), each registration written to the journal before its ticket is shown; bookings and repeat
    // visits need the server. Back online, the journal is uploaded (JournalUpload: exactly once).
    Result<void> useJournal(const QString &path);
    [[nodiscard]] bool hasJournal() const { return m_linkState.hasJournal; }
    [[nodiscard]] bool offline() const { return m_linkState.offline; }
    [[nodiscard]] QDateTime offlineSince() const { return m_linkState.offlineSince; }
    // Online: sends what the journal still holds, tops up the reserved numbers and copies what offline mode needs.
    Result<int> refreshMirror();
    // Offline: tries the server again; when it answers, uploads the journal and goes online.
    Result<UploadReport> reconnect();
    [[nodiscard]] int waitingEntries();
    // Offline: the reserved numbers of the chosen service not given yet.
    [[nodiscard]] int numbersLeft();

Q_SIGNALS:
    void changed();
    void offlineChanged(bool offline);

private:
    Facility &m_facility;
    QString m_station;
    Service m_service = Service::Visit;
    std::optional<Inmate> m_inmate;
    QList<AdultDraft> m_adults;
    int m_children = 0;
    std::optional<IssuedTicket> m_ticket;
    std::optional<Booking> m_booking;
    std::optional<RepeatVisit> m_repeat;

    Result<Booking> keepIfUsable(Result<Booking> found);
    // Runs `work` on the domain thread, then tells the screens when the link went offline meanwhile.
    template <typename Work> auto onDomain(Work &&work) {
        auto out = m_domain->call(std::forward<Work>(work));
        syncLink();
        return out;
    }
    void syncLink();
    // The rules as this kiosk can ask them now: bans from the mirror while offline.
    [[nodiscard]] RegistrationService rules() const;
    [[nodiscard]] Error needsServer() const;

    std::unique_ptr<FacilityThread> m_domain;
    // These live on the domain thread: used only inside onDomain().
    std::unique_ptr<StationLink> m_link;
    std::unique_ptr<OfflineKiosk> m_offlineKiosk;
    // The link's state as the screens see it, copied after each call.
    StationLink::State m_linkState;
};

} // namespace besuk
