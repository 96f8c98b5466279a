// SPDX-License-Identifier: GPL-3.0-or-later
// A real outage: a PostgreSQL server of this test's own (so that stopping it disturbs no test running beside it) is
// stopped while two gates work from their journals, started again, and both gates reconcile. Registered only when a
// PostgreSQL 15 installation is at hand (the PostgreSQL block of tests/CMakeLists.txt).
#include "OwnPostgres.h"
#include "db/AuditLog.h"
#include "db/Clock.h"
#include "db/Database.h"
#include "db/Facility.h"
#include "db/GateService.h"
#include "db/InmateStore.h"
#include "db/RegistrationService.h"
#include "db/TallyService.h"
#include "db/offline/JournalUpload.h"
#include "db/offline/MirrorRefresh.h"
#include "db/offline/OfflineGate.h"
#include "db/offline/StationJournal.h"

#include <QElapsedTimer>
#include <QTimeZone>

#include <catch2/catch.hpp>

#include <iostream>

using namespace Qt::StringLiterals;
using namespace besuk;

namespace {

const QDateTime Morning = QDateTime(QDate(2025, 12, 27), QTime(1, 0), Qt::UTC); // 09:00 in Asia/Makassar

std::string text(const QString &s) {
    return s.toStdString();
}
std::string failureOf(const Error &error) {
    return text(error.message + u" / "_s + error.detail);
}

using OwnServer = test::OwnPostgres;

std::unique_ptr<Facility> makeFacility(const OwnServer &server, const Clock &clock) {
    auto facility = server.initialiseFacility(clock);
    Rules rules = facility->rules();
    rules.visitsPerInmatePerWeek = 0;
    REQUIRE(facility->saveRules(rules, u"test"_s).ok());
    return facility;
}

QString inspectedTicket(Facility &facility, int serial) {
    const QString inmate = u"WB-%1"_s.arg(serial, 3, 10, QLatin1Char('0'));
    const QStringList names{u"Satu"_s, u"Dua"_s, u"Tiga"_s, u"Empat"_s};
    auto added = InmateStore(facility).add(inmate, u"Warga "_s + names.value(serial - 1), u"A"_s, u"test"_s);
    INFO((added ? std::string() : failureOf(added.error())));
    REQUIRE(added.ok());
    auto ticket = RegistrationService(facility).registerGroup(
        {inmate,
         {{u"64710514038%1"_s.arg(serial, 5, 10, QLatin1Char('0')), u"Budi Santoso"_s}},
         1,
         Service::Visit,
         u"kiosk-1"_s});
    INFO((ticket ? std::string() : failureOf(ticket.error())));
    REQUIRE(ticket.ok());
    auto inspected = GateService(facility).inspect(
        ticket->payload, {InspectionPhase::Entry, u"Pak Joko"_s, {}, InspectionOutcome::Cleared, {}, {}});
    REQUIRE(inspected.ok());
    return ticket->payload;
}

std::unique_ptr<StationJournal> journalFor(const OwnServer &server, const QString &station) {
    auto journal = StationJournal::open(server.filePath(station + u".db"_s), station);
    REQUIRE(journal.ok());
    return std::move(journal).value();
}

Verdict verdictOf(const Result<GateOutcome> &outcome) {
    INFO((outcome ? std::string() : failureOf(outcome.error())));
    REQUIRE(outcome.ok());
    return outcome->verdict;
}

int count(Database &db, const QString &sql) {
    auto value = SqlQuery(db, sql).scalar();
    REQUIRE(value.ok());
    return value->toInt();
}

} // namespace

TEST_CASE("Two gates admit through a stopped PostgreSQL server and reconcile to one visit and one alert",
          "[offline][postgres]") {
    OwnServer server;
    FixedClock clock(Morning);
    auto facility = makeFacility(server, clock);
    QStringList payloads;
    for (int serial = 1; serial <= 4; ++serial)
        payloads.append(inspectedTicket(*facility, serial));
    auto north = journalFor(server, u"gate-north"_s);
    auto south = journalFor(server, u"gate-south"_s);
    REQUIRE(MirrorRefresh::refresh(*facility, *north).ok());
    REQUIRE(MirrorRefresh::refresh(*facility, *south).ok());

    server.stop();
    QElapsedTimer noticed;
    noticed.start();
    auto online = GateService(*facility).scan(payloads[0]);
    REQUIRE_FALSE(online.ok()); // the server is really gone: the online gate reports it
    CHECK(online.error().code == ErrorCode::Storage);
    std::cout << "online gate reported the stopped server after " << noticed.elapsed() << " ms\n";

    OfflineGate northGate(*north, clock);
    OfflineGate southGate(*south, clock);
    CHECK(verdictOf(northGate.admit(payloads[0], u"Pak Joko"_s)) == Verdict::Admitted);
    CHECK(verdictOf(northGate.admit(payloads[1], u"Pak Joko"_s)) == Verdict::Admitted);
    clock.advanceSeconds(90);
    CHECK(verdictOf(southGate.admit(payloads[0], u"Bu Rina"_s)) == Verdict::Admitted); // apart: it cannot know
    CHECK(verdictOf(southGate.admit(payloads[2], u"Bu Rina"_s)) == Verdict::Admitted);
    CHECK(verdictOf(southGate.admit(payloads[2], u"Bu Rina"_s)) == Verdict::AlreadyAdmitted);
    clock.advanceSeconds(40 * 60);
    CHECK(verdictOf(northGate.checkOut(payloads[1], u"Pak Joko"_s)) == Verdict::CheckedOut);

    server.start();
    clock.advanceSeconds(60);
    auto fromNorth = JournalUpload::upload(*facility, *north);
    INFO((fromNorth ? std::string() : failureOf(fromNorth.error())));
    REQUIRE(fromNorth.ok());
    CHECK(fromNorth->stored == 3);
    auto fromSouth = JournalUpload::upload(*facility, *south);
    REQUIRE(fromSouth.ok());
    CHECK(fromSouth->stored == 2);
    CHECK(fromSouth->alerts == 1);
    // Both stations again, as after a cut: nothing is waiting, nothing is stored twice.
    REQUIRE(SqlQuery(south->database(), u"UPDATE journal SET uploaded_at = NULL"_s).exec().ok());
    auto again = JournalUpload::upload(*facility, *south);
    REQUIRE(again.ok());
    CHECK(again->alreadyStored == 2);
    CHECK(again->stored == 0);

    Database &db = facility->database();
    CHECK(count(db, u"SELECT COUNT(*) FROM station_journal"_s) == 5);
    CHECK(count(db, u"SELECT COUNT(*) FROM offline_alerts"_s) == 1);
    CHECK(count(db, u"SELECT COUNT(*) FROM visits WHERE status = 'admitted'"_s) == 2);
    CHECK(count(db, u"SELECT COUNT(*) FROM visits WHERE status = 'checked_out'"_s) == 1);
    CHECK(count(db, u"SELECT COUNT(*) FROM visits WHERE status = 'registered'"_s) == 1);
    auto alerts = JournalUpload::alerts(db, Morning.toTimeZone(QTimeZone("Asia/Makassar")).date());
    REQUIRE(alerts.ok());
    REQUIRE(alerts->size() == 1);
    CHECK(alerts->first().firstStation == u"gate-north"_s);
    CHECK(alerts->first().secondStation == u"gate-south"_s);
    CHECK(alerts->first().firstAt == Morning);
    CHECK(alerts->first().secondAt == Morning.addSecs(90));
    AuditFilter doubles;
    doubles.actionPrefix = u"visit.double_admission"_s;
    auto logged = AuditLog::entries(db, doubles);
    REQUIRE(logged.ok());
    CHECK(logged->size() == 1);
    auto tally = TallyService(*facility).day(facility->today());
    REQUIRE(tally.ok());
    CHECK(tally->registered.groups == 4);
    CHECK(tally->admitted.groups == 3);
    CHECK(tally->inside.groups == 2);
    CHECK(tally->checkedOut.groups == 1);
    auto verified = AuditLog::verify(db);
    REQUIRE(verified.ok());
    CHECK(verified->intact);
}
