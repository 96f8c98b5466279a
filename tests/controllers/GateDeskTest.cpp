// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/gate/GateDesk.h"

#include "TestFacility.h"
#include "db/Database.h"
#include "db/RegistrationService.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace besuk;

namespace {

const QString GuardPin = u"4821"_s;

struct Gate {
    Gate() {
        f.addInmates(2);
        REQUIRE(UserStore(*f).create(u"joko"_s, u"Joko Susilo"_s, Role::Guard, GuardPin, u"test"_s).ok());
        QObject::connect(&desk, &GateDesk::changed, [this] { ++changes; });
    }
    IssuedTicket issue(const QString &inmate, int serial) {
        auto ticket = RegistrationService(*f).registerGroup(
            RegistrationRequest{inmate,
                                {{makeNik(QDate(1985, 3, 14), Sex::Male, serial), u"Budi Santoso"_s}},
                                1,
                                Service::Visit,
                                u"kiosk-1"_s});
        REQUIRE(ticket.ok());
        return std::move(ticket).value();
    }
    static QStringList labels(const Result<QList<VisitRecord>> &visits) {
        REQUIRE(visits.ok());
        QStringList found;
        for (const VisitRecord &visit : *visits)
            found.append(visit.queueLabel());
        return found;
    }

    TestFacility f;
    GateDesk desk{*f, u"1"_s};
    int changes = 0;
};

InspectionRequest depositing(const QString &tag) {
    InspectionRequest request;
    request.items = {{u"Telepon genggam"_s, Disposition::Deposited, tag}, {u"Nasi kotak"_s, Disposition::Allowed, {}}};
    return request;
}

} // namespace

TEST_CASE("GateDesk: nothing before sign-in, then a scanned ticket is inspected, admitted and checked out", "[gate]") {
    Gate g;
    const IssuedTicket ticket = g.issue(u"WB-001"_s, 1);
    const Snapshot before = g.f.snapshot();
    CHECK(g.desk.scan(ticket.payload).error().message == u"Sign in first."_s);
    CHECK(g.desk.admit().error().code == ErrorCode::RuleRefused);
    CHECK(g.f.snapshot() == before);
    CHECK(g.desk.signIn(u"joko"_s, u"0000"_s).error().code == ErrorCode::InvalidInput);
    CHECK_FALSE(g.desk.signedIn());

    REQUIRE(g.desk.signIn(u"joko"_s, GuardPin).ok());
    CHECK(g.desk.admit().error().message == u"Scan a ticket first."_s);
    auto scanned = g.desk.scan(u"  "_s + ticket.payload + u"\n"_s);
    REQUIRE(scanned.ok());
    CHECK(scanned->verdict == Verdict::Valid);
    REQUIRE(g.desk.ticket());
    CHECK(g.desk.ticket()->visitId == ticket.visit.id);
    CHECK(g.labels(g.desk.todaysTickets()) == QStringList{u"A-001"_s});

    auto inspected = g.desk.inspect(depositing(u"L-7"_s));
    REQUIRE(inspected.ok());
    CHECK(inspected->verdict == Verdict::Valid);
    auto admitted = g.desk.admit();
    REQUIRE(admitted.ok());
    CHECK(admitted->verdict == Verdict::Admitted);
    CHECK(admitted->visit->admittedBy == u"Joko Susilo"_s); // the signed-in officer
    CHECK(g.changes == 2);
    CHECK(g.labels(g.desk.insideNow()) == QStringList{u"A-001"_s});
    auto deposited = g.desk.depositedItems(ticket.visit.id);
    REQUIRE(deposited.ok());
    REQUIRE(deposited->size() == 1);
    CHECK(deposited->first().tag == u"L-7"_s);

    auto left = g.desk.checkOut();
    REQUIRE(left.ok());
    CHECK(left->verdict == Verdict::CheckedOut);
    CHECK(g.desk.insideNow()->isEmpty());
    g.desk.signOut();
    CHECK_FALSE(g.desk.ticket());
}

TEST_CASE("GateDesk: a ticket found by number or picked from the board goes the same way, and a missed check-out "
          "stays on the board the next day",
          "[gate]") {
    Gate g;
    g.issue(u"WB-001"_s, 1);
    const IssuedTicket second = g.issue(u"WB-002"_s, 2);
    REQUIRE(g.desk.signIn(u"joko"_s, GuardPin).ok());
    auto typed = g.desk.findByQueueLabel(u"a2"_s);
    REQUIRE(typed.ok());
    CHECK(typed->verdict == Verdict::Valid);
    CHECK_FALSE(g.desk.ticket()->scanned());
    CHECK(g.desk.ticket()->visitId == second.visit.id);
    REQUIRE(g.desk.inspect(InspectionRequest{}).ok());
    REQUIRE(g.desk.admit()->verdict == Verdict::Admitted);

    g.f.setLocal(TestFacility::reportDay().addDays(1), QTime(8, 0));
    CHECK(g.desk.todaysTickets()->isEmpty());
    CHECK(g.labels(g.desk.insideNow()) == QStringList{u"A-002"_s});
    auto picked = g.desk.pick(second.visit.id);
    REQUIRE(picked.ok());
    CHECK(picked->verdict == Verdict::AlreadyAdmitted);
    REQUIRE(g.desk.checkOut()->verdict == Verdict::CheckedOut);
    CHECK(g.desk.insideNow()->isEmpty());
}

TEST_CASE("GateDesk: rules changed at the staff console apply at the gate from the next ticket, without a restart",
          "[gate]") {
    Gate g;
    REQUIRE_FALSE(g.desk.domain().inlined()); // the gate's domain thread has a connection and rules of its own
    const IssuedTicket first = g.issue(u"WB-001"_s, 1);
    const IssuedTicket second = g.issue(u"WB-002"_s, 2);
    REQUIRE(g.desk.signIn(u"joko"_s, GuardPin).ok());
    Rules relaxed = g.f->rules();
    relaxed.requireClearedInspection = false;
    REQUIRE(g.f->saveRules(relaxed, u"admin"_s).ok());
    REQUIRE(g.desk.scan(first.payload).ok());
    CHECK(g.desk.admit()->verdict == Verdict::Admitted); // no entry inspection asked for

    // The console is another program: its own connection and its own copy of the rules.
    auto database = Database::open(g.f.location(), Database::OpenMode::MustExist);
    REQUIRE(database.ok());
    auto console = Facility::open(std::move(database).value(), g.f.clock, g.f.keyPath());
    REQUIRE(console.ok());
    Rules stricter = (*console)->rules();
    stricter.requireClearedInspection = true;
    stricter.prohibitedItems.append(u"Korek api"_s);
    stricter.visitMinutes = 45;
    REQUIRE((*console)->saveRules(stricter, u"admin"_s).ok());

    // The next ticket taken up is judged by the new rules: no admission without an entry inspection, the new item
    // on the inspection list, the new visit length.
    REQUIRE(g.desk.scan(second.payload).ok());
    CHECK(g.desk.prohibitedItems().contains(u"Korek api"_s));
    CHECK(g.desk.visitMinutes() == 45);
    auto admitted = g.desk.admit();
    REQUIRE(admitted.ok());
    CHECK(admitted->verdict == Verdict::NotInspected);
    REQUIRE(g.desk.inspect(InspectionRequest{}).ok());
    CHECK(g.desk.admit()->verdict == Verdict::Admitted);
}
