// SPDX-License-Identifier: GPL-3.0-or-later
// besuk_bench_db: the domain's paths on a 5-year, 2-million-visit history, on SQLite and (with --postgres) on
// PostgreSQL.
//
//   besuk_bench_db --work-dir DIR [--postgres URL] [--visits N] [--registrations N] [--day-visitors N]
//                  [--stations N]
//
// SQLite: DIR/history.db is generated once (HistoryGenerator; delete it to make it again) and copied to
// DIR/work.db for every run, so each run starts from the same history. PostgreSQL: database besuk_bench_history on
// the server at URL, generated once, copied (CREATE DATABASE ... TEMPLATE) to besuk_bench_work for every run.
// Measured, each through the domain's public services exactly as the stations and besuk-cli call them:
//   - registration throughput (RegistrationService, signing included; one station, and 8 stations at once),
//   - scan to verdict (GateService: payload -> signature -> verdict; then the durable admit),
//   - for registrations and scan to admitted, "before" beside "after": the same code with the prepared-statement
//     cache off (Database::setStatementCacheCapacity(0): every statement prepared, executed and released, as before
//     issue #19), taking turns in blocks so that both see the same machine; with the statements each sends,
//   - a simulated day of 5,000 visitors (register, entry inspection, admit, check out; PostgreSQL: 4 stations),
//   - a day's tally (warm), a month's CSV export and a day's PDF report (as `besuk-cli export` makes them),
//   - SQLite file growth per visit.
// Markdown on standard output, progress on standard error.

#include "BenchFacility.h"
#include "BenchStats.h"
#include "HistoryGenerator.h"
#include "db/Database.h"
#include "db/ExportService.h"
#include "db/GateService.h"
#include "db/RegistrationService.h"
#include "db/TallyService.h"
#include "platform/reports/DayReport.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <atomic>
#include <map>
#include <numeric>
#include <thread>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace besuk;
using namespace besuk::bench;

namespace {

struct Settings {
    QString workDir;
    int stations = 8; // registering at once, each a thread with its own connection
    QString postgres; // admin URL, empty: SQLite only
    int historyVisits = 2'000'000;
    int registrations = 2'000;
    int scans = 500;
    int dayVisitors = 5'000;
    int growthVisits = 1'000;
};

// Statements per operation (means), from Database::statementCounts.
struct PerOperation {
    double prepared = 0, executed = 0, direct = 0, released = 0, roundTrips = 0;
};

// Before (statement cache off) and after (on), measured side by side.
enum Mode { Before = 0, After = 1 };

// Everything measured on one backend.
struct Measured {
    QString backend;
    QString historyNote;
    Summary registration;                            // ms per registration
    Summary registrationCpu, scanAdmitCpu, tallyCpu; // the same, this thread's CPU time only
    double registrationsPerSecond = 0;
    Summary registrationBefore;
    double registrationsPerSecondBefore = 0;
    Summary registrationMany[2]; // Settings::stations at once
    double registrationsPerSecondMany[2] = {0, 0};
    bool gapFree = false; // the day's queue numbers 1..N, each once, after every registration run
    PerOperation registrationStatements[2], scanStatements[2], admitStatements[2];
    Summary scanAdmitBefore, scanOnlyBefore, admitOnlyBefore;
    Summary scanAdmit, scanOnly, admitOnly;
    double daySeconds = 0, daySeconds4 = 0;
    int dayGroups = 0, dayPeople = 0;
    Summary tally, csvMonth, pdfDay;
    Summary commitFloor; // one single-row write transaction, committed durably: what the disk allows
    double bytesPerVisitFresh = 0, bytesPerVisitHistory = 0;
};

bool fail(const QString &what) {
    std::fprintf(stderr, "besuk_bench_db: %s\n", qPrintable(what));
    return false;
}

template <typename T> bool check(const Result<T> &result, const QString &what) {
    return result.ok() || fail(what + u": "_s + result.error().message);
}

// A connection of our own to the server's maintenance database, for CREATE/DROP DATABASE.
bool adminExec(const QString &adminUrl, const QStringList &statements) {
    const QUrl url(adminUrl);
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"bench-admin"_s);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
        if (!db.open())
            return fail(u"cannot reach PostgreSQL at "_s + adminUrl);
        QSqlQuery query(db);
        for (const QString &sql : statements)
            if (!query.exec(sql))
                ok = fail(sql + u": "_s + query.lastError().text());
        db.close();
    }
    QSqlDatabase::removeDatabase(u"bench-admin"_s);
    return ok;
}

bool postgresDatabaseExists(const QString &adminUrl, const QString &name) {
    const QUrl url(adminUrl);
    bool exists = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"bench-probe"_s);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(u"SELECT 1 FROM pg_database WHERE datname = ?"_s);
            query.addBindValue(name);
            exists = query.exec() && query.next();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(u"bench-probe"_s);
    return exists;
}

QString withDatabase(const QString &adminUrl, const QString &name) {
    QUrl url(adminUrl);
    url.setPath(u"/"_s + name);
    return url.toString();
}

// ---------------------------------------------------------------------------------------------------------------

InspectionRequest entryInspection(int index) {
    InspectionRequest request;
    request.phase = InspectionPhase::Entry;
    request.officer = u"Petugas Bench"_s;
    if (index % 3 == 0)
        request.items.append(InspectionItem{u"Telepon genggam"_s, Disposition::Deposited, u"L-%1"_s.arg(index % 300)});
    request.outcome = InspectionOutcome::Cleared;
    return request;
}

RegistrationRequest groupRequest(const QString &inmate, int &serial, std::mt19937 &random, const QString &station) {
    const GroupShape shape = randomGroup(random);
    RegistrationRequest request;
    request.inmateNumber = inmate;
    for (int a = 0; a < shape.adults; ++a) {
        ++serial;
        request.adults.append(AdultEntry{benchNik(serial, serial % 5 < 3, 20 + serial % 50),
                                         u"Pengunjung %1"_s.arg(QChar(u'A' + serial % 26))});
    }
    request.children = shape.children;
    request.service = Service::Visit;
    request.station = station;
    return request;
}

QString inmateNumber(const QString &prefix, int index) {
    return u"%1-%2"_s.arg(prefix).arg(index, 5, 10, QLatin1Char('0'));
}

// `count` registrations for inmates PREFIX-00001..., one process; per-registration times and the payloads.
bool registerMany(Facility &facility, FixedClock &clock, const QString &prefix, int count, int serialBase,
                  const QString &station, std::vector<double> &times, QStringList &payloads, double &wallSeconds,
                  int stride = 1, int offset = 0, std::vector<double> *cpuTimes = nullptr) {
    RegistrationService registration(facility);
    std::mt19937 random{quint32(serialBase)};
    int serial = serialBase;
    clock.set(facilityTime(benchDay(), QTime(9, 0)));
    const auto wall = std::chrono::steady_clock::now();
    for (int i = offset; i < count; i += stride) {
        const RegistrationRequest request = groupRequest(inmateNumber(prefix, i + 1), serial, random, station);
        const auto start = std::chrono::steady_clock::now();
        const double cpu = threadCpuMs();
        auto ticket = registration.registerGroup(request);
        times.push_back(msSince(start));
        if (cpuTimes)
            cpuTimes->push_back(threadCpuMs() - cpu);
        if (!check(ticket, u"registration"_s))
            return false;
        payloads.append(ticket->payload);
    }
    wallSeconds = msSince(wall) / 1000;
    return true;
}

void setCache(Database &db, Mode mode) {
    db.setStatementCacheCapacity(mode == After ? Database::DefaultStatementCacheCapacity : 0);
}

void addCounts(PerOperation &sum, const Database::StatementCounts &from, const Database::StatementCounts &to) {
    sum.prepared += double(to.prepared - from.prepared);
    sum.executed += double(to.executed - from.executed);
    sum.direct += double(to.direct - from.direct);
    sum.released += double(to.released - from.released);
    sum.roundTrips += double(to.roundTrips() - from.roundTrips());
}

PerOperation meanOf(PerOperation sum, std::size_t n) {
    const double d = n > 0 ? double(n) : 1;
    return {sum.prepared / d, sum.executed / d, sum.direct / d, sum.released / d, sum.roundTrips / d};
}

double sumMs(const std::vector<double> &times) {
    return std::accumulate(times.begin(), times.end(), 0.0);
}

// `count` registrations before (inmates RGB-...) and after (REG-...), taking turns in blocks of 100; one station.
bool registerTakingTurns(Facility &facility, FixedClock &clock, int count, Measured &measured,
                         QStringList (&payloads)[2]) {
    RegistrationService registration(facility);
    Database &db = facility.database();
    clock.set(facilityTime(benchDay(), QTime(9, 0)));
    std::mt19937 random{1'000'000u};
    int serial = 1'000'000;
    std::vector<double> times[2], cpus;
    PerOperation sums[2];
    constexpr int Block = 100;
    for (int first = 0; first < count; first += Block)
        for (const Mode mode : {Before, After}) {
            setCache(db, mode);
            for (int i = first; i < std::min(count, first + Block); ++i) {
                const RegistrationRequest request = groupRequest(
                    inmateNumber(mode == After ? u"REG"_s : u"RGB"_s, i + 1), serial, random, u"kiosk-1"_s);
                const auto counts = db.statementCounts();
                const auto start = std::chrono::steady_clock::now();
                const double cpu = threadCpuMs();
                auto ticket = registration.registerGroup(request);
                times[mode].push_back(msSince(start));
                if (mode == After)
                    cpus.push_back(threadCpuMs() - cpu);
                addCounts(sums[mode], counts, db.statementCounts());
                if (!check(ticket, u"registration"_s))
                    return false;
                payloads[mode].append(ticket->payload);
            }
        }
    setCache(db, After);
    measured.registrationBefore = summarize(times[Before]);
    measured.registrationsPerSecondBefore = count / (sumMs(times[Before]) / 1000);
    measured.registration = summarize(times[After]);
    measured.registrationsPerSecond = count / (sumMs(times[After]) / 1000);
    measured.registrationCpu = summarize(cpus);
    for (const Mode mode : {Before, After})
        measured.registrationStatements[mode] = meanOf(sums[mode], times[mode].size());
    return true;
}

// The gate: scan (verify + verdict) and, after the entry inspection done beforehand, the durable admit; before and
// after taking turns in blocks of 25 tickets.
bool scanToVerdict(Facility &facility, const QStringList (&payloads)[2], Measured &measured) {
    GateService gate(facility);
    Database &db = facility.database();
    for (const QStringList &tickets : payloads) // the inspection is the guard's work, not timed here
        for (qsizetype i = 0; i < tickets.size(); ++i)
            if (!check(gate.inspect(tickets[i], entryInspection(int(i))), u"inspection"_s))
                return false;
    std::vector<double> both[2], scans[2], admits[2], cpus;
    PerOperation scanSums[2], admitSums[2];
    constexpr int Block = 25;
    const qsizetype count = std::min(payloads[Before].size(), payloads[After].size());
    for (qsizetype first = 0; first < count; first += Block)
        for (const Mode mode : {Before, After}) {
            setCache(db, mode);
            for (qsizetype i = first; i < std::min(count, first + Block); ++i) {
                const QString &payload = payloads[mode][i];
                const auto counts = db.statementCounts();
                const auto start = std::chrono::steady_clock::now();
                const double cpu = threadCpuMs();
                auto scanned = gate.scan(payload);
                const double scanMs = msSince(start);
                const auto scannedCounts = db.statementCounts();
                if (!check(scanned, u"scan"_s) || scanned->verdict != Verdict::Valid)
                    return fail(u"scan: not valid: "_s + (scanned ? scanned->message : QString()));
                const auto admitStart = std::chrono::steady_clock::now();
                auto admitted = gate.admit(payload, u"Petugas Bench"_s);
                const double admitMs = msSince(admitStart);
                if (!check(admitted, u"admit"_s) || admitted->verdict != Verdict::Admitted)
                    return fail(u"admit: not admitted"_s);
                addCounts(scanSums[mode], counts, scannedCounts);
                addCounts(admitSums[mode], scannedCounts, db.statementCounts());
                scans[mode].push_back(scanMs);
                admits[mode].push_back(admitMs);
                both[mode].push_back(msSince(start));
                if (mode == After)
                    cpus.push_back(threadCpuMs() - cpu);
            }
        }
    setCache(db, After);
    measured.scanAdmitCpu = summarize(cpus);
    measured.scanAdmitBefore = summarize(both[Before]);
    measured.scanOnlyBefore = summarize(scans[Before]);
    measured.admitOnlyBefore = summarize(admits[Before]);
    measured.scanAdmit = summarize(both[After]);
    measured.scanOnly = summarize(scans[After]);
    measured.admitOnly = summarize(admits[After]);
    for (const Mode mode : {Before, After}) {
        measured.scanStatements[mode] = meanOf(scanSums[mode], scans[mode].size());
        measured.admitStatements[mode] = meanOf(admitSums[mode], admits[mode].size());
    }
    return true;
}

// The day's queue numbers (service A) are 1..N, each given once.
bool queueNumbersGapFree(Database &db) {
    SqlQuery query(db, u"SELECT COUNT(*), COUNT(DISTINCT queue_number), MIN(queue_number), MAX(queue_number) "
                       u"FROM visits WHERE facility_date = ? AND service = 'visit'"_s);
    query.bind(benchDay().toString(Qt::ISODate));
    if (!check(query.exec(), u"queue numbers"_s) || !query.next())
        return false;
    const qint64 count = query.value(0).toLongLong();
    return count > 0 && query.value(1).toLongLong() == count && query.value(2).toLongLong() == 1 &&
           query.value(3).toLongLong() == count;
}

// Settings::stations threads, each a station with its own connection, facility and clock, registering for inmates
// PAB-... (before) or PAR-... (after) at once.
bool registerAtOnce(const QString &location, const QString &keyPath, const Settings &settings, Mode mode,
                    Measured &measured) {
    const int stations = settings.stations;
    std::vector<std::vector<double>> perStation(static_cast<std::size_t>(stations));
    std::atomic<bool> ok = true;
    std::vector<std::thread> threads;
    const auto start = std::chrono::steady_clock::now();
    for (int s = 0; s < stations; ++s)
        threads.emplace_back([&, s] {
            FixedClock own(facilityTime(benchDay(), QTime(9, 0)));
            auto station = openFacility(location, keyPath, own, false);
            QStringList unused;
            double ignored = 0;
            if (!check(station, u"station"_s)) {
                ok = false;
                return;
            }
            setCache((*station)->database(), mode);
            if (!registerMany(**station, own, mode == After ? u"PAR"_s : u"PAB"_s, settings.registrations,
                              3'000'000 + s * 100'000 + mode * 1'000'000, u"kiosk-%1"_s.arg(s + 1),
                              perStation[std::size_t(s)], unused, ignored, stations, s))
                ok = false;
        });
    for (std::thread &thread : threads)
        thread.join();
    const double wall = msSince(start) / 1000;
    if (!ok)
        return false;
    std::vector<double> all;
    for (const auto &station : perStation)
        all.insert(all.end(), station.begin(), station.end());
    measured.registrationMany[mode] = summarize(all);
    measured.registrationsPerSecondMany[mode] = settings.registrations / wall;
    return true;
}

// A day of `visitors` people: each group registers, is inspected, admitted and checked out (with an exit
// inspection when it deposited something). Stations take every `stride`-th group from `offset`.
bool simulateDay(Facility &facility, FixedClock &clock, const QDate &day, const QString &prefix, int groups, int stride,
                 int offset, std::atomic<int> &people) {
    RegistrationService registration(facility);
    GateService gate(facility);
    std::mt19937 random{quint32(77 + offset)};
    int serial = 5'000'000 + offset * 100'000;
    struct Pending {
        QString payload;
        int index;
    };
    QList<Pending> waiting, inside;
    const QDateTime opens = facilityTime(day, QTime(8, 0));
    const auto gateStep = [&](bool drain) -> bool {
        // The gate keeps ~20 groups waiting and ~40 inside, as a busy visiting room does.
        while (!waiting.isEmpty() && (drain || waiting.size() > 20)) {
            const Pending next = waiting.takeFirst();
            if (!check(gate.inspect(next.payload, entryInspection(next.index)), u"day: inspection"_s))
                return false;
            auto admitted = gate.admit(next.payload, u"Petugas Bench"_s);
            if (!check(admitted, u"day: admit"_s) || admitted->verdict != Verdict::Admitted)
                return fail(u"day: admit refused"_s);
            inside.append(next);
        }
        while (!inside.isEmpty() && (drain || inside.size() > 40)) {
            const Pending leaving = inside.takeFirst();
            if (leaving.index % 3 == 0) {
                InspectionRequest exit;
                exit.phase = InspectionPhase::Exit;
                exit.officer = u"Petugas Bench"_s;
                exit.items.append(InspectionItem{u"Telepon genggam"_s, Disposition::Returned, {}});
                if (!check(gate.inspect(leaving.payload, exit), u"day: exit inspection"_s))
                    return false;
            }
            auto left = gate.checkOut(leaving.payload, u"Petugas Bench"_s);
            if (!check(left, u"day: check-out"_s) || left->verdict != Verdict::CheckedOut)
                return fail(u"day: check-out refused"_s);
        }
        return true;
    };
    for (int g = offset; g < groups; g += stride) {
        clock.set(opens.addSecs(qint64(g) * 6 * 3600 / groups)); // registrations from 08:00 to 14:00
        const RegistrationRequest request =
            groupRequest(inmateNumber(prefix, g + 1), serial, random, u"kiosk-%1"_s.arg(offset + 1));
        auto ticket = registration.registerGroup(request);
        if (!check(ticket, u"day: registration"_s))
            return false;
        people += ticket->visit.men + ticket->visit.women + ticket->visit.children;
        waiting.append({ticket->payload, g});
        if (!gateStep(false))
            return false;
    }
    return gateStep(true);
}

// How many groups make `visitors` people with randomGroup's mix (the same random sequence as the day uses).
int groupsFor(int visitors) {
    std::mt19937 random(12345);
    int people = 0, groups = 0;
    while (people < visitors) {
        const GroupShape shape = randomGroup(random);
        people += shape.adults + shape.children;
        ++groups;
    }
    return groups;
}

template <typename Work> Summary timeRuns(int runs, Work &&work) {
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        if (!work())
            return {};
        times.push_back(msSince(start));
    }
    return summarize(times);
}

// As `besuk-cli export` does it: read, render, write the file atomically, record the export in the audit log.
bool exportRange(Facility &facility, const QDate &from, const QDate &to, bool pdf, const QString &path) {
    auto data = reports::DayReport::collect(facility, from, to);
    if (!check(data, u"export"_s))
        return false;
    const QByteArray bytes = pdf ? reports::DayReport::render(*data) : ExportService::rangeCsv(data->days);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(u"cannot write "_s + path);
    return check(ExportService::recordExport(facility, pdf ? u"pdf"_s : u"csv"_s, from, to, u"bench"_s, path),
                 u"export audit"_s);
}

bool tallies(Facility &facility, const QString &workDir, Measured &measured) {
    TallyService tally(facility);
    const QDate day = benchDay().addDays(-42); // a Saturday in November, deep in the history
    for (int i = 0; i < 5; ++i)                // warm: the pages in the cache, as on a station that is running
        if (!check(tally.day(day), u"tally"_s))
            return false;
    std::vector<double> cpus;
    measured.tally = timeRuns(50, [&] {
        const double cpu = threadCpuMs();
        auto result = tally.day(day);
        cpus.push_back(threadCpuMs() - cpu);
        return check(result, u"tally"_s) && (result->registered.groups > 0 || fail(u"tally: an empty day"_s));
    });
    measured.tallyCpu = summarize(cpus);
    const QDate monthStart(2025, 11, 1);
    measured.csvMonth = timeRuns(10, [&] {
        return exportRange(facility, monthStart, monthStart.addMonths(1).addDays(-1), false,
                           workDir + u"/export-month.csv"_s);
    });
    measured.pdfDay =
        timeRuns(10, [&] { return exportRange(facility, day, day, true, workDir + u"/report-day.pdf"_s); });
    return measured.tally.n > 0 && measured.csvMonth.n > 0 && measured.pdfDay.n > 0;
}

// The floor under every durable write: single-row write transactions through Database::write on the same backend
// and disk (SQLite: WAL + synchronous=FULL, one fsync of the log per commit).
bool commitFloor(Database &db, Measured &measured) {
    if (!check(db.execute(u"CREATE TABLE IF NOT EXISTS bench_floor (id BIGINT PRIMARY KEY, note TEXT NOT NULL)"_s),
               u"floor table"_s))
        return false;
    std::vector<double> times;
    for (int i = 0; i < 300; ++i) {
        const auto start = std::chrono::steady_clock::now();
        auto done = db.write([&]() -> Result<void> {
            SqlQuery insert(db, u"INSERT INTO bench_floor (id, note) VALUES (?, ?)"_s);
            insert.bind(i).bind(u"one row, one commit"_s);
            return insert.exec();
        });
        times.push_back(msSince(start));
        if (!check(done, u"floor"_s))
            return false;
    }
    measured.commitFloor = summarize(times);
    return true;
}

// Runs every measurement on the facility at `location` (a copy of the history).
bool runSuite(const QString &location, const QString &keyPath, const Settings &settings, Measured &measured,
              bool postgres) {
    FixedClock clock(facilityTime(benchDay(), QTime(9, 0)));
    auto opened = openFacility(location, keyPath, clock, false);
    if (!check(opened, u"open "_s + location))
        return false;
    Facility &facility = **opened;

    std::fprintf(stderr, "%s: commit floor\n", qPrintable(measured.backend));
    if (!commitFloor(facility.database(), measured))
        return false;
    std::fprintf(stderr, "%s: tallies and exports\n", qPrintable(measured.backend));
    if (!tallies(facility, settings.workDir, measured))
        return false;

    std::fprintf(stderr, "%s: registrations, before and after\n", qPrintable(measured.backend));
    const int stations = 4; // the simulated day
    for (const QString &prefix : {u"REG"_s, u"RGB"_s, u"PAR"_s, u"PAB"_s})
        if (!check(addInmates(facility, prefix, settings.registrations), u"inmates"_s))
            return false;
    if (!check(addInmates(facility, u"DAY"_s, groupsFor(settings.dayVisitors)), u"inmates"_s) ||
        (postgres && !check(addInmates(facility, u"PDY"_s, groupsFor(settings.dayVisitors)), u"inmates"_s)))
        return false;
    QStringList payloads[2];
    if (!registerTakingTurns(facility, clock, settings.registrations, measured, payloads))
        return false;

    std::fprintf(stderr, "%s: scan to verdict, before and after\n", qPrintable(measured.backend));
    const QStringList scanned[2] = {payloads[Before].mid(0, settings.scans), payloads[After].mid(0, settings.scans)};
    if (!scanToVerdict(facility, scanned, measured))
        return false;

    std::fprintf(stderr, "%s: %d stations registering at once, before and after\n", qPrintable(measured.backend),
                 settings.stations);
    if (!registerAtOnce(location, keyPath, settings, Before, measured) ||
        !registerAtOnce(location, keyPath, settings, After, measured))
        return false;
    measured.gapFree = queueNumbersGapFree(facility.database());

    std::fprintf(stderr, "%s: a day of %d visitors\n", qPrintable(measured.backend), settings.dayVisitors);
    const int groups = groupsFor(settings.dayVisitors);
    std::atomic<int> people = 0;
    const QDate dayOne = benchDay().addDays(1);
    auto start = std::chrono::steady_clock::now();
    if (!simulateDay(facility, clock, dayOne, u"DAY"_s, groups, 1, 0, people))
        return false;
    measured.daySeconds = msSince(start) / 1000;
    measured.dayGroups = groups;
    measured.dayPeople = people;

    if (postgres) {
        // The day again with four stations, each a thread with its own connection, facility and clock.
        std::fprintf(stderr, "%s: a day with 4 stations\n", qPrintable(measured.backend));
        std::atomic<bool> ok = true;
        std::vector<std::thread> threads;
        std::atomic<int> people4 = 0;
        start = std::chrono::steady_clock::now();
        for (int s = 0; s < stations; ++s)
            threads.emplace_back([&, s] {
                FixedClock own(facilityTime(dayOne, QTime(8, 0)));
                auto station = openFacility(location, keyPath, own, false);
                if (!check(station, u"station"_s) ||
                    !simulateDay(**station, own, dayOne, u"PDY"_s, groups, stations, s, people4))
                    ok = false;
            });
        for (std::thread &thread : threads)
            thread.join();
        measured.daySeconds4 = msSince(start) / 1000;
        if (!ok)
            return false;
    }
    return true;
}

qint64 fileSize(const QString &path) {
    return QFileInfo(path).size() + QFileInfo(path + u"-wal"_s).size();
}

// SQLite: the file's growth per visit over whole visits (registered, inspected, admitted, checked out), after a
// checkpoint that folds the write-ahead log back into the file.
bool growth(const Settings &settings, Measured &measured) {
    const QString path = settings.workDir + u"/growth.db"_s;
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u".key"_s})
        QFile::remove(path + suffix);
    FixedClock clock(facilityTime(benchDay(), QTime(9, 0)));
    auto opened = openFacility(path, path + u".key"_s, clock, true);
    if (!check(opened, u"growth facility"_s))
        return false;
    Facility &facility = **opened;
    if (!check(addInmates(facility, u"GRW"_s, settings.growthVisits), u"inmates"_s))
        return false;
    const auto checkpoint = [&] { return facility.database().execute(u"PRAGMA wal_checkpoint(TRUNCATE)"_s); };
    if (!check(checkpoint(), u"checkpoint"_s))
        return false;
    const qint64 before = fileSize(path);
    std::atomic<int> people = 0;
    if (!simulateDay(facility, clock, benchDay(), u"GRW"_s, settings.growthVisits, 1, 0, people))
        return false;
    if (!check(checkpoint(), u"checkpoint"_s))
        return false;
    measured.bytesPerVisitFresh = double(fileSize(path) - before) / settings.growthVisits;
    measured.bytesPerVisitHistory = double(fileSize(settings.workDir + u"/history.db"_s)) / settings.historyVisits;
    return true;
}

// ---------------------------------------------------------------------------------------------------------------

bool prepareSqlite(const Settings &settings, Measured &measured, QString &work, QString &key) {
    const QString history = settings.workDir + u"/history.db"_s;
    const QString done = history + u".complete"_s; // written last: a half-made history is made again
    if (!QFile::exists(done) || !QFile::exists(history)) {
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u".key"_s, u".complete"_s})
            QFile::remove(history + suffix);
        std::fprintf(stderr, "SQLite: generating the history (%d visits)\n", settings.historyVisits);
        FixedClock clock(facilityTime(benchDay(), QTime(9, 0)));
        {
            auto opened = openFacility(history, history + u".key"_s, clock, true);
            if (!check(opened, u"history"_s))
                return false;
            auto report =
                generateHistory(**opened, HistoryOptions{settings.historyVisits, 5 * 365 + 1, benchDay().addDays(-1)});
            if (!check(report, u"history"_s))
                return false;
            if (!check((*opened)->database().execute(u"PRAGMA wal_checkpoint(TRUNCATE)"_s), u"checkpoint"_s))
                return false;
            measured.historyNote = u"generated in this run in %1 s"_s.arg(number(report->seconds));
        }
        QFile marker(done);
        marker.open(QIODevice::WriteOnly);
    } else {
        measured.historyNote =
            u"reused from an earlier run (%1)"_s.arg(QDir(settings.workDir).relativeFilePath(history));
    }
    work = settings.workDir + u"/work.db"_s;
    key = work + u".key"_s;
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u".key"_s})
        QFile::remove(work + suffix);
    if (!QFile::copy(history, work) || !QFile::copy(history + u".key"_s, key))
        return fail(u"cannot copy the history"_s);
    if (QFileInfo(history + u"-wal"_s).size() > 0 && !QFile::copy(history + u"-wal"_s, work + u"-wal"_s))
        return fail(u"cannot copy the history's log"_s);
    QFile::setPermissions(key, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // The copy is hundreds of megabytes of dirty pages: on disk before anything is timed, or the first commits
    // would wait behind its write-back.
    QFile copy(work);
    if (copy.open(QIODevice::ReadWrite))
        ::fsync(copy.handle());
    return true;
}

bool preparePostgres(const Settings &settings, Measured &measured, QString &work, QString &key) {
    const QString historyName = u"besuk_bench_history"_s;
    const QString historyKey = settings.workDir + u"/pg-history.key"_s;
    const QString historyUrl = withDatabase(settings.postgres, historyName);
    const QString marker =
        settings.workDir + u"/pg-history.complete-"_s + QString::number(qHash(QUrl(settings.postgres).port()));
    if (!postgresDatabaseExists(settings.postgres, historyName) || !QFile::exists(historyKey) ||
        !QFile::exists(settings.workDir + u"/pg-history.complete"_s)) {
        QFile::remove(historyKey);
        QFile::remove(settings.workDir + u"/pg-history.complete"_s);
        if (!adminExec(settings.postgres, {u"DROP DATABASE IF EXISTS besuk_bench_work WITH (FORCE)"_s,
                                           u"DROP DATABASE IF EXISTS "_s + historyName + u" WITH (FORCE)"_s,
                                           u"CREATE DATABASE "_s + historyName}))
            return false;
        std::fprintf(stderr, "PostgreSQL: generating the history (%d visits)\n", settings.historyVisits);
        FixedClock clock(facilityTime(benchDay(), QTime(9, 0)));
        {
            auto opened = openFacility(historyUrl, historyKey, clock, true);
            if (!check(opened, u"history"_s))
                return false;
            auto report =
                generateHistory(**opened, HistoryOptions{settings.historyVisits, 5 * 365 + 1, benchDay().addDays(-1)});
            if (!check(report, u"history"_s))
                return false;
            measured.historyNote = u"generated in this run in %1 s"_s.arg(number(report->seconds));
        }
        QFile done(settings.workDir + u"/pg-history.complete"_s);
        done.open(QIODevice::WriteOnly);
    } else {
        measured.historyNote = u"reused from an earlier run (database %1)"_s.arg(historyName);
    }
    Q_UNUSED(marker);
    if (!adminExec(settings.postgres, {u"DROP DATABASE IF EXISTS besuk_bench_work WITH (FORCE)"_s,
                                       u"CREATE DATABASE besuk_bench_work TEMPLATE "_s + historyName}))
        return false;
    if (!adminExec(settings.postgres, {u"CHECKPOINT"_s})) // the copied files on disk before anything is timed
        return false;
    work = withDatabase(settings.postgres, u"besuk_bench_work"_s);
    key = historyKey;
    return true;
}

// ---------------------------------------------------------------------------------------------------------------

QString ms(const Summary &summary) {
    return number(summary.median) + u" / "_s + number(summary.p95);
}

void report(const Settings &settings, const std::vector<Measured> &all) {
    const Measured &lite = all.front();
    const Measured *pg = all.size() > 1 ? &all.back() : nullptr;
    const QString pgMissing = u"not run (no PostgreSQL server given)"_s;

    printLine(u"### The floor: one durable commit"_s);
    printLine();
    printLine(u"Every registration and every admit ends in one durable COMMIT, so none can be faster than the disk's "
              u"sync. Measured in the same run on the same database: 300 single-row write transactions through "
              u"`Database::write` (SQLite: WAL, synchronous=FULL: the log is fsynced at each commit)."_s);
    printLine();
    {
        std::vector<QStringList> floorRows;
        for (const Measured &m : all)
            floorRows.push_back({m.backend, number(m.commitFloor.median) + u" / "_s + number(m.commitFloor.p95),
                                 number(1000 / m.commitFloor.median) + u"/s"_s});
        printTable({u"backend"_s, u"ms per commit (median / p95)"_s, u"commits/s at the median"_s}, floorRows);
    }
    const auto isLite = [](const Measured &m) { return m.backend.startsWith(u"SQLite"_s); };
    const auto ratio = [](double before, double after) { return u"%1×"_s.arg(number(before / after)); };
    printLine(u"### 2. Scan to verdict (2-million-visit history)"_s);
    printLine();
    printLine(u"Each of %1 tickets registered today (entry inspection done beforehand, untimed): "
              u"`GateService::scan` (Base32 → Ed25519 signature check → visit loaded → verdict), then "
              u"`GateService::admit` (verdict again inside a write transaction, the conditional UPDATE, change feed, "
              u"audit entry, COMMIT with synchronous=FULL). **Before** is the same build with the prepared-statement "
              u"cache off (`Database::setStatementCacheCapacity(0)`: every statement prepared, executed and "
              u"released, as before issue #19); before and after take turns in blocks of 25 tickets, %1 each. "
              u"Times in ms, median / p95."_s.arg(settings.scans));
    printLine();
    std::vector<QStringList> rows;
    for (const Measured &m : all) {
        const double target = isLite(m) ? 0.6 : 2.5;
        const double floorTimes = isLite(m) ? 1.6 : 3;
        rows.push_back({m.backend, ms(m.scanOnlyBefore) + u" → "_s + ms(m.scanOnly),
                        ms(m.admitOnlyBefore) + u" → "_s + ms(m.admitOnly), ms(m.scanAdmitBefore), ms(m.scanAdmit),
                        ratio(m.scanAdmitBefore.median, m.scanAdmit.median),
                        number(m.scanAdmit.median / m.commitFloor.median) + u"×"_s,
                        verdict(m.scanAdmit.median <= target) + u" (≤ %1 ms), "_s.arg(number(target)) +
                            verdict(m.scanAdmit.median <= floorTimes * m.commitFloor.median) +
                            u" (≤ %1 × floor)"_s.arg(number(floorTimes))});
    }
    printTable({u"backend"_s, u"scan + verdict, before → after"_s, u"durable admit, before → after"_s,
                u"scan to admitted, before"_s, u"after"_s, u"gain (medians)"_s, u"after / commit floor"_s,
                u"target (median)"_s},
               rows);
    printLine(u"Where the time goes (medians, ms, after): the benchmark thread's CPU time (`CLOCK_THREAD_CPUTIME_ID`) "
              u"against the wall clock; the rest is waiting — for the disk's sync (the floor above), for the "
              u"server (PostgreSQL), and, on this shared machine, for a core."_s);
    printLine();
    rows.clear();
    for (const Measured &m : all)
        rows.push_back({m.backend, number(m.scanAdmitCpu.median), number(m.scanAdmit.median),
                        number(m.registrationCpu.median), number(m.registration.median), number(m.tallyCpu.median),
                        number(m.tally.median), number(m.commitFloor.median)});
    printTable({u"backend"_s, u"scan to admitted: CPU"_s, u"wall"_s, u"registration: CPU"_s, u"wall"_s,
                u"day tally: CPU"_s, u"wall"_s, u"one commit (floor)"_s},
               rows);

    printLine(u"Our own CPU per operation on a fresh database, before and after the second pass of issue #19 "
              u"(instructions under\ncallgrind, which the machine's load does not change, and thread CPU beside one "
              u"bare commit's), is in the notes\nbelow (\"CPU per operation, second pass\"); "
              u"`tests/bench/cpu_profile.sh` measures it."_s);
    printLine();
    printLine(u"### Statements per operation, before and after"_s);
    printLine();
    printLine(u"Counted by the database layer (`Database::statementCounts`) over every operation above, means per "
              u"operation: statements prepared (PostgreSQL: PREPARE; SQLite: sqlite3_prepare), executions of a "
              u"prepared statement, statements sent as they are (BEGIN, COMMIT, ROLLBACK) and prepared statements "
              u"released (PostgreSQL: DEALLOCATE). On PostgreSQL each is one round trip to the server, except those "
              u"that share a message with another (the round trips count such a message once): a transaction's BEGIN "
              u"travels with its first statement, a write's last statement with its COMMIT, and a statement that "
              u"takes a lock with the read that must follow it (the cache off sends each alone). "
              u"Before = cache off; the statements themselves are the current ones in both columns (how many the code "
              u"before issue #19 sent is in the notes below)."_s);
    printLine();
    rows.clear();
    const auto counts = [](const PerOperation &c) {
        return u"%1 / %2 / %3 / %4"_s.arg(number(c.prepared), number(c.executed), number(c.direct), number(c.released));
    };
    for (const Measured &m : all) {
        const std::pair<QString, const PerOperation *> operations[] = {{u"registration"_s, m.registrationStatements},
                                                                       {u"scan"_s, m.scanStatements},
                                                                       {u"admit"_s, m.admitStatements}};
        for (const auto &[name, c] : operations)
            rows.push_back({m.backend, name, counts(c[Before]), counts(c[After]), number(c[Before].roundTrips),
                            number(c[After].roundTrips)});
    }
    printTable({u"backend"_s, u"operation"_s, u"before: prepared / executed / direct / released"_s, u"after"_s,
                u"round trips before"_s, u"after"_s},
               rows);

    printLine(u"### 3. Registration throughput and a simulated day"_s);
    printLine();
    printLine(u"Registrations: `RegistrationService::registerGroup` for %1 groups (1-3 adults with NIKs, 0-2 "
              u"children; rules, bans, weekly limit, queue number, visit, visitors, audit entry in one transaction "
              u"committed durably, then the ticket signed), one after another, before and after taking turns in "
              u"blocks of 100; rate = groups / their summed time. %2 stations at once: %1 groups more, each station a "
              u"thread with its own connection; rate = groups / wall time; before, then after. Gap-free: afterwards, "
              u"the day's queue numbers are 1..N, each once. Day: %3 groups, %4 people: each registered, inspected at "
              u"the entry (a third deposit a phone), admitted, and checked out (with an exit inspection when "
              u"something was deposited), the gate working a few groups behind the kiosk."_s.arg(settings.registrations)
                  .arg(settings.stations)
                  .arg(lite.dayGroups)
                  .arg(lite.dayPeople));
    printLine();
    rows.clear();
    for (const Measured &m : all) {
        const double rateTarget = isLite(m) ? 1400 : 330;
        const double msTarget = isLite(m) ? 0.7 : 3;
        rows.push_back(
            {m.backend + u", 1 station"_s,
             number(m.registrationsPerSecondBefore) + u"/s → "_s + number(m.registrationsPerSecond) + u"/s"_s,
             ms(m.registrationBefore) + u" → "_s + ms(m.registration),
             ratio(m.registrationBefore.median, m.registration.median),
             verdict(m.registration.median <= msTarget) + u" (≤ %1 ms), "_s.arg(number(msTarget)) +
                 verdict(m.registrationsPerSecond >= rateTarget) + u" (≥ %1/s)"_s.arg(rateTarget)});
        rows.push_back(
            {m.backend + u", %1 stations at once"_s.arg(settings.stations),
             number(m.registrationsPerSecondMany[Before]) + u"/s → "_s + number(m.registrationsPerSecondMany[After]) +
                 u"/s"_s,
             ms(m.registrationMany[Before]) + u" → "_s + ms(m.registrationMany[After]),
             ratio(m.registrationsPerSecondMany[After], m.registrationsPerSecondMany[Before]),
             (isLite(m) ? u"(reported)"_s : verdict(m.registrationsPerSecondMany[After] >= 800) + u" (≥ 800/s)"_s) +
                 (m.gapFree ? u", queue numbers gap-free"_s : u", **queue numbers NOT gap-free**"_s)});
    }
    if (!pg)
        rows.push_back({u"PostgreSQL"_s, pgMissing, u""_s, u""_s, u""_s});
    printTable({u"backend"_s, u"registrations/s, before → after"_s, u"ms per registration (median / p95)"_s, u"gain"_s,
                u"target (after)"_s},
               rows);
    rows.clear();
    rows.push_back(
        {u"SQLite, 1 process"_s, number(lite.daySeconds) + u" s"_s, verdict(lite.daySeconds <= 10) + u" (≤ 10 s)"_s});
    if (pg) {
        rows.push_back({u"PostgreSQL, 1 station"_s, number(pg->daySeconds) + u" s"_s, u"(reported)"_s});
        rows.push_back({u"PostgreSQL, 4 stations (threads, a connection each)"_s, number(pg->daySeconds4) + u" s"_s,
                        u"(reported)"_s});
    }
    printTable({u"backend"_s, u"day of %1 visitors, end to end"_s.arg(settings.dayVisitors), u"target"_s}, rows);

    printLine(u"### 4. Tallies and exports (2-million-visit history)"_s);
    printLine();
    printLine(
        u"A day's tally: `TallyService::day` for a history day with ~1,100 visits, warm (5 runs first), 50 runs. "
        u"Month CSV and day PDF: as `besuk-cli export` makes them (tallies + inspections read, rendered, "
        u"file written atomically, export recorded in the audit log), 10 runs each. Times in ms, median / p95."_s);
    printLine();
    rows.clear();
    for (const Measured &m : all) {
        const bool target = m.backend.startsWith(u"SQLite"_s);
        rows.push_back({m.backend, ms(m.tally), target ? verdict(m.tally.median <= 2) : u"(reported)"_s, ms(m.csvMonth),
                        target ? verdict(m.csvMonth.median <= 500) : u"(reported)"_s, ms(m.pdfDay),
                        target ? verdict(m.pdfDay.median <= 500) : u"(reported)"_s});
    }
    printTable({u"backend"_s, u"day tally (≤ 2 ms)"_s, u""_s, u"month CSV (≤ 500 ms)"_s, u""_s, u"day PDF (≤ 500 ms)"_s,
                u""_s},
               rows);

    printLine(u"### Database growth per visit (SQLite)"_s);
    printLine();
    printLine(u"- A fresh database, %1 whole visits (registered, inspected, admitted, checked out; audit and change "
              u"rows included), measured after a checkpoint: **%2 bytes per visit** (about %3 MB per 1,000 visits, "
              u"%4 GB for 2 million)."_s.arg(settings.growthVisits)
                  .arg(std::lround(lite.bytesPerVisitFresh))
                  .arg(number(lite.bytesPerVisitFresh * 1000 / 1e6))
                  .arg(number(lite.bytesPerVisitFresh * 2e6 / 1e9)));
    printLine(u"- The generated history: %1 bytes per visit (history.db / %2 visits; it holds no audit or change "
              u"rows, so it is smaller per visit)."_s.arg(std::lround(lite.bytesPerVisitHistory))
                  .arg(settings.historyVisits));
    printLine();
    printLine(u"History: SQLite %1; PostgreSQL %2."_s.arg(lite.historyNote, pg ? pg->historyNote : pgMissing));
    printLine();
}

} // namespace

int main(int argc, char *argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) // the PDF report is drawn with Qt Gui
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption workDir(u"work-dir"_s, u"Where the databases live."_s, u"DIR"_s);
    const QCommandLineOption postgres(u"postgres"_s, u"A PostgreSQL server (admin URL) to run on too."_s, u"URL"_s);
    const QCommandLineOption visits(u"visits"_s, u"History size (default 2000000)."_s, u"N"_s, u"2000000"_s);
    const QCommandLineOption registrations(u"registrations"_s, u"Registrations timed (default 2000)."_s, u"N"_s,
                                           u"2000"_s);
    const QCommandLineOption dayVisitors(u"day-visitors"_s, u"People in the simulated day (default 5000)."_s, u"N"_s,
                                         u"5000"_s);
    const QCommandLineOption skipSqlite(u"skip-sqlite"_s, u"PostgreSQL only (e.g. to make its history ahead)."_s);
    const QCommandLineOption stations(u"stations"_s, u"Stations registering at once (default 8)."_s, u"N"_s, u"8"_s);
    parser.addOptions({workDir, postgres, visits, registrations, dayVisitors, skipSqlite, stations});
    parser.addHelpOption();
    parser.process(app);
    Settings settings;
    settings.workDir = QDir(parser.value(workDir).isEmpty() ? u"."_s : parser.value(workDir)).absolutePath();
    settings.postgres = parser.value(postgres);
    settings.historyVisits = parser.value(visits).toInt();
    settings.registrations = parser.value(registrations).toInt();
    settings.dayVisitors = parser.value(dayVisitors).toInt();
    settings.stations = std::max(1, parser.value(stations).toInt());
    settings.scans = std::min(settings.scans, settings.registrations);
    QDir().mkpath(settings.workDir);

    std::vector<Measured> all;
    Measured lite;
    lite.backend = u"SQLite (WAL, synchronous=FULL)"_s;
    QString location, key;
    if (!parser.isSet(skipSqlite)) {
        if (!prepareSqlite(settings, lite, location, key) || !runSuite(location, key, settings, lite, false) ||
            !growth(settings, lite))
            return 1;
        all.push_back(lite);
    }
    if (!settings.postgres.isEmpty()) {
        Measured pg;
        pg.backend = u"PostgreSQL 15"_s;
        if (!preparePostgres(settings, pg, location, key) || !runSuite(location, key, settings, pg, true))
            return 1;
        all.push_back(pg);
    }
    if (!all.empty() && all.front().backend.startsWith(u"SQLite"_s))
        report(settings, all);
    return 0;
}
