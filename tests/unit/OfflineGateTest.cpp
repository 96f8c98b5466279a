// SPDX-License-Identifier: GPL-3.0-or-later
// The gate without the server (db/offline): the station journal's mirror, the offline gate's verdicts against the
// online gate's, durable journal entries, and the upload (reconcile) that stores each entry exactly once.
#include "db/offline/OfflineGate.h"

#include "TestFacility.h"
#include "db/AuditLog.h"
#include "db/BanStore.h"
#include "db/GateService.h"
#include "db/RegistrationService.h"
#include "db/TallyService.h"
#include "db/offline/JournalUpload.h"
#include "db/offline/MirrorRefresh.h"
#include "db/offline/StationJournal.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace besuk;

namespace besuk {
inline std::ostream &operator<<(std::ostream &os, Verdict verdict) {
    return os << verdictKey(verdict).toStdString();
}
} // namespace besuk

namespace {

const QString Lead = makeNik(QDate(1985, 3, 14), Sex::Male, 1);
const QString Partner = makeNik(QDate(1990, 7, 2), Sex::Female, 2);

std::string failureOf(const Error &error) {
    return QString(error.message + u" / "_s + error.detail).toStdString();
}

// A server facility (the test backend) and gates that work from journals of their own (SQLite files).
struct Offline {
    Offline() {
        f.addInmates(6);
        f.allowUnlimitedVisits();
    }
    IssuedTicket issue(const QString &inmate, const QString &lead = Lead) {
        auto ticket = RegistrationService(*f).registerGroup(
            RegistrationRequest{inmate, {{lead, u"Budi Santoso"_s}}, 1, Service::Visit, u"kiosk-1"_s});
        INFO((ticket ? std::string() : failureOf(ticket.error())));
        REQUIRE(ticket.ok());
        return std::move(ticket).value();
    }
    void clearEntry(const QString &payload) {
        auto inspected = GateService(*f).inspect(
            payload, InspectionRequest{InspectionPhase::Entry, u"Pak Joko"_s, {}, InspectionOutcome::Cleared, {}, {}});
        REQUIRE(inspected.ok());
        REQUIRE(inspected->verdict == Verdict::Valid);
    }
    std::unique_ptr<StationJournal> journal(const QString &station) {
        auto opened = StationJournal::open(f.filePath(station + u".journal.db"_s), station);
        INFO((opened ? std::string() : failureOf(opened.error())));
        REQUIRE(opened.ok());
        return std::move(opened).value();
    }
    void refresh(StationJournal &journal) {
        auto mirrored = MirrorRefresh::refresh(*f, journal);
        INFO((mirrored ? std::string() : failureOf(mirrored.error())));
        REQUIRE(mirrored.ok());
    }
    static GateOutcome ok(const Result<GateOutcome> &outcome) {
        INFO((outcome ? std::string() : failureOf(outcome.error())));
        REQUIRE(outcome.ok());
        return outcome.value();
    }
    UploadReport upload(StationJournal &journal) {
        auto report = JournalUpload::upload(*f, journal);
        INFO((report ? std::string() : failureOf(report.error())));
        REQUIRE(report.ok());
        return report.value();
    }
    int pending(StationJournal &journal) {
        auto entries = journal.pending();
        REQUIRE(entries.ok());
        return int(entries->size());
    }
    VisitRecord serverVisit(qint64 id) {
        auto visit = VisitRepository::load(f->database(), id);
        REQUIRE(visit.ok());
        return visit.value();
    }
    int auditEntries(const QString &actionPrefix) {
        AuditFilter filter;
        filter.actionPrefix = actionPrefix;
        auto entries = AuditLog::entries(f->database(), filter);
        REQUIRE(entries.ok());
        return int(entries->size());
    }

    TestFacility f;
};

QString forged(QString payload) {
    const qsizetype index = payload.size() / 2;
    payload[index] = payload[index] == u'A' ? u'B' : u'A';
    return payload;
}

} // namespace

TEST_CASE("The offline gate gives the online gate's verdicts and words from its mirror", "[offline]") {
    Offline o;
    const IssuedTicket valid = o.issue(u"WB-001"_s);
    const IssuedTicket banned = o.issue(u"WB-002"_s, Partner);
    REQUIRE(BanStore(*o.f).add(Partner, u"Membawa barang terlarang"_s, u"admin"_s).ok());
    auto journal = o.journal(u"gate-1"_s);
    o.refresh(*journal);
    const IssuedTicket late = o.issue(u"WB-003"_s); // issued after the refresh: not in the mirror
    OfflineGate offline(*journal, o.f.clock);
    GateService online(*o.f);

    const auto same = [&](const QString &payload, Verdict expected) {
        const GateOutcome there = Offline::ok(online.scan(payload));
        const GateOutcome here = Offline::ok(offline.scan(payload));
        CHECK(here.verdict == expected);
        CHECK(there.verdict == expected);
        CHECK(here.message == there.message);
        return here;
    };
    same(valid.payload, Verdict::Valid);
    same(forged(valid.payload), Verdict::Invalid);
    const GateOutcome bans = same(banned.payload, Verdict::Banned);
    REQUIRE(bans.bans.size() == 1);
    CHECK(bans.bans.first().reason == u"Membawa barang terlarang"_s);

    const GateOutcome unknown = Offline::ok(offline.scan(late.payload));
    CHECK(unknown.verdict == Verdict::Unknown);
    CHECK(Offline::ok(online.scan(late.payload)).verdict == Verdict::Valid);

    o.f.setLocal(o.f.reportDay().addDays(1), QTime(9, 0)); // the mirror's tickets are yesterday's now
    same(valid.payload, Verdict::WrongDay);
    CHECK(o.pending(*journal) == 0);
}

TEST_CASE("A station without a mirror says it needs the server and admits nothing", "[offline]") {
    Offline o;
    const IssuedTicket ticket = o.issue(u"WB-001"_s);
    auto journal = o.journal(u"gate-1"_s);
    OfflineGate offline(*journal, o.f.clock);
    auto scanned = offline.admit(ticket.payload, u"Pak Joko"_s);
    REQUIRE_FALSE(scanned.ok());
    CHECK(scanned.error().code == ErrorCode::NotInitialised);
    CHECK(o.pending(*journal) == 0);
}

TEST_CASE("An offline admit is durable before it returns and the gate then says already admitted", "[offline]") {
    Offline o;
    const IssuedTicket ticket = o.issue(u"WB-001"_s);
    const IssuedTicket uninspected = o.issue(u"WB-002"_s);
    o.clearEntry(ticket.payload);
    const QString path = o.f.filePath(u"gate-1.journal.db"_s);
    {
        auto journal = o.journal(u"gate-1"_s);
        o.refresh(*journal);
        OfflineGate offline(*journal, o.f.clock);
        CHECK(Offline::ok(offline.admit(uninspected.payload, u"Pak Joko"_s)).verdict == Verdict::NotInspected);
        CHECK(Offline::ok(offline.checkOut(ticket.payload, u"Pak Joko"_s)).verdict == Verdict::NotAdmitted);
        CHECK(o.pending(*journal) == 0);

        const GateOutcome admitted = Offline::ok(offline.admit(ticket.payload, u"Pak Joko"_s));
        CHECK(admitted.verdict == Verdict::Admitted);

        // Another connection to the file sees the entry the moment admit returned: it was committed, and the
        // journal's connection writes with synchronous=FULL.
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"journal-reader"_s);
        other.setDatabaseName(path);
        REQUIRE(other.open());
        {
            QSqlQuery count(other);
            REQUIRE(count.exec(u"SELECT COUNT(*) FROM journal WHERE kind = 'admit'"_s));
            REQUIRE(count.next());
            CHECK(count.value(0).toInt() == 1);
        }
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"journal-reader"_s);
        auto synchronous = SqlQuery(journal->database(), u"PRAGMA synchronous"_s).scalar();
        REQUIRE(synchronous.ok());
        CHECK(synchronous->toInt() == 2); // FULL

        const GateOutcome again = Offline::ok(offline.admit(ticket.payload, u"Pak Slamet"_s));
        CHECK(again.verdict == Verdict::AlreadyAdmitted);
        CHECK(again.message.contains(u"Pak Joko"_s));
    }
    // A restarted station (the server still away) knows what it did.
    auto journal = o.journal(u"gate-1"_s);
    OfflineGate offline(*journal, o.f.clock);
    CHECK(Offline::ok(offline.scan(ticket.payload)).verdict == Verdict::AlreadyAdmitted);
    o.f.clock.advanceSeconds(45 * 60);
    const GateOutcome left = Offline::ok(offline.checkOut(ticket.payload, u"Bu Rina"_s));
    CHECK(left.verdict == Verdict::CheckedOut);
    CHECK(left.message == GateService::checkedOutOutcome(*left.visit).message);
    CHECK(Offline::ok(offline.scan(ticket.payload)).verdict == Verdict::CheckedOut);
    CHECK(o.pending(*journal) == 2);
    CHECK(o.serverVisit(ticket.visit.id).status == VisitStatus::Registered); // nothing reached the server yet
}

TEST_CASE("An upload stores each journal entry once, in order, and a repeated upload stores nothing twice",
          "[offline]") {
    Offline o;
    const IssuedTicket ticket = o.issue(u"WB-001"_s);
    o.clearEntry(ticket.payload);
    auto journal = o.journal(u"gate-1"_s);
    o.refresh(*journal);
    OfflineGate offline(*journal, o.f.clock);
    const QDateTime admittedAt = o.f.clock.now();
    REQUIRE(Offline::ok(offline.admit(ticket.payload, u"Pak Joko"_s)).verdict == Verdict::Admitted);
    o.f.clock.advanceSeconds(3600);
    const QDateTime leftAt = o.f.clock.now();
    REQUIRE(Offline::ok(offline.checkOut(ticket.payload, u"Bu Rina"_s)).verdict == Verdict::CheckedOut);
    o.f.clock.advanceSeconds(600); // the server returns

    const UploadReport first = o.upload(*journal);
    CHECK(first.stored == 2);
    CHECK(first.alreadyStored == 0);
    CHECK(first.alerts == 0);
    CHECK(o.pending(*journal) == 0);
    const VisitRecord stored = o.serverVisit(ticket.visit.id);
    CHECK(stored.status == VisitStatus::CheckedOut); // the check-out came after the admit: in order
    CHECK(stored.admittedAt == admittedAt);
    CHECK(stored.admittedBy == u"Pak Joko"_s);
    CHECK(stored.checkedOutAt == leftAt);
    const Snapshot afterFirst = o.f.snapshot();
    CHECK(o.f.rowCount(u"station_journal"_s) == 2);
    CHECK(o.auditEntries(u"visit.admit"_s) == 1);

    // The station died after the server committed and before it marked its entries: it sends them all again.
    REQUIRE(SqlQuery(journal->database(), u"UPDATE journal SET uploaded_at = NULL"_s).exec().ok());
    REQUIRE(o.pending(*journal) == 2);
    const UploadReport again = o.upload(*journal);
    CHECK(again.stored == 0);
    CHECK(again.alreadyStored == 2);
    CHECK(o.pending(*journal) == 0);
    CHECK(o.f.snapshot() == afterFirst);
    CHECK(o.upload(*journal).alreadyStored == 0); // nothing waiting: nothing sent
}

TEST_CASE("One ticket admitted at two gates while apart is one admitted visit and one alert for staff", "[offline]") {
    Offline o;
    const IssuedTicket ticket = o.issue(u"WB-001"_s);
    const IssuedTicket other = o.issue(u"WB-002"_s);
    o.clearEntry(ticket.payload);
    o.clearEntry(other.payload);
    auto north = o.journal(u"gate-north"_s);
    auto south = o.journal(u"gate-south"_s);
    o.refresh(*north);
    o.refresh(*south);
    OfflineGate northGate(*north, o.f.clock);
    OfflineGate southGate(*south, o.f.clock);
    const QDateTime firstAt = o.f.clock.now();
    REQUIRE(Offline::ok(northGate.admit(ticket.payload, u"Pak Joko"_s)).verdict == Verdict::Admitted);
    o.f.clock.advanceSeconds(120);
    const QDateTime secondAt = o.f.clock.now();
    REQUIRE(Offline::ok(southGate.admit(ticket.payload, u"Bu Rina"_s)).verdict == Verdict::Admitted);
    REQUIRE(Offline::ok(southGate.admit(other.payload, u"Bu Rina"_s)).verdict == Verdict::Admitted);
    o.f.clock.advanceSeconds(600);

    CHECK(o.upload(*north).stored == 1);
    const UploadReport fromSouth = o.upload(*south);
    CHECK(fromSouth.stored == 2);
    CHECK(fromSouth.alerts == 1);
    CHECK(o.upload(*south).stored == 0);

    const VisitRecord visit = o.serverVisit(ticket.visit.id);
    CHECK(visit.status == VisitStatus::Admitted);
    CHECK(visit.admittedAt == firstAt);
    CHECK(visit.admittedBy == u"Pak Joko"_s);
    auto alerts = JournalUpload::alerts(o.f->database(), o.f.reportDay());
    REQUIRE(alerts.ok());
    REQUIRE(alerts->size() == 1);
    const OfflineAlert &alert = alerts->first();
    CHECK(alert.kind == u"double_admission"_s);
    CHECK(alert.visitId == ticket.visit.id);
    CHECK(alert.queueLabel == visit.queueLabel());
    CHECK(alert.firstStation == u"gate-north"_s);
    CHECK(alert.firstAt == firstAt);
    CHECK(alert.firstBy == u"Pak Joko"_s);
    CHECK(alert.secondStation == u"gate-south"_s);
    CHECK(alert.secondAt == secondAt);
    CHECK(alert.secondBy == u"Bu Rina"_s);
    CHECK(o.auditEntries(u"visit.double_admission"_s) == 1);
    CHECK(o.auditEntries(u"visit.admit"_s) == 2);

    auto tally = TallyService(*o.f).day(o.f.reportDay());
    REQUIRE(tally.ok());
    CHECK(tally->admitted.groups == 2);
    CHECK(tally->admitted.men == 2);
    auto verified = AuditLog::verify(o.f->database());
    REQUIRE(verified.ok());
    CHECK(verified->intact);
}

TEST_CASE("An offline admit of a ticket cancelled meanwhile is kept as a conflict for staff", "[offline]") {
    Offline o;
    const IssuedTicket ticket = o.issue(u"WB-001"_s);
    o.clearEntry(ticket.payload);
    auto journal = o.journal(u"gate-1"_s);
    o.refresh(*journal);
    OfflineGate offline(*journal, o.f.clock);
    REQUIRE(Offline::ok(offline.admit(ticket.payload, u"Pak Joko"_s)).verdict == Verdict::Admitted);
    REQUIRE(o.f->database()
                .execute(u"UPDATE visits SET status = 'cancelled', cancel_reason = 'test' WHERE id = "_s +
                         QString::number(ticket.visit.id))
                .ok());
    REQUIRE(o.serverVisit(ticket.visit.id).status == VisitStatus::Cancelled);

    const UploadReport report = o.upload(*journal);
    CHECK(report.stored == 1);
    CHECK(report.alerts == 1);
    CHECK(o.serverVisit(ticket.visit.id).status == VisitStatus::Cancelled);
    auto alerts = JournalUpload::alerts(o.f->database(), o.f.reportDay());
    REQUIRE(alerts.ok());
    REQUIRE(alerts->size() == 1);
    CHECK(alerts->first().kind == u"conflict"_s);
    CHECK(alerts->first().detail == u"status=cancelled"_s);
}

TEST_CASE("Every station journal gets an id of its own and keeps it", "[offline]") {
    Offline o;
    QString first;
    {
        auto journal = o.journal(u"gate-1"_s);
        first = journal->journalId();
        CHECK(first.size() == 36);
    }
    CHECK(o.journal(u"gate-1"_s)->journalId() == first);
    CHECK(o.journal(u"gate-2"_s)->journalId() != first);
    CHECK(StationJournal::pathBeside(u"/home/besuk/.config/Besuk/besuk-gate.conf"_s) ==
          u"/home/besuk/.config/Besuk/station-journal.db"_s);
    CHECK_FALSE(StationJournal::open(o.f.filePath(u"x.db"_s), u"  "_s).ok());
}

TEST_CASE("An entry inspection recorded offline lets the group in, its deposit goes back at the exit, and the "
          "server gets the inspection as recorded",
          "[offline]") {
    Offline o;
    const IssuedTicket ticket = o.issue(u"WB-001"_s); // registered, not inspected before the outage
    const IssuedTicket deposit = o.issue(u"WB-002"_s, Partner);
    REQUIRE(GateService(*o.f)
                .inspect(deposit.payload, InspectionRequest{InspectionPhase::Entry,
                                                            u"Pak Joko"_s,
                                                            {{u"Dompet"_s, Disposition::Deposited, u"L-3"_s}},
                                                            InspectionOutcome::Cleared,
                                                            {},
                                                            {}})
                .ok()); // online, before the outage
    auto journal = o.journal(u"gate-1"_s);
    o.refresh(*journal);
    OfflineGate offline(*journal, o.f.clock);
    CHECK(Offline::ok(offline.admit(ticket.payload, u"Pak Joko"_s)).verdict == Verdict::NotInspected);

    // The same checks as online: a deposited item needs its tag, and nothing is written.
    InspectionRequest request{
        InspectionPhase::Entry,
        u"Pak Joko"_s,
        {{u"Telepon genggam"_s, Disposition::Deposited, {}}, {u"Makanan"_s, Disposition::Allowed, {}}},
        InspectionOutcome::Cleared,
        {},
        {}};
    auto untagged = offline.inspect(ticket.payload, request);
    REQUIRE_FALSE(untagged.ok());
    CHECK(untagged.error().message == u"The deposited item \"Telepon genggam\" needs a tag or locker number."_s);
    CHECK(o.pending(*journal) == 0);

    request.items[0].tag = u"L-12"_s;
    const QDateTime inspectedAt = o.f.clock.now();
    const GateOutcome inspected = Offline::ok(offline.inspect(ticket.payload, request));
    CHECK(inspected.verdict == Verdict::Valid);
    CHECK(inspected.message == GateService::inspectedMessage(InspectionPhase::Entry));
    CHECK(Offline::ok(offline.admit(ticket.payload, u"Pak Joko"_s)).verdict == Verdict::Admitted);
    auto items = offline.depositedItems(ticket.visit.id);
    REQUIRE(items.ok());
    REQUIRE(items->size() == 1);
    CHECK(items->first().description == u"Telepon genggam"_s);
    CHECK(items->first().tag == u"L-12"_s);
    auto depositedOnline = offline.depositedItems(deposit.visit.id); // from the mirror
    REQUIRE(depositedOnline.ok());
    REQUIRE(depositedOnline->size() == 1);
    CHECK(depositedOnline->first().tag == u"L-3"_s);

    // A refused entry inspection refuses the ticket here, with the guard's reason.
    const IssuedTicket refused = o.issue(u"WB-003"_s, makeNik(QDate(1979, 1, 5), Sex::Male, 3));
    o.refresh(*journal);
    InspectionRequest refusal{InspectionPhase::Entry,     u"Pak Joko"_s,        {},
                              InspectionOutcome::Refused, u"Membawa narkoba"_s, {}};
    CHECK(Offline::ok(offline.inspect(refused.payload, refusal)).verdict == Verdict::Refused);
    CHECK(Offline::ok(offline.admit(refused.payload, u"Pak Joko"_s)).verdict == Verdict::Refused);

    o.f.clock.advanceSeconds(600);
    const UploadReport report = o.upload(*journal);
    CHECK(report.stored == 3);
    CHECK(report.alerts == 0);
    auto records = GateService(*o.f).inspections(ticket.visit.id);
    REQUIRE(records.ok());
    REQUIRE(records->size() == 1);
    CHECK(records->first().at == inspectedAt);
    CHECK(records->first().officer == u"Pak Joko"_s);
    REQUIRE(records->first().items.size() == 2);
    CHECK(records->first().items[0].tag == u"L-12"_s);
    CHECK(o.serverVisit(ticket.visit.id).status == VisitStatus::Admitted);
    const VisitRecord refusedOnServer = o.serverVisit(refused.visit.id);
    CHECK(refusedOnServer.status == VisitStatus::Refused);
    CHECK(refusedOnServer.refusedReason == u"Membawa narkoba"_s);
    CHECK(o.auditEntries(u"visit.inspect.entry"_s) == 3); // the online one of the deposit group, two offline
    auto verified = AuditLog::verify(o.f->database());
    REQUIRE(verified.ok());
    CHECK(verified->intact);
    // Again after a cut: nothing twice.
    REQUIRE(SqlQuery(journal->database(), u"UPDATE journal SET uploaded_at = NULL"_s).exec().ok());
    CHECK(o.upload(*journal).alreadyStored == 3);
    CHECK(GateService(*o.f).inspections(ticket.visit.id)->size() == 1);
}
