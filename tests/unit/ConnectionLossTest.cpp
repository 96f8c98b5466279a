// SPDX-License-Identifier: GPL-3.0-or-later
// A station whose server connection is dropped (server restart, network blip, an administrator) carries on:
// the next write reconnects and succeeds without an error reaching the visitor, nothing is written twice, and a
// change feed picks up again. PostgreSQL only: this executable is registered in the PostgreSQL block of
// tests/CMakeLists.txt alone (a SQLite file has no connection to lose).

#include "TestDatabase.h"
#include "db/ChangeFeed.h"
#include "db/Clock.h"
#include "db/Database.h"
#include "db/Facility.h"
#include "db/InmateStore.h"
#include "db/RegistrationService.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <functional>
#include <iostream>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace besuk;

namespace {

const QDateTime Now = QDateTime(QDate(2025, 12, 27), QTime(1, 0), Qt::UTC); // 09:00 in Asia/Makassar

std::string text(const QString &s) {
    return s.toStdString();
}

void ensureApplication() {
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "besuk_postgres_tests";
    static char *argv[] = {name, nullptr};
    static QCoreApplication application(argc, argv);
}

// Spins the event loop until `done` (returns at once when it holds) or the deadline, generous for sanitizer builds
// on busy machines. Times below are measured and printed, not asserted.
bool waitFor(const std::function<bool()> &done, int timeoutMs = 20'000) {
    const QDeadlineTimer deadline(timeoutMs);
    QTimer tick; // wakes the loop up now and then, so that the deadline is noticed
    tick.start(5);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return done();
}

// An administrator's connection to the test database, outside Besuk (its application_name is not "besuk").
class AdminConnection {
public:
    explicit AdminConnection(const QString &location) {
        static QAtomicInt counter;
        m_name = u"besuk-admin-%1"_s.arg(counter.fetchAndAddRelaxed(1));
        const QUrl url(location);
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        db.setConnectOptions(u"application_name=besuk-test-admin"_s);
        INFO(text(db.lastError().text()));
        REQUIRE(db.open());
    }
    ~AdminConnection() {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }

    // Terminates every Besuk connection to this test's database (not those of tests running beside it) and
    // waits until they are gone; returns how many there were.
    int killBesukConnections() {
        QSqlQuery kill(QSqlDatabase::database(m_name, false));
        INFO(text(kill.lastError().text()));
        REQUIRE(kill.exec(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'besuk' "
                          u"AND datname = current_database() AND pid <> pg_backend_pid()"_s));
        int killed = 0;
        while (kill.next())
            killed += kill.value(0).toBool() ? 1 : 0;
        REQUIRE(waitFor([this] { return besukConnections() == 0; }));
        return killed;
    }

    int besukConnections() {
        QSqlQuery count(QSqlDatabase::database(m_name, false));
        REQUIRE(count.exec(u"SELECT COUNT(*) FROM pg_stat_activity WHERE application_name = 'besuk' "
                           u"AND datname = current_database()"_s));
        REQUIRE(count.next());
        return count.value(0).toInt();
    }

private:
    QString m_name;
};

// A facility on the test database with one inmate and no weekly limit.
std::unique_ptr<Facility> makeFacility(const test::TestDatabase &database, const Clock &clock) {
    auto opened = Database::open(database.location(), Database::OpenMode::CreateIfMissing);
    INFO(text(opened ? QString() : opened.error().message));
    REQUIRE(opened.ok());
    auto facility =
        Facility::initialise(std::move(opened).value(), clock, u"Rutan Uji"_s, u"Asia/Makassar"_s, database.keyPath());
    REQUIRE(facility.ok());
    Rules rules = facility.value()->rules();
    rules.visitsPerInmatePerWeek = 0;
    REQUIRE(facility.value()->saveRules(rules, u"test"_s).ok());
    REQUIRE(InmateStore(*facility.value()).add(u"WB-001"_s, u"Warga Satu"_s, u"A"_s, u"test"_s).ok());
    return std::move(facility).value();
}

Result<IssuedTicket> registerOne(Facility &facility, int serial) {
    return RegistrationService(facility).registerGroup(
        {u"WB-001"_s,
         {{u"64710514038%1"_s.arg(serial, 5, 10, QLatin1Char('0')), u"Budi Santoso"_s}},
         0,
         Service::Visit,
         u"kiosk-1"_s});
}

// A loopback port nobody listens on: bound by us for a moment, then closed again.
int closedPort() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    REQUIRE(fd >= 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    REQUIRE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0);
    socklen_t length = sizeof address;
    REQUIRE(::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0);
    ::close(fd);
    return ntohs(address.sin_port);
}

bool onPostgres() {
    if (test::TestDatabase::selectedBackend() == Backend::Postgres)
        return true;
    WARN("needs BESUK_TEST_BACKEND=postgres (packaging/with-postgres.sh); not run on SQLite");
    return false;
}

} // namespace

TEST_CASE("a registration after the server dropped the connection reconnects and succeeds",
          "[connection][postgres-only]") {
    if (!onPostgres())
        return;
    ensureApplication();
    test::TestDatabase database;
    FixedClock clock(Now);
    auto facility = makeFacility(database, clock);
    auto first = registerOne(*facility, 1);
    REQUIRE(first.ok());
    CHECK(first->visit.queueLabel() == u"A-001"_s);

    AdminConnection admin(database.location());
    CHECK(admin.killBesukConnections() == 1);

    QElapsedTimer timer;
    timer.start();
    auto second = registerOne(*facility, 2);
    const qint64 reconnectMs = timer.elapsed();
    std::cout << "[connection] registration after a dropped connection (reconnect included): " << reconnectMs << " ms"
              << std::endl;
    INFO(text(second ? QString() : second.error().message));
    REQUIRE(second.ok());
    CHECK(second->visit.queueLabel() == u"A-002"_s);

    CHECK(database.rows(u"SELECT queue_number, station FROM visits ORDER BY queue_number"_s) ==
          QStringList{u"1|kiosk-1"_s, u"2|kiosk-1"_s});
    CHECK(database.rows(u"SELECT last_number FROM queue_counters"_s) == QStringList{u"2"_s});
    CHECK(database.rows(u"SELECT subject FROM audit_log WHERE action = 'visit.register' ORDER BY id"_s) ==
          QStringList{u"A-001"_s, u"A-002"_s});
    CHECK(database.rows(u"SELECT subject FROM changes WHERE kind = 'visit.register' ORDER BY id"_s) ==
          QStringList{u"A-001"_s, u"A-002"_s});
}

TEST_CASE("a connection dropped in the middle of a write transaction rolls it back and runs it once more",
          "[connection][postgres-only]") {
    if (!onPostgres())
        return;
    ensureApplication();
    test::TestDatabase database;
    FixedClock clock(Now);
    auto facility = makeFacility(database, clock);
    AdminConnection admin(database.location());
    Database &db = facility->database();
    int attempts = 0;
    QElapsedTimer timer;
    timer.start();
    auto written = db.write([&]() -> Result<void> {
        ++attempts;
        SqlQuery first(db, u"INSERT INTO settings (key, value) VALUES ('test.first', ?)"_s);
        first.bind(QString::number(attempts));
        if (auto done = first.exec(); !done)
            return done;
        if (attempts == 1)
            CHECK(admin.killBesukConnections() == 1); // the server goes away between two statements
        SqlQuery second(db, u"INSERT INTO settings (key, value) VALUES ('test.second', ?)"_s);
        second.bind(QString::number(attempts));
        return second.exec();
    });
    std::cout << "[connection] write transaction cut in the middle, reconnected and run again: " << timer.elapsed()
              << " ms" << std::endl;
    INFO(text(written ? QString() : written.error().message));
    REQUIRE(written.ok());
    CHECK(attempts == 2);
    // The first attempt left nothing behind: each row once, from the second attempt.
    CHECK(database.rows(u"SELECT key, value FROM settings WHERE key LIKE 'test.%' ORDER BY key"_s) ==
          QStringList{u"test.first|2"_s, u"test.second|2"_s});
    auto ticket = registerOne(*facility, 1);
    REQUIRE(ticket.ok());
    CHECK(ticket->visit.queueLabel() == u"A-001"_s);
}

TEST_CASE("a change feed whose connection was dropped recovers and reports the next change",
          "[connection][changes][postgres-only]") {
    if (!onPostgres())
        return;
    ensureApplication();
    test::TestDatabase database;
    FixedClock clock(Now);
    auto facility = makeFacility(database, clock);
    ChangeFeed feed(database.location());
    QStringList subjects;
    QStringList problems;
    QObject::connect(&feed, &ChangeFeed::changed, &feed,
                     [&](const Change &change) { subjects.append(change.subject); });
    QObject::connect(&feed, &ChangeFeed::problem, &feed, [&](const QString &message) { problems.append(message); });
    REQUIRE(feed.start().ok());
    REQUIRE(registerOne(*facility, 1).ok());
    REQUIRE(waitFor([&] { return subjects.size() == 1; }));

    AdminConnection admin(database.location());
    CHECK(admin.killBesukConnections() == 2); // the facility's and the feed's

    QElapsedTimer timer;
    timer.start();
    auto second = registerOne(*facility, 2);
    INFO(text(second ? QString() : second.error().message));
    REQUIRE(second.ok());
    const bool heard = waitFor([&] { return subjects.size() >= 2; });
    const qint64 recoveredMs = timer.elapsed();
    std::cout << "[connection] change feed after a dropped connection: next change reported after " << recoveredMs
              << " ms" << (heard ? "" : " (not at all)") << "; problems reported: " << problems.size() << std::endl;
    REQUIRE(heard);
    // Nothing twice: one more registration, reported after the others (changes come in commit order).
    REQUIRE(registerOne(*facility, 3).ok());
    REQUIRE(waitFor([&] { return subjects.size() >= 3; }));
    CHECK(subjects == QStringList{u"A-001"_s, u"A-002"_s, u"A-003"_s});
    CHECK(feed.running());
}

TEST_CASE("an unreachable database server is a clear storage error within seconds", "[connection]") {
    const QString location = u"postgresql://besuk@127.0.0.1:%1/besuk"_s.arg(closedPort());
    QElapsedTimer timer;
    timer.start();
    auto opened = Database::open(location, Database::OpenMode::MustExist);
    const qint64 elapsedMs = timer.elapsed();
    std::cout << "[connection] unreachable server reported after " << elapsedMs << " ms" << std::endl;
    REQUIRE_FALSE(opened.ok());
    INFO(text(opened.error().message));
    CHECK(opened.error().code == ErrorCode::Storage);
    CHECK(opened.error().message.contains(u"cannot be reached"_s));
    CHECK(opened.error().message.contains(u"127.0.0.1"_s));
}
