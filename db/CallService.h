// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Result.h"
#include "db/Visit.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace besuk {

class Facility;

enum class CallKind {
    Call,   // a number called for the first time (in turn by callNext, or out of turn by recallNumber)
    Recall, // a number called again
    Skip,   // a no-show: the number is passed over until it is recalled
};

QString callKindKey(CallKind kind); // "call" / "recall" / "skip"
std::optional<CallKind> callKindFromKey(const QString &key);

// One call of a queue number by a gate, as the display and the gate screen show it.
struct CallRecord {
    qint64 id = 0;
    qint64 visitId = 0;
    QDate date; // the facility day
    Service service = Service::Visit;
    int queueNumber = 0;
    QString gate;
    CallKind kind = CallKind::Call;
    QString officer;
    QDateTime at; // UTC

    [[nodiscard]] QString queueLabel() const { return besuk::queueLabel(service, queueNumber); }
};

// The lobby board's reading of the calls: the number now serving and the ones called before it.
struct Serving {
    std::optional<CallRecord> current; // nullopt before the first call of the day
    QList<CallRecord> recent;          // newest first, each number once
};

// What the lobby's "now serving" board needs, read in one snapshot.
struct CallBoard {
    QList<CallRecord> recent; // today's calls, recalls and skips, newest first
    int waitingVisits = 0;    // queue A
    int waitingDeposits = 0;  // queue B

    [[nodiscard]] int waitingFor(Service service) const {
        return service == Service::Visit ? waitingVisits : waitingDeposits;
    }
    // A number's latest action counts and a skip takes it off the board: the newest open call is now serving,
    // the open calls before it (at most `recentCount`) are listed.
    [[nodiscard]] Serving serving(int recentCount) const;
};

// Calling today's queue numbers to the gates.
//
// A ticket is waiting while it is registered (not admitted, refused or cancelled) and has never been called or
// skipped. callNext calls the lowest waiting number of a service; of any number of gates calling at once each gets
// a different number. A skipped (no-show) number is never called by callNext again: recallNumber brings a late
// visitor back. Only registered tickets are called, recalled or skipped (Conflict otherwise).
// Every call, recall and skip is one write transaction with its `changes` row ("queue.call", "queue.recall",
// "queue.skip"; subject the queue label) and its audit entry.
class CallService {
    Q_DECLARE_TR_FUNCTIONS(CallService)
public:
    static constexpr int MaxGateLength = 60;
    static constexpr int MaxRecent = 100;

    explicit CallService(Facility &facility) : m_facility(facility) {}

    // NotFound "No one is waiting." when no ticket of the service waits.
    Result<CallRecord> callNext(Service service, const QString &gate, const QString &officer);
    // Repeats the gate's current number (its latest call or recall today). NotFound when the gate has none:
    // nothing called yet today, or its latest action was a skip.
    Result<CallRecord> recall(const QString &gate, const QString &officer);
    // Calls today's ticket `label` ("A-042") to this gate: again (Recall), or out of turn if never called (Call).
    Result<CallRecord> recallNumber(const QString &label, const QString &gate, const QString &officer);
    // Marks the gate's current number as a no-show (NotFound when the gate has none).
    Result<CallRecord> skip(const QString &gate, const QString &officer);
    // Marks today's ticket `label` as a no-show, called or not; Conflict if it is skipped already.
    Result<CallRecord> skipNumber(const QString &label, const QString &gate, const QString &officer);

    // The gate's current number: its latest call or recall today, unless it skipped since.
    Result<std::optional<CallRecord>> current(const QString &gate);
    // Today's latest calls, recalls and skips of every gate, newest first; 1 <= limit <= MaxRecent.
    Result<QList<CallRecord>> nowServing(int limit);
    // How many of today's tickets of the service are waiting to be called.
    Result<int> waiting(Service service);
    Result<CallBoard> board(int limit);
    // Whether a change of this kind (ChangeFeed) can change the board: calls, and the registrations, admits,
    // refusals and cancellations that change the waiting counts.
    static bool changesBoard(const QString &changeKind);

private:
    struct Target {
        qint64 visitId = 0;
        QDate date;
        Service service = Service::Visit;
        int queueNumber = 0;
        VisitStatus status = VisitStatus::Registered;

        [[nodiscard]] QString queueLabel() const { return besuk::queueLabel(service, queueNumber); }
    };

    // Who calls, and when: the validated names, the clock's now and the facility day, fixed for one action.
    struct GateAction {
        QString gate;
        QString officer;
        qint64 nowMs = 0;
        QDate today;
    };
    // Validates the names, then runs `work` in one write transaction.
    template <typename Work> Result<CallRecord> atGate(const QString &gate, const QString &officer, Work &&work);
    // Inside a write transaction: the row, its change and its audit entry. nullopt when a Call lost to another
    // gate's first call of the same ticket (which that gate has committed by then).
    Result<std::optional<CallRecord>> record(CallKind kind, const Target &target, const QString &gate,
                                             const QString &officer, qint64 nowMs);
    Result<CallRecord> skipTarget(const Target &target, const QString &gate, const QString &officer, qint64 nowMs);
    Result<std::optional<CallRecord>> currentOf(const QString &gate, const QDate &date);
    Result<Target> targetOf(const CallRecord &call);
    Result<Target> targetByLabel(const QString &label, const QDate &date);
    Result<std::optional<CallKind>> lastKindOf(qint64 visitId);
    Result<QList<CallRecord>> recentCalls(int limit, const QDate &date);
    Result<int> waitingCount(Service service, const QDate &date);

    Facility &m_facility;
};

} // namespace besuk
