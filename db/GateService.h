// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/BanStore.h"
#include "db/BookingService.h"
#include "db/Result.h"
#include "db/TicketCodec.h"
#include "db/Visit.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <array>
#include <functional>
#include <optional>
#include <utility>

namespace besuk {

class Database;
class Facility;

enum class Verdict {
    Valid,           // may be inspected and admitted
    AlreadyAdmitted, // inside since admittedAt: offer check-out
    CheckedOut,
    WrongDay,
    Cancelled,
    Refused,      // refused at the entry inspection
    Banned,       // a person in the group is banned (bans listed for the guard)
    Unknown,      // genuine signature, but no such ticket in this database
    Invalid,      // forged, damaged, another facility's, or not a ticket at all
    NotInspected, // admit asked before a cleared entry inspection
    Admitted,     // admit succeeded
    NotAdmitted,  // check-out asked for a group that is not inside
};

QString verdictKey(Verdict verdict); // "valid", "already_admitted", ...

// A booked ticket at the gate: the slot the family booked, and when the group arrived relative to it (the slot
// widened by the rules' arrival tolerance).
struct GateBooking {
    QString code; // stored form; BookingService::displayCode shows it
    QTime slotStart;
    QTime slotEnd;
    BookingService::Timing timing = BookingService::Timing::InSlot;

    [[nodiscard]] QString slot() const { return BookingService::slotLabel(slotStart, slotEnd); } // "09:00–10:00"
    [[nodiscard]] bool offSlot() const { return timing != BookingService::Timing::InSlot; }
};

QString timingKey(BookingService::Timing timing); // "in_slot", "early", "late"

struct GateOutcome {
    Verdict verdict = Verdict::Invalid;
    QString message; // for the guard, translated
    std::optional<VisitRecord> visit;
    QList<Ban> bans;                    // the bans in force for the group's members (reasons for staff eyes only)
    std::optional<GateBooking> booking; // set for a booked ticket (its QR from besuk-web)

    // True for the verdicts that let the guard go on: Valid, Admitted, and CheckedOut after a check-out.
    [[nodiscard]] bool positive() const;
};

enum class InspectionPhase { Entry, Exit };
enum class Disposition { Allowed, Deposited, Confiscated, Returned };
enum class InspectionOutcome { Cleared, Refused };

QString phaseKey(InspectionPhase phase);
std::optional<InspectionPhase> phaseFromKey(const QString &key);
QString dispositionKey(Disposition disposition);
std::optional<Disposition> dispositionFromKey(const QString &key);
QString outcomeKey(InspectionOutcome outcome);
std::optional<InspectionOutcome> outcomeFromKey(const QString &key);

struct InspectionItem {
    QString description;
    Disposition disposition = Disposition::Allowed;
    QString tag; // deposit tag or locker number; required for Deposited
};

struct InspectionRequest {
    InspectionPhase phase = InspectionPhase::Entry;
    QString officer;
    QList<InspectionItem> items;
    InspectionOutcome outcome = InspectionOutcome::Cleared;
    QString reason; // required when refused
    QString notes;
};

struct InspectionRecord {
    qint64 id = 0;
    qint64 visitId = 0;
    InspectionPhase phase = InspectionPhase::Entry;
    QString officer;
    QDateTime at;
    InspectionOutcome outcome = InspectionOutcome::Cleared;
    QString reason;
    QString notes;
    QList<InspectionItem> items;
};

// The guard's side: what a scanned ticket means now, the belongings inspection, admit and check-out.
// Errors (Result) are reserved for input and storage problems; a ticket that may not pass is a GateOutcome.
// A booked ticket (queue number 0, see BookingService) is checked in on its first scan: on its day, not cancelled and
// the day not closed, the group arrives (BookingService::arrive, idempotent) and from then on the ticket stands for
// that visit; the outcome carries the booking's slot and whether the group came early or late.
class GateService {
    Q_DECLARE_TR_FUNCTIONS(GateService)
public:
    static constexpr int MaxOfficerLength = 100;

    explicit GateService(Facility &facility) : m_facility(facility) {}

    // The verdict for a ticket as stored, shared with the offline gate (db/offline/OfflineGate): the same words for
    // the same state. `bansInForce` is asked only for a registered ticket of `today`.
    using BanLookup = std::function<Result<QList<Ban>>()>;
    static Result<GateOutcome> judge(const VisitRecord &visit, const QDate &today, const QTimeZone &zone,
                                     const BanLookup &bansInForce);
    // The outcomes that do not depend on the stored state alone, shared with the offline gate the same way.
    static GateOutcome invalidTicket();
    static GateOutcome mismatchedTicket();
    static GateOutcome admittedOutcome(const VisitRecord &admitted);
    static GateOutcome checkedOutOutcome(const VisitRecord &left);
    static GateOutcome notAdmittedOutcome(const VisitRecord &visit);
    static GateOutcome notInspectedOutcome(const VisitRecord &visit);
    // An inspection's fields checked and trimmed (officer, items, tags, reason, notes), shared with the offline gate.
    static Result<InspectionRequest> checkedInspection(const InspectionRequest &request);
    // Stores a checked inspection of `visit` done at `atMs` (a refused entry refuses a registered visit), with its
    // change notice and audit entry (`auditNote` added to the entry's detail), inside the caller's write.
    static Result<void> storeInspection(Database &db, const VisitRecord &visit, const InspectionRequest &checked,
                                        qint64 atMs, qint64 nowMs, const QString &auditNote = {});
    // What the guard reads once an inspection is recorded and cleared.
    static QString inspectedMessage(InspectionPhase phase);

    Result<GateOutcome> scan(const QString &payload);
    // For a guard typing today's queue number ("A-042") when a QR will not read.
    Result<GateOutcome> scanQueueLabel(const QString &label);
    // A ticket picked from a list (today's tickets, the visiting room board).
    Result<GateOutcome> scanVisit(qint64 visitId);

    // Entry inspection needs a Valid ticket; exit inspection needs a group inside. A refused entry inspection
    // refuses the visit. On success the outcome carries the visit as it is afterwards.
    Result<GateOutcome> inspect(const QString &payload, const InspectionRequest &request);
    // One atomic step: of any number of gates admitting one ticket at once, exactly one gets Admitted.
    Result<GateOutcome> admit(const QString &payload, const QString &officer);
    Result<GateOutcome> checkOut(const QString &payload, const QString &officer);

    // The same three steps for a ticket found by hand (typed queue number, picked from today's list): by visit id.
    Result<GateOutcome> inspectVisit(qint64 visitId, const InspectionRequest &request);
    Result<GateOutcome> admitVisit(qint64 visitId, const QString &officer);
    Result<GateOutcome> checkOutVisit(qint64 visitId, const QString &officer);

    Result<QList<InspectionRecord>> inspections(qint64 visitId);
    // The items the group deposited at its entry inspections, to hand back at the exit, in the order recorded.
    Result<QList<InspectionItem>> depositedItems(qint64 visitId);

    // A group admitted and not checked out by the end of its facility day has missed its check-out; it still
    // counts as inside on the next facility day (the visiting room board shows it) and no longer after that.
    static constexpr int MissedCheckOutDays = 1;
    // Today's tickets in queue order, in one read.
    Result<QList<VisitRecord>> todaysTickets();
    // The groups inside now: admitted today, and those that missed their check-out (oldest day first).
    Result<QList<VisitRecord>> insideNow();
    // Groups admitted on an earlier day (at most MissedCheckOutDays back) and never checked out.
    Result<QList<VisitRecord>> missedCheckOuts();

private:
    // Judges the ticket inside the caller's transaction: evaluate(claims) or evaluateVisit(id).
    using Judge = std::function<Result<GateOutcome>()>;
    using Step = std::function<Result<GateOutcome>(const Judge &)>;
    // A booked payload resolved before any transaction: the final verdict, or the visit the group arrived as.
    struct Booked {
        Booking booking;
        std::optional<GateOutcome> verdict;
        qint64 visitId = 0;
    };
    // Runs `step` with the judge for `payload`; a booked ticket arrives first and is judged as its visit.
    Result<GateOutcome> judgePayload(const QString &payload, const Step &step);
    // For genuine claims with queue number 0; the group arrives unless the booking may not pass.
    Result<Booked> resolveBooked(const TicketClaims &claims);
    void describeBooking(GateOutcome &outcome, const Booking &booking) const;
    Result<GateOutcome> inspectJudged(const Judge &judge, const InspectionRequest &request);
    Result<GateOutcome> admitJudged(const Judge &judge, const QString &officer);
    Result<GateOutcome> checkOutJudged(const Judge &judge, const QString &officer);

    // A scanned payload's claims, its signature checked. The signature check is most of a scan's CPU time, and a
    // gate scans a ticket, then inspects and admits it: the last few payloads found genuine are remembered with
    // their claims (the same characters, the same facility key: the same answer), so a ticket is verified once.
    [[nodiscard]] Result<TicketClaims> decode(const QString &payload) const;
    // Judges decoded claims against the database as it is now (inside the caller's transaction).
    Result<GateOutcome> evaluate(const Result<TicketClaims> &claims);
    Result<GateOutcome> evaluateVisit(qint64 visitId);
    // Groups admitted from `daysBack` days ago up to `lastDaysBack` days ago, oldest day first, in one read.
    Result<QList<VisitRecord>> admittedSince(int daysBack, int lastDaysBack);
    // Admit (Registered -> Admitted) or check out (Admitted -> CheckedOut); nullopt when the visit had already
    // moved (another gate won), else the visit afterwards.
    // Admit also needs the latest entry inspection cleared when `needsClearedInspection`.
    Result<std::optional<VisitRecord>> moveStatus(const VisitRecord &visit, VisitStatus to, const QString &officer,
                                                  qint64 nowMs, bool needsClearedInspection);

    Facility &m_facility;
    static constexpr int VerifiedKept = 8;
    mutable std::array<std::pair<QString, TicketClaims>, VerifiedKept> m_verified; // canonical payload -> claims
    mutable int m_nextVerified = 0;
};

} // namespace besuk
