// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Result.h"
#include "db/offline/StationJournal.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace besuk {

class Database;
class Facility;

// Something staff must look at after stations worked apart from the server: the same ticket admitted at two
// gates ("double_admission"), an entry the server's state refused ("conflict": the ticket was cancelled or
// refused meanwhile), or a kiosk's offline registration that breaks a rule only the server could see ("rule": the
// rule's words in `detail`; first_station empty). "first" is how the server had it (first_station empty: admitted by a
// gate online), "second" the entry that came later.
struct OfflineAlert {
    qint64 id = 0;
    QString kind;
    qint64 visitId = 0;
    QDate date;
    QString queueLabel;
    QString firstStation;
    QDateTime firstAt;
    QString firstBy;
    QString secondStation;
    QDateTime secondAt;
    QString secondBy;
    QString detail;
    QDateTime createdAt;
};

struct UploadReport {
    int stored = 0;        // entries the server took now
    int alreadyStored = 0; // entries the server had from an earlier, interrupted upload
    int alerts = 0;        // of those stored now, the ones that raised an alert
    int deferred = 0;      // entries about a kiosk's offline ticket the server does not have yet: sent next time
};

// Reconcile: a station's journal to the server, each entry in sequence order in a transaction of its own, through
// the same rules as at an online gate (an admit moves a registered ticket only; a check-out an admitted one; an
// inspection is stored as it was recorded, and a refusal refuses a registered ticket), and a kiosk's registration
// through RegistrationService::storeOffline (its reserved visit id makes a repeated upload find it stored). An entry
// about a ticket another kiosk issued offline and has not uploaded yet waits (with every later entry about that
// ticket) for the next upload. The
// server remembers (journal id, sequence) in station_journal in the same transaction, and the station marks the entry
// uploaded after the commit: an upload cut anywhere and run again stores nothing twice.
class JournalUpload {
public:
    // Stops at the first failure; what was stored stays stored and is not sent again. `sent` is told of each entry
    // once the station has marked it sent.
    static Result<UploadReport> upload(Facility &server, StationJournal &journal,
                                       const std::function<void(const JournalEntry &)> &sent = {});
    // A facility day's alerts, oldest first.
    static Result<QList<OfflineAlert>> alerts(Database &database, const QDate &date);

private:
    enum class Applied { Stored, AlreadyStored, Alert, Deferred };
    static Result<Applied> applyRegister(Facility &server, const StationJournal &journal, const JournalEntry &entry);
    static Result<bool> awaitsKiosk(Database &db, qint64 visitId);
    static Result<Applied> apply(Facility &server, const StationJournal &journal, const JournalEntry &entry);
    // The entry's effect on the visit; the result word station_journal keeps.
    static Result<QString> applyAdmit(Facility &server, const StationJournal &journal, const JournalEntry &entry,
                                      qint64 nowMs);
    static Result<QString> applyCheckOut(Facility &server, const StationJournal &journal, const JournalEntry &entry,
                                         qint64 nowMs);
    static Result<QString> applyInspect(Facility &server, const StationJournal &journal, const JournalEntry &entry,
                                        qint64 nowMs);
    static Result<void> raiseAlert(Database &db, const QString &kind, const VisitRecord &visit,
                                   const StationJournal &journal, const JournalEntry &entry, qint64 nowMs);
};

} // namespace besuk
