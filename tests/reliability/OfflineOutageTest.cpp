// SPDX-License-Identifier: GPL-3.0-or-later
// A real outage: a PostgreSQL server of this test's own (so that stopping it disturbs no test running beside it) is
// stopped while two gates work from their journals, started again, and both gates reconcile. Registered only when a
// PostgreSQL 15 installation is at hand (the PostgreSQL block of tests/CMakeLists.txt).
#include "db/AuditLog.h"
#include "db/Clock.h"
#include "db/Database.h"
#include "db/Facility.h"
#include "db/GateService.h"
#include "db/InmateStore.h"
#include "db/RegistrationService.h"
#include "db/TallyService.h"
#include "db/offline/JournalUpload.h"
#include "db/offline/MirrorRefresh.h"
#include "db/offline/OfflineGate.h"
#include "db/offline/StationJournal.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimeZone>

#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <iostream>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace besuk;

namespace {

const QString PgBin = u"/usr/lib/postgresql/15/bin/"_s;
const QDateTime Morning = QDateTime(QDate(2025, 12, 27), QTime(1, 0), Qt::UTC); // 09:00 in Asia/Makassar

std::string text(const QString &s) {
    return s.toStdString();
}
std::string failureOf(const Error &error) {
    return text(error.message + u" / "_s + error.detail);
}

int freePort() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    REQUIRE(fd >= 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0);
    socklen_t length = sizeof address;
    REQUIRE(::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0);
    ::close(fd);
    return ntohs(address.sin_port);
}

// A throw-away PostgreSQL 15 cluster (trust auth, loopback only, fsync off), like packaging/with-postgres.sh's.
class OwnServer {
public:
    OwnServer() : m_port(freePort()) {
        REQUIRE(m_dir.isValid());
        if (::geteuid() == 0) { // initdb refuses root: the cluster belongs to the postgres user
            REQUIRE(run(u"chown"_s, {u"postgres"_s, m_dir.path()}));
            m_asOwner = {u"-u"_s, u"postgres"_s, u"--"_s};
        }
        REQUIRE(pg(u"initdb"_s, {u"-D"_s, data(), u"-A"_s, u"trust"_s, u"-U"_s, u"besuk"_s, u"-E"_s, u"UTF8"_s,
                                 u"--locale=C.UTF-8"_s, u"--no-sync"_s}));
        start();
    }
    ~OwnServer() { pg(u"pg_ctl"_s, {u"-D"_s, data(), u"-m"_s, u"immediate"_s, u"stop"_s}); }

    void start() {
        REQUIRE(
            pg(u"pg_ctl"_s, {u"-D"_s, data(), u"-w"_s, u"-t"_s, u"60"_s, u"-l"_s, m_dir.filePath(u"log"_s), u"-o"_s,
                             u"-k %1 -p %2 -c listen_addresses=127.0.0.1 -c fsync=off"_s.arg(m_dir.path()).arg(m_port),
                             u"start"_s}));
    }
    void stop() { REQUIRE(pg(u"pg_ctl"_s, {u"-D"_s, data(), u"-m"_s, u"fast"_s, u"-w"_s, u"stop"_s})); }
    [[nodiscard]] QString url() const { return u"postgresql://besuk@127.0.0.1:%1/postgres"_s.arg(m_port); }
    [[nodiscard]] QString filePath(const QString &name) const { return m_files.filePath(name); }

private:
    [[nodiscard]] QString data() const { return m_dir.filePath(u"data"_s); }
    bool pg(const QString &tool, const QStringList &arguments) {
        if (m_asOwner.isEmpty())
            return run(PgBin + tool, arguments);
        return run(u"runuser"_s, m_asOwner + QStringList{PgBin + tool} + arguments);
    }
    static bool run(const QString &program, const QStringList &arguments) {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(program, arguments);
        const bool finished = process.waitForFinished(120'000);
        if (!finished || process.exitCode() != 0)
            std::cerr << text(program) << " failed: " << process.readAll().toStdString() << '\n';
        return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }

    QTemporaryDir m_dir{u"/tmp/besuk-outage.XXXXXX"_s};
    QTemporaryDir m_files;
    int m_port;
    QStringList m_asOwner;
};

std::unique_ptr<Facility> makeFacility(const OwnServer &server, const Clock &clock) {
    auto opened = Database::open(server.url(), Database::OpenMode::CreateIfMissing);
    INFO((opened ? std::string() : failureOf(opened.error())));
    REQUIRE(opened.ok());
    auto facility = Facility::initialise(std::move(opened).value(), clock, u"Rutan Uji"_s, u"Asia/Makassar"_s,
                                         server.filePath(u"facility.key"_s));
    REQUIRE(facility.ok());
    Rules rules = facility.value()->rules();
    rules.visitsPerInmatePerWeek = 0;
    REQUIRE(facility.value()->saveRules(rules, u"test"_s).ok());
    return std::move(facility).value();
}

QString inspectedTicket(Facility &facility, int serial) {
    const QString inmate = u"WB-%1"_s.arg(serial, 3, 10, QLatin1Char('0'));
    const QStringList names{u"Satu"_s, u"Dua"_s, u"Tiga"_s, u"Empat"_s};
    auto added = InmateStore(facility).add(inmate, u"Warga "_s + names.value(serial - 1), u"A"_s, u"test"_s);
    INFO((added ? std::string() : failureOf(added.error())));
    REQUIRE(added.ok());
    auto ticket = RegistrationService(facility).registerGroup(
        {inmate,
         {{u"64710514038%1"_s.arg(serial, 5, 10, QLatin1Char('0')), u"Budi Santoso"_s}},
         1,
         Service::Visit,
         u"kiosk-1"_s});
    INFO((ticket ? std::string() : failureOf(ticket.error())));
    REQUIRE(ticket.ok());
    auto inspected = GateService(facility).inspect(
        ticket->payload, {InspectionPhase::Entry, u"Pak Joko"_s, {}, InspectionOutcome::Cleared, {}, {}});
    REQUIRE(inspected.ok());
    return ticket->payload;
}

std::unique_ptr<StationJournal> journalFor(const OwnServer &server, const QString &station) {
    auto journal = StationJournal::open(server.filePath(station + u".db"_s), station);
    REQUIRE(journal.ok());
    return std::move(journal).value();
}

Verdict verdictOf(const Result<GateOutcome> &outcome) {
    INFO((outcome ? std::string() : failureOf(outcome.error())));
    REQUIRE(outcome.ok());
    return outcome->verdict;
}

int count(Database &db, const QString &sql) {
    auto value = SqlQuery(db, sql).scalar();
    REQUIRE(value.ok());
    return value->toInt();
}

} // namespace

TEST_CASE("Two gates admit through a stopped PostgreSQL server and reconcile to one visit and one alert",
          "[offline][postgres]") {
    OwnServer server;
    FixedClock clock(Morning);
    auto facility = makeFacility(server, clock);
    QStringList payloads;
    for (int serial = 1; serial <= 4; ++serial)
        payloads.append(inspectedTicket(*facility, serial));
    auto north = journalFor(server, u"gate-north"_s);
    auto south = journalFor(server, u"gate-south"_s);
    REQUIRE(MirrorRefresh::refresh(*facility, *north).ok());
    REQUIRE(MirrorRefresh::refresh(*facility, *south).ok());

    server.stop();
    QElapsedTimer noticed;
    noticed.start();
    auto online = GateService(*facility).scan(payloads[0]);
    REQUIRE_FALSE(online.ok()); // the server is really gone: the online gate reports it
    CHECK(online.error().code == ErrorCode::Storage);
    std::cout << "online gate reported the stopped server after " << noticed.elapsed() << " ms\n";

    OfflineGate northGate(*north, clock);
    OfflineGate southGate(*south, clock);
    CHECK(verdictOf(northGate.admit(payloads[0], u"Pak Joko"_s)) == Verdict::Admitted);
    CHECK(verdictOf(northGate.admit(payloads[1], u"Pak Joko"_s)) == Verdict::Admitted);
    clock.advanceSeconds(90);
    CHECK(verdictOf(southGate.admit(payloads[0], u"Bu Rina"_s)) == Verdict::Admitted); // apart: it cannot know
    CHECK(verdictOf(southGate.admit(payloads[2], u"Bu Rina"_s)) == Verdict::Admitted);
    CHECK(verdictOf(southGate.admit(payloads[2], u"Bu Rina"_s)) == Verdict::AlreadyAdmitted);
    clock.advanceSeconds(40 * 60);
    CHECK(verdictOf(northGate.checkOut(payloads[1], u"Pak Joko"_s)) == Verdict::CheckedOut);

    server.start();
    clock.advanceSeconds(60);
    auto fromNorth = JournalUpload::upload(*facility, *north);
    INFO((fromNorth ? std::string() : failureOf(fromNorth.error())));
    REQUIRE(fromNorth.ok());
    CHECK(fromNorth->stored == 3);
    auto fromSouth = JournalUpload::upload(*facility, *south);
    REQUIRE(fromSouth.ok());
    CHECK(fromSouth->stored == 2);
    CHECK(fromSouth->alerts == 1);
    // Both stations again, as after a cut: nothing is waiting, nothing is stored twice.
    REQUIRE(SqlQuery(south->database(), u"UPDATE journal SET uploaded_at = NULL"_s).exec().ok());
    auto again = JournalUpload::upload(*facility, *south);
    REQUIRE(again.ok());
    CHECK(again->alreadyStored == 2);
    CHECK(again->stored == 0);

    Database &db = facility->database();
    CHECK(count(db, u"SELECT COUNT(*) FROM station_journal"_s) == 5);
    CHECK(count(db, u"SELECT COUNT(*) FROM offline_alerts"_s) == 1);
    CHECK(count(db, u"SELECT COUNT(*) FROM visits WHERE status = 'admitted'"_s) == 2);
    CHECK(count(db, u"SELECT COUNT(*) FROM visits WHERE status = 'checked_out'"_s) == 1);
    CHECK(count(db, u"SELECT COUNT(*) FROM visits WHERE status = 'registered'"_s) == 1);
    auto alerts = JournalUpload::alerts(db, Morning.toTimeZone(QTimeZone("Asia/Makassar")).date());
    REQUIRE(alerts.ok());
    REQUIRE(alerts->size() == 1);
    CHECK(alerts->first().firstStation == u"gate-north"_s);
    CHECK(alerts->first().secondStation == u"gate-south"_s);
    CHECK(alerts->first().firstAt == Morning);
    CHECK(alerts->first().secondAt == Morning.addSecs(90));
    AuditFilter doubles;
    doubles.actionPrefix = u"visit.double_admission"_s;
    auto logged = AuditLog::entries(db, doubles);
    REQUIRE(logged.ok());
    CHECK(logged->size() == 1);
    auto tally = TallyService(*facility).day(facility->today());
    REQUIRE(tally.ok());
    CHECK(tally->registered.groups == 4);
    CHECK(tally->admitted.groups == 3);
    CHECK(tally->inside.groups == 2);
    CHECK(tally->checkedOut.groups == 1);
    auto verified = AuditLog::verify(db);
    REQUIRE(verified.ok());
    CHECK(verified->intact);
}
