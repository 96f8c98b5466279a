// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/offline/JournalUpload.h"

#include "db/AuditLog.h"
#include "db/Facility.h"
#include "db/GateService.h"
#include "db/RegistrationService.h"
#include "db/Visit.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

QDateTime fromMs(const QVariant &value) {
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QString when(const QDateTime &moment) {
    return moment.isValid() ? moment.toString(Qt::ISODate) : u"-"_s;
}

// The station whose uploaded admit moved the visit, or empty when a gate admitted it online.
Result<QString> admittingStation(Database &db, qint64 visitId) {
    SqlQuery query(db, u"SELECT station FROM station_journal WHERE visit_id = ? AND kind = 'admit' "
                       u"AND result = 'admitted' ORDER BY uploaded_at LIMIT 1"_s);
    query.bind(visitId);
    auto station = query.scalar();
    if (!station)
        return station.error();
    return station->toString();
}

QString offlineDetail(const StationJournal &journal, const JournalEntry &entry) {
    return u"visit=%1 offline station=%2 sequence=%3 at=%4"_s.arg(QString::number(entry.visitId), journal.station(),
                                                                  QString::number(entry.sequence), when(entry.at));
}

} // namespace

Result<UploadReport> JournalUpload::upload(Facility &server, StationJournal &journal,
                                           const std::function<void(const JournalEntry &)> &sent) {
    auto pending = journal.pending();
    if (!pending)
        return pending.error();
    UploadReport report;
    QSet<qint64> waiting; // visits whose earlier entries wait: their later entries wait too, in order
    for (const JournalEntry &entry : std::as_const(*pending)) {
        if (waiting.contains(entry.visitId)) {
            ++report.deferred;
            continue;
        }
        auto applied = apply(server, journal, entry);
        if (!applied)
            return applied.error();
        if (*applied == Applied::Deferred) {
            waiting.insert(entry.visitId);
            ++report.deferred;
            continue;
        }
        if (auto marked = journal.markUploaded(entry.sequence, server.now()); !marked)
            return marked.error();
        if (sent)
            sent(entry);
        if (*applied == Applied::AlreadyStored)
            ++report.alreadyStored;
        else
            ++report.stored;
        if (*applied == Applied::Alert)
            ++report.alerts;
    }
    return report;
}

Result<JournalUpload::Applied> JournalUpload::apply(Facility &server, const StationJournal &journal,
                                                    const JournalEntry &entry) {
    if (entry.kind == JournalKind::Register)
        return applyRegister(server, journal, entry);
    Database &db = server.database();
    const qint64 now = server.now().toMSecsSinceEpoch();
    return db.write([&]() -> Result<Applied> {
        if (auto awaits = awaitsKiosk(db, entry.visitId); !awaits || *awaits)
            return awaits ? Result<Applied>(Applied::Deferred) : Result<Applied>(awaits.error());
        SqlQuery known(db, u"SELECT result FROM station_journal WHERE journal_id = ? AND sequence = ?"_s);
        known.bind(journal.journalId()).bind(entry.sequence);
        if (auto done = known.exec(); !done)
            return done.error();
        if (known.next())
            return Applied::AlreadyStored;
        auto result = entry.kind == JournalKind::Admit      ? applyAdmit(server, journal, entry, now)
                      : entry.kind == JournalKind::CheckOut ? applyCheckOut(server, journal, entry, now)
                                                            : applyInspect(server, journal, entry, now);
        if (!result)
            return result.error();
        SqlQuery remember(db,
                          u"INSERT INTO station_journal (journal_id, sequence, station, kind, visit_id, "
                          u"facility_date, officer, at, result, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        remember.bind(journal.journalId()).bind(entry.sequence).bind(journal.station());
        remember.bind(journalKindKey(entry.kind)).bind(entry.visitId).bind(isoDate(entry.facilityDate));
        remember.bind(entry.officer).bind(entry.at.toMSecsSinceEpoch()).bind(*result).bind(now);
        if (auto done = remember.exec(); !done)
            return done.error();
        const bool alert = *result == u"double_admission"_s || *result == u"conflict"_s;
        return alert ? Applied::Alert : Applied::Stored;
    });
}

Result<bool> JournalUpload::awaitsKiosk(Database &db, qint64 visitId) {
    SqlQuery query(db, u"SELECT 1 FROM offline_numbers o WHERE o.visit_id = ? AND NOT EXISTS "
                       u"(SELECT 1 FROM visits v WHERE v.id = o.visit_id)"_s);
    query.bind(visitId);
    if (auto done = query.exec(); !done)
        return done.error();
    return query.next();
}

Result<JournalUpload::Applied> JournalUpload::applyRegister(Facility &server, const StationJournal &journal,
                                                            const JournalEntry &entry) {
    if (!entry.registration)
        return makeError(ErrorCode::InvalidInput, u"journal entry %1 holds no registration"_s.arg(entry.sequence));
    Database &db = server.database();
    const qint64 nowMs = server.now().toMSecsSinceEpoch();
    // The visit and its flag in one transaction: an upload cut between them cannot store one without the other.
    return db.write([&]() -> Result<Applied> {
        auto stored = RegistrationService(server).storeOffline(*entry.registration);
        if (!stored)
            return stored.error();
        if (stored->alreadyStored)
            return Applied::AlreadyStored;
        if (stored->brokenRule.isEmpty())
            return Applied::Stored;
        const VisitRecord &visit = stored->visit;
        SqlQuery insert(db, u"INSERT INTO offline_alerts (kind, visit_id, facility_date, queue_label, first_station, "
                            u"first_at, first_by, second_station, second_at, second_by, detail, created_at) "
                            u"VALUES ('rule', ?, ?, ?, '', NULL, '', ?, ?, ?, ?, ?)"_s);
        insert.bind(visit.id).bind(isoDate(visit.date)).bind(visit.queueLabel()).bind(journal.station());
        insert.bind(entry.at.toMSecsSinceEpoch()).bind(journal.station()).bind(stored->brokenRule).bind(nowMs);
        if (auto done = insert.exec(); !done)
            return done.error();
        if (auto noted = db.recordChange(nowMs, u"offline.alert"_s, visit.queueLabel()); !noted)
            return noted.error();
        if (auto logged = AuditLog::append(
                db, nowMs, journal.station(), u"visit.rule"_s, visit.queueLabel(),
                u"visit=%1 offline station=%2 sequence=%3 rule=%4"_s.arg(
                    QString::number(visit.id), journal.station(), QString::number(entry.sequence), stored->brokenRule));
            !logged)
            return logged.error();
        return Applied::Alert;
    });
}

Result<QString> JournalUpload::applyAdmit(Facility &server, const StationJournal &journal, const JournalEntry &entry,
                                          qint64 nowMs) {
    Database &db = server.database();
    auto visit = VisitRepository::load(db, entry.visitId);
    if (!visit)
        return visit.error().code == ErrorCode::NotFound ? Result<QString>(u"missing"_s) : visit.error();
    // The same single step as GateService: a visit another gate moved first updates no row.
    SqlQuery update(db, u"UPDATE visits SET status = 'admitted', admitted_at = ?, admitted_by = ? "
                        u"WHERE id = ? AND status = 'registered'"_s);
    update.bind(entry.at.toMSecsSinceEpoch()).bind(entry.officer).bind(entry.visitId);
    if (auto done = update.exec(); !done)
        return done.error();
    if (update.rowsAffected() == 1) {
        if (auto noted = db.recordChange(nowMs, u"visit.admit"_s, visit->queueLabel()); !noted)
            return noted.error();
        if (auto logged = AuditLog::append(db, nowMs, entry.officer, u"visit.admit"_s, visit->queueLabel(),
                                           offlineDetail(journal, entry));
            !logged)
            return logged.error();
        return u"admitted"_s;
    }
    const bool inside = visit->status == VisitStatus::Admitted || visit->status == VisitStatus::CheckedOut;
    const QString kind = inside ? u"double_admission"_s : u"conflict"_s;
    if (auto raised = raiseAlert(db, kind, *visit, journal, entry, nowMs); !raised)
        return raised.error();
    return kind;
}

Result<QString> JournalUpload::applyCheckOut(Facility &server, const StationJournal &journal, const JournalEntry &entry,
                                             qint64 nowMs) {
    Database &db = server.database();
    auto visit = VisitRepository::load(db, entry.visitId);
    if (!visit)
        return visit.error().code == ErrorCode::NotFound ? Result<QString>(u"missing"_s) : visit.error();
    SqlQuery update(db, u"UPDATE visits SET status = 'checked_out', checked_out_at = ?, checked_out_by = ? "
                        u"WHERE id = ? AND status = 'admitted'"_s);
    update.bind(entry.at.toMSecsSinceEpoch()).bind(entry.officer).bind(entry.visitId);
    if (auto done = update.exec(); !done)
        return done.error();
    if (update.rowsAffected() == 1) {
        if (auto noted = db.recordChange(nowMs, u"visit.checkout"_s, visit->queueLabel()); !noted)
            return noted.error();
        if (auto logged = AuditLog::append(db, nowMs, entry.officer, u"visit.checkout"_s, visit->queueLabel(),
                                           offlineDetail(journal, entry));
            !logged)
            return logged.error();
        return u"checked_out"_s;
    }
    if (visit->status == VisitStatus::CheckedOut) // both gates let the group out: nothing to tell staff
        return u"already_checked_out"_s;
    if (auto raised = raiseAlert(db, u"conflict"_s, *visit, journal, entry, nowMs); !raised)
        return raised.error();
    return u"conflict"_s;
}

Result<QString> JournalUpload::applyInspect(Facility &server, const StationJournal &journal, const JournalEntry &entry,
                                            qint64 nowMs) {
    Database &db = server.database();
    auto visit = VisitRepository::load(db, entry.visitId);
    if (!visit)
        return visit.error().code == ErrorCode::NotFound ? Result<QString>(u"missing"_s) : visit.error();
    if (!entry.inspection)
        return makeError(ErrorCode::InvalidInput, u"journal entry %1 holds no inspection"_s.arg(entry.sequence));
    // The inspection happened and is kept (what was deposited or confiscated), whatever the visit's state now; a
    // refusal that finds the group no longer registered (admitted at another gate meanwhile) is for staff to see.
    const InspectionRequest &inspection = *entry.inspection;
    const QString note = u"offline station=%1 sequence=%2 at=%3"_s.arg(journal.station(),
                                                                       QString::number(entry.sequence), when(entry.at));
    if (auto stored = GateService::storeInspection(db, *visit, inspection, entry.at.toMSecsSinceEpoch(), nowMs, note);
        !stored)
        return stored.error();
    const bool refusing =
        inspection.phase == InspectionPhase::Entry && inspection.outcome == InspectionOutcome::Refused;
    if (refusing && visit->status != VisitStatus::Registered) {
        if (auto raised = raiseAlert(db, u"conflict"_s, *visit, journal, entry, nowMs); !raised)
            return raised.error();
        return u"conflict"_s;
    }
    return refusing ? u"refused"_s : u"inspected"_s;
}

Result<void> JournalUpload::raiseAlert(Database &db, const QString &kind, const VisitRecord &visit,
                                       const StationJournal &journal, const JournalEntry &entry, qint64 nowMs) {
    auto firstStation = admittingStation(db, visit.id);
    if (!firstStation)
        return firstStation.error();
    const QString detail = u"status=%1"_s.arg(statusKey(visit.status));
    SqlQuery insert(db, u"INSERT INTO offline_alerts (kind, visit_id, facility_date, queue_label, first_station, "
                        u"first_at, first_by, second_station, second_at, second_by, detail, created_at) "
                        u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    insert.bind(kind).bind(visit.id).bind(isoDate(visit.date)).bind(visit.queueLabel()).bind(*firstStation);
    insert.bind(visit.admittedAt.isValid() ? QVariant(visit.admittedAt.toMSecsSinceEpoch()) : QVariant());
    insert.bind(visit.admittedBy).bind(journal.station()).bind(entry.at.toMSecsSinceEpoch()).bind(entry.officer);
    insert.bind(detail).bind(nowMs);
    if (auto done = insert.exec(); !done)
        return done;
    if (auto noted = db.recordChange(nowMs, u"offline.alert"_s, visit.queueLabel()); !noted)
        return noted;
    const QString first = firstStation->isEmpty() ? u"online"_s : *firstStation;
    return AuditLog::append(db, nowMs, journal.station(), u"visit."_s + kind, visit.queueLabel(),
                            u"visit=%1 %2 first=%3 %4 %5 second=%6 %7 %8 sequence=%9"_s.arg(
                                QString::number(visit.id), detail, first, when(visit.admittedAt), visit.admittedBy,
                                journal.station(), when(entry.at), entry.officer, QString::number(entry.sequence)));
}

Result<QList<OfflineAlert>> JournalUpload::alerts(Database &db, const QDate &date) {
    return db.read([&]() -> Result<QList<OfflineAlert>> {
        SqlQuery query(db, u"SELECT id, kind, visit_id, facility_date, queue_label, first_station, first_at, first_by, "
                           u"second_station, second_at, second_by, detail, created_at FROM offline_alerts "
                           u"WHERE facility_date = ? ORDER BY id"_s);
        query.bind(isoDate(date));
        if (auto done = query.exec(); !done)
            return done.error();
        QList<OfflineAlert> alerts;
        while (query.next())
            alerts.append(
                OfflineAlert{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toLongLong(),
                             QDate::fromString(query.value(3).toString(), Qt::ISODate), query.value(4).toString(),
                             query.value(5).toString(), fromMs(query.value(6)), query.value(7).toString(),
                             query.value(8).toString(), fromMs(query.value(9)), query.value(10).toString(),
                             query.value(11).toString(), fromMs(query.value(12))});
        return alerts;
    });
}

} // namespace besuk
