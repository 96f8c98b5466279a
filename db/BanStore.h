// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace besuk {

class Database;
class Facility;

struct Ban {
    qint64 id = 0;
    QString nik;
    QString reason;
    QString createdBy;
    QDateTime createdAt;
    QDateTime expiresAt; // invalid: no expiry
};

// People who may not visit, by NIK. The reason is for staff and guards only, never for the visitor.
class BanStore {
    Q_DECLARE_TR_FUNCTIONS(BanStore)
public:
    explicit BanStore(Facility &facility) : m_facility(facility) {}

    Result<Ban> add(const QString &nik, const QString &reason, const QString &actor, const QDateTime &expiresAt = {});
    Result<void> lift(qint64 banId, const QString &actor);
    Result<QList<Ban>> active();

    // The bans in force at `at` for any of `niks` (inside the caller's transaction).
    static Result<QList<Ban>> inForce(Database &database, const QStringList &niks, const QDateTime &at);
    // A scalar subquery counting the bans in force for `nikCount` NIKs; binds the moment (ms), then the NIKs.
    static QString countInForceSql(qsizetype nikCount);
    // The same for the members of the visit called `v` in the statement around it; one placeholder (the moment).
    static QString countInForceForVisitSql();
    // The bans in force at `at` for the members of visit `visitId`, in one statement.
    static Result<QList<Ban>> inForceForVisit(Database &database, qint64 visitId, const QDateTime &at);
    // The bans in force at `at` on the members of every visit of `date` still registered, by visit id, in one
    // statement (a station's mirror: MirrorRefresh).
    static Result<QHash<qint64, QList<Ban>>> inForceForRegisteredVisits(Database &database, const QDate &date,
                                                                        const QDateTime &at);

private:
    Facility &m_facility;
};

} // namespace besuk
