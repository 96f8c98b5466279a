// SPDX-License-Identifier: GPL-3.0-or-later
#include "FacilityFixture.h"

#include "db/Database.h"
#include "db/InmateStore.h"

#include <QFile>
#include <QTimeZone>

#include <catch2/catch.hpp>

#include <string>

using namespace Qt::StringLiterals;

namespace besuk::test {

namespace {

// The error's message for INFO, when there is one.
template <typename T> std::string failureOf(const Result<T> &result) {
    return result.ok() ? std::string() : result.error().message.toStdString();
}

} // namespace

QDateTime localMoment(const QDate &date, const QTime &time, const QString &timeZoneId) {
    return QDateTime(date, time, QTimeZone(timeZoneId.toUtf8())).toUTC();
}

FacilityFixture::FacilityFixture(const Setup &setup)
    : clock(localMoment(setup.date, setup.time, setup.timeZoneId)), m_timeZoneId(setup.timeZoneId) {
    auto opened = Database::open(db.location(), Database::OpenMode::CreateIfMissing);
    INFO(failureOf(opened));
    REQUIRE(opened.ok());
    auto initialised =
        Facility::initialise(std::move(opened).value(), clock, setup.name, setup.timeZoneId, db.keyPath());
    INFO(failureOf(initialised));
    REQUIRE(initialised.ok());
    facility = std::move(initialised).value();
}

void FacilityFixture::setLocal(const QDate &date, const QTime &time) {
    clock.set(localMoment(date, time, m_timeZoneId));
}

void FacilityFixture::reopen() {
    facility.reset();
    auto reopened = Database::open(db.location(), Database::OpenMode::MustExist);
    INFO(failureOf(reopened));
    REQUIRE(reopened.ok());
    auto opened = Facility::open(std::move(reopened).value(), clock, db.keyPath());
    INFO(failureOf(opened));
    REQUIRE(opened.ok());
    facility = std::move(opened).value();
}

int FacilityFixture::importDemoRoster() {
    QFile roster(QStringLiteral(BESUK_DEMO_ROSTER));
    REQUIRE(roster.open(QIODevice::ReadOnly));
    auto imported = InmateStore(*facility).importCsv(roster.readAll(), u"test"_s);
    INFO(failureOf(imported));
    REQUIRE(imported.ok());
    return imported->added;
}

void FacilityFixture::allowUnlimitedVisits(bool alsoSkipInspection) {
    Rules rules = facility->rules();
    rules.visitsPerInmatePerWeek = 0;
    if (alsoSkipInspection)
        rules.requireClearedInspection = false;
    REQUIRE(facility->saveRules(rules, u"test"_s).ok());
}

void FacilityFixture::createAccount(const QString &login, const QString &name, Role role, const QString &pin) {
    auto created = UserStore(*facility).create(login, name, role, pin, u"test"_s);
    INFO(failureOf(created));
    REQUIRE(created.ok());
}

} // namespace besuk::test
