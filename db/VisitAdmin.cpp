// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/VisitAdmin.h"

#include "db/AuditLog.h"
#include "db/Facility.h"
#include "db/Validation.h"

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

// Why a ticket in this state cannot be cancelled, for staff.
QString notCancellable(const VisitRecord &visit, const Facility &facility) {
    const auto time = [&facility](const QDateTime &moment) { return facility.toLocal(moment).toString(u"HH:mm"_s); };
    const QString label = visit.queueLabel();
    switch (visit.status) {
    case VisitStatus::Admitted:
        return VisitAdmin::tr("Ticket %1 cannot be cancelled: the group was already admitted at %2.")
            .arg(label, time(visit.admittedAt));
    case VisitStatus::CheckedOut:
        return VisitAdmin::tr("Ticket %1 cannot be cancelled: the group already visited and left at %2.")
            .arg(label, time(visit.checkedOutAt));
    case VisitStatus::Refused:
        return VisitAdmin::tr("Ticket %1 cannot be cancelled: entry was already refused at %2.")
            .arg(label, time(visit.refusedAt));
    case VisitStatus::Cancelled:
        return VisitAdmin::tr("Ticket %1 was already cancelled at %2.").arg(label, time(visit.cancelledAt));
    case VisitStatus::Registered:
        break;
    }
    return {};
}

} // namespace

Result<QList<VisitRecord>> VisitAdmin::visitsOn(const QDate &date) {
    Database &db = m_facility.database();
    return db.read([&] { return VisitRepository::ofDay(db, date); });
}

Result<VisitRecord> VisitAdmin::cancel(qint64 visitId, const QString &reason, const QString &actor) {
    auto why = Validation::requiredText(reason, MaxReasonLength, tr("Reason"));
    if (!why)
        return why.error();
    auto who = Validation::requiredText(actor, MaxActorLength, tr("Officer"));
    if (!who)
        return who.error();
    Database &db = m_facility.database();
    const qint64 now = m_facility.now().toMSecsSinceEpoch();
    return db.write([&]() -> Result<VisitRecord> {
        auto visit = VisitRepository::load(db, visitId);
        if (!visit)
            return visit;
        if (visit->status != VisitStatus::Registered)
            return makeError(ErrorCode::Conflict, notCancellable(*visit, m_facility));
        // The status condition keeps a gate admitting the same ticket at this moment from being overruled.
        SqlQuery update(db, u"UPDATE visits SET status = 'cancelled', cancelled_at = ?, cancel_reason = ? "
                            u"WHERE id = ? AND status = 'registered'"_s);
        update.bind(now).bind(*why).bind(visitId);
        if (auto done = update.exec(); !done)
            return done.error();
        if (update.rowsAffected() != 1) {
            auto moved = VisitRepository::load(db, visitId);
            if (!moved)
                return moved;
            return makeError(ErrorCode::Conflict, notCancellable(*moved, m_facility));
        }
        const QString label = visit->queueLabel();
        if (auto noted = db.recordChange(now, u"visit.cancel"_s, label); !noted)
            return noted.error();
        if (auto logged = AuditLog::append(db, now, *who, u"visit.cancel"_s, label,
                                           u"visit=%1 reason=%2"_s.arg(visitId).arg(*why));
            !logged)
            return logged.error();
        return VisitRepository::load(db, visitId);
    });
}

} // namespace besuk
