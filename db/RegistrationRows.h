// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/RegistrationService.h"

#include <QHash>
#include <QString>
#include <QVariant>

#include <memory>

namespace besuk {

class Database;
class SqlQuery;

// The rows a registration writes, for RegistrationService (online and offline uploads): the day's queue counter,
// the visitors, the visit with its members and audit entry, a booking's arrival. Each call runs inside the caller's
// write transaction; the rules are judged by the caller in between.
class RegistrationRows {
public:
    // The day's next queue number. Numbers reserved for kiosks working offline (QueueBlocks) are skipped: they lie
    // above 900, so a day without more than 900 registrations of a service never meets them. The statement (an
    // upsert … RETURNING last_number) and its values, for a caller that sends it as part of a larger statement.
    [[nodiscard]] static QString nextNumberSql();
    [[nodiscard]] static QVariantList nextNumberValues(const QString &date, Service service);
    static Result<int> nextNumber(Database &db, const QString &date, Service service);

    // The group's visitors, created or brought up to date, in one statement: their ids by NIK. On PostgreSQL the
    // same statement then takes the registration's turn (see the .cpp): what the next statement reads includes every
    // registration before this one.
    static Result<QHash<QString, qint64>> upsertVisitors(Database &db, QList<GroupMember> people, qint64 nowMs);
    // The same statement, bound and not sent, for a caller that sends it together with the next
    // (Database::execTogether); visitorIds() reads its answer.
    [[nodiscard]] static std::unique_ptr<SqlQuery> visitorsUpsert(Database &db, QList<GroupMember> people,
                                                                  qint64 nowMs);
    static QHash<QString, qint64> visitorIds(SqlQuery &executed);

    // The visit and its members (two statements), with the id the visit brings when it has one (reserved by
    // QueueBlocks). Returns the visit's id.
    static Result<qint64> insertVisit(Database &db, const VisitRecord &visit, const QList<GroupMember> &people,
                                      const QHash<QString, qint64> &visitorIds, const QString &station);

    // The visit, its members, its audit entry and its change: on PostgreSQL, with the visit's id drawn beforehand
    // (`drawnVisitId` > 0), one statement; otherwise five. Sets the visit's id.
    static Result<void> store(Database &db, VisitRecord &visit, const QList<GroupMember> &people,
                              const QHash<QString, qint64> &visitorIds, const QString &station,
                              const QVariant &newestAuditHash, qint64 drawnVisitId, qint64 nowMs);

    // The booking becomes Arrived and points at its visit; recorded in the audit chain after the visit.
    static Result<void> linkArrival(Database &db, const BookedArrival &arrival, const VisitRecord &visit, qint64 nowMs,
                                    const QString &station);
};

} // namespace besuk
