// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTime>

namespace besuk {

// A part of the visiting day with its own capacity (people), e.g. "Pagi" 08:00-11:00.
struct VisitSession {
    QString name;
    QTime start;
    QTime end;
    int capacity = 0; // people; 0 = no limit

    bool operator==(const VisitSession &) const = default;
};

// The facility's visiting rules. Staff change them; these defaults hold until they do.
struct Rules {
    Q_DECLARE_TR_FUNCTIONS(Rules)
public:
    QList<int> visitingDays{1, 2, 3, 4, 5, 6, 7}; // ISO weekdays, 1 = Monday
    QMap<QString, QList<int>> blockVisitingDays;  // cell block -> its own days, instead of visitingDays
    QTime opens{8, 0};
    QTime closes{15, 0};
    QList<VisitSession> sessions; // empty: one session from opens to closes, no capacity limit
    static constexpr int MaxItemLength = 80;
    static constexpr int MaxProhibitedItems = 40;

    int maxGroupSize = 4; // everyone in the group, children included
    int maxAdults = 3;
    int visitsPerInmatePerWeek = 1; // face-to-face visits, Monday-Sunday in facility time; 0 = no limit
    int dailyCapPeople = 0;         // face-to-face visitors per day; 0 = no cap
    int adultAge = 18;
    bool requireClearedInspection = true;
    int visitMinutes = 30; // the visiting room board highlights groups inside longer than this
    // What the gate's entry inspection checks for; the guard ticks each one found.
    QStringList prohibitedItems = defaultProhibitedItems();

    static QStringList defaultProhibitedItems();

    // The sessions in force: `sessions`, or the single implicit one.
    [[nodiscard]] QList<VisitSession> effectiveSessions() const;
    [[nodiscard]] QList<int> daysForBlock(const QString &block) const;

    [[nodiscard]] QJsonObject toJson() const;
    // Missing keys keep their defaults; wrong types or impossible values are an InvalidInput error.
    static Result<Rules> fromJson(const QJsonObject &json);
    [[nodiscard]] Result<void> validate() const;

    bool operator==(const Rules &) const = default;
};

} // namespace besuk
