// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestDatabase.h"
#include "db/Clock.h"
#include "db/Facility.h"
#include "db/UserStore.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

#include <memory>

namespace besuk::test {

// UTC of a wall-clock time in `timeZoneId`.
QDateTime localMoment(const QDate &date, const QTime &time, const QString &timeZoneId);

// A freshly initialised facility in a TestDatabase (SQLite or PostgreSQL, see TestDatabase.h), its clock standing
// still at a wall-clock time of the facility's zone. What each suite adds (the demo roster, accounts, rules) it asks
// for; the GUI fixtures and TestFacility are built on this one.
class FacilityFixture {
public:
    struct Setup {
        QString timeZoneId = QStringLiteral("Asia/Makassar");
        QDate date = reportDay();
        QTime time = QTime(9, 0);
        QString name = QStringLiteral("Rutan Uji");
    };

    // Saturday 27 December 2025, the day of the news report.
    static QDate reportDay() { return {2025, 12, 27}; }

    FacilityFixture() : FacilityFixture(Setup()) {}
    explicit FacilityFixture(const Setup &setup);
    FacilityFixture(const FacilityFixture &) = delete;
    FacilityFixture &operator=(const FacilityFixture &) = delete;

    // Sets the clock to a wall-clock time in the facility's zone.
    void setLocal(const QDate &date, const QTime &time);
    // Closes the database and opens the facility again from its location.
    void reopen();

    // Imports resources/demo/roster.csv (8 inmates) and returns how many were added.
    int importDemoRoster();
    // Lets one inmate be visited any number of times a week; `alsoSkipInspection` admits without a cleared inspection.
    void allowUnlimitedVisits(bool alsoSkipInspection = false);
    void createAccount(const QString &login, const QString &name, Role role, const QString &pin);

    // These read committed data through a connection of their own (TestDatabase).
    [[nodiscard]] int rowCount(const QString &table) const { return db.rowCount(table); }
    [[nodiscard]] Snapshot snapshot() const { return db.snapshot(); }

    TestDatabase db; // declared first: dropped after the facility has closed
    FixedClock clock;
    std::unique_ptr<Facility> facility;

private:
    QString m_timeZoneId;
};

} // namespace besuk::test
