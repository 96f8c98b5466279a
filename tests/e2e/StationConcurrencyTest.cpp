// SPDX-License-Identifier: GPL-3.0-or-later
// Several stations of one site, each a process of its own (besuk_station_sim), on one database at the same moment:
// on PostgreSQL 8 stations x 1,000 registrations, on one SQLite file 4 x 500. The queue stays gapless and unique.
// Eight gates calling next at once call every waiting number exactly once.

#include "TestDatabase.h"
#include "db/Clock.h"
#include "db/Database.h"
#include "db/Facility.h"
#include "db/InmateStore.h"
#include "db/RegistrationService.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSet>

#include <catch2/catch.hpp>

#include <iostream>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace besuk;

namespace {

const QString Now = u"2025-12-27T09:00+08:00"_s; // Saturday, 09:00 in Asia/Makassar
const QString InmatePrefix = u"ST"_s;

std::string text(const QString &s) {
    return s.toStdString();
}

QString simulatorPath() {
    return QString::fromUtf8(BESUK_STATION_SIM_PATH);
}

// 1 -> "A", 27 -> "AA": inmate names may not hold digits.
QString letters(int index) {
    QString name;
    for (int n = index; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

// A facility in `database`, with inmates ST-0001 ... ST-<inmates> and rules under which only the queue matters:
// no weekly limit per inmate (every station visits the same inmates), admits without an inspection.
std::unique_ptr<Facility> initialise(const test::TestDatabase &database, const Clock &clock, int inmates) {
    auto opened = Database::open(database.location(), Database::OpenMode::CreateIfMissing);
    INFO(text(opened ? QString() : opened.error().message));
    REQUIRE(opened.ok());
    auto facility =
        Facility::initialise(std::move(opened).value(), clock, u"Rutan Uji"_s, u"Asia/Makassar"_s, database.keyPath());
    INFO(text(facility ? QString() : facility.error().message));
    REQUIRE(facility.ok());
    Rules rules = facility.value()->rules();
    rules.visitsPerInmatePerWeek = 0;
    rules.requireClearedInspection = false;
    REQUIRE(facility.value()->saveRules(rules, u"test"_s).ok());

    QByteArray csv = "number,name,block\n";
    for (int i = 1; i <= inmates; ++i)
        csv += u"%1-%2,Warga %3,A\n"_s.arg(InmatePrefix).arg(i, 4, 10, QLatin1Char('0')).arg(letters(i)).toUtf8();
    auto imported = InmateStore(*facility.value()).importCsv(csv, u"test"_s);
    REQUIRE(imported.ok());
    REQUIRE(imported->rejected.isEmpty());
    REQUIRE(imported->added == inmates);
    return std::move(facility).value();
}

struct StationResult {
    int exitCode = -1; // -1: crashed or timed out
    QString out;
    QString err;
};

// Starts one process per argument list at the same moment and waits for all of them.
std::vector<StationResult> runStations(const QList<QStringList> &arguments, int timeoutMs) {
    std::vector<std::unique_ptr<QProcess>> processes;
    for (const QStringList &args : arguments) {
        auto process = std::make_unique<QProcess>();
        process->setProgram(simulatorPath());
        process->setArguments(args);
        processes.push_back(std::move(process));
    }
    for (const auto &process : processes)
        process->start(QIODevice::ReadOnly);
    QElapsedTimer elapsed;
    elapsed.start();
    std::vector<StationResult> results;
    for (const auto &process : processes) {
        const bool finished = process->waitForFinished(int(std::max<qint64>(1, timeoutMs - elapsed.elapsed())));
        if (!finished) {
            process->kill();
            process->waitForFinished(5000);
        }
        StationResult result;
        result.out = QString::fromUtf8(process->readAllStandardOutput());
        result.err = QString::fromUtf8(process->readAllStandardError());
        if (finished && process->exitStatus() == QProcess::NormalExit)
            result.exitCode = process->exitCode();
        else
            result.err += u"[did not finish normally: %1]"_s.arg(process->errorString());
        results.push_back(result);
    }
    return results;
}

QStringList commonArguments(const test::TestDatabase &database) {
    return {u"--db"_s, database.location(), u"--key"_s, database.keyPath(), u"--now"_s, Now};
}

} // namespace

TEST_CASE("stations registering at once as separate processes share one gapless queue",
          "[concurrency][stations][e2e]") {
    test::TestDatabase database;
    const bool postgres = database.backend() == Backend::Postgres;
    const int stations = postgres ? 8 : 4;
    const int perStation = postgres ? 1000 : 500;
    const int total = stations * perStation;
    FixedClock clock(QDateTime::fromString(Now, Qt::ISODate));
    initialise(database, clock, perStation).reset(); // the test's own connection is closed before they start

    QList<QStringList> arguments;
    for (int station = 1; station <= stations; ++station)
        arguments.append(commonArguments(database) + QStringList{u"--inmate-prefix"_s, InmatePrefix, u"--count"_s,
                                                                 QString::number(perStation), u"--station"_s,
                                                                 QString::number(station)});
    QElapsedTimer timer;
    timer.start();
    const std::vector<StationResult> results = runStations(arguments, 15 * 60 * 1000);
    const qint64 wallMs = timer.elapsed();
    std::cout << "[concurrency] " << (postgres ? "PostgreSQL" : "SQLite") << ": " << stations << " stations x "
              << perStation << " registrations as separate processes: " << wallMs << " ms ("
              << QString::number(double(wallMs) / total, 'f', 2).toStdString() << " ms per registration)" << std::endl;

    QStringList labels;
    for (int station = 1; station <= stations; ++station) {
        const StationResult &result = results.at(size_t(station - 1));
        INFO("station " << station << ": exit " << result.exitCode << "; stderr: " << text(result.err.left(2000)));
        CHECK(result.exitCode == 0);
        CHECK(result.err.isEmpty()); // a retried conflict must not even be mentioned
        const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
        CHECK(lines.size() == perStation);
        int previous = 0;
        for (const QString &line : lines) {
            INFO("line " << text(line));
            REQUIRE(line.startsWith(u"A-"_s));
            const int number = line.mid(2).toInt();
            CHECK(number > previous); // one station's own tickets come in order
            previous = number;
        }
        labels += lines;
    }

    QStringList expected;
    for (int n = 1; n <= total; ++n)
        expected.append(queueLabel(Service::Visit, n)); // A-001 ... A-999, A-1000 ...
    const QSet<QString> printed(labels.begin(), labels.end());
    const QSet<QString> wanted(expected.begin(), expected.end());
    CHECK(printed.size() == labels.size()); // no duplicate
    const QSet<QString> missing = wanted - printed;
    const QSet<QString> unexpected = printed - wanted;
    INFO("missing: " << text(QStringList(missing.begin(), missing.end()).mid(0, 20).join(u", "_s)));
    INFO("unexpected: " << text(QStringList(unexpected.begin(), unexpected.end()).mid(0, 20).join(u", "_s)));
    CHECK(missing.isEmpty());
    CHECK(unexpected.isEmpty());
    CHECK(labels.size() == total);

    const QString n = QString::number(total);
    CHECK(database.rows(u"SELECT COUNT(*), COUNT(DISTINCT queue_number), MIN(queue_number), MAX(queue_number) "
                        u"FROM visits WHERE facility_date = '2025-12-27' AND service = 'visit'"_s) ==
          QStringList{n + u"|"_s + n + u"|1|"_s + n});
    CHECK(database.rows(u"SELECT facility_date, service, last_number FROM queue_counters"_s) ==
          QStringList{u"2025-12-27|visit|"_s + n});
    CHECK(database.rows(u"SELECT COUNT(*) FROM audit_log WHERE action = 'visit.register'"_s) == QStringList{n});
    CHECK(database.rows(u"SELECT COUNT(*) FROM changes WHERE kind = 'visit.register'"_s) == QStringList{n});
}

// Each group brings the same two more adults (in one order at one registration, the other at the next), so every
// registration locks their rows before its turn; the day's cap lets only some groups in. The visitors must be locked
// in one order, and the turn taken at the end of the visitors' statement must come after all their rows (else two
// groups each hold what the other waits for: a deadlock, retried); the rules read after the turn must see every group
// before: the cap is met exactly.
TEST_CASE("stations whose groups share two visitors fill the day's cap exactly and never wait on each other in a "
          "circle",
          "[concurrency][stations][e2e]") {
    test::TestDatabase database;
    const bool postgres = database.backend() == Backend::Postgres;
    const int stations = postgres ? 8 : 4;
    const int perStation = 40;
    const int admittedGroups = stations * perStation / 3; // three people each: the cap lets a third of them in
    FixedClock clock(QDateTime::fromString(Now, Qt::ISODate));
    {
        auto facility = initialise(database, clock, perStation);
        Rules rules = facility->rules();
        rules.dailyCapPeople = 3 * admittedGroups;
        REQUIRE(facility->saveRules(rules, u"test"_s).ok());
    }

    QList<QStringList> arguments;
    for (int station = 1; station <= stations; ++station)
        arguments.append(commonArguments(database) + QStringList{u"--inmate-prefix"_s, InmatePrefix, u"--count"_s,
                                                                 QString::number(perStation), u"--station"_s,
                                                                 QString::number(station), u"--shared-visitors"_s,
                                                                 u"--refusals-ok"_s, u"--report-retries"_s});
    const std::vector<StationResult> results = runStations(arguments, 10 * 60 * 1000);

    QStringList labels;
    int refused = 0;
    qint64 retried = 0;
    for (int station = 1; station <= stations; ++station) {
        const StationResult &result = results.at(size_t(station - 1));
        INFO("station " << station << ": exit " << result.exitCode << "; stderr: " << text(result.err.left(2000)));
        REQUIRE(result.exitCode == 0);
        CHECK(result.err.isEmpty());
        QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
        REQUIRE(lines.size() == perStation + 1);
        REQUIRE(lines.last().startsWith(u"retried "_s));
        retried += lines.takeLast().mid(8).toLongLong();
        // Once the day is full it stays full: no ticket after this station's first refusal.
        const qsizetype firstRefusal = lines.indexOf(u"refused"_s);
        const QStringList tickets = lines.mid(0, firstRefusal < 0 ? lines.size() : firstRefusal);
        CHECK(lines.count(u"refused"_s) == lines.size() - tickets.size());
        refused += int(lines.size() - tickets.size());
        labels += tickets;
    }
    std::cout << "[concurrency] " << (postgres ? "PostgreSQL" : "SQLite") << ": " << stations << " stations x "
              << perStation << " groups sharing two visitors: " << labels.size() << " registered, " << refused
              << " refused, " << retried << " transactions retried" << std::endl;

    CHECK(labels.size() == admittedGroups);
    CHECK(refused == stations * perStation - admittedGroups);
    QSet<QString> expected;
    for (int n = 1; n <= admittedGroups; ++n)
        expected.insert(queueLabel(Service::Visit, n));
    CHECK(QSet<QString>(labels.begin(), labels.end()) == expected);
    CHECK(database.rows(
              u"SELECT COUNT(*), SUM(men + women + children) FROM visits WHERE facility_date = '2025-12-27'"_s) ==
          QStringList{u"%1|%2"_s.arg(admittedGroups).arg(3 * admittedGroups)});
    CHECK(database.rows(u"SELECT p.nik, COUNT(*) FROM visit_members m JOIN visitors p ON p.id = m.visitor_id "
                        u"WHERE p.nik LIKE '647104150680999_' GROUP BY p.nik ORDER BY p.nik"_s) ==
          QStringList{u"6471041506809998|%1"_s.arg(admittedGroups), u"6471041506809999|%1"_s.arg(admittedGroups)});
    if (postgres)
        CHECK(retried == 0); // no deadlock, no serialization failure: every registration simply waited its turn
}

TEST_CASE("eight station processes admitting one ticket at once admit it exactly once",
          "[concurrency][stations][e2e]") {
    test::TestDatabase database;
    FixedClock clock(QDateTime::fromString(Now, Qt::ISODate));
    std::unique_ptr<Facility> facility = initialise(database, clock, 1);
    auto ticket = RegistrationService(*facility).registerGroup(
        {u"ST-0001"_s, {{u"6471010101800001"_s, u"Budi Santoso"_s}}, 0, Service::Visit, u"kiosk-1"_s});
    REQUIRE(ticket.ok());
    const QString payload = ticket->payload;
    facility.reset();

    constexpr int Gates = 8;
    QList<QStringList> arguments;
    for (int gate = 1; gate <= Gates; ++gate)
        arguments.append(commonArguments(database) + QStringList{u"--mode"_s, u"admit"_s, u"--payload"_s, payload,
                                                                 u"--officer"_s, u"Gate %1"_s.arg(letters(gate)),
                                                                 u"--count"_s, u"1"_s});
    const std::vector<StationResult> results = runStations(arguments, 120 * 1000);
    int admitted = 0;
    int already = 0;
    for (const StationResult &result : results) {
        INFO("exit " << result.exitCode << "; stdout: " << text(result.out) << "; stderr: " << text(result.err));
        CHECK(result.exitCode == 0);
        CHECK(result.err.isEmpty());
        if (result.out == u"admitted\n"_s)
            ++admitted;
        else if (result.out == u"already_admitted\n"_s)
            ++already;
    }
    CHECK(admitted == 1);
    CHECK(already == Gates - 1);
    CHECK(database.rows(u"SELECT status FROM visits"_s) == QStringList{u"admitted"_s});
    CHECK(database.rows(u"SELECT COUNT(*) FROM audit_log WHERE action = 'visit.admit'"_s) == QStringList{u"1"_s});
}

TEST_CASE("eight gate processes calling next at once never call one number twice",
          "[calls][concurrency][stations][e2e]") {
    constexpr int Gates = 8;
    constexpr int PerGate = 25;
    constexpr int Tickets = Gates * PerGate;
    test::TestDatabase database;
    FixedClock clock(QDateTime::fromString(Now, Qt::ISODate));
    {
        std::unique_ptr<Facility> facility = initialise(database, clock, 1);
        RegistrationService registration(*facility);
        for (int i = 0; i < Tickets; ++i) {
            const QDate birth = QDate(1970, 1, 1).addDays(i);
            const QString nik = u"647105%1%2%3%4"_s.arg(birth.day(), 2, 10, QLatin1Char('0'))
                                    .arg(birth.month(), 2, 10, QLatin1Char('0'))
                                    .arg(birth.year() % 100, 2, 10, QLatin1Char('0'))
                                    .arg(i + 1, 4, 10, QLatin1Char('0'));
            auto ticket = registration.registerGroup(
                {u"ST-0001"_s, {{nik, u"Pengunjung Gerbang"_s}}, 0, Service::Visit, u"kiosk-1"_s});
            INFO(text(ticket ? QString() : ticket.error().message));
            REQUIRE(ticket.ok());
        }
    } // the test's own connection is closed before the gates start

    QList<QStringList> arguments;
    for (int gate = 1; gate <= Gates; ++gate)
        arguments.append(commonArguments(database) + QStringList{u"--mode"_s, u"call"_s, u"--gate"_s,
                                                                 u"Pintu %1"_s.arg(letters(gate)), u"--officer"_s,
                                                                 u"Petugas %1"_s.arg(letters(gate)), u"--count"_s,
                                                                 QString::number(PerGate)});
    const std::vector<StationResult> results = runStations(arguments, 5 * 60 * 1000);
    QStringList labels;
    for (const StationResult &result : results) {
        INFO("exit " << result.exitCode << "; stderr: " << text(result.err.left(2000)));
        CHECK(result.exitCode == 0);
        CHECK(result.err.isEmpty());
        const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
        CHECK(lines.size() == PerGate);
        int previous = 0;
        for (const QString &line : lines) {
            INFO("line " << text(line));
            REQUIRE(line.startsWith(u"A-"_s));
            const int number = line.mid(2).toInt();
            CHECK(number > previous); // each gate's own calls go up
            previous = number;
        }
        labels += lines;
    }
    const QSet<QString> called(labels.begin(), labels.end());
    CHECK(labels.size() == Tickets);
    CHECK(called.size() == labels.size()); // no number called twice
    QSet<QString> expected;
    for (int n = 1; n <= Tickets; ++n)
        expected.insert(queueLabel(Service::Visit, n));
    CHECK(called == expected);

    const QString n = QString::number(Tickets);
    CHECK(database.rows(u"SELECT COUNT(*), COUNT(DISTINCT queue_number), MIN(queue_number), MAX(queue_number) "
                        u"FROM calls WHERE kind = 'call'"_s) == QStringList{n + u"|"_s + n + u"|1|"_s + n});
    CHECK(database.rows(u"SELECT COUNT(*) FROM calls"_s) == QStringList{n});
    CHECK(database.rows(u"SELECT COUNT(*) FROM changes WHERE kind = 'queue.call'"_s) == QStringList{n});
    CHECK(database.rows(u"SELECT COUNT(*) FROM audit_log WHERE action = 'queue.call'"_s) == QStringList{n});
}
