// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/GateService.h"

#include "db/AuditLog.h"
#include "db/EnumKeys.h"
#include "db/Facility.h"
#include "db/MessageLocale.h"
#include "db/TicketCodec.h"
#include "db/Validation.h"

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

const KeyTable<Verdict, 12> VerdictKeys{{
    {Verdict::Valid, u"valid"_s},
    {Verdict::AlreadyAdmitted, u"already_admitted"_s},
    {Verdict::CheckedOut, u"checked_out"_s},
    {Verdict::WrongDay, u"wrong_day"_s},
    {Verdict::Cancelled, u"cancelled"_s},
    {Verdict::Refused, u"refused"_s},
    {Verdict::Banned, u"banned"_s},
    {Verdict::Unknown, u"unknown"_s},
    {Verdict::Invalid, u"invalid"_s},
    {Verdict::NotInspected, u"not_inspected"_s},
    {Verdict::Admitted, u"admitted"_s},
    {Verdict::NotAdmitted, u"not_admitted"_s},
}};
const KeyTable<BookingService::Timing, 3> TimingKeys{{{BookingService::Timing::InSlot, u"in_slot"_s},
                                                      {BookingService::Timing::Early, u"early"_s},
                                                      {BookingService::Timing::Late, u"late"_s}}};
const KeyTable<InspectionPhase, 2> PhaseKeys{
    {{InspectionPhase::Entry, u"entry"_s}, {InspectionPhase::Exit, u"exit"_s}}};
const KeyTable<Disposition, 4> DispositionKeys{{{Disposition::Allowed, u"allowed"_s},
                                                {Disposition::Deposited, u"deposited"_s},
                                                {Disposition::Confiscated, u"confiscated"_s},
                                                {Disposition::Returned, u"returned"_s}}};
const KeyTable<InspectionOutcome, 2> OutcomeKeys{
    {{InspectionOutcome::Cleared, u"cleared"_s}, {InspectionOutcome::Refused, u"refused"_s}}};

GateOutcome outcome(Verdict verdict, QString message, std::optional<VisitRecord> visit = std::nullopt) {
    return GateOutcome{verdict, std::move(message), std::move(visit), {}, std::nullopt};
}

} // namespace

QString verdictKey(Verdict verdict) {
    return toKey(verdict, VerdictKeys);
}
QString timingKey(BookingService::Timing timing) {
    return toKey(timing, TimingKeys);
}
QString phaseKey(InspectionPhase phase) {
    return toKey(phase, PhaseKeys);
}
std::optional<InspectionPhase> phaseFromKey(const QString &key) {
    return fromKey(key, PhaseKeys);
}
QString dispositionKey(Disposition disposition) {
    return toKey(disposition, DispositionKeys);
}
std::optional<Disposition> dispositionFromKey(const QString &key) {
    return fromKey(key, DispositionKeys);
}
QString outcomeKey(InspectionOutcome value) {
    return toKey(value, OutcomeKeys);
}
std::optional<InspectionOutcome> outcomeFromKey(const QString &key) {
    return fromKey(key, OutcomeKeys);
}

bool GateOutcome::positive() const {
    return verdict == Verdict::Valid || verdict == Verdict::Admitted || verdict == Verdict::CheckedOut;
}

Result<TicketClaims> GateService::decode(const QString &payload) const {
    const QString canonical = TicketCodec::fromScanned(payload);
    for (const auto &[known, claims] : m_verified)
        if (!known.isEmpty() && known == canonical)
            return claims;
    auto claims = TicketCodec::decode(canonical, m_facility.profile().publicKey, m_facility.profile().code);
    if (claims) {
        m_verified[std::size_t(m_nextVerified)] = {canonical, *claims};
        m_nextVerified = (m_nextVerified + 1) % VerifiedKept;
    }
    return claims;
}

Result<GateOutcome> GateService::evaluate(const Result<TicketClaims> &claims) {
    if (!claims)
        return invalidTicket();
    if (claims->queueNumber == 0) // a booked ticket: judgePayload() resolves it to its visit first
        return mismatchedTicket();
    auto result = evaluateVisit(claims->ticketId);
    if (!result)
        return result;
    const auto &visit = result->visit;
    if (visit && (visit->date != claims->date || visit->queueNumber != claims->queueNumber ||
                  queueLetter(visit->service) != claims->service))
        return mismatchedTicket();
    return result;
}

Result<GateOutcome> GateService::evaluateVisit(qint64 visitId) {
    Database &db = m_facility.database();
    const QDateTime now = m_facility.now();
    // How many bans are in force comes with the visit; which ones is read only when there are some.
    QVariant bansInForce;
    auto loaded =
        VisitRepository::load(db, visitId, BanStore::countInForceForVisitSql(), {now.toMSecsSinceEpoch()}, bansInForce);
    if (!loaded) {
        if (loaded.error().code == ErrorCode::NotFound)
            return outcome(Verdict::Unknown, tr("This ticket is not in the database. Check the group by hand."));
        return loaded.error();
    }
    return judge(*loaded, m_facility.today(), m_facility.profile().timeZone, [&]() -> Result<QList<Ban>> {
        if (bansInForce.toInt() == 0)
            return QList<Ban>();
        return BanStore::inForceForVisit(db, visitId, now);
    });
}

Result<GateOutcome> GateService::judge(const VisitRecord &visit, const QDate &today, const QTimeZone &zone,
                                       const BanLookup &bansInForce) {
    const auto time = [&zone](const QDateTime &moment) { return moment.toTimeZone(zone).toString(u"HH:mm"_s); };
    switch (visit.status) {
    case VisitStatus::Cancelled:
        return outcome(Verdict::Cancelled, tr("This ticket was cancelled: %1").arg(visit.cancelReason), visit);
    case VisitStatus::Refused:
        return outcome(Verdict::Refused,
                       tr("Entry was refused at %1: %2").arg(time(visit.refusedAt), visit.refusedReason), visit);
    case VisitStatus::CheckedOut:
        return outcome(Verdict::CheckedOut, tr("This group already left at %1.").arg(time(visit.checkedOutAt)), visit);
    case VisitStatus::Admitted:
        return outcome(Verdict::AlreadyAdmitted,
                       tr("Already admitted at %1 by %2.").arg(time(visit.admittedAt), visit.admittedBy), visit);
    case VisitStatus::Registered:
        break;
    }
    if (visit.date != today)
        return outcome(Verdict::WrongDay, tr("This ticket is for %1, not today.").arg(messageDate(visit.date)), visit);

    auto bans = bansInForce();
    if (!bans)
        return bans.error();
    if (!bans->isEmpty()) {
        GateOutcome banned = outcome(
            Verdict::Banned, tr("A person in this group is banned from visiting. Call the duty officer."), visit);
        banned.bans = *bans;
        return banned;
    }
    return outcome(Verdict::Valid, tr("Valid ticket. Check each adult's identity card."), visit);
}

GateOutcome GateService::invalidTicket() {
    return outcome(Verdict::Invalid, tr("Not a valid ticket: forged, damaged or from another facility."));
}

GateOutcome GateService::mismatchedTicket() {
    return outcome(Verdict::Unknown, tr("This ticket does not match the database. Check the group by hand."));
}

GateOutcome GateService::admittedOutcome(const VisitRecord &admitted) {
    return outcome(Verdict::Admitted, tr("Admitted. %n person(s) may enter.", nullptr, admitted.people()), admitted);
}

GateOutcome GateService::checkedOutOutcome(const VisitRecord &left) {
    const qint64 minutes = left.admittedAt.secsTo(left.checkedOutAt) / 60;
    return outcome(Verdict::CheckedOut, tr("Checked out after %n minute(s).", nullptr, int(minutes)), left);
}

GateOutcome GateService::notAdmittedOutcome(const VisitRecord &visit) {
    return outcome(Verdict::NotAdmitted, tr("This group has not been admitted."), visit);
}

GateOutcome GateService::notInspectedOutcome(const VisitRecord &visit) {
    return outcome(Verdict::NotInspected, tr("Inspect the group's belongings before admitting."), visit);
}

Result<GateService::Booked> GateService::resolveBooked(const TicketClaims &claims) {
    BookingService bookings(m_facility);
    auto loaded = bookings.load(claims.ticketId);
    if (!loaded) {
        if (loaded.error().code != ErrorCode::NotFound)
            return loaded.error();
        return Booked{
            {}, outcome(Verdict::Unknown, tr("This booking is not in the database. Check the group by hand.")), 0};
    }
    Booked booked{std::move(loaded).value(), std::nullopt, 0};
    const Booking &booking = booked.booking;
    const auto verdict = [&](Verdict kind, const QString &message) {
        booked.verdict = outcome(kind, message);
        describeBooking(*booked.verdict, booking);
        return booked;
    };
    if (booking.date != claims.date || queueLetter(booking.service) != claims.service) // changed since it was shown
        return verdict(Verdict::Unknown, tr("This ticket does not match the booking any more: it was changed. Ask for "
                                            "the booking code and check it at the kiosk."));
    if (booking.status == BookingStatus::Cancelled)
        return verdict(Verdict::Cancelled, tr("This booking was cancelled."));
    if (booking.status == BookingStatus::Arrived) {
        booked.visitId = booking.visitId;
        return booked;
    }
    if (booking.date != m_facility.today())
        return verdict(Verdict::WrongDay, tr("This booking is for %1, not today.").arg(messageDate(booking.date)));
    auto arrived = bookings.arrive(booking.id, u"gate"_s);
    if (!arrived) {
        switch (arrived.error().code) {
        case ErrorCode::SeeOfficer:
            return verdict(Verdict::Banned,
                           tr("A person in this group is banned from visiting. Call the duty officer."));
        case ErrorCode::RuleRefused: // a closed day (with its reason), a rule of the day
        case ErrorCode::Conflict:
        case ErrorCode::InvalidInput:
            return verdict(Verdict::Refused, arrived.error().message);
        default:
            return arrived.error();
        }
    }
    booked.visitId = arrived->visit.id;
    return booked;
}

void GateService::describeBooking(GateOutcome &judged, const Booking &booking) const {
    GateBooking slot{booking.code, booking.slotStart, booking.slotEnd, BookingService::Timing::InSlot};
    if (judged.visit) // when the group arrived (kiosk or gate), not when it is scanned again
        slot.timing = BookingService(m_facility).timingOf(booking, judged.visit->registeredAt);
    if (judged.verdict == Verdict::Valid) {
        QString line = tr("Booked %1.").arg(slot.slot());
        if (slot.timing == BookingService::Timing::Early)
            line = tr("Early: booked %1.").arg(slot.slot());
        else if (slot.timing == BookingService::Timing::Late)
            line = tr("Late: booked %1.").arg(slot.slot());
        judged.message = line + u' ' + judged.message;
    }
    judged.booking = slot;
}

Result<GateOutcome> GateService::judgePayload(const QString &payload, const Step &step) {
    const Result<TicketClaims> claims = decode(payload); // once: the signature check is the costly part
    if (!claims || claims->queueNumber != 0)
        return step([&] { return evaluate(claims); });
    auto booked = resolveBooked(*claims);
    if (!booked)
        return booked.error();
    if (booked->verdict)
        return *booked->verdict;
    const qint64 visitId = booked->visitId;
    auto judged = step([this, visitId] { return evaluateVisit(visitId); });
    if (judged)
        describeBooking(judged.value(), booked->booking);
    return judged;
}

// A scan's verdict is one statement (the visit with how many bans are in force; the bans themselves only when there
// are some): read without a transaction. Admitting judges again inside its write.
Result<GateOutcome> GateService::scan(const QString &payload) {
    return judgePayload(payload, [this](const Judge &judge) { return m_facility.database().readCommitted(judge); });
}

Result<GateOutcome> GateService::scanQueueLabel(const QString &label) {
    return m_facility.database().readCommitted([&]() -> Result<GateOutcome> {
        auto visit = VisitRepository::findByQueueLabel(m_facility.database(), m_facility.today(), label);
        if (!visit)
            return visit.error();
        return evaluateVisit(visit->id);
    });
}

Result<GateOutcome> GateService::scanVisit(qint64 visitId) {
    return m_facility.database().readCommitted([&] { return evaluateVisit(visitId); });
}

Result<GateOutcome> GateService::inspect(const QString &payload, const InspectionRequest &request) {
    return judgePayload(payload, [&](const Judge &judge) { return inspectJudged(judge, request); });
}

Result<GateOutcome> GateService::inspectVisit(qint64 visitId, const InspectionRequest &request) {
    return inspectJudged([&] { return evaluateVisit(visitId); }, request);
}

Result<GateOutcome> GateService::admit(const QString &payload, const QString &officer) {
    return judgePayload(payload, [&](const Judge &judge) { return admitJudged(judge, officer); });
}

Result<GateOutcome> GateService::admitVisit(qint64 visitId, const QString &officer) {
    return admitJudged([&] { return evaluateVisit(visitId); }, officer);
}

Result<GateOutcome> GateService::checkOut(const QString &payload, const QString &officer) {
    return judgePayload(payload, [&](const Judge &judge) { return checkOutJudged(judge, officer); });
}

Result<GateOutcome> GateService::checkOutVisit(qint64 visitId, const QString &officer) {
    return checkOutJudged([&] { return evaluateVisit(visitId); }, officer);
}

Result<InspectionRequest> GateService::checkedInspection(const InspectionRequest &request) {
    auto officer = Validation::requiredText(request.officer, MaxOfficerLength, tr("Officer"));
    if (!officer)
        return officer.error();
    InspectionRequest checked{request.phase, *officer, {}, request.outcome, {}, {}};
    for (const InspectionItem &item : request.items) {
        auto description = Validation::freeText(item.description, 200, tr("Item"));
        if (!description)
            return description.error();
        if (description->isEmpty())
            return makeError(ErrorCode::InvalidInput, tr("Every item needs a description."));
        auto tag = Validation::freeText(item.tag, 40, tr("Tag"));
        if (!tag)
            return tag.error();
        if (item.disposition == Disposition::Deposited && tag->isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             tr("The deposited item \"%1\" needs a tag or locker number.").arg(*description));
        checked.items.append(InspectionItem{*description, item.disposition, *tag});
    }
    auto reason = Validation::freeText(request.reason, 500, tr("Reason"));
    if (!reason)
        return reason.error();
    if (request.outcome == InspectionOutcome::Refused && reason->isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Please give the reason for refusing entry."));
    auto notes = Validation::freeText(request.notes, 1000, tr("Notes"));
    if (!notes)
        return notes.error();
    checked.reason = *reason;
    checked.notes = *notes;
    return checked;
}

Result<void> GateService::storeInspection(Database &db, const VisitRecord &visit, const InspectionRequest &checked,
                                          qint64 atMs, qint64 nowMs, const QString &auditNote) {
    SqlQuery insert(db, u"INSERT INTO inspections (visit_id, phase, officer, at, outcome, reason, notes) "
                        u"VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    insert.bind(visit.id).bind(phaseKey(checked.phase)).bind(checked.officer).bind(atMs);
    insert.bind(outcomeKey(checked.outcome)).bind(checked.reason).bind(checked.notes);
    auto inspectionId = insert.scalar();
    if (!inspectionId)
        return inspectionId.error();
    for (qsizetype i = 0; i < checked.items.size(); ++i) {
        SqlQuery item(db, u"INSERT INTO inspection_items (inspection_id, position, description, disposition, tag) "
                          u"VALUES (?, ?, ?, ?, ?)"_s);
        item.bind(*inspectionId).bind(int(i)).bind(checked.items[i].description);
        item.bind(dispositionKey(checked.items[i].disposition)).bind(checked.items[i].tag);
        if (auto done = item.exec(); !done)
            return done;
    }
    if (checked.phase == InspectionPhase::Entry && checked.outcome == InspectionOutcome::Refused) {
        SqlQuery refuse(db, u"UPDATE visits SET status = 'refused', refused_at = ?, refused_reason = ? "
                            u"WHERE id = ? AND status = 'registered'"_s);
        refuse.bind(atMs).bind(checked.reason).bind(visit.id);
        if (auto done = refuse.exec(); !done)
            return done;
    }
    if (auto noted = db.recordChange(nowMs, u"visit.inspect"_s, visit.queueLabel()); !noted)
        return noted;
    QString detail =
        u"visit=%1 outcome=%2 items=%3"_s.arg(visit.id).arg(outcomeKey(checked.outcome)).arg(checked.items.size());
    if (!auditNote.isEmpty())
        detail += u" "_s + auditNote;
    if (auto logged = AuditLog::append(db, nowMs, checked.officer, u"visit.inspect."_s + phaseKey(checked.phase),
                                       visit.queueLabel(), detail);
        !logged)
        return logged.error();
    return {};
}

QString GateService::inspectedMessage(InspectionPhase phase) {
    return phase == InspectionPhase::Entry ? tr("Inspection recorded. The group may be admitted.")
                                           : tr("Exit inspection recorded.");
}

Result<GateOutcome> GateService::inspectJudged(const Judge &judge, const InspectionRequest &request) {
    auto checked = checkedInspection(request);
    if (!checked)
        return checked.error();
    Database &db = m_facility.database();
    const qint64 now = m_facility.now().toMSecsSinceEpoch();
    return db.write([&]() -> Result<GateOutcome> {
        auto judged = judge();
        if (!judged)
            return judged;
        const Verdict needed = request.phase == InspectionPhase::Entry ? Verdict::Valid : Verdict::AlreadyAdmitted;
        if (judged->verdict != needed) {
            if (request.phase == InspectionPhase::Exit && judged->verdict == Verdict::Valid)
                judged->verdict = Verdict::NotAdmitted, judged->message = tr("This group has not been admitted.");
            return judged;
        }
        if (auto stored = storeInspection(db, *judged->visit, *checked, now, now); !stored)
            return stored.error();
        auto after = evaluateVisit(judged->visit->id);
        if (!after)
            return after;
        if (request.outcome == InspectionOutcome::Cleared)
            after->message = inspectedMessage(request.phase);
        return after;
    });
}

Result<GateOutcome> GateService::admitJudged(const Judge &judge, const QString &officer) {
    auto name = Validation::requiredText(officer, MaxOfficerLength, tr("Officer"));
    if (!name)
        return name.error();
    Database &db = m_facility.database();
    const qint64 now = m_facility.now().toMSecsSinceEpoch();
    return db.write([&]() -> Result<GateOutcome> {
        auto judged = judge();
        if (!judged || judged->verdict != Verdict::Valid)
            return judged;
        const qint64 visitId = judged->visit->id;
        const bool needsInspection = m_facility.rules().requireClearedInspection;
        auto after = moveStatus(*judged->visit, VisitStatus::Admitted, *name, now, needsInspection);
        if (!after)
            return after.error();
        if (!*after) {
            // Either another gate moved the ticket first, or (the ticket still valid) no cleared entry inspection.
            auto again = evaluateVisit(visitId);
            if (again && again->verdict == Verdict::Valid && needsInspection)
                return notInspectedOutcome(*again->visit);
            return again;
        }
        return admittedOutcome(**after);
    });
}

Result<GateOutcome> GateService::checkOutJudged(const Judge &judge, const QString &officer) {
    auto name = Validation::requiredText(officer, MaxOfficerLength, tr("Officer"));
    if (!name)
        return name.error();
    Database &db = m_facility.database();
    const qint64 now = m_facility.now().toMSecsSinceEpoch();
    return db.write([&]() -> Result<GateOutcome> {
        auto judged = judge();
        if (!judged)
            return judged;
        if (judged->verdict == Verdict::Valid)
            return notAdmittedOutcome(*judged->visit);
        if (judged->verdict != Verdict::AlreadyAdmitted)
            return judged;
        auto after = moveStatus(*judged->visit, VisitStatus::CheckedOut, *name, now, false);
        if (!after)
            return after.error();
        if (!*after)
            return evaluateVisit(judged->visit->id);
        return checkedOutOutcome(**after);
    });
}

Result<std::optional<VisitRecord>> GateService::moveStatus(const VisitRecord &visit, VisitStatus to,
                                                           const QString &officer, qint64 nowMs,
                                                           bool needsClearedInspection) {
    // Admit and check-out differ only in these names (constants, never input).
    const bool admitting = to == VisitStatus::Admitted;
    QString sql = admitting ? u"UPDATE visits SET status = 'admitted', admitted_at = ?, admitted_by = ? "
                              u"WHERE id = ? AND status = 'registered'"_s
                            : u"UPDATE visits SET status = 'checked_out', checked_out_at = ?, "
                              u"checked_out_by = ? WHERE id = ? AND status = 'admitted'"_s;
    if (needsClearedInspection) // the latest entry inspection, in the same statement
        sql += u" AND (SELECT outcome FROM inspections i WHERE i.visit_id = visits.id AND i.phase = 'entry' "
               u"ORDER BY i.at DESC, i.id DESC LIMIT 1) = 'cleared'"_s;
    const QString action = admitting ? u"visit.admit"_s : u"visit.checkout"_s;
    Database &db = m_facility.database();
    // The status condition makes this the single atomic step: a second gate updates no row. The row changed, the
    // audit chain's lock is taken in the same statement (PostgreSQL), and the newest entry is read by the next one,
    // sent in the same message, which starts once the lock is held.
    const QString lock = AuditLog::lockReturning(db);
    SqlQuery update(db, sql + lock);
    update.bind(nowMs).bind(officer).bind(visit.id);
    SqlQuery newest(db, u"SELECT "_s + AuditLog::newestHashColumn());
    if (auto done = db.execTogether(update, newest); !done)
        return done.error();
    // A statement that returns rows has no count of changed rows on PostgreSQL: the row returned is the one changed.
    if (lock.isEmpty() ? update.rowsAffected() != 1 : !update.next())
        return std::optional<VisitRecord>();
    const QVariant newestHash = newest.next() ? newest.value(0) : QVariant();
    const QString label = visit.queueLabel();
    if (auto logged = AuditLog::appendWithChange(db, newestHash, nowMs, officer, action, label,
                                                 u"visit=%1"_s.arg(visit.id), {action, label});
        !logged)
        return logged.error();
    // What was just written, without reading it back.
    VisitRecord after = visit;
    after.status = to;
    (admitting ? after.admittedAt : after.checkedOutAt) = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
    (admitting ? after.admittedBy : after.checkedOutBy) = officer;
    return std::optional<VisitRecord>(std::move(after));
}

Result<QList<InspectionRecord>> GateService::inspections(qint64 visitId) {
    Database &db = m_facility.database();
    return db.read([&]() -> Result<QList<InspectionRecord>> {
        SqlQuery query(db, u"SELECT id, phase, officer, at, outcome, reason, notes FROM inspections "
                           u"WHERE visit_id = ? ORDER BY at, id"_s);
        query.bind(visitId);
        if (auto done = query.exec(); !done)
            return done.error();
        QList<InspectionRecord> records;
        while (query.next()) {
            records.append(
                InspectionRecord{query.value(0).toLongLong(),
                                 visitId,
                                 phaseFromKey(query.value(1).toString()).value_or(InspectionPhase::Entry),
                                 query.value(2).toString(),
                                 QDateTime::fromMSecsSinceEpoch(query.value(3).toLongLong(), Qt::UTC),
                                 outcomeFromKey(query.value(4).toString()).value_or(InspectionOutcome::Cleared),
                                 query.value(5).toString(),
                                 query.value(6).toString(),
                                 {}});
        }
        for (InspectionRecord &record : records) {
            SqlQuery items(db, u"SELECT description, disposition, tag FROM inspection_items "
                               u"WHERE inspection_id = ? ORDER BY position"_s);
            items.bind(record.id);
            if (auto done = items.exec(); !done)
                return done.error();
            while (items.next())
                record.items.append(
                    InspectionItem{items.value(0).toString(),
                                   dispositionFromKey(items.value(1).toString()).value_or(Disposition::Allowed),
                                   items.value(2).toString()});
        }
        return records;
    });
}

Result<QList<InspectionItem>> GateService::depositedItems(qint64 visitId) {
    auto records = inspections(visitId);
    if (!records)
        return records.error();
    QList<InspectionItem> deposited;
    for (const InspectionRecord &record : std::as_const(*records)) {
        if (record.phase != InspectionPhase::Entry)
            continue;
        for (const InspectionItem &item : record.items)
            if (item.disposition == Disposition::Deposited)
                deposited.append(item);
    }
    return deposited;
}

Result<QList<VisitRecord>> GateService::todaysTickets() {
    Database &db = m_facility.database();
    return db.read([&] { return VisitRepository::ofDay(db, m_facility.today()); });
}

Result<QList<VisitRecord>> GateService::insideNow() {
    return admittedSince(MissedCheckOutDays, 0);
}

Result<QList<VisitRecord>> GateService::missedCheckOuts() {
    return admittedSince(MissedCheckOutDays, 1);
}

Result<QList<VisitRecord>> GateService::admittedSince(int daysBack, int lastDaysBack) {
    Database &db = m_facility.database();
    const QDate today = m_facility.today();
    return db.read([&]() -> Result<QList<VisitRecord>> {
        QList<VisitRecord> inside;
        for (int back = daysBack; back >= lastDaysBack; --back) {
            auto day = VisitRepository::ofDay(db, today.addDays(-back), VisitStatus::Admitted);
            if (!day)
                return day.error();
            inside += *day;
        }
        return inside;
    });
}

} // namespace besuk
