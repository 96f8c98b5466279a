// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk without the server (db/offline): queue numbers reserved per kiosk, registrations from the mirror with
// the online rules, the upload that stores each once (and flags what only the server could see), and the gate that
// admits such a ticket offline and waits for the kiosk's upload before sending its own entries.
#include "db/offline/OfflineKiosk.h"

#include "TestFacility.h"
#include "db/AuditLog.h"
#include "db/BanStore.h"
#include "db/GateService.h"
#include "db/RegistrationService.h"
#include "db/TallyService.h"
#include "db/TicketCodec.h"
#include "db/offline/JournalUpload.h"
#include "db/offline/MirrorRefresh.h"
#include "db/offline/OfflineGate.h"
#include "db/offline/QueueBlocks.h"
#include "db/offline/StationJournal.h"

#include <QSet>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace besuk;

namespace {

const QString Lead = makeNik(QDate(1985, 3, 14), Sex::Male, 1);
const QString Partner = makeNik(QDate(1990, 7, 2), Sex::Female, 2);
const QString Third = makeNik(QDate(1979, 1, 20), Sex::Female, 3);

std::string failureOf(const Error &error) {
    return QString(error.message + u" / "_s + error.detail).toStdString();
}

template <typename T> T ok(Result<T> result) {
    INFO((result ? std::string() : failureOf(result.error())));
    REQUIRE(result.ok());
    return std::move(result).value();
}

RegistrationRequest group(const QString &inmate, const QString &lead, const QString &station) {
    return RegistrationRequest{inmate, {{lead, u"Budi Santoso"_s}}, 1, Service::Visit, station};
}

struct Kiosks {
    Kiosks() {
        f.addInmates(6);
        f.allowUnlimitedVisits(true);
    }
    std::unique_ptr<StationJournal> journal(const QString &station) {
        return ok(StationJournal::open(f.filePath(station + u".journal.db"_s), station));
    }
    void limitWeek(int visits) {
        Rules rules = f->rules();
        rules.visitsPerInmatePerWeek = visits;
        REQUIRE(f->saveRules(rules, u"admin"_s).ok());
    }
    IssuedTicket online(const QString &inmate, const QString &lead) {
        return ok(RegistrationService(*f).registerGroup(group(inmate, lead, u"kiosk-desk"_s)));
    }
    TestFacility f;
};

} // namespace

TEST_CASE("Kiosks hold blocks of numbers above the day's own, and online numbering never gives them", "[offline]") {
    Kiosks k;
    auto one = k.journal(u"kiosk-1"_s);
    auto two = k.journal(u"kiosk-2"_s);
    CHECK(ok(MirrorRefresh::refreshKiosk(*k.f, *one)) == 2 * QueueBlocks::BlockSize); // visit and deposit
    CHECK(ok(MirrorRefresh::refreshKiosk(*k.f, *two)) == 2 * QueueBlocks::BlockSize);
    // A refresh tops up to the block size: nothing more while nothing was used.
    CHECK(ok(MirrorRefresh::refreshKiosk(*k.f, *one)) == QueueBlocks::BlockSize * 2);
    auto all = ok(QueueBlocks::reserved(k.f->database(), k.f->today()));
    CHECK(all.size() == 4 * QueueBlocks::BlockSize);
    QSet<qint64> ids;
    QSet<QString> labels;
    for (const ReservedNumber &number : all) {
        ids.insert(number.visitId);
        labels.insert(number.label());
    }
    CHECK(ids.size() == all.size());
    CHECK(labels.size() == all.size());
    auto ofOne = ok(QueueBlocks::reserved(k.f->database(), k.f->today(), u"kiosk-1"_s));
    CHECK(ofOne.first().label() == u"A-901"_s);
    CHECK(ofOne.at(QueueBlocks::BlockSize - 1).label() == u"A-920"_s);
    CHECK(ok(QueueBlocks::reserved(k.f->database(), k.f->today(), u"kiosk-2"_s)).first().label() == u"A-921"_s);

    // Online numbering goes on from 1, and jumps over the blocks when it gets there.
    const IssuedTicket first = k.online(u"WB-001"_s, Lead);
    CHECK(first.visit.queueNumber == 1);
    CHECK_FALSE(ids.contains(first.visit.id));
    REQUIRE(SqlQuery(k.f->database(), u"UPDATE queue_counters SET last_number = 899 WHERE service = 'visit'"_s)
                .exec()
                .ok());
    CHECK(k.online(u"WB-002"_s, Partner).visit.queueNumber == 900);
    const IssuedTicket after = k.online(u"WB-003"_s, Third);
    CHECK(after.visit.queueNumber == 941);
    CHECK_FALSE(ids.contains(after.visit.id));
}

TEST_CASE("An offline kiosk registers with its reserved numbers and the online rules, durably, and runs out plainly",
          "[offline]") {
    Kiosks k;
    k.limitWeek(1);
    auto journal = k.journal(u"kiosk-1"_s);
    ok(MirrorRefresh::refreshKiosk(*k.f, *journal));
    OfflineKiosk kiosk(*k.f, *journal);

    CHECK(ok(kiosk.searchInmates(u"wb-00"_s, 10)).size() == 6);
    CHECK(ok(kiosk.searchInmates(u"WB-003"_s, 10)).first().number == u"WB-003"_s);
    const IssuedTicket ticket = ok(kiosk.registerGroup(group(u"WB-001"_s, Lead, u"kiosk-1"_s)));
    CHECK(ticket.visit.queueLabel() == u"A-901"_s);
    CHECK(ticket.visit.inmate.number == u"WB-001"_s);
    CHECK(ticket.visit.men == 1);
    CHECK(ticket.visit.children == 1);
    // The ticket is signed as any other: the facility's key, the reserved visit id and number.
    auto claims =
        TicketCodec::decode(TicketCodec::fromScanned(ticket.payload), k.f->profile().publicKey, k.f->profile().code);
    REQUIRE(claims.ok());
    CHECK(qint64(claims->ticketId) == ticket.visit.id);
    CHECK(claims->queueNumber == 901);
    // Durable before it returned: another connection to the journal file sees it.
    auto reopened = k.journal(u"kiosk-1"_s);
    CHECK(ok(reopened->pending()).size() == 1);
    CHECK(ok(kiosk.numbersLeft(Service::Visit)) == QueueBlocks::BlockSize - 1);

    // The weekly limit counts this kiosk's own registrations while apart; the refusal takes no number.
    auto again = kiosk.registerGroup(group(u"WB-001"_s, Partner, u"kiosk-1"_s));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::RuleRefused);
    CHECK(kiosk.checkInmate(u"WB-001"_s, Service::Visit).error().code == ErrorCode::RuleRefused);
    CHECK(ok(kiosk.numbersLeft(Service::Visit)) == QueueBlocks::BlockSize - 1);

    // A ban in the mirror sends the group to an officer.
    REQUIRE(BanStore(*k.f).add(Third, u"contraband"_s, u"admin"_s).ok());
    ok(MirrorRefresh::refreshKiosk(*k.f, *journal));
    auto banned = kiosk.registerGroup(group(u"WB-002"_s, Third, u"kiosk-1"_s));
    REQUIRE_FALSE(banned.ok());
    CHECK(banned.error().code == ErrorCode::SeeOfficer);

    // The last reserved number given, the next group is told plainly where to go.
    k.limitWeek(0);
    for (int i = 0; i < QueueBlocks::BlockSize - 1; ++i) {
        const QString nik = makeNik(QDate(1980, 1, 1).addDays(i), Sex::Female, 100 + i);
        ok(kiosk.registerGroup(RegistrationRequest{
            u"WB-00%1"_s.arg(2 + i % 5), {{nik, u"Siti Aminah"_s}}, 0, Service::Visit, u"kiosk-1"_s}));
    }
    auto none = kiosk.registerGroup(group(u"WB-006"_s, Partner, u"kiosk-1"_s));
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().message.contains(u"registration desk"_s));
}

TEST_CASE("An offline kiosk's registrations reach the server once, and what only the server could see is flagged",
          "[offline]") {
    Kiosks k;
    k.limitWeek(1);
    auto journal = k.journal(u"kiosk-1"_s);
    ok(MirrorRefresh::refreshKiosk(*k.f, *journal));
    OfflineKiosk kiosk(*k.f, *journal);
    const IssuedTicket plain = ok(kiosk.registerGroup(group(u"WB-001"_s, Lead, u"kiosk-1"_s)));
    const IssuedTicket twice = ok(kiosk.registerGroup(group(u"WB-002"_s, Partner, u"kiosk-1"_s)));
    // Meanwhile the desk registered a group for the same inmate online: the weekly limit the kiosk could not see.
    k.online(u"WB-002"_s, Third);

    const UploadReport report = ok(JournalUpload::upload(*k.f, *journal));
    CHECK(report.stored == 2);
    CHECK(report.alerts == 1);
    CHECK(ok(journal->pending()).isEmpty());
    const VisitRecord stored = ok(VisitRepository::load(k.f->database(), plain.visit.id));
    CHECK(stored.queueLabel() == u"A-901"_s);
    CHECK(stored.status == VisitStatus::Registered);
    CHECK(stored.members.size() == 1);
    CHECK(stored.members.first().name == u"Budi Santoso"_s);
    CHECK(stored.registeredAt == plain.visit.registeredAt);
    auto alerts = ok(JournalUpload::alerts(k.f->database(), k.f->today()));
    REQUIRE(alerts.size() == 1);
    CHECK(alerts.first().kind == u"rule"_s);
    CHECK(alerts.first().visitId == twice.visit.id);
    CHECK(alerts.first().secondStation == u"kiosk-1"_s);
    CHECK(alerts.first().detail.contains(u"this week"_s));
    // The visitors' NIKs and names leave the kiosk's file once the server has them.
    CHECK(ok(SqlQuery(journal->database(), u"SELECT COUNT(*) FROM journal WHERE detail <> ''"_s).scalar()).toInt() ==
          0);

    // The ticket is the server's now: an online gate knows it.
    CHECK(ok(GateService(*k.f).scan(plain.payload)).verdict == Verdict::Valid);
    auto tally = ok(TallyService(*k.f).day(k.f->today()));
    CHECK(tally.registered.groups == 3);
    auto verified = ok(AuditLog::verify(k.f->database()));
    CHECK(verified.intact);
}

TEST_CASE("A registration uploaded twice is stored once", "[offline]") {
    Kiosks k;
    auto journal = k.journal(u"kiosk-1"_s);
    ok(MirrorRefresh::refreshKiosk(*k.f, *journal));
    OfflineKiosk kiosk(*k.f, *journal);
    const IssuedTicket ticket = ok(kiosk.registerGroup(group(u"WB-001"_s, Lead, u"kiosk-1"_s)));
    auto entries = ok(journal->pending());
    REQUIRE(entries.size() == 1);
    ok(JournalUpload::upload(*k.f, *journal));
    const Snapshot after = k.f.snapshot();
    // The kiosk was killed after the server's commit and before it marked the entry: it sends the same entry again.
    RegistrationService service(*k.f);
    const OfflineStored again = ok(service.storeOffline(*entries.first().registration));
    CHECK(again.alreadyStored);
    CHECK(again.visit.id == ticket.visit.id);
    CHECK(k.f.snapshot() == after);
    // A number reserved for another kiosk is refused.
    OfflineRegistration stolen = *entries.first().registration;
    stolen.station = u"kiosk-9"_s;
    CHECK(service.storeOffline(stolen).error().code == ErrorCode::InvalidInput);
}

TEST_CASE("An offline gate admits an offline kiosk's ticket and sends its entries after the kiosk's", "[offline]") {
    Kiosks k;
    auto kioskJournal = k.journal(u"kiosk-1"_s);
    ok(MirrorRefresh::refreshKiosk(*k.f, *kioskJournal));
    auto gateJournal = k.journal(u"gate-1"_s);
    ok(MirrorRefresh::refresh(*k.f, *gateJournal)); // the gate's mirror holds every kiosk's reserved numbers
    OfflineKiosk kiosk(*k.f, *kioskJournal);
    OfflineGate gate(*gateJournal, k.f.clock);
    const IssuedTicket ticket = ok(kiosk.registerGroup(group(u"WB-001"_s, Lead, u"kiosk-1"_s)));

    const GateOutcome seen = ok(gate.scan(ticket.payload));
    CHECK(seen.verdict == Verdict::Valid);
    CHECK(seen.message.contains(u"kiosk-1"_s));
    CHECK(ok(gate.admit(ticket.payload, u"Pak Joko"_s)).verdict == Verdict::Admitted);
    CHECK(ok(gate.scan(ticket.payload)).verdict == Verdict::AlreadyAdmitted);

    // The gate is back first: its admit waits for the kiosk's registration, and is sent after it.
    const UploadReport early = ok(JournalUpload::upload(*k.f, *gateJournal));
    CHECK(early.stored == 0);
    CHECK(early.deferred == 1);
    CHECK(ok(gateJournal->pending()).size() == 1);
    CHECK(ok(JournalUpload::upload(*k.f, *kioskJournal)).stored == 1);
    const UploadReport late = ok(JournalUpload::upload(*k.f, *gateJournal));
    CHECK(late.stored == 1);
    CHECK(late.deferred == 0);
    const VisitRecord visit = ok(VisitRepository::load(k.f->database(), ticket.visit.id));
    CHECK(visit.status == VisitStatus::Admitted);
    CHECK(visit.admittedBy == u"Pak Joko"_s);
}
