// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/kiosk/KioskFlow.h"

#include "BookedGroup.h"
#include "TestFacility.h"
#include "db/BanStore.h"
#include "db/BookingService.h"
#include "db/TicketCodec.h"

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

const QDate Today = TestFacility::reportDay(); // Saturday 27 December 2025, 09:00 on the test clock
const QDate Sunday = Today.addDays(1);

// A kiosk on a facility that takes bookings; the group of Budi and Siti with one child booked Sunday 09:00-10:00.
struct BookedKiosk : Kiosk {
    BookedKiosk() {
        besuk::test::enableBooking(*f);
        issued = besuk::test::bookAhead(*f, inmates.at(0).number, inmates.at(0).name,
                                        {{Budi, u"Budi Santoso"_s}, {Siti, u"Siti Aminah"_s}}, Sunday, QTime(9, 0), 1);
        f.setLocal(Sunday, QTime(9, 20));
    }
    IssuedBooking issued;
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

TEST_CASE("KioskFlow finds a booking by its typed code or its scanned QR, and one confirmation gives the ticket",
          "[kiosk][booking]") {
    BookedKiosk k;
    const Booking &booked = k.issued.booking;
    const Snapshot before = k.f.snapshot();
    SECTION("typed: lower case with the dash") {
        auto found = k.flow.findBooking(BookingService::displayCode(booked.code).toLower());
        REQUIRE(found.ok());
        CHECK(found->id == booked.id);
    }
    SECTION("typed: without the dash, spaces around") {
        REQUIRE(k.flow.findBooking(u"  "_s + booked.code + u" "_s).ok());
    }
    SECTION("scanned: the booked QR in lower case (a scanner set so)") {
        REQUIRE(k.flow.findScannedBooking(k.issued.payload.toLower()).ok());
    }
    SECTION("scanned: a QR holding only the code") {
        REQUIRE(k.flow.findScannedBooking(BookingService::displayCode(booked.code)).ok());
    }
    REQUIRE(k.flow.booking().has_value());
    CHECK(k.flow.booking()->inmate.number == k.inmates.at(0).number);
    CHECK(k.flow.booking()->members.size() == 2);
    CHECK(k.flow.booking()->members.at(0).maskedNik == Nik::mask(Budi));
    CHECK(k.flow.booking()->children == 1);
    CHECK(k.flow.booking()->status == BookingStatus::Booked);
    CHECK(k.f.snapshot() == before); // looking a booking up stores nothing

    auto ticket = k.flow.confirmBooking();
    REQUIRE(ticket.ok());
    CHECK(ticket->visit.queueLabel() == u"A-001"_s);
    CHECK(ticket->visit.session == u"09:00\u201310:00"_s);
    CHECK(ticket->visit.men == 1);
    CHECK(ticket->visit.women == 1);
    CHECK(ticket->visit.children == 1);
    REQUIRE(k.flow.ticket().has_value());
    CHECK(k.flow.ticket()->visit.id == ticket->visit.id);
    CHECK(BookingService(*k.f).load(booked.id)->status == BookingStatus::Arrived);

    // The group comes back to the kiosk (lost the paper): the same ticket, no second visit.
    k.flow.reset();
    CHECK_FALSE(k.flow.booking());
    CHECK_FALSE(k.flow.ticket());
    auto again = k.flow.findScannedBooking(k.issued.payload);
    REQUIRE(again.ok());
    CHECK(again->status == BookingStatus::Arrived);
    auto same = k.flow.confirmBooking();
    REQUIRE(same.ok());
    CHECK(same->visit.id == ticket->visit.id);
    CHECK(same->payload == ticket->payload);
    CHECK(k.f.rowCount(u"visits"_s) == 1);
}

TEST_CASE("KioskFlow refuses a wrong code, a ticket that is not a booking and a booking not usable today, "
          "keeping nothing",
          "[kiosk][booking]") {
    BookedKiosk k;
    const IssuedBooking monday = besuk::test::bookAhead(*k.f, k.inmates.at(1).number, k.inmates.at(1).name,
                                                        {{Agus, u"Agus Salim"_s}}, Sunday.addDays(1));
    auto walkIn = RegistrationService(*k.f).registerGroup(
        RegistrationRequest{k.inmates.at(1).number, {{Dewi, u"Dewi Lestari"_s}}, 0, Service::Visit, u"kiosk-1"_s});
    REQUIRE(walkIn.ok());
    const Snapshot before = k.f.snapshot();
    const auto refused = [&](Result<Booking> found, ErrorCode code) {
        REQUIRE_FALSE(found.ok());
        CHECK(found.error().code == code);
        CHECK_FALSE(found.error().message.isEmpty());
        CHECK_FALSE(k.flow.booking());
        CHECK(k.f.snapshot() == before);
        return found.error().message;
    };
    CHECK(refused(k.flow.findBooking(u"K7QM"_s), ErrorCode::InvalidInput).contains(u"8 letters"_s));
    CHECK(refused(k.flow.findBooking(u"K7QM-4ZPI"_s), ErrorCode::InvalidInput).contains(u"8 letters"_s));
    const QString unknown = k.issued.booking.code == u"K7QM4ZPX"_s ? u"K7QM4ZPY"_s : u"K7QM4ZPX"_s;
    CHECK(refused(k.flow.findBooking(unknown), ErrorCode::NotFound).contains(u"K7QM-4ZP"_s));
    CHECK(refused(k.flow.findScannedBooking(u"HELLO WORLD 123"_s), ErrorCode::InvalidInput) ==
          u"This is not a valid ticket of this facility. Please ask an officer."_s);
    CHECK(refused(k.flow.findScannedBooking(walkIn->payload), ErrorCode::InvalidInput).contains(u"queue number"_s));
    CHECK(refused(k.flow.findBooking(monday.booking.code), ErrorCode::RuleRefused).contains(u"not today"_s));
    CHECK_FALSE(k.flow.confirmBooking().ok());

    SECTION("cancelled") {
        REQUIRE(BookingService(*k.f).cancel(k.issued.booking.code, Siti, u"web"_s).ok());
        const Snapshot cancelled = k.f.snapshot();
        auto found = k.flow.findScannedBooking(k.issued.payload);
        REQUIRE_FALSE(found.ok());
        CHECK(found.error().code == ErrorCode::RuleRefused);
        CHECK(found.error().message.contains(u"cancelled"_s));
        CHECK(k.f.snapshot() == cancelled);
    }
    SECTION("the day closed after the group looked its booking up") {
        REQUIRE(k.flow.findBooking(k.issued.booking.code).ok());
        REQUIRE(BookingService(*k.f).closeDay(Sunday, u"Renovasi ruang kunjungan"_s, u"admin"_s).ok());
        const Snapshot closed = k.f.snapshot();
        auto ticket = k.flow.confirmBooking();
        REQUIRE_FALSE(ticket.ok());
        CHECK(ticket.error().code == ErrorCode::RuleRefused);
        CHECK(ticket.error().message.contains(u"Renovasi ruang kunjungan"_s));
        CHECK_FALSE(k.flow.ticket());
        CHECK(k.f.snapshot() == closed);
        auto again = k.flow.findBooking(k.issued.booking.code);
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().message.contains(u"Renovasi"_s));
        CHECK_FALSE(k.flow.booking());
    }
}

TEST_CASE("KioskFlow asks the early checks: the inmate when chosen, a NIK when complete", "[kiosk][early]") {
    Kiosk k;
    REQUIRE(RegistrationService(*k.f)
                .registerGroup(RegistrationRequest{
                    k.inmates.at(0).number, {{Dewi, u"Dewi Lestari"_s}}, 0, Service::Visit, u"kiosk-1"_s})
                .ok());
    REQUIRE(BanStore(*k.f).add(Agus, u"Keributan 2025"_s, u"admin"_s).ok());
    const Snapshot before = k.f.snapshot();
    auto weekly = k.flow.checkInmate(k.inmates.at(0));
    REQUIRE_FALSE(weekly.ok());
    CHECK(weekly.error().message.contains(u"already had the visits allowed this week"_s));
    CHECK(k.flow.checkInmate(k.inmates.at(1)).ok());
    k.flow.setService(Service::Deposit);
    CHECK(k.flow.checkInmate(k.inmates.at(0)).ok());

    REQUIRE(k.flow.addAdult(Budi, u"Budi Santoso"_s).ok());
    CHECK(k.flow.checkCompleteNik(Siti).ok());
    CHECK(k.flow.checkCompleteNik(Budi).error().code == ErrorCode::InvalidInput);
    auto banned = k.flow.checkCompleteNik(Agus);
    REQUIRE_FALSE(banned.ok());
    CHECK(banned.error().code == ErrorCode::SeeOfficer);
    CHECK_FALSE(banned.error().message.contains(u"Keributan"_s));
    CHECK(k.flow.addAdult(Agus, u"Agus Salim"_s).error().code == ErrorCode::SeeOfficer);
    CHECK(k.flow.adults().size() == 1);
    CHECK(k.f.snapshot() == before);
}

TEST_CASE("KioskFlow takes an earlier day's ticket to a repeat visit with one confirmation", "[kiosk][repeat]") {
    Kiosk k;
    auto last = RegistrationService(*k.f).registerGroup(RegistrationRequest{
        k.inmates.at(0).number, {{Budi, u"Budi Santoso"_s}, {Siti, u"Siti Aminah"_s}}, 1, Service::Visit, u"k"_s});
    REQUIRE(last.ok());
    auto sameDay = k.flow.findScanned(last->payload);
    REQUIRE_FALSE(sameDay.ok());
    CHECK(sameDay.error().message.contains(u"already has a queue number"_s));
    CHECK_FALSE(k.flow.repeat());

    k.f.setLocal(Today.addDays(7), QTime(10, 0));
    const Snapshot before = k.f.snapshot();
    auto scanned = k.flow.findScanned(last->payload);
    REQUIRE(scanned.ok());
    CHECK(*scanned == KioskFlow::Scanned::Repeat);
    REQUIRE(k.flow.repeat());
    CHECK(k.flow.inmate()->number == k.inmates.at(0).number);
    CHECK(k.flow.children() == 1);
    CHECK(k.flow.maxChildren() == 2);
    CHECK(k.f.snapshot() == before);
    k.flow.setChildren(2);
    auto ticket = k.flow.confirmRepeat();
    REQUIRE(ticket.ok());
    CHECK(ticket->visit.people() == 4);
    CHECK(k.flow.ticket()->visit.id == ticket->visit.id);

    k.flow.reset();
    CHECK_FALSE(k.flow.repeat());
    CHECK(k.flow.findScanned(ticket->payload).error().message.contains(u"already has a queue number"_s));
    auto weekly = k.flow.findScanned(last->payload);
    REQUIRE_FALSE(weekly.ok());
    CHECK(weekly.error().code == ErrorCode::RuleRefused);
    CHECK_FALSE(k.flow.repeat());
    CHECK_FALSE(k.flow.confirmRepeat().ok());
}

TEST_CASE("KioskFlow sends a scanned booking to the booking path", "[kiosk][repeat][booking]") {
    BookedKiosk k;
    auto scanned = k.flow.findScanned(k.issued.payload);
    REQUIRE(scanned.ok());
    CHECK(*scanned == KioskFlow::Scanned::Booking);
    CHECK(k.flow.booking().has_value());
    CHECK_FALSE(k.flow.repeat());
    CHECK(k.flow.findScanned(u"HELLO WORLD 123"_s).error().code == ErrorCode::InvalidInput);
}
