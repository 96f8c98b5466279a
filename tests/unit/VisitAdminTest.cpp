// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/VisitAdmin.h"

#include "TestFacility.h"
#include "db/AuditLog.h"
#include "db/GateService.h"
#include "db/RegistrationService.h"
#include "db/TallyService.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace besuk;

namespace besuk {
inline std::ostream &operator<<(std::ostream &os, Verdict verdict) {
    return os << verdictKey(verdict).toStdString();
}
inline std::ostream &operator<<(std::ostream &os, const Counts &c) {
    return os << "{groups " << c.groups << ", men " << c.men << ", women " << c.women << ", children " << c.children
              << "}";
}
} // namespace besuk

namespace {

const QDate Day = TestFacility::reportDay();
const QString Staff = u"Bu Rina"_s;
const QString Reason = u"Keluarga membatalkan: warga binaan sakit"_s;

// Two groups registered at 08:30 on the report day: A-001 (a man, a woman, two children) and A-002 (a woman).
struct Desk {
    Desk() {
        f.addInmates(2);
        f.setLocal(Day, QTime(8, 30));
        first = issue(u"WB-001"_s,
                      {{makeNik(QDate(1985, 3, 14), Sex::Male, 1), u"Budi Santoso"_s},
                       {makeNik(QDate(1990, 7, 2), Sex::Female, 2), u"Siti Aminah"_s}},
                      2);
        second = issue(u"WB-002"_s, {{makeNik(QDate(1970, 1, 9), Sex::Female, 3), u"Dewi Lestari"_s}}, 0);
        f.setLocal(Day, QTime(9, 15));
    }
    IssuedTicket issue(const QString &inmate, const QList<AdultEntry> &adults, int children) {
        auto ticket = RegistrationService(*f).registerGroup(
            RegistrationRequest{inmate, adults, children, Service::Visit, u"kiosk-1"_s});
        REQUIRE(ticket.ok());
        return std::move(ticket).value();
    }
    GateOutcome scan(const IssuedTicket &ticket) {
        auto outcome = GateService(*f).scan(ticket.payload);
        REQUIRE(outcome.ok());
        return std::move(outcome).value();
    }
    void admit(const IssuedTicket &ticket) {
        GateService gate(*f);
        REQUIRE(gate.inspect(ticket.payload,
                             InspectionRequest{
                                 InspectionPhase::Entry, u"Pak Joko"_s, {}, InspectionOutcome::Cleared, {}, {}})
                    ->verdict == Verdict::Valid);
        REQUIRE(gate.admit(ticket.payload, u"Pak Joko"_s)->verdict == Verdict::Admitted);
    }
    DayTally tally() {
        auto day = TallyService(*f).day(Day);
        REQUIRE(day.ok());
        return std::move(day).value();
    }

    TestFacility f;
    IssuedTicket first;
    IssuedTicket second;
};

} // namespace

TEST_CASE("Cancelling a registered ticket: the gate answers Cancelled and the tally moves it", "[cancel]") {
    Desk d;
    const int changesBefore = d.f.rowCount(u"changes"_s);

    auto cancelled = VisitAdmin(*d.f).cancel(d.first.visit.id, u"  "_s + Reason + u" "_s, Staff);
    INFO((cancelled.ok() ? QString() : cancelled.error().message).toStdString());
    REQUIRE(cancelled.ok());
    CHECK(cancelled->id == d.first.visit.id);
    CHECK(cancelled->status == VisitStatus::Cancelled);
    CHECK(cancelled->cancelReason == Reason); // trimmed
    CHECK(cancelled->cancelledAt == d.f->now());
    CHECK(cancelled->queueLabel() == u"A-001"_s);

    // Stored, with its change-feed row and its audit entry, in one transaction.
    CHECK(d.f.database.rows(u"SELECT status, cancel_reason FROM visits WHERE id = %1"_s.arg(d.first.visit.id)) ==
          QStringList{u"cancelled|"_s + Reason});
    CHECK(d.f.rowCount(u"changes"_s) == changesBefore + 1);
    CHECK(d.f.database.rows(u"SELECT kind, subject FROM changes ORDER BY id DESC LIMIT 1"_s) ==
          QStringList{u"visit.cancel|A-001"_s});
    auto logged = AuditLog::entries(d.f->database(), AuditFilter{{}, {}, {}, u"visit.cancel"_s, {}, 10, 0});
    REQUIRE(logged.ok());
    REQUIRE(logged->size() == 1);
    CHECK(logged->first().actor == Staff);
    CHECK(logged->first().subject == u"A-001"_s);
    CHECK(logged->first().detail == u"visit=%1 reason=%2"_s.arg(d.first.visit.id).arg(Reason));
    CHECK(logged->first().at == d.f->now());
    auto check = AuditLog::verify(d.f->database());
    REQUIRE(check.ok());
    CHECK(check->intact);

    // The gate: the scanned ticket is Cancelled, with the reason; it can be neither inspected nor admitted.
    const GateOutcome scanned = d.scan(d.first);
    CHECK(scanned.verdict == Verdict::Cancelled);
    CHECK(scanned.message.contains(Reason));
    CHECK_FALSE(scanned.positive());
    GateService gate(*d.f);
    CHECK(gate.scanQueueLabel(u"A-001"_s)->verdict == Verdict::Cancelled);
    CHECK(gate.admit(d.first.payload, u"Pak Joko"_s)->verdict == Verdict::Cancelled);
    CHECK(d.f.database.rows(u"SELECT status FROM visits WHERE id = %1"_s.arg(d.first.visit.id)) ==
          QStringList{u"cancelled"_s});
    // The other ticket is untouched.
    CHECK(d.scan(d.second).verdict == Verdict::Valid);

    // The tally: cancelled groups are counted apart and no longer as registered.
    const DayTally tally = d.tally();
    CHECK(tally.cancelled == Counts{1, 1, 1, 2});
    CHECK(tally.registered == Counts{1, 0, 1, 0});
    CHECK(tally.visit.registered == Counts{1, 0, 1, 0});
    CHECK(tally.admitted == Counts{});
    CHECK(tally.bySession.value(d.second.visit.session) == Counts{1, 0, 1, 0});
    CHECK(TallyFormat::toJson(tally).value(u"cancelled"_s).toObject().value(u"total"_s).toInt() == 4);
}

TEST_CASE("Only a registered ticket can be cancelled, and only with a reason", "[cancel]") {
    Desk d;
    VisitAdmin admin(*d.f);

    SECTION("a reason is required, at most 500 characters, without control characters") {
        const Snapshot before = d.f.snapshot();
        for (const QString &reason : {QString(), u"   "_s, QString(501, u'x'), u"two\nlines"_s}) {
            auto refused = admin.cancel(d.first.visit.id, reason, Staff);
            REQUIRE_FALSE(refused.ok());
            CHECK(refused.error().code == ErrorCode::InvalidInput);
            CHECK_FALSE(refused.error().message.isEmpty());
        }
        CHECK(d.f.snapshot() == before);
        CHECK(admin.cancel(d.first.visit.id, QString(500, u'x'), Staff).ok());
    }
    SECTION("an actor is required") {
        auto refused = admin.cancel(d.first.visit.id, Reason, u" "_s);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::InvalidInput);
    }
    SECTION("an unknown ticket") {
        auto refused = admin.cancel(9999, Reason, Staff);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::NotFound);
    }
    SECTION("an admitted ticket") {
        d.f.setLocal(Day, QTime(9, 40));
        d.admit(d.first);
        const Snapshot before = d.f.snapshot();
        auto refused = admin.cancel(d.first.visit.id, Reason, Staff);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::Conflict);
        CHECK(refused.error().message.contains(u"A-001"_s));
        CHECK(refused.error().message.contains(u"already admitted at 09:40"_s));
        CHECK(d.f.snapshot() == before);
        CHECK(d.scan(d.first).verdict == Verdict::AlreadyAdmitted);
    }
    SECTION("a checked-out ticket") {
        d.admit(d.first);
        REQUIRE(GateService(*d.f).checkOut(d.first.payload, u"Pak Joko"_s)->verdict == Verdict::CheckedOut);
        auto refused = admin.cancel(d.first.visit.id, Reason, Staff);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::Conflict);
        CHECK(refused.error().message.contains(u"left"_s));
    }
    SECTION("a refused ticket") {
        REQUIRE(
            GateService(*d.f)
                .inspect(
                    d.first.payload,
                    InspectionRequest{
                        InspectionPhase::Entry, u"Pak Joko"_s, {}, InspectionOutcome::Refused, u"Membawa rokok"_s, {}})
                ->verdict == Verdict::Refused);
        auto refused = admin.cancel(d.first.visit.id, Reason, Staff);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::Conflict);
        CHECK(refused.error().message.contains(u"refused"_s));
    }
    SECTION("a ticket cancelled already") {
        REQUIRE(admin.cancel(d.first.visit.id, Reason, Staff).ok());
        const Snapshot before = d.f.snapshot();
        d.f.setLocal(Day, QTime(10, 0));
        auto again = admin.cancel(d.first.visit.id, u"lagi"_s, Staff);
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().code == ErrorCode::Conflict);
        CHECK(again.error().message.contains(u"already cancelled at 09:15"_s));
        CHECK(d.f.snapshot() == before);
    }
    SECTION("a ticket for another day, not yet used") {
        // Tomorrow's ticket (registered ahead is not possible, so: yesterday's unused ticket, cancelled a day later).
        d.f.setLocal(Day.addDays(1), QTime(8, 0));
        auto cancelled = admin.cancel(d.second.visit.id, Reason, Staff);
        REQUIRE(cancelled.ok());
        CHECK(cancelled->date == Day);
        CHECK(d.tally().cancelled == Counts{1, 0, 1, 0});
    }
}
