// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/CallService.h"
#include "db/Facility.h"
#include "db/FacilityThread.h"
#include "db/GateService.h"
#include "db/UserStore.h"
#include "db/Visit.h"
#include "db/offline/JournalUpload.h"
#include "db/offline/OfflineGate.h"
#include "db/offline/StationJournal.h"
#include "db/offline/StationLink.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace besuk {

// The ticket in front of the guard: the scanned payload, or the visit found by hand (typed number, list).
struct GateTicket {
    QString payload; // empty when found by hand
    qint64 visitId = 0;
    [[nodiscard]] bool scanned() const { return !payload.isEmpty(); }
};

// One gate station's calls into the domain: the signed-in officer, the ticket being handled, calling numbers and
// the visiting room. The gate's screens show it and ask it; only this class talks to the domain services. Every
// call that reads or writes the database runs on the gate's domain thread (FacilityThread): the screen keeps
// painting, and the scanner's keys are kept, while it waits.
class GateDesk : public QObject {
    Q_OBJECT
public:
    GateDesk(Facility &facility, QString gateName, QObject *parent = nullptr);
    ~GateDesk() override;

    // For the profile, the rules and the clock; its database belongs to the screen's thread (use domain()).
    [[nodiscard]] Facility &facility() { return m_facility; }
    [[nodiscard]] FacilityThread &domain() { return *m_domain; }
    [[nodiscard]] const QString &gateName() const { return m_gateName; }

    // A guard (or anyone allowed to run a gate) signs in with a user name and PIN.
    Result<User> signIn(const QString &login, const QString &secret);
    void signOut();
    [[nodiscard]] const std::optional<User> &officer() const { return m_officer; }
    [[nodiscard]] bool signedIn() const { return m_officer.has_value(); }
    Result<bool> hasUsers();

    // The three ways a ticket arrives. Each makes it the current ticket and returns the verdict.
    Result<GateOutcome> scan(const QString &payload);
    Result<GateOutcome> findByQueueLabel(const QString &label);
    Result<GateOutcome> pick(qint64 visitId); // from today's list or the visiting room board
    // Forgets the current ticket (the guard is done with the group).
    void release();
    [[nodiscard]] const std::optional<GateTicket> &ticket() const { return m_ticket; }

    // On the current ticket, as the signed-in officer.
    Result<GateOutcome> inspect(InspectionRequest request);
    Result<GateOutcome> admit();
    Result<GateOutcome> checkOut();
    // The current group's items deposited at the entry inspection, to hand back at the exit.
    Result<QList<InspectionItem>> depositedItems(qint64 visitId);

    Result<QList<VisitRecord>> todaysTickets();
    Result<QList<VisitRecord>> insideNow();
    // The rules as read when the last ticket was taken up (staff may change them at the console meanwhile).
    [[nodiscard]] int visitMinutes() const { return m_facility.rules().visitMinutes; }
    [[nodiscard]] QStringList prohibitedItems() const { return m_facility.rules().prohibitedItems; }

    Result<CallRecord> callNext(Service service);
    Result<CallRecord> recall();
    Result<CallRecord> skip();
    Result<std::optional<CallRecord>> currentCall();
    Result<int> waiting(Service service);

    // Offline mode (stations sharing a PostgreSQL server): a journal beside the station's settings keeps a copy of
    // today's tickets while the server is there; when a call finds the server out of reach, the desk goes offline
    // and judges, admits and checks out from the copy, each act written to the journal before it is shown. Back
    // online, the journal is uploaded (JournalUpload: exactly once, conflicts kept as alerts).
    Result<void> useJournal(const QString &path);
    [[nodiscard]] bool hasJournal() const { return m_linkState.hasJournal; }
    [[nodiscard]] bool offline() const { return m_linkState.offline; }
    [[nodiscard]] QDateTime offlineSince() const { return m_linkState.offlineSince; }
    // Online: today's tickets into the journal's copy; the number of tickets copied.
    Result<int> refreshMirror();
    // Offline: one attempt to reach the server; on success the journal is uploaded and the desk is online again.
    Result<UploadReport> reconnect();
    // Journal entries not yet on the server.
    [[nodiscard]] int waitingEntries();

Q_SIGNALS:
    // Something this gate did changed the day's data (refresh the board).
    void changed();
    void officerChanged();
    void offlineChanged(bool offline);

private:
    Result<GateOutcome> keep(Result<GateOutcome> outcome, GateTicket ticket);
    // Runs `work` on the domain thread, then tells the screens when the link went offline meanwhile.
    template <typename Work> auto onDomain(Work &&work) {
        auto out = m_domain->call([&](Facility &) { return work(); });
        syncLink();
        return out;
    }
    void syncLink();
    // On the domain thread, online: the rules read again (when they cannot be, those read before stay).
    void rereadRules();
    // A ticket taken up by `find` (on the domain thread), with the rules read again first.
    Result<GateOutcome> takeUp(const std::function<Result<GateOutcome>()> &find, GateTicket ticket);
    // A ticket found by hand (a typed number, a pick from a list): only the server can find it.
    Result<GateOutcome> takeUpByHand(const std::function<Result<GateOutcome>()> &find);
    // A step on the current ticket: on the server while it is there, else (a scanned ticket only) from the journal.
    Result<GateOutcome> onTicket(const std::function<Result<GateOutcome>()> &online,
                                 const std::function<Result<GateOutcome>(const QString &payload)> &offline);
    // A call-number step: signed in, online, then `act` on the domain thread with the officer's name.
    Result<CallRecord> onCalls(const std::function<Result<CallRecord>(const QString &officer)> &act);
    [[nodiscard]] QString officerName() const;
    Error notSignedIn() const;
    Error noTicket() const;
    Error needsServer() const;
    Error scanWhileOffline() const;

    Facility &m_facility;
    QString m_gateName;
    std::optional<User> m_officer;
    std::optional<GateTicket> m_ticket;
    std::unique_ptr<FacilityThread> m_domain;
    // These live on the domain thread: used only inside onDomain().
    GateService m_gate;
    CallService m_calls;
    UserStore m_users;
    std::unique_ptr<StationLink> m_link;
    std::unique_ptr<OfflineGate> m_offlineGate;
    // The link's state as the screens see it, copied after each call.
    StationLink::State m_linkState;
};

} // namespace besuk
