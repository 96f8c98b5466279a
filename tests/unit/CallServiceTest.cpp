// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/CallService.h"

#include "TestFacility.h"
#include "db/GateService.h"
#include "db/RegistrationService.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace besuk;

namespace besuk {
inline std::ostream &operator<<(std::ostream &os, CallKind kind) {
    return os << callKindKey(kind).toStdString();
}
} // namespace besuk

namespace {

const QString Officer = u"Pak Joko"_s;
const QString GateOne = u"Pintu 1"_s;
const QString GateTwo = u"Pintu 2"_s;

// A facility whose rules let one inmate be visited any number of times, so that only the queue matters.
struct Calling {
    Calling() {
        f.addInmates(1);
        Rules rules = f->rules();
        rules.visitsPerInmatePerWeek = 0;
        rules.requireClearedInspection = false;
        REQUIRE(f->saveRules(rules, u"test"_s).ok());
    }
    IssuedTicket issue(Service service = Service::Visit) {
        ++m_visitors;
        const QString nik = makeNik(QDate(1980, 1, 1).addDays(m_visitors), Sex::Male, m_visitors);
        auto ticket = RegistrationService(*f).registerGroup(
            RegistrationRequest{u"WB-001"_s, {{nik, u"Budi Santoso"_s}}, 0, service, u"kiosk-1"_s});
        INFO((ticket ? QString() : ticket.error().message));
        REQUIRE(ticket.ok());
        return std::move(ticket).value();
    }
    QList<IssuedTicket> issue(int count, Service service = Service::Visit) {
        QList<IssuedTicket> tickets;
        for (int i = 0; i < count; ++i)
            tickets.append(issue(service));
        return tickets;
    }
    CallRecord next(const QString &gate = GateOne, Service service = Service::Visit) {
        auto call = calls.callNext(service, gate, Officer);
        INFO((call ? QString() : call.error().message));
        REQUIRE(call.ok());
        return std::move(call).value();
    }
    int waiting(Service service = Service::Visit) {
        auto count = calls.waiting(service);
        REQUIRE(count.ok());
        return *count;
    }
    void setStatus(const QString &label, const QString &status) {
        Database &db = f->database();
        auto done = db.write([&] {
            SqlQuery update(db, u"UPDATE visits SET status = ? WHERE service = 'visit' AND queue_number = ?"_s);
            update.bind(status).bind(label.mid(2).toInt());
            return update.exec();
        });
        REQUIRE(done.ok());
    }

    TestFacility f;
    CallService calls{*f};

private:
    int m_visitors = 0;
};

template <typename T> ErrorCode errorOf(const Result<T> &result) {
    REQUIRE_FALSE(result.ok());
    return result.error().code;
}

} // namespace

TEST_CASE("call next calls today's lowest waiting number, each once, per service", "[calls]") {
    Calling c;
    c.issue(3);
    c.issue(Service::Deposit);
    CHECK(c.waiting() == 3);
    CHECK(c.waiting(Service::Deposit) == 1);

    const CallRecord first = c.next(GateOne);
    CHECK(first.queueLabel() == u"A-001"_s);
    CHECK(first.kind == CallKind::Call);
    CHECK(first.gate == GateOne);
    CHECK(first.officer == Officer);
    CHECK(first.date == TestFacility::reportDay());
    CHECK(first.at == c.f.clock.now());
    CHECK(c.waiting() == 2);
    CHECK(c.next(GateTwo).queueLabel() == u"A-002"_s);
    CHECK(c.next(GateOne).queueLabel() == u"A-003"_s);
    CHECK(c.waiting() == 0);

    const Snapshot before = c.f.snapshot();
    auto none = c.calls.callNext(Service::Visit, GateOne, Officer);
    CHECK(errorOf(none) == ErrorCode::NotFound);
    CHECK(none.error().message == u"No one is waiting."_s);
    CHECK(c.f.snapshot() == before);

    CHECK(c.next(GateTwo, Service::Deposit).queueLabel() == u"B-001"_s);
    CHECK(c.waiting(Service::Deposit) == 0);
    CHECK(errorOf(c.calls.callNext(Service::Deposit, GateTwo, Officer)) == ErrorCode::NotFound);

    // A ticket registered after the earlier ones were called is next.
    c.issue();
    CHECK(c.waiting() == 1);
    CHECK(c.next().queueLabel() == u"A-004"_s);
}

TEST_CASE("call next never calls admitted, refused, cancelled or checked-out tickets", "[calls]") {
    Calling c;
    const QList<IssuedTicket> tickets = c.issue(5);
    GateService gate(*c.f);
    REQUIRE(gate.admit(tickets.at(0).payload, Officer)->verdict == Verdict::Admitted);
    REQUIRE(gate.inspect(tickets.at(1).payload,
                         InspectionRequest{
                             InspectionPhase::Entry, Officer, {}, InspectionOutcome::Refused, u"Membawa ponsel"_s, {}})
                ->verdict == Verdict::Refused);
    c.setStatus(u"A-003"_s, u"cancelled"_s);
    REQUIRE(gate.admit(tickets.at(3).payload, Officer)->verdict == Verdict::Admitted);
    REQUIRE(gate.checkOut(tickets.at(3).payload, Officer)->verdict == Verdict::CheckedOut);

    CHECK(c.waiting() == 1);
    CHECK(c.next().queueLabel() == u"A-005"_s);
    CHECK(errorOf(c.calls.callNext(Service::Visit, GateOne, Officer)) == ErrorCode::NotFound);

    // Nor can they be called by number.
    auto admitted = c.calls.recallNumber(u"A-001"_s, GateOne, Officer);
    CHECK(errorOf(admitted) == ErrorCode::Conflict);
    CHECK(admitted.error().message == u"A-001 has already been admitted."_s);
    CHECK(errorOf(c.calls.recallNumber(u"A-002"_s, GateOne, Officer)) == ErrorCode::Conflict);
    CHECK(errorOf(c.calls.recallNumber(u"A-003"_s, GateOne, Officer)) == ErrorCode::Conflict);
    CHECK(errorOf(c.calls.skipNumber(u"A-004"_s, GateOne, Officer)) == ErrorCode::Conflict);
}

TEST_CASE("call next calls only today's tickets, and the board shows only today's calls", "[calls]") {
    Calling c;
    c.issue(2);
    c.next();
    c.f.setLocal(TestFacility::reportDay().addDays(1), QTime(9, 0));
    CHECK(c.waiting() == 0);
    CHECK(errorOf(c.calls.callNext(Service::Visit, GateOne, Officer)) == ErrorCode::NotFound);
    CHECK(c.calls.nowServing(10)->isEmpty());
    CHECK(errorOf(c.calls.recall(GateOne, Officer)) == ErrorCode::NotFound);
    CHECK(errorOf(c.calls.recallNumber(u"A-002"_s, GateOne, Officer)) == ErrorCode::NotFound);

    c.issue();
    const CallRecord today = c.next();
    CHECK(today.queueLabel() == u"A-001"_s);
    CHECK(today.date == TestFacility::reportDay().addDays(1));
    CHECK(c.calls.nowServing(10)->size() == 1);
}

TEST_CASE("call next passes over a skipped number, and recalling its number brings it back", "[calls]") {
    Calling c;
    c.issue(3);
    c.next(GateOne);
    auto skipped = c.calls.skip(GateOne, Officer);
    REQUIRE(skipped.ok());
    CHECK(skipped->queueLabel() == u"A-001"_s);
    CHECK(skipped->kind == CallKind::Skip);
    CHECK(c.calls.current(GateOne)->has_value() == false);
    CHECK(c.waiting() == 2); // a skipped ticket no longer waits

    CHECK(c.next(GateOne).queueLabel() == u"A-002"_s);
    CHECK(c.next(GateTwo).queueLabel() == u"A-003"_s);
    CHECK(errorOf(c.calls.callNext(Service::Visit, GateOne, Officer)) == ErrorCode::NotFound);

    // The late visitor arrives.
    auto back = c.calls.recallNumber(u"a1"_s, GateTwo, Officer);
    REQUIRE(back.ok());
    CHECK(back->queueLabel() == u"A-001"_s);
    CHECK(back->kind == CallKind::Recall);
    CHECK(back->gate == GateTwo);
    CHECK(c.calls.current(GateTwo)->value().queueLabel() == u"A-001"_s);
    CHECK(c.waiting() == 0);

    // Skipped again, by number; a second skip is refused.
    REQUIRE(c.calls.skipNumber(u"A-001"_s, GateTwo, Officer).ok());
    auto twice = c.calls.skipNumber(u"A-001"_s, GateOne, Officer);
    CHECK(errorOf(twice) == ErrorCode::Conflict);
    CHECK(twice.error().message == u"A-001 was already skipped."_s);
    CHECK(errorOf(c.calls.callNext(Service::Visit, GateOne, Officer)) == ErrorCode::NotFound);
}

TEST_CASE("call recall repeats the gate's current number", "[calls]") {
    Calling c;
    c.issue(3);
    CHECK(c.calls.current(GateOne)->has_value() == false);
    auto nothing = c.calls.recall(GateOne, Officer);
    CHECK(errorOf(nothing) == ErrorCode::NotFound);
    CHECK(errorOf(c.calls.skip(GateOne, Officer)) == ErrorCode::NotFound);

    c.next(GateOne);
    c.next(GateTwo);
    c.f.clock.advanceSeconds(60);
    auto again = c.calls.recall(GateOne, u"Bu Rina"_s);
    REQUIRE(again.ok());
    CHECK(again->queueLabel() == u"A-001"_s);
    CHECK(again->kind == CallKind::Recall);
    CHECK(again->gate == GateOne);
    CHECK(again->officer == u"Bu Rina"_s);
    CHECK(again->at == c.f.clock.now());
    CHECK(c.calls.recall(GateTwo, Officer)->queueLabel() == u"A-002"_s);
    CHECK(errorOf(c.calls.recall(u"Pintu 3"_s, Officer)) == ErrorCode::NotFound);
    CHECK(c.waiting() == 1); // recalls do not take A-003

    // After a skip the gate has no current number until it calls again.
    REQUIRE(c.calls.skip(GateOne, Officer).ok());
    CHECK(errorOf(c.calls.recall(GateOne, Officer)) == ErrorCode::NotFound);
    CHECK(c.next(GateOne).queueLabel() == u"A-003"_s);
    CHECK(c.calls.recall(GateOne, Officer)->queueLabel() == u"A-003"_s);

    // A group admitted meanwhile is not called again.
    c.setStatus(u"A-003"_s, u"admitted"_s);
    CHECK(errorOf(c.calls.recall(GateOne, Officer)) == ErrorCode::Conflict);
    CHECK(errorOf(c.calls.skip(GateOne, Officer)) == ErrorCode::Conflict);
}

TEST_CASE("call of a number not yet called, by recall, is a first call out of turn", "[calls]") {
    Calling c;
    c.issue(3);
    auto early = c.calls.recallNumber(u"A-003"_s, GateOne, Officer);
    REQUIRE(early.ok());
    CHECK(early->kind == CallKind::Call);
    CHECK(c.waiting() == 2);
    CHECK(c.next().queueLabel() == u"A-001"_s);
    CHECK(c.next().queueLabel() == u"A-002"_s);
    CHECK(errorOf(c.calls.callNext(Service::Visit, GateOne, Officer)) == ErrorCode::NotFound);
    CHECK(c.calls.recallNumber(u"A-003"_s, GateTwo, Officer)->kind == CallKind::Recall);

    // Skipping a number before it is called keeps call next from calling it.
    c.issue(2);
    auto gone = c.calls.skipNumber(u"A-004"_s, GateOne, Officer);
    REQUIRE(gone.ok());
    CHECK(gone->kind == CallKind::Skip);
    CHECK(c.next().queueLabel() == u"A-005"_s);

    CHECK(errorOf(c.calls.recallNumber(u"A-099"_s, GateOne, Officer)) == ErrorCode::NotFound);
    CHECK(errorOf(c.calls.recallNumber(u"not a number"_s, GateOne, Officer)) == ErrorCode::InvalidInput);
    CHECK(errorOf(c.calls.skipNumber(u"B-001"_s, GateOne, Officer)) == ErrorCode::NotFound);
}

TEST_CASE("each call, recall and skip records one change row and one audit entry", "[calls]") {
    Calling c;
    c.issue(2);
    const int changesBefore = c.f.rowCount(u"changes"_s);
    const int auditBefore = c.f.rowCount(u"audit_log"_s);
    c.next(GateOne);
    REQUIRE(c.calls.recall(GateOne, u"Bu Rina"_s).ok());
    REQUIRE(c.calls.skip(GateOne, Officer).ok());
    REQUIRE(c.calls.recallNumber(u"A-001"_s, GateTwo, Officer).ok());
    c.next(GateTwo);
    CHECK(c.f.rowCount(u"changes"_s) == changesBefore + 5);
    CHECK(c.f.rowCount(u"audit_log"_s) == auditBefore + 5);
    CHECK(c.f.database.rows(u"SELECT kind, subject FROM changes WHERE kind LIKE 'queue.%' ORDER BY id"_s) ==
          QStringList{u"queue.call|A-001"_s, u"queue.recall|A-001"_s, u"queue.skip|A-001"_s, u"queue.recall|A-001"_s,
                      u"queue.call|A-002"_s});
    const QStringList audit = c.f.database.rows(
        u"SELECT actor, action, subject, detail FROM audit_log WHERE action LIKE 'queue.%' ORDER BY id"_s);
    REQUIRE(audit.size() == 5);
    CHECK(audit.at(0).startsWith(u"Pak Joko|queue.call|A-001|visit="_s));
    CHECK(audit.at(0).endsWith(u" gate=Pintu 1"_s));
    CHECK(audit.at(1).startsWith(u"Bu Rina|queue.recall|A-001|"_s));
    CHECK(audit.at(2).startsWith(u"Pak Joko|queue.skip|A-001|"_s));
    CHECK(audit.at(4).endsWith(u" gate=Pintu 2"_s));
    CHECK(c.f.database.rows(u"SELECT gate, kind, officer FROM calls ORDER BY id"_s) ==
          QStringList{u"Pintu 1|call|Pak Joko"_s, u"Pintu 1|recall|Bu Rina"_s, u"Pintu 1|skip|Pak Joko"_s,
                      u"Pintu 2|recall|Pak Joko"_s, u"Pintu 2|call|Pak Joko"_s});

    // Refusals change nothing.
    const Snapshot before = c.f.snapshot();
    CHECK_FALSE(c.calls.callNext(Service::Visit, GateOne, Officer).ok());
    CHECK_FALSE(c.calls.skipNumber(u"A-099"_s, GateOne, Officer).ok());
    CHECK_FALSE(c.calls.recall(u"Pintu 9"_s, Officer).ok());
    CHECK(c.f.snapshot() == before);
}

TEST_CASE("call refuses missing or malformed gate and officer names and changes nothing", "[calls]") {
    Calling c;
    c.issue();
    const Snapshot before = c.f.snapshot();
    for (const QString &gate : {u""_s, u"   "_s, u"Pintu\n1"_s, QString(CallService::MaxGateLength + 1, u'x')}) {
        INFO(gate);
        CHECK(errorOf(c.calls.callNext(Service::Visit, gate, Officer)) == ErrorCode::InvalidInput);
        CHECK(errorOf(c.calls.recall(gate, Officer)) == ErrorCode::InvalidInput);
        CHECK(errorOf(c.calls.skipNumber(u"A-001"_s, gate, Officer)) == ErrorCode::InvalidInput);
        CHECK(errorOf(c.calls.current(gate)) == ErrorCode::InvalidInput);
    }
    for (const QString &officer : {u""_s, u"Pak\tJoko"_s, QString(101, u'x')}) {
        INFO(officer);
        CHECK(errorOf(c.calls.callNext(Service::Visit, GateOne, officer)) == ErrorCode::InvalidInput);
        CHECK(errorOf(c.calls.recallNumber(u"A-001"_s, GateOne, officer)) == ErrorCode::InvalidInput);
        CHECK(errorOf(c.calls.skip(GateOne, officer)) == ErrorCode::InvalidInput);
    }
    CHECK(c.f.snapshot() == before);

    const CallRecord call = c.calls.callNext(Service::Visit, u"  Pintu 1 "_s, u" Pak Joko"_s).value();
    CHECK(call.gate == GateOne);
    CHECK(call.officer == Officer);
}

TEST_CASE("call board: now serving newest first, with waiting counts", "[calls]") {
    Calling c;
    c.issue(4);
    c.issue(2, Service::Deposit);
    c.next(GateOne); // A-001 at 09:00
    c.f.clock.advanceSeconds(30);
    c.next(GateTwo, Service::Deposit); // B-001 at 09:00:30
    c.f.clock.advanceSeconds(30);
    REQUIRE(c.calls.skip(GateOne, Officer).ok()); // A-001 at 09:01
    c.f.clock.advanceSeconds(30);
    c.next(GateOne); // A-002 at 09:01:30

    auto serving = c.calls.nowServing(10);
    REQUIRE(serving.ok());
    REQUIRE(serving->size() == 4);
    QStringList seen;
    for (const CallRecord &call : *serving)
        seen.append(u"%1 %2 %3 %4"_s.arg(call.queueLabel(), call.gate, callKindKey(call.kind),
                                         c.f->toLocal(call.at).toString(u"HH:mm:ss"_s)));
    CHECK(seen == QStringList{u"A-002 Pintu 1 call 09:01:30"_s, u"A-001 Pintu 1 skip 09:01:00"_s,
                              u"B-001 Pintu 2 call 09:00:30"_s, u"A-001 Pintu 1 call 09:00:00"_s});
    CHECK(c.calls.nowServing(2)->size() == 2);
    CHECK(c.calls.nowServing(2)->first().queueLabel() == u"A-002"_s);
    CHECK(errorOf(c.calls.nowServing(0)) == ErrorCode::InvalidInput);
    CHECK(errorOf(c.calls.nowServing(CallService::MaxRecent + 1)) == ErrorCode::InvalidInput);

    auto board = c.calls.board(3);
    REQUIRE(board.ok());
    CHECK(board->recent.size() == 3);
    CHECK(board->waitingVisits == 2);
    CHECK(board->waitingDeposits == 1);
    CHECK(board->waitingFor(Service::Deposit) == 1);

    auto current = c.calls.current(GateTwo);
    REQUIRE(current.ok());
    REQUIRE(current->has_value());
    CHECK(current->value().queueLabel() == u"B-001"_s);
}

TEST_CASE("call kinds have stable keys", "[calls]") {
    for (CallKind kind : {CallKind::Call, CallKind::Recall, CallKind::Skip})
        CHECK(callKindFromKey(callKindKey(kind)) == kind);
    CHECK(callKindKey(CallKind::Skip) == u"skip"_s);
    CHECK_FALSE(callKindFromKey(u"announce"_s).has_value());
}

TEST_CASE("call board: now serving is the newest open call, a skip takes a number off", "[calls]") {
    const auto call = [](qint64 id, int number, CallKind kind) {
        CallRecord record;
        record.id = id;
        record.queueNumber = number;
        record.kind = kind;
        return record;
    };
    CallBoard board;
    CHECK_FALSE(board.serving(3).current);
    // Newest first: A-004 skipped, A-003 recalled, A-002 called, A-003 called, A-001 called.
    board.recent = {call(6, 4, CallKind::Skip), call(5, 4, CallKind::Call), call(4, 3, CallKind::Recall),
                    call(3, 2, CallKind::Call), call(2, 3, CallKind::Call), call(1, 1, CallKind::Call)};
    const Serving serving = board.serving(3);
    REQUIRE(serving.current);
    CHECK(serving.current->id == 4);
    CHECK(serving.current->kind == CallKind::Recall);
    REQUIRE(serving.recent.size() == 2);
    CHECK(serving.recent.at(0).queueLabel() == u"A-002"_s);
    CHECK(serving.recent.at(1).queueLabel() == u"A-001"_s);
    CHECK(board.serving(1).recent.size() == 1);
    // A number skipped and then recalled is back.
    board.recent.prepend(call(7, 4, CallKind::Recall));
    CHECK(board.serving(3).current->id == 7);

    CHECK(CallService::changesBoard(u"queue.call"_s));
    CHECK(CallService::changesBoard(u"visit.register"_s));
    CHECK_FALSE(CallService::changesBoard(u"inmate.import"_s));
}
