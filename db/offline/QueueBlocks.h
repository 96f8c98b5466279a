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
class Database;

// One queue number held for a kiosk to give while the server cannot be reached, with the visit id its ticket carries.
struct ReservedNumber {
    QDate date;
    Service service = Service::Visit;
    int number = 0;
    qint64 visitId = 0;
    QString station;

    [[nodiscard]] QString label() const { return queueLabel(service, number); }
};

// Blocks of queue numbers reserved per kiosk while the server is there. They are taken from the day's counter row
// of each service (so they take turns with registrations), above RegistrationService::OfflineFirstNumber - 1 and
// above every number already given: the first kiosk's block of a day is 901-920, the next 921-940, and online
// numbering jumps over them when it gets there. Each number's visit id is drawn from the visits' own id sequence,
// so it can never be given to another visit. The only gaps in a day's numbers are reserved numbers no kiosk used.
class QueueBlocks {
    Q_DECLARE_TR_FUNCTIONS(QueueBlocks)
public:
    static constexpr int BlockSize = 20;

    // Tops up `station`'s reserved numbers of `date` that no visit uses yet to `size`, for each service: the
    // numbers newly reserved. Call it after the station's journal is uploaded (its offline registrations are visits).
    static Result<int> topUp(Facility &server, const QString &station, const QDate &date, int size = BlockSize);
    // The reserved numbers of `date` (of one station, or every station when `station` is empty), by service and
    // number; `unusedOnly`: those no stored visit carries (not given, or given offline and not uploaded yet).
    static Result<QList<ReservedNumber>> reserved(Database &db, const QDate &date, const QString &station = {},
                                                  bool unusedOnly = false);

private:
    static Result<int> topUpService(Database &db, const QString &station, const QDate &date, Service service, int size,
                                    qint64 nowMs);
    static Result<QList<qint64>> drawVisitIds(Database &db, int count);
};

} // namespace besuk
