// SPDX-License-Identifier: GPL-3.0-or-later
// The scripted outage of issue 21: two kiosks and two gates, each with a connection and a journal of its own, driven
// through the same controllers as their windows (KioskFlow, GateDesk), work through a PostgreSQL server of the
// test's own that is stopped in the middle of a busy morning and started again. Registered only where PostgreSQL 15
// is installed (the PostgreSQL block of tests/CMakeLists.txt).
#include "OwnPostgres.h"
#include "db/AuditLog.h"
#include "db/Clock.h"
#include "db/Database.h"
#include "db/Facility.h"
#include "db/InmateStore.h"
#include "db/TallyService.h"
#include "db/TicketCodec.h"
#include "db/UserStore.h"
#include "db/offline/JournalUpload.h"
#include "ui/gate/GateDesk.h"
#include "ui/kiosk/KioskFlow.h"

#include <QElapsedTimer>
#include <QSet>

#include <catch2/catch.hpp>

#include <iostream>

using namespace Qt::StringLiterals;
using namespace besuk;

namespace {

const QDateTime Morning = QDateTime(QDate(2025, 12, 27), QTime(1, 0), Qt::UTC); // 09:00 in Asia/Makassar

std::string failureOf(const Error &error) {
    return QString(error.message + u" / "_s + error.detail).toStdString();
}

template <typename T> T ok(Result<T> result) {
    INFO((result ? std::string() : failureOf(result.error())));
    REQUIRE(result.ok());
    return std::move(result).value();
}

QString nik(int serial) {
    return u"64710514038%1"_s.arg(serial, 5, 10, QLatin1Char('0')); // a man born 14 March 1980
}

std::unique_ptr<Facility> openStation(const test::OwnPostgres &server, const Clock &clock) {
    auto database = ok(Database::open(server.url(), Database::OpenMode::MustExist));
    return ok(Facility::open(std::move(database), clock, server.filePath(u"facility.key"_s)));
}

struct Kiosk {
    Kiosk(const test::OwnPostgres &server, const Clock &clock, const QString &name)
        : facility(openStation(server, clock)), flow(*facility, name) {
        REQUIRE(flow.useJournal(server.filePath(name + u".db"_s)).ok());
        REQUIRE(ok(flow.refreshMirror()) > 0);
    }
    // A visitor's way through the kiosk: the inmate found, the adult added, one child, the ticket.
    IssuedTicket registerGroup(const QString &inmate, int serial) {
        flow.reset();
        const QList<Inmate> found = ok(flow.searchInmates(inmate, 5));
        REQUIRE(found.size() == 1);
        flow.setInmate(found.first());
        REQUIRE(flow.checkInmate(found.first()).ok());
        ok(flow.checkCompleteNik(nik(serial)));
        ok(flow.addAdult(nik(serial), u"Siti Aminah"_s));
        flow.setChildren(1);
        return ok(flow.submit());
    }
    std::unique_ptr<Facility> facility;
    KioskFlow flow;
};

struct Gate {
    Gate(const test::OwnPostgres &server, const Clock &clock, const QString &name)
        : facility(openStation(server, clock)), desk(*facility, name) {
        REQUIRE(desk.useJournal(server.filePath(name + u".db"_s)).ok());
        ok(desk.signIn(u"joko"_s, u"2468"_s));
        ok(desk.refreshMirror());
    }
    Verdict inspect(const QString &payload, bool depositPhone = false) {
        ok(desk.scan(payload));
        InspectionRequest request{InspectionPhase::Entry, {}, {}, InspectionOutcome::Cleared, {}, {}};
        if (depositPhone)
            request.items.append(InspectionItem{u"Telepon genggam"_s, Disposition::Deposited, u"T-07"_s});
        return ok(desk.inspect(request)).verdict;
    }
    Verdict admit(const QString &payload) {
        ok(desk.scan(payload));
        return ok(desk.admit()).verdict;
    }
    Verdict checkOut(const QString &payload) {
        ok(desk.scan(payload));
        return ok(desk.checkOut()).verdict;
    }
    std::unique_ptr<Facility> facility;
    GateDesk desk;
};

int count(Database &db, const QString &sql) {
    return ok(SqlQuery(db, sql).scalar()).toInt();
}

} // namespace

namespace besuk {
inline std::ostream &operator<<(std::ostream &os, Verdict verdict) {
    return os << verdictKey(verdict).toStdString();
}
} // namespace besuk

TEST_CASE("Two kiosks and two gates work through a stopped PostgreSQL server and reconcile exactly once",
          "[offline][postgres]") {
    test::OwnPostgres server;
    FixedClock clock(Morning);
    auto owner = server.initialiseFacility(clock);
    Rules rules = owner->rules();
    rules.visitsPerInmatePerWeek = 1;
    REQUIRE(owner->saveRules(rules, u"test"_s).ok());
    const QStringList names{u"Satu"_s, u"Dua"_s, u"Tiga"_s, u"Empat"_s, u"Lima"_s, u"Enam"_s};
    for (int i = 1; i <= 6; ++i)
        ok(InmateStore(*owner).add(u"WB-%1"_s.arg(i, 3, 10, QLatin1Char('0')), u"Warga "_s + names[i - 1], u"A"_s,
                                   u"test"_s));
    ok(UserStore(*owner).create(u"joko"_s, u"Joko Susilo"_s, Role::Guard, u"2468"_s, u"test"_s));

    Kiosk kiosk1(server, clock, u"kiosk-1"_s);
    Kiosk kiosk2(server, clock, u"kiosk-2"_s);
    Gate north(server, clock, u"gate-north"_s);
    Gate south(server, clock, u"gate-south"_s);

    // A busy morning with the server there.
    const IssuedTicket g1 = kiosk1.registerGroup(u"WB-001"_s, 1);
    const IssuedTicket g2 = kiosk2.registerGroup(u"WB-002"_s, 2);
    CHECK(g1.visit.queueLabel() == u"A-001"_s);
    CHECK(g2.visit.queueLabel() == u"A-002"_s);
    CHECK(north.inspect(g1.payload) == Verdict::Valid);
    CHECK(north.admit(g1.payload) == Verdict::Admitted);
    CHECK(south.inspect(g2.payload) == Verdict::Valid);
    ok(north.desk.refreshMirror());
    ok(south.desk.refreshMirror());

    server.stop();
    // Sixty seconds apart on the stations' clock: they register, inspect, admit and let out as before.
    QElapsedTimer switched;
    switched.start();
    const IssuedTicket g3 = kiosk1.registerGroup(u"WB-003"_s, 3);
    std::cout << "outage: kiosk-1 noticed the stopped server and registered from its journal in " << switched.elapsed()
              << " ms" << std::endl;
    CHECK(kiosk1.flow.offline());
    clock.advanceSeconds(5);
    const IssuedTicket g4 = kiosk2.registerGroup(u"WB-004"_s, 4);
    CHECK(kiosk2.flow.offline());
    clock.advanceSeconds(5);
    const IssuedTicket g5 = kiosk1.registerGroup(u"WB-005"_s, 5);
    clock.advanceSeconds(5);
    // The same inmate at the other kiosk: the weekly limit only the server can see.
    const IssuedTicket g6 = kiosk2.registerGroup(u"WB-005"_s, 6);
    CHECK(g3.visit.queueLabel() == u"A-901"_s);
    CHECK(g4.visit.queueLabel() == u"A-921"_s);
    CHECK(g5.visit.queueLabel() == u"A-902"_s);
    CHECK(g6.visit.queueLabel() == u"A-922"_s);
    clock.advanceSeconds(5);
    CHECK(south.admit(g2.payload) == Verdict::Admitted); // inspected online, admitted offline
    CHECK(south.desk.offline());
    clock.advanceSeconds(5);
    CHECK(north.inspect(g3.payload) == Verdict::Valid); // an offline kiosk's ticket, known by its reserved number
    CHECK(north.desk.offline());
    CHECK(north.admit(g3.payload) == Verdict::Admitted);
    clock.advanceSeconds(5);
    CHECK(south.inspect(g3.payload) == Verdict::Valid); // the other gate cannot know: admitted twice
    CHECK(south.admit(g3.payload) == Verdict::Admitted);
    clock.advanceSeconds(5);
    CHECK(north.inspect(g4.payload, true) == Verdict::Valid);
    CHECK(north.admit(g4.payload) == Verdict::Admitted);
    CHECK(north.inspect(g5.payload) == Verdict::Valid);
    CHECK(north.admit(g5.payload) == Verdict::Admitted);
    clock.advanceSeconds(5);
    CHECK(south.checkOut(g1.payload) == Verdict::CheckedOut); // admitted online, let out offline
    clock.advanceSeconds(20);
    CHECK(north.admit(g6.payload) == Verdict::NotInspected);
    const int acknowledged = kiosk1.flow.waitingEntries() + kiosk2.flow.waitingEntries() + north.desk.waitingEntries() +
                             south.desk.waitingEntries();
    CHECK(acknowledged == 4 + 10); // four registrations, ten gate entries

    server.start();
    // The first gate back cannot place its entries about the kiosks' tickets yet: they wait, the rest is sent.
    const UploadReport fromNorth = ok(north.desk.reconnect());
    CHECK_FALSE(north.desk.offline());
    CHECK(fromNorth.deferred == 6);
    CHECK(fromNorth.stored == 0);
    const UploadReport fromKiosk1 = ok(kiosk1.flow.reconnect());
    const UploadReport fromKiosk2 = ok(kiosk2.flow.reconnect());
    CHECK(fromKiosk1.stored == 2);
    CHECK(fromKiosk2.stored == 2);
    CHECK(fromKiosk2.alerts == 1);
    ok(north.desk.refreshMirror()); // what waited goes now
    const UploadReport fromSouth = ok(south.desk.reconnect());
    CHECK(fromSouth.stored == 4);
    CHECK(fromSouth.alerts == 1);
    for (int waiting : {kiosk1.flow.waitingEntries(), kiosk2.flow.waitingEntries(), north.desk.waitingEntries(),
                        south.desk.waitingEntries()})
        CHECK(waiting == 0);

    // What the server holds, through a connection of its own (the owner's was cut with the server).
    auto office = openStation(server, clock);
    Database &db = office->database();
    // Every ticket given is one visit, with the number and id printed on it.
    QSet<QString> labels;
    for (const IssuedTicket &ticket : {g1, g2, g3, g4, g5, g6}) {
        const VisitRecord stored = ok(VisitRepository::load(db, ticket.visit.id));
        CHECK(stored.queueLabel() == ticket.visit.queueLabel());
        CHECK(stored.inmate.number == ticket.visit.inmate.number);
        labels.insert(stored.queueLabel());
    }
    CHECK(labels.size() == 6);
    CHECK(count(db, u"SELECT COUNT(*) FROM visits"_s) == 6);
    CHECK(count(db, u"SELECT COUNT(*) FROM inspections"_s) == 6);
    CHECK(count(db, u"SELECT COUNT(*) FROM station_journal"_s) == 10); // the gates' entries, each once
    CHECK(ok(VisitRepository::load(db, g1.visit.id)).status == VisitStatus::CheckedOut);
    CHECK(ok(VisitRepository::load(db, g3.visit.id)).admittedBy == u"Joko Susilo"_s);
    const QList<OfflineAlert> alerts = ok(JournalUpload::alerts(db, office->today()));
    REQUIRE(alerts.size() == 2);
    CHECK(alerts[0].kind == u"rule"_s);
    CHECK(alerts[0].visitId == g6.visit.id);
    CHECK(alerts[1].kind == u"double_admission"_s);
    CHECK(alerts[1].visitId == g3.visit.id);
    CHECK(alerts[1].firstStation == u"gate-north"_s);
    CHECK(alerts[1].secondStation == u"gate-south"_s);
    const DayTally tally = ok(TallyService(*office).day(office->today()));
    CHECK(tally.registered.groups == 6);
    CHECK(tally.admitted.groups == 5);
    CHECK(tally.inside.groups == 4);
    CHECK(tally.checkedOut.groups == 1);
    CHECK(ok(AuditLog::verify(db)).intact);
}
