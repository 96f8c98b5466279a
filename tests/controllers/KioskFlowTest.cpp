// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/kiosk/KioskFlow.h"

#include "TestFacility.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace besuk;

namespace {

const QString Budi = makeNik(QDate(1985, 3, 14), Sex::Male, 1);
const QString Siti = makeNik(QDate(1990, 7, 2), Sex::Female, 2);
const QString Putri = makeNik(QDate(2010, 6, 1), Sex::Female, 3); // 15 on the report day
const QString Agus = makeNik(QDate(1970, 1, 9), Sex::Male, 4);
const QString Dewi = makeNik(QDate(1975, 2, 3), Sex::Female, 5);

struct Kiosk {
    Kiosk() {
        inmates = f.addInmates(2);
        QObject::connect(&flow, &KioskFlow::changed, [this] { ++changes; });
    }
    TestFacility f;
    QList<Inmate> inmates;
    KioskFlow flow{*f, u"kiosk-1"_s};
    int changes = 0;
};

} // namespace

TEST_CASE("KioskFlow keeps the group and asks the domain's group rules as each adult is added", "[kiosk]") {
    Kiosk k;
    const Snapshot before = k.f.snapshot();
    REQUIRE(k.flow.addAdult(Budi, u"Budi Santoso"_s).ok());
    CHECK(k.changes == 1);
    auto minor = k.flow.addAdult(Putri, u"Putri Aminah"_s);
    REQUIRE(minor.ok());
    CHECK(minor->countsAsChild());
    CHECK(minor->age == 15);

    auto twice = k.flow.addAdult(Budi, u"Budi Lagi"_s);
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().message == u"This NIK has already been added to the group. Each person is entered once."_s);
    CHECK(k.flow.addAdult(u"6471053113900003"_s, u"Andi Wijaya"_s).error().code == ErrorCode::InvalidInput);
    CHECK(k.flow.adults().size() == 2);
    CHECK(k.changes == 2);

    CHECK(k.flow.men() == 1);
    CHECK(k.flow.women() == 0);
    CHECK(k.flow.childrenTotal() == 1);
    CHECK(k.flow.maxChildren() == 2);
    k.flow.setChildren(5);
    CHECK(k.flow.children() == 2); // the group's room, from the domain
    CHECK(k.flow.childrenTotal() == 3);
    auto full = k.flow.addAdult(Siti, u"Siti Aminah"_s);
    REQUIRE_FALSE(full.ok());
    CHECK(full.error().code == ErrorCode::RuleRefused);
    CHECK(full.error().message.contains(u"at most 4 people"_s));
    CHECK(k.f.snapshot() == before); // entering a group stores nothing

    auto nik = k.flow.checkNik(Putri);
    REQUIRE(nik.ok());
    CHECK(k.flow.countsAsChild(*nik));
    CHECK_FALSE(k.flow.countsAsChild(*k.flow.checkNik(Budi)));
}

TEST_CASE("KioskFlow refuses a fourth adult, and a removed adult makes room again", "[kiosk]") {
    Kiosk k;
    for (const auto &[nik, name] :
         {std::pair{Budi, u"Budi Santoso"_s}, {Siti, u"Siti Aminah"_s}, {Agus, u"Agus Salim"_s}})
        REQUIRE(k.flow.addAdult(nik, name).ok());
    CHECK(k.flow.maxAdults() == 3);
    auto fourth = k.flow.addAdult(Dewi, u"Dewi Lestari"_s);
    REQUIRE_FALSE(fourth.ok());
    CHECK(fourth.error().message.contains(u"at most 3 adult"_s));
    k.flow.removeAdult(1);
    REQUIRE(k.flow.addAdult(Dewi, u"Dewi Lestari"_s).ok());
    CHECK(k.flow.men() == 2);
    CHECK(k.flow.women() == 1);
}

TEST_CASE("KioskFlow submits the group: a ticket counted as the flow counted, or a refusal that stores nothing",
          "[kiosk]") {
    Kiosk k;
    REQUIRE(k.flow.addAdult(Budi, u"Budi Santoso"_s).ok());
    REQUIRE(k.flow.addAdult(Putri, u"Putri Aminah"_s).ok());
    k.flow.setChildren(1);
    const Snapshot before = k.f.snapshot();
    CHECK(k.flow.submit().error().code == ErrorCode::InvalidInput); // no inmate chosen
    CHECK(k.f.snapshot() == before);

    auto found = k.flow.searchInmates(u" WB-002 "_s, 5);
    REQUIRE(found.ok());
    REQUIRE(found->size() == 1);
    k.flow.setInmate(found->first());
    Rules rules = k.f->rules();
    rules.maxGroupSize = 2;
    rules.maxAdults = 2;
    REQUIRE(k.f->saveRules(rules, u"staff"_s).ok()); // tightened while the group stands at the kiosk
    const Snapshot tightened = k.f.snapshot();
    auto refused = k.flow.submit();
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(u"at most 2 people"_s));
    CHECK_FALSE(k.flow.ticket());
    CHECK(k.f.snapshot() == tightened);

    rules.maxGroupSize = 4;
    REQUIRE(k.f->saveRules(rules, u"staff"_s).ok());
    auto issued = k.flow.submit();
    REQUIRE(issued.ok());
    CHECK(issued->visit.queueLabel() == u"A-001"_s);
    CHECK(issued->visit.inmate.number == u"WB-002"_s);
    CHECK(issued->visit.men == k.flow.men());
    CHECK(issued->visit.women == k.flow.women());
    CHECK(issued->visit.children == k.flow.childrenTotal());
    CHECK(k.flow.ticket());
    k.flow.reset();
    CHECK_FALSE(k.flow.ticket());
    CHECK(k.flow.adults().isEmpty());
    CHECK(k.f.rowCount(u"visits"_s) == 1);
}
