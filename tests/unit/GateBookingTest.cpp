// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestFacility.h"
#include "db/AuditLog.h"
#include "db/BanStore.h"
#include "db/BookingService.h"
#include "db/GateService.h"
#include "db/TallyService.h"
#include "db/TicketCodec.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace besuk;

namespace besuk {
inline std::ostream &operator<<(std::ostream &os, Verdict verdict) {
    return os << verdictKey(verdict).toStdString();
}
} // namespace besuk

namespace {

const QDate Today = TestFacility::reportDay(); // Saturday 27 December 2025, 09:00 on the test clock
const QDate Sunday = Today.addDays(1);
const QString Officer = u"Pak Joko"_s;

QString man(int serial) {
    return makeNik(QDate(1985, 3, 14), Sex::Male, serial);
}
QString woman(int serial) {
    return makeNik(QDate(1990, 7, 2), Sex::Female, serial);
}

// Booking on (the demo slots 08-09, 09-10, 10-11, 13-14 on every day, 40 seats each), 30 minutes' tolerance, and
// four inmates WB-001 ... WB-004.
struct BookedGate {
    BookedGate() {
        Rules rules = f->rules();
        rules.bookingSlots = Rules::demoBookingSlots(rules.anyVisitingDays());
        for (auto &daySlots : rules.bookingSlots)
            for (BookingSlot &slot : daySlots)
                slot.capacity = 40;
        rules.arrivalToleranceMinutes = 30;
        REQUIRE(f->saveRules(rules, u"admin"_s).ok());
        inmates = f.addInmates(4);
    }
    // A man, a woman and one child for inmate `index` on Sunday in the slot starting at `slot`.
    IssuedBooking book(int index, const QTime &slot = QTime(9, 0), const QDate &date = Sunday) {
        const Inmate &inmate = inmates.at(index);
        auto issued = BookingService(*f).book(
            BookingRequest{date,
                           slot,
                           inmate.number,
                           inmate.name,
                           {{man(10 + index), u"Budi Santoso"_s}, {woman(20 + index), u"Siti Aminah"_s}},
                           1,
                           Service::Visit,
                           u"web"_s});
        if (!issued.ok())
            FAIL("refused: " << issued.error().message);
        return std::move(issued).value();
    }
    GateOutcome scan(const QString &payload) {
        auto outcome = gate.scan(payload);
        REQUIRE(outcome.ok());
        return std::move(outcome).value();
    }
    static InspectionRequest cleared() {
        return InspectionRequest{InspectionPhase::Entry, Officer, {}, InspectionOutcome::Cleared, {}, {}};
    }

    TestFacility f;
    GateService gate{*f};
    QList<Inmate> inmates;
};

void requireChainIntact(TestFacility &f) {
    auto check = AuditLog::verify(f->database());
    REQUIRE(check.ok());
    CHECK(check->intact);
}

} // namespace

TEST_CASE("A booked ticket is checked in on its first scan and then stands for its visit", "[gate][booking]") {
    BookedGate g;
    const IssuedBooking issued = g.book(0);
    g.f.setLocal(Sunday, QTime(9, 20));

    const GateOutcome first = g.scan(issued.payload);
    CHECK(first.verdict == Verdict::Valid);
    REQUIRE(first.visit.has_value());
    CHECK(first.visit->queueNumber == 1);
    CHECK(first.visit->people() == 3);
    CHECK(first.visit->session == u"09:00\u201310:00"_s);
    REQUIRE(first.booking.has_value());
    CHECK(first.booking->code == issued.booking.code);
    CHECK(first.booking->slot() == u"09:00\u201310:00"_s);
    CHECK(first.booking->timing == BookingService::Timing::InSlot);
    CHECK_FALSE(first.booking->offSlot());
    CHECK(first.message.contains(u"Booked 09:00\u201310:00."_s));
    CHECK(BookingService(*g.f).load(issued.booking.id)->status == BookingStatus::Arrived);
    CHECK(BookingService(*g.f).load(issued.booking.id)->visitId == first.visit->id);

    // A second scan: the same visit, nothing new stored.
    const Snapshot before = g.f.snapshot();
    const GateOutcome again = g.scan(issued.payload);
    CHECK(again.verdict == Verdict::Valid);
    CHECK(again.visit->id == first.visit->id);
    CHECK(g.f.snapshot() == before);

    // Inspect, admit and check out by the booked payload, as for any ticket.
    auto inspected = g.gate.inspect(issued.payload, BookedGate::cleared());
    REQUIRE(inspected.ok());
    CHECK(inspected->verdict == Verdict::Valid);
    auto admitted = g.gate.admit(issued.payload, Officer);
    REQUIRE(admitted.ok());
    CHECK(admitted->verdict == Verdict::Admitted);
    CHECK(admitted->visit->id == first.visit->id);
    CHECK(admitted->booking.has_value());
    const GateOutcome inside = g.scan(issued.payload);
    CHECK(inside.verdict == Verdict::AlreadyAdmitted);
    CHECK(inside.booking->timing == BookingService::Timing::InSlot); // when the group came, not now
    auto left = g.gate.checkOut(issued.payload, u"Bu Rina"_s);
    REQUIRE(left.ok());
    CHECK(left->verdict == Verdict::CheckedOut);
    CHECK(g.scan(issued.payload).verdict == Verdict::CheckedOut);
    CHECK(g.f.rowCount(u"visits"_s) == 1);
    requireChainIntact(g.f);
}

TEST_CASE("A booked group outside its slot and tolerance is valid but flagged early or late", "[gate][booking]") {
    BookedGate g;
    const IssuedBooking afternoon = g.book(0, QTime(13, 0));
    const IssuedBooking morning = g.book(1, QTime(8, 0));
    const IssuedBooking edge = g.book(2, QTime(10, 0));

    g.f.setLocal(Sunday, QTime(10, 31)); // 13:00 - 30 min is 12:30; 08:00-09:00 + 30 min is 09:30
    const GateOutcome early = g.scan(afternoon.payload);
    CHECK(early.verdict == Verdict::Valid);
    CHECK(early.positive());
    REQUIRE(early.booking.has_value());
    CHECK(early.booking->timing == BookingService::Timing::Early);
    CHECK(early.booking->offSlot());
    CHECK(early.message.contains(u"Early: booked 13:00\u201314:00."_s));

    const GateOutcome late = g.scan(morning.payload);
    CHECK(late.verdict == Verdict::Valid);
    CHECK(late.booking->timing == BookingService::Timing::Late);
    CHECK(late.message.contains(u"Late: booked 08:00\u201309:00."_s));

    const GateOutcome inSlot = g.scan(edge.payload);
    CHECK(inSlot.booking->timing == BookingService::Timing::InSlot);

    // Scanned again later, the timing stays that of the arrival.
    g.f.setLocal(Sunday, QTime(13, 10));
    CHECK(g.scan(afternoon.payload).booking->timing == BookingService::Timing::Early);
    CHECK(g.f.rowCount(u"visits"_s) == 3);
}

TEST_CASE("A booked ticket that may not pass: cancelled, another day, closed day, unknown", "[gate][booking]") {
    BookedGate g;
    const IssuedBooking cancelled = g.book(0);
    const IssuedBooking tomorrow = g.book(1, QTime(9, 0), Sunday.addDays(1));
    const IssuedBooking closed = g.book(2, QTime(9, 0), Sunday.addDays(2));
    const IssuedBooking banned = g.book(3);
    REQUIRE(BookingService(*g.f).cancelByStaff(cancelled.booking.code, u"Keluarga minta batal"_s, u"petugas"_s).ok());
    g.f.setLocal(Sunday, QTime(9, 0));
    const Snapshot before = g.f.snapshot();

    const GateOutcome gone = g.scan(cancelled.payload);
    CHECK(gone.verdict == Verdict::Cancelled);
    CHECK_FALSE(gone.positive());
    CHECK_FALSE(gone.visit.has_value());
    REQUIRE(gone.booking.has_value());
    CHECK(gone.booking->slot() == u"09:00\u201310:00"_s);

    const GateOutcome early = g.scan(tomorrow.payload);
    CHECK(early.verdict == Verdict::WrongDay);
    CHECK_FALSE(early.message.isEmpty());

    // Admit and inspect by a payload that may not pass give the same verdicts and change nothing.
    CHECK(g.gate.admit(cancelled.payload, Officer)->verdict == Verdict::Cancelled);
    CHECK(g.gate.inspect(tomorrow.payload, BookedGate::cleared())->verdict == Verdict::WrongDay);

    // A booking id this database does not have, signed with the facility's own key.
    auto key = g.f->signingKey();
    REQUIRE(key.ok());
    const QString stranger =
        TicketCodec::encode(TicketClaims{g.f->profile().code, Sunday, 99999, queueLetter(Service::Visit), 0}, **key);
    CHECK(g.scan(stranger).verdict == Verdict::Unknown);
    CHECK(g.f.snapshot() == before);

    SECTION("a day closed by staff refuses the booked group with the reason") {
        REQUIRE(BookingService(*g.f).closeDay(Sunday.addDays(2), u"Renovasi ruang kunjungan"_s, u"admin"_s).ok());
        g.f.setLocal(Sunday.addDays(2), QTime(9, 0));
        const Snapshot closedBefore = g.f.snapshot();
        const GateOutcome refused = g.scan(closed.payload);
        CHECK(refused.verdict == Verdict::Refused);
        CHECK(refused.message.contains(u"Renovasi ruang kunjungan"_s));
        CHECK_FALSE(refused.visit.has_value());
        CHECK(g.f.snapshot() == closedBefore);
    }
    SECTION("a banned member stops the booked group at the gate") {
        REQUIRE(BanStore(*g.f).add(man(13), u"Membawa barang terlarang"_s, u"admin"_s).ok());
        const GateOutcome stopped = g.scan(banned.payload);
        CHECK(stopped.verdict == Verdict::Banned);
        CHECK_FALSE(stopped.visit.has_value());
    }
}

TEST_CASE("A booked ticket changed to another day no longer passes in its old form", "[gate][booking]") {
    BookedGate g;
    const IssuedBooking first = g.book(0);
    auto moved = BookingService(*g.f).change(first.booking.code, man(10), Sunday.addDays(1), QTime(10, 0), u"web"_s);
    REQUIRE(moved.ok());
    g.f.setLocal(Sunday, QTime(9, 0));
    CHECK(g.scan(first.payload).verdict == Verdict::Unknown);
    g.f.setLocal(Sunday.addDays(1), QTime(10, 5));
    const GateOutcome now = g.scan(moved->payload);
    CHECK(now.verdict == Verdict::Valid);
    CHECK(now.booking->slot() == u"10:00\u201311:00"_s);
}

TEST_CASE("Yesterday's unused booking shows as a no-show in the day's tally", "[gate][booking][tally]") {
    BookedGate g;
    const IssuedBooking unused = g.book(0);
    const IssuedBooking used = g.book(1, QTime(10, 0));
    g.f.setLocal(Sunday, QTime(10, 0));
    REQUIRE(g.scan(used.payload).verdict == Verdict::Valid);

    g.f.setLocal(Sunday.addDays(1), QTime(8, 0));
    auto tally = TallyService(*g.f).day(Sunday);
    REQUIRE(tally.ok());
    CHECK(tally->bookings.noShow == Counts{1, 1, 1, 1});
    CHECK(tally->bookings.booked == Counts{});
    CHECK(tally->bookings.arrived == Counts{1, 1, 1, 1});
    CHECK(BookingService(*g.f).load(unused.booking.id)->status == BookingStatus::NoShow);
    REQUIRE(TallyService(*g.f).day(Sunday.addDays(1)).ok());
    requireChainIntact(g.f);
}
