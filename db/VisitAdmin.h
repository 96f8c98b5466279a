// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Result.h"
#include "db/Visit.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace besuk {

class Facility;

// Staff's corrections to a ticket after it was issued.
class VisitAdmin {
    Q_DECLARE_TR_FUNCTIONS(VisitAdmin)
public:
    static constexpr int MaxReasonLength = 500;
    static constexpr int MaxActorLength = 100;

    explicit VisitAdmin(Facility &facility) : m_facility(facility) {}

    // Cancels a ticket that has not been used yet (Registered), with a reason; the gate then answers Cancelled
    // and the day's tally counts it as cancelled, not registered. One write transaction with its change-feed row
    // and audit entry ("visit.cancel"). NotFound for an unknown id; Conflict when the ticket is no longer
    // Registered (admitted, checked out, refused or already cancelled); InvalidInput for a missing reason.
    // A facility day's tickets in queue order, in one read.
    Result<QList<VisitRecord>> visitsOn(const QDate &date);

    Result<VisitRecord> cancel(qint64 visitId, const QString &reason, const QString &actor);

private:
    Facility &m_facility;
};

} // namespace besuk
