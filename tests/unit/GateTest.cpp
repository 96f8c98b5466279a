// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestFacility.h"
#include "db/BanStore.h"
#include "db/FacilityKey.h"
#include "db/GateService.h"
#include "db/RegistrationService.h"
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

const QString Officer = u"Pak Joko"_s;
const QString Lead = makeNik(QDate(1985, 3, 14), Sex::Male, 1);
const QString Partner = makeNik(QDate(1990, 7, 2), Sex::Female, 2);

// A facility with one registered group (two adults, one child) for inmate WB-001 on the report day at 09:00.
struct Gate {
    Gate() {
        f.addInmates(3);
        payload = issue(u"WB-001"_s).payload;
    }
    IssuedTicket issue(const QString &inmate, Service service = Service::Visit) {
        auto ticket = RegistrationService(*f).registerGroup(RegistrationRequest{
            inmate, {{Lead, u"Budi Santoso"_s}, {Partner, u"Siti Aminah"_s}}, 1, service, u"kiosk-1"_s});
        REQUIRE(ticket.ok());
        return std::move(ticket).value();
    }
    GateOutcome scan(const QString &text) {
        auto outcome = gate.scan(text);
        REQUIRE(outcome.ok());
        return std::move(outcome).value();
    }
    GateOutcome inspect(const InspectionRequest &request, const QString &text = {}) {
        auto outcome = gate.inspect(text.isEmpty() ? payload : text, request);
        REQUIRE(outcome.ok());
        return std::move(outcome).value();
    }
    GateOutcome admit(const QString &text = {}) {
        auto outcome = gate.admit(text.isEmpty() ? payload : text, Officer);
        REQUIRE(outcome.ok());
        return std::move(outcome).value();
    }
    GateOutcome checkOut(const QString &text = {}) {
        auto outcome = gate.checkOut(text.isEmpty() ? payload : text, u"Bu Rina"_s);
        REQUIRE(outcome.ok());
        return std::move(outcome).value();
    }
    void clearAndAdmit() {
        REQUIRE(inspect(cleared()).verdict == Verdict::Valid);
        REQUIRE(admit().verdict == Verdict::Admitted);
    }
    static InspectionRequest cleared(InspectionPhase phase = InspectionPhase::Entry) {
        return InspectionRequest{phase, Officer, {}, InspectionOutcome::Cleared, {}, {}};
    }

    TestFacility f;
    GateService gate{*f};
    QString payload;
};

// Changes one character of a payload to another character of the Base32 alphabet.
QString changedAt(QString payload, qsizetype index) {
    payload[index] = payload[index] == u'A' ? u'B' : u'A';
    return payload;
}

} // namespace

TEST_CASE("A fresh ticket scans valid and scanning changes nothing", "[gate]") {
    Gate g;
    const Snapshot before = g.f.snapshot();
    const GateOutcome outcome = g.scan(g.payload);
    CHECK(outcome.verdict == Verdict::Valid);
    CHECK(verdictKey(outcome.verdict) == u"valid"_s);
    CHECK(outcome.positive());
    CHECK_FALSE(outcome.message.isEmpty());
    REQUIRE(outcome.visit.has_value());
    CHECK(outcome.visit->queueLabel() == u"A-001"_s);
    CHECK(outcome.visit->members.size() == 2);
    CHECK(outcome.visit->members[0].maskedNik == Nik::mask(Lead));
    CHECK(outcome.bans.isEmpty());
    CHECK(g.scan(u"  "_s + g.payload + u"\r\n"_s).verdict == Verdict::Valid); // a scanner's trailing Enter
    CHECK(g.f.snapshot() == before);
}

TEST_CASE("Already admitted shows the time of admission in facility time", "[gate]") {
    Gate g;
    REQUIRE(g.inspect(Gate::cleared()).verdict == Verdict::Valid);
    g.f.setLocal(TestFacility::reportDay(), QTime(9, 12));
    const GateOutcome admitted = g.admit();
    REQUIRE(admitted.verdict == Verdict::Admitted);
    CHECK(admitted.positive());
    CHECK(admitted.visit->status == VisitStatus::Admitted);
    CHECK(admitted.visit->admittedAt == g.f.clock.now());
    CHECK(admitted.visit->admittedBy == Officer);

    g.f.clock.advanceSeconds(30 * 60);
    const GateOutcome again = g.scan(g.payload);
    CHECK(again.verdict == Verdict::AlreadyAdmitted);
    CHECK(verdictKey(again.verdict) == u"already_admitted"_s);
    CHECK_FALSE(again.positive());
    CHECK(again.message.contains(u"09:12"_s));
    CHECK_FALSE(again.message.contains(u"01:12"_s)); // UTC
    CHECK(again.visit->admittedAt == QDateTime(TestFacility::reportDay(), QTime(1, 12), Qt::UTC));
}

TEST_CASE("Admitting twice: the second is AlreadyAdmitted and changes nothing", "[gate]") {
    Gate g;
    g.clearAndAdmit();
    const QDateTime first = g.f.clock.now();
    g.f.clock.advanceSeconds(60);
    const Snapshot before = g.f.snapshot();
    const GateOutcome second = g.admit();
    CHECK(second.verdict == Verdict::AlreadyAdmitted);
    CHECK(second.visit->admittedAt == first);
    CHECK(g.f.snapshot() == before);
}

TEST_CASE("Of two gates on one database, only the first admits", "[gate]") {
    Gate g;
    REQUIRE(g.inspect(Gate::cleared()).verdict == Verdict::Valid);
    auto database = Database::open(g.f.location(), Database::OpenMode::MustExist);
    REQUIRE(database.ok());
    auto other = Facility::open(std::move(database).value(), g.f.clock, g.f.keyPath());
    REQUIRE(other.ok());
    GateService otherGate(**other);
    CHECK(otherGate.scan(g.payload)->verdict == Verdict::Valid);
    CHECK(g.admit().verdict == Verdict::Admitted);
    const auto second = otherGate.admit(g.payload, u"Pak Dedi"_s);
    REQUIRE(second.ok());
    CHECK(second->verdict == Verdict::AlreadyAdmitted);
    CHECK(second->visit->admittedBy == Officer);
}

TEST_CASE("Admitting needs a cleared entry inspection unless the rule is off", "[gate]") {
    Gate g;
    const Snapshot before = g.f.snapshot();
    const GateOutcome notInspected = g.admit();
    CHECK(notInspected.verdict == Verdict::NotInspected);
    CHECK(verdictKey(notInspected.verdict) == u"not_inspected"_s);
    CHECK_FALSE(notInspected.positive());
    CHECK(notInspected.visit->status == VisitStatus::Registered);
    CHECK(g.f.snapshot() == before);
    CHECK(g.gate.admit(g.payload, u"  "_s).error().code == ErrorCode::InvalidInput);
    CHECK(g.f.snapshot() == before);

    const QString second = g.issue(u"WB-002"_s).payload;
    Rules rules = g.f->rules();
    rules.requireClearedInspection = false;
    REQUIRE(g.f->saveRules(rules, u"admin"_s).ok());
    const GateOutcome admitted = g.admit(second);
    CHECK(admitted.verdict == Verdict::Admitted);
    CHECK(admitted.visit->status == VisitStatus::Admitted);
}

TEST_CASE("Check-out before admission is NotAdmitted", "[gate]") {
    Gate g;
    const Snapshot before = g.f.snapshot();
    const GateOutcome outcome = g.checkOut();
    CHECK(outcome.verdict == Verdict::NotAdmitted);
    CHECK(verdictKey(outcome.verdict) == u"not_admitted"_s);
    CHECK(outcome.visit->status == VisitStatus::Registered);
    CHECK(g.f.snapshot() == before);
}

TEST_CASE("Check-out records the visit's duration", "[gate]") {
    Gate g;
    g.clearAndAdmit();
    g.f.clock.advanceSeconds(45 * 60);
    const GateOutcome out = g.checkOut();
    REQUIRE(out.verdict == Verdict::CheckedOut);
    CHECK(out.positive());
    CHECK(out.message.contains(u"45"_s));
    CHECK(out.visit->status == VisitStatus::CheckedOut);
    CHECK(out.visit->checkedOutAt == g.f.clock.now());
    CHECK(out.visit->checkedOutBy == u"Bu Rina"_s);
    CHECK(out.visit->admittedAt.secsTo(out.visit->checkedOutAt) == 45 * 60);

    const GateOutcome scanned = g.scan(g.payload);
    CHECK(scanned.verdict == Verdict::CheckedOut);
    CHECK(verdictKey(scanned.verdict) == u"checked_out"_s);
    CHECK(scanned.message.contains(u"09:45"_s));

    const Snapshot before = g.f.snapshot();
    CHECK(g.checkOut().verdict == Verdict::CheckedOut);
    CHECK(g.admit().verdict == Verdict::CheckedOut);
    CHECK(g.f.snapshot() == before);
}

TEST_CASE("A ticket for another day", "[gate]") {
    Gate g;
    // The facility day ends at midnight in Balikpapan (16:00 UTC), not at midnight UTC.
    g.f.setLocal(TestFacility::reportDay(), QTime(23, 59));
    CHECK(g.scan(g.payload).verdict == Verdict::Valid);
    g.f.setLocal(TestFacility::reportDay().addDays(1), QTime(0, 30));
    REQUIRE(g.f.clock.now().date() == TestFacility::reportDay()); // still the 27th in UTC
    CHECK(g.scan(g.payload).verdict == Verdict::WrongDay);
    g.f.setLocal(TestFacility::reportDay(), QTime(9, 0));
    g.f.clock.advanceSeconds(24 * 3600);
    const Snapshot before = g.f.snapshot();
    const GateOutcome outcome = g.scan(g.payload);
    CHECK(outcome.verdict == Verdict::WrongDay);
    CHECK(verdictKey(outcome.verdict) == u"wrong_day"_s);
    CHECK_FALSE(outcome.positive());
    CHECK(outcome.visit->date == TestFacility::reportDay());
    CHECK(g.inspect(Gate::cleared()).verdict == Verdict::WrongDay);
    CHECK(g.admit().verdict == Verdict::WrongDay);
    CHECK(g.f.snapshot() == before);
}

TEST_CASE("A refused entry inspection refuses the visit", "[gate]") {
    Gate g;
    InspectionRequest refuse{InspectionPhase::Entry, Officer, {}, InspectionOutcome::Refused, {}, {}};
    const Snapshot before = g.f.snapshot();
    CHECK(g.gate.inspect(g.payload, refuse).error().code == ErrorCode::InvalidInput); // no reason
    CHECK(g.f.snapshot() == before);

    refuse.reason = u"Membawa senjata tajam"_s;
    const GateOutcome inspected = g.inspect(refuse);
    CHECK(inspected.verdict == Verdict::Refused);
    CHECK(inspected.visit->status == VisitStatus::Refused);
    CHECK(inspected.visit->refusedReason == refuse.reason);
    CHECK(inspected.visit->refusedAt == g.f.clock.now());

    const GateOutcome scanned = g.scan(g.payload);
    CHECK(scanned.verdict == Verdict::Refused);
    CHECK(verdictKey(scanned.verdict) == u"refused"_s);
    CHECK(scanned.message.contains(refuse.reason));
    CHECK(g.admit().verdict == Verdict::Refused);
    CHECK(g.scan(g.payload).visit->status == VisitStatus::Refused);
}

TEST_CASE("A ban added after registration stops the group at the gate", "[gate]") {
    Gate g;
    const QString reason = u"Penyelundupan narkoba 2024"_s;
    REQUIRE(BanStore(*g.f).add(Partner, reason, u"admin"_s).ok());
    const Snapshot before = g.f.snapshot();
    const GateOutcome outcome = g.scan(g.payload);
    CHECK(outcome.verdict == Verdict::Banned);
    CHECK(verdictKey(outcome.verdict) == u"banned"_s);
    CHECK_FALSE(outcome.positive());
    REQUIRE(outcome.bans.size() == 1);
    CHECK(outcome.bans[0].reason == reason);
    CHECK(outcome.bans[0].nik == Partner);
    CHECK(g.inspect(Gate::cleared()).verdict == Verdict::Banned);
    CHECK(g.admit().verdict == Verdict::Banned);
    CHECK(g.f.snapshot() == before);
}

TEST_CASE("A gate remembers a ticket's signature, never its verdict: each scan is judged by the database", "[gate]") {
    Gate g;
    REQUIRE(g.scan(g.payload).verdict == Verdict::Valid); // the signature checked, and remembered
    REQUIRE(BanStore(*g.f).add(Lead, u"Membawa senjata tajam"_s, u"admin"_s).ok());
    const Snapshot before = g.f.snapshot();
    CHECK(g.scan(g.payload).verdict == Verdict::Banned);
    CHECK(g.scan(u"  "_s + g.payload.toLower() + u"\n"_s).verdict == Verdict::Banned); // as a scanner may send it
    CHECK(g.admit().verdict == Verdict::Banned);
    CHECK(g.scan(changedAt(g.payload, 20)).verdict == Verdict::Invalid);
    CHECK(g.admit(changedAt(g.payload, g.payload.size() - 1)).verdict == Verdict::Invalid);
    CHECK(g.f.snapshot() == before);
}

TEST_CASE("One gate admits more tickets than it remembers signatures of, each in turn", "[gate]") {
    Gate g;
    QStringList payloads{g.payload};
    for (const QString &inmate : {u"WB-002"_s, u"WB-003"_s})
        payloads.append(g.issue(inmate).payload);
    for (int i = 0; i < 10; ++i)
        payloads.append(g.issue(u"WB-002"_s, Service::Deposit).payload);
    for (const QString &payload : std::as_const(payloads)) {
        REQUIRE(g.scan(payload).verdict == Verdict::Valid);
        REQUIRE(g.inspect(Gate::cleared(), payload).verdict == Verdict::Valid);
        CHECK(g.admit(payload).verdict == Verdict::Admitted);
    }
    for (const QString &payload : std::as_const(payloads))
        CHECK(g.scan(payload).verdict == Verdict::AlreadyAdmitted);
}

TEST_CASE("A genuine signature for a ticket not in the database is unknown", "[gate]") {
    Gate g;
    const auto key = FacilityKey::load(g.f.keyPath());
    REQUIRE(key.ok());
    const quint32 code = g.f->profile().code;
    const QDate day = TestFacility::reportDay();
    const qint64 id = g.scan(g.payload).visit->id;
    REQUIRE(TicketCodec::encode({code, day, quint32(id), 'A', 1}, *key) == g.payload);

    for (const TicketClaims &claims :
         {TicketClaims{code, day, 9999, 'A', 1}, TicketClaims{code, day, quint32(id), 'A', 2},
          TicketClaims{code, day, quint32(id), 'B', 1}, TicketClaims{code, day.addDays(1), quint32(id), 'A', 1}}) {
        INFO("ticket " << claims.ticketId << " " << claims.service << claims.queueNumber);
        const GateOutcome outcome = g.scan(TicketCodec::encode(claims, *key));
        CHECK(outcome.verdict == Verdict::Unknown);
        CHECK(verdictKey(outcome.verdict) == u"unknown"_s);
        CHECK_FALSE(outcome.message.isEmpty());
    }
}

TEST_CASE("Forged, damaged and foreign tickets are invalid", "[gate]") {
    Gate g;
    const Snapshot before = g.f.snapshot();
    const auto ownKey = FacilityKey::load(g.f.keyPath());
    REQUIRE(ownKey.ok());
    const FacilityKey otherKey = FacilityKey::generate();
    const quint32 code = g.f->profile().code;
    const quint32 id = quint32(g.scan(g.payload).visit->id);
    const TicketClaims claims{code, TestFacility::reportDay(), id, 'A', 1};

    const QStringList bad{u"hello"_s,
                          QString(),
                          u"A-001"_s,
                          g.payload.left(g.payload.size() - 1),
                          g.payload + u"A"_s,
                          changedAt(g.payload, 3),
                          changedAt(g.payload, g.payload.size() / 2),
                          changedAt(g.payload, g.payload.size() - 2),
                          TicketCodec::encode(claims, otherKey),
                          TicketCodec::encode({code + 1, claims.date, id, 'A', 1}, *ownKey)};
    for (const QString &text : bad) {
        INFO("payload " << text);
        const GateOutcome outcome = g.scan(text);
        CHECK(outcome.verdict == Verdict::Invalid);
        CHECK(verdictKey(outcome.verdict) == u"invalid"_s);
        CHECK_FALSE(outcome.positive());
        CHECK_FALSE(outcome.visit.has_value());
        CHECK(g.admit(text.isEmpty() ? u"?"_s : text).verdict == Verdict::Invalid);
    }
    CHECK(g.f.snapshot() == before);
}

TEST_CASE("A queue number typed by hand finds today's ticket", "[gate]") {
    Gate g;
    Rules rules = g.f->rules();
    rules.visitsPerInmatePerWeek = 0;
    REQUIRE(g.f->saveRules(rules, u"admin"_s).ok());
    QList<qint64> ids{g.scan(g.payload).visit->id};
    for (int i = 2; i <= 42; ++i)
        ids.append(g.issue(u"WB-001"_s).visit.id);
    const qint64 deposit = g.issue(u"WB-002"_s, Service::Deposit).visit.id;

    const auto label = [&](const QString &text) {
        auto outcome = g.gate.scanQueueLabel(text);
        REQUIRE(outcome.ok());
        return std::move(outcome).value();
    };
    CHECK(label(u"A-001"_s).verdict == Verdict::Valid);
    CHECK(label(u"A-001"_s).visit->id == ids[0]);
    for (const QString &typed : {u"a42"_s, u"A-042"_s, u"A 42"_s, u" a-0042 "_s}) {
        INFO("typed " << typed);
        CHECK(label(typed).visit->id == ids[41]);
        CHECK(label(typed).visit->queueNumber == 42);
    }
    CHECK(label(u"b1"_s).visit->id == deposit);
    CHECK(g.gate.scanQueueLabel(u"a43"_s).error().code == ErrorCode::NotFound);
    CHECK(g.gate.scanQueueLabel(u"B-002"_s).error().code == ErrorCode::NotFound);
    CHECK(g.gate.scanQueueLabel(u"x"_s).error().code == ErrorCode::InvalidInput);
    CHECK(g.gate.scanQueueLabel(u"C-001"_s).error().code == ErrorCode::InvalidInput);

    g.clearAndAdmit();
    CHECK(label(u"a1"_s).verdict == Verdict::AlreadyAdmitted);
    g.f.clock.advanceSeconds(24 * 3600);
    CHECK(g.gate.scanQueueLabel(u"A-001"_s).error().code == ErrorCode::NotFound); // today's tickets only
}

TEST_CASE("Inspections store their items, dispositions and tags, in order", "[gate]") {
    Gate g;
    InspectionRequest entry{InspectionPhase::Entry, Officer, {}, InspectionOutcome::Cleared, {}, u"Tas diperiksa"_s};
    entry.items = {{u"Nasi kotak"_s, Disposition::Allowed, {}},
                   {u"Telepon genggam"_s, Disposition::Deposited, u"L-12"_s},
                   {u"Korek api"_s, Disposition::Confiscated, {}},
                   {u"Payung"_s, Disposition::Returned, {}}};

    const Snapshot before = g.f.snapshot();
    InspectionRequest untagged = entry;
    untagged.items[1].tag = u"  "_s;
    CHECK(g.gate.inspect(g.payload, untagged).error().code == ErrorCode::InvalidInput);
    InspectionRequest undescribed = entry;
    undescribed.items[0].description = QString();
    CHECK(g.gate.inspect(g.payload, undescribed).error().code == ErrorCode::InvalidInput);
    CHECK(
        g.gate.inspect(g.payload, {InspectionPhase::Entry, {}, {}, InspectionOutcome::Cleared, {}, {}}).error().code ==
        ErrorCode::InvalidInput);
    const GateOutcome early = g.inspect(Gate::cleared(InspectionPhase::Exit)); // not inside yet
    CHECK(early.verdict == Verdict::NotAdmitted);
    CHECK(g.f.snapshot() == before);

    const GateOutcome inspected = g.inspect(entry);
    CHECK(inspected.verdict == Verdict::Valid);
    CHECK(inspected.visit->status == VisitStatus::Registered);
    const QDateTime entryAt = g.f.clock.now();
    REQUIRE(g.admit().verdict == Verdict::Admitted);
    g.f.clock.advanceSeconds(40 * 60);
    InspectionRequest exit{InspectionPhase::Exit, u"Bu Rina"_s, {}, InspectionOutcome::Cleared, {}, {}};
    exit.items = {{u"Telepon genggam"_s, Disposition::Returned, u"L-12"_s}};
    CHECK(g.inspect(exit).verdict == Verdict::AlreadyAdmitted);

    const auto records = g.gate.inspections(inspected.visit->id);
    REQUIRE(records.ok());
    REQUIRE(records->size() == 2);
    const InspectionRecord &first = records->at(0);
    CHECK(first.visitId == inspected.visit->id);
    CHECK(first.phase == InspectionPhase::Entry);
    CHECK(first.officer == Officer);
    CHECK(first.at == entryAt);
    CHECK(first.outcome == InspectionOutcome::Cleared);
    CHECK(first.notes == u"Tas diperiksa"_s);
    REQUIRE(first.items.size() == 4);
    for (int i = 0; i < 4; ++i) {
        CHECK(first.items[i].description == entry.items[i].description);
        CHECK(first.items[i].disposition == entry.items[i].disposition);
        CHECK(first.items[i].tag == entry.items[i].tag);
    }
    const InspectionRecord &second = records->at(1);
    CHECK(second.phase == InspectionPhase::Exit);
    CHECK(second.officer == u"Bu Rina"_s);
    CHECK(second.at == g.f.clock.now());
    REQUIRE(second.items.size() == 1);
    CHECK(second.items[0].disposition == Disposition::Returned);
    CHECK(second.items[0].tag == u"L-12"_s);
    CHECK(g.gate.inspections(inspected.visit->id + 1000)->isEmpty());
}

TEST_CASE("A ticket found by hand is inspected, admitted and checked out by its visit id", "[gate]") {
    Gate g;
    const qint64 id = g.scan(g.payload).visit->id;
    const Snapshot before = g.f.snapshot();
    const auto admitVisit = [&] {
        auto outcome = g.gate.admitVisit(id, Officer);
        REQUIRE(outcome.ok());
        return std::move(outcome).value();
    };
    CHECK(admitVisit().verdict == Verdict::NotInspected);
    CHECK(g.gate.checkOutVisit(id, Officer)->verdict == Verdict::NotAdmitted);
    CHECK(g.gate.admitVisit(id, u" "_s).error().code == ErrorCode::InvalidInput);
    CHECK(g.gate.admitVisit(id + 1000, Officer)->verdict == Verdict::Unknown);
    CHECK(g.gate.scanVisit(id)->verdict == Verdict::Valid);
    CHECK(g.gate.scanVisit(id + 1000)->verdict == Verdict::Unknown);
    CHECK(g.f.snapshot() == before);

    InspectionRequest entry = Gate::cleared();
    entry.items = {{u"Telepon genggam"_s, Disposition::Deposited, u"L-7"_s}};
    auto inspected = g.gate.inspectVisit(id, entry);
    REQUIRE(inspected.ok());
    CHECK(inspected->verdict == Verdict::Valid);
    const GateOutcome admitted = admitVisit();
    CHECK(admitted.verdict == Verdict::Admitted);
    CHECK(admitVisit().verdict == Verdict::AlreadyAdmitted);
    CHECK(g.scan(g.payload).verdict == Verdict::AlreadyAdmitted); // the QR sees the same visit

    g.f.clock.advanceSeconds(35 * 60);
    InspectionRequest exit = Gate::cleared(InspectionPhase::Exit);
    exit.items = {{u"Telepon genggam"_s, Disposition::Returned, u"L-7"_s}};
    REQUIRE(g.gate.inspectVisit(id, exit)->verdict == Verdict::AlreadyAdmitted);
    auto left = g.gate.checkOutVisit(id, u"Bu Rina"_s);
    REQUIRE(left.ok());
    CHECK(left->verdict == Verdict::CheckedOut);
    CHECK(left->visit->checkedOutBy == u"Bu Rina"_s);
    CHECK(left->visit->admittedAt.secsTo(left->visit->checkedOutAt) == 35 * 60);
    CHECK(g.gate.inspections(id)->size() == 2);
}

TEST_CASE("A day's tickets are listed in queue order, all or by status", "[gate]") {
    Gate g;
    Rules rules = g.f->rules();
    rules.visitsPerInmatePerWeek = 0;
    REQUIRE(g.f->saveRules(rules, u"admin"_s).ok());
    const QString second = g.issue(u"WB-002"_s).payload;
    g.issue(u"WB-003"_s, Service::Deposit);
    g.issue(u"WB-003"_s);
    g.clearAndAdmit();
    REQUIRE(g.gate.inspect(second, Gate::cleared()).ok());
    REQUIRE(g.gate.admit(second, Officer)->verdict == Verdict::Admitted);

    auto all = VisitRepository::ofDay(g.f->database(), g.f->today());
    REQUIRE(all.ok());
    QStringList labels;
    for (const VisitRecord &visit : *all)
        labels.append(visit.queueLabel());
    CHECK(labels == QStringList{u"A-001"_s, u"A-002"_s, u"A-003"_s, u"B-001"_s});
    CHECK(all->at(0).members.size() == 2);
    CHECK(all->at(0).inmate.number == u"WB-001"_s);

    auto inside = VisitRepository::ofDay(g.f->database(), g.f->today(), VisitStatus::Admitted);
    REQUIRE(inside.ok());
    REQUIRE(inside->size() == 2);
    CHECK(inside->at(0).queueLabel() == u"A-001"_s);
    CHECK(inside->at(1).queueLabel() == u"A-002"_s);
    CHECK(VisitRepository::ofDay(g.f->database(), g.f->today(), VisitStatus::CheckedOut)->isEmpty());
    CHECK(VisitRepository::ofDay(g.f->database(), g.f->today().addDays(1))->isEmpty());
}

TEST_CASE("Inside now: today's admitted groups and yesterday's missed check-outs, no older", "[gate]") {
    Gate g;
    Rules rules = g.f->rules();
    rules.visitsPerInmatePerWeek = 0;
    REQUIRE(g.f->saveRules(rules, u"admin"_s).ok());
    const QString second = g.issue(u"WB-002"_s).payload;
    g.clearAndAdmit();
    const auto labels = [](const Result<QList<VisitRecord>> &visits) {
        REQUIRE(visits.ok());
        QStringList found;
        for (const VisitRecord &visit : *visits)
            found.append(visit.queueLabel());
        return found;
    };
    CHECK(labels(g.gate.todaysTickets()) == QStringList{u"A-001"_s, u"A-002"_s});
    CHECK(labels(g.gate.insideNow()) == QStringList{u"A-001"_s});
    CHECK(g.gate.missedCheckOuts()->isEmpty());

    REQUIRE(g.gate.inspect(second, Gate::cleared()).ok());
    REQUIRE(g.gate.admit(second, Officer)->verdict == Verdict::Admitted);
    REQUIRE(g.checkOut().verdict == Verdict::CheckedOut);
    CHECK(labels(g.gate.insideNow()) == QStringList{u"A-002"_s});

    const Snapshot before = g.f.snapshot();
    g.f.setLocal(TestFacility::reportDay().addDays(1), QTime(8, 0)); // A-002 never checked out
    CHECK(g.gate.todaysTickets()->isEmpty());
    CHECK(labels(g.gate.missedCheckOuts()) == QStringList{u"A-002"_s});
    CHECK(labels(g.gate.insideNow()) == QStringList{u"A-002"_s});
    g.f.setLocal(TestFacility::reportDay().addDays(1 + GateService::MissedCheckOutDays), QTime(8, 0));
    CHECK(g.gate.missedCheckOuts()->isEmpty());
    CHECK(g.gate.insideNow()->isEmpty());
    CHECK(g.f.snapshot() == before);
}

TEST_CASE("The items to hand back are those deposited at the entry inspections", "[gate]") {
    Gate g;
    const qint64 id = g.scan(g.payload).visit->id;
    CHECK(g.gate.depositedItems(id)->isEmpty());
    InspectionRequest first = Gate::cleared();
    first.items = {{u"Telepon genggam"_s, Disposition::Deposited, u"L-7"_s},
                   {u"Nasi kotak"_s, Disposition::Allowed, {}},
                   {u"Korek api"_s, Disposition::Confiscated, {}}};
    REQUIRE(g.inspect(first).verdict == Verdict::Valid);
    InspectionRequest second = Gate::cleared();
    second.items = {{u"Dompet"_s, Disposition::Deposited, u"L-8"_s}};
    REQUIRE(g.inspect(second).verdict == Verdict::Valid);
    REQUIRE(g.admit().verdict == Verdict::Admitted);
    InspectionRequest exit = Gate::cleared(InspectionPhase::Exit);
    exit.items = {{u"Payung"_s, Disposition::Deposited, u"L-9"_s}}; // an exit inspection deposits nothing to return
    REQUIRE(g.inspect(exit).verdict == Verdict::AlreadyAdmitted);

    auto deposited = g.gate.depositedItems(id);
    REQUIRE(deposited.ok());
    REQUIRE(deposited->size() == 2);
    CHECK(deposited->at(0).description == u"Telepon genggam"_s);
    CHECK(deposited->at(0).tag == u"L-7"_s);
    CHECK(deposited->at(1).tag == u"L-8"_s);
    CHECK(g.gate.depositedItems(id + 1000)->isEmpty());
}

TEST_CASE("A group inside for the rules' visit time or longer has overstayed", "[gate]") {
    Gate g;
    VisitRecord waiting = *g.scan(g.payload).visit;
    CHECK(waiting.minutesInside(g.f.clock.now()) == 0);
    CHECK_FALSE(waiting.overstayed(g.f.clock.now().addSecs(3600), g.f->rules().visitMinutes));
    g.clearAndAdmit();
    const VisitRecord inside = *g.scan(g.payload).visit;
    const int limit = g.f->rules().visitMinutes;
    const QDateTime admitted = inside.admittedAt;
    CHECK(inside.minutesInside(admitted.addSecs(limit * 60 - 1)) == limit - 1);
    CHECK_FALSE(inside.overstayed(admitted.addSecs(limit * 60 - 1), limit));
    CHECK(inside.overstayed(admitted.addSecs(limit * 60), limit));
    CHECK(inside.minutesInside(QDateTime()) == 0);
}
