// SPDX-License-Identifier: GPL-3.0-or-later
// besuk_bench_cpu: our own CPU per registration and per scan-to-admit (issue #19), load-independently.
//
//   besuk_bench_cpu --db LOCATION [--count N]
//
// LOCATION is a SQLite file that does not exist yet, or the URL of an empty PostgreSQL database; the key is written
// beside a SQLite file (or in the current folder). A facility is made there, with N inmates; then, through the
// domain's public services as the stations call them: N registrations (RegistrationService::registerGroup, 1-3
// adults and 0-2 children, the ticket signed), the entry inspection of each (untimed), then as a gate works, each
// ticket scanned (GateService::scan: payload -> signature -> verdict) and admitted (GateService::admit, durable).
// Beforehand, the floor: N single-row write transactions committed durably (as DbBench's commit floor).
//
// Each phase's thread CPU time (CLOCK_THREAD_CPUTIME_ID: what the operation costs this process, not the time spent
// waiting for the disk's sync or the server) and statements are printed per operation. Run under
//   valgrind --tool=callgrind --collect-atstart=no besuk_bench_cpu ...
// only the timed calls are collected, and each phase's totals are dumped apart (callgrind.out.PID.1 the commit
// floor, .2 registrations, .3 scans and admits): instructions per operation = the dump's total / N
// (tests/bench/cpu_profile.sh does this).

#include "BenchFacility.h"
#include "BenchStats.h"
#include "db/Database.h"
#include "db/GateService.h"
#include "db/RegistrationService.h"

#include <QCoreApplication>
#include <QFileInfo>

#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#else
#define CALLGRIND_TOGGLE_COLLECT
#define CALLGRIND_DUMP_STATS_AT(name)
#endif

#include <random>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace besuk;
using namespace besuk::bench;

namespace {

template <typename T> bool ok(const Result<T> &result, const char *what) {
    if (result)
        return true;
    std::fprintf(stderr, "besuk_bench_cpu: %s: %s\n", what, qPrintable(result.error().message));
    return false;
}

// This thread's CPU time so far, in user space and in the kernel (writes and syncs), in milliseconds.
struct Usage {
    double user = 0, system = 0;
};
Usage threadUsage() {
    rusage usage{};
    getrusage(RUSAGE_THREAD, &usage);
    const auto ms = [](const timeval &t) { return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3; };
    return {ms(usage.ru_utime), ms(usage.ru_stime)};
}

struct Phase {
    const char *name;
    std::vector<double> cpu;
    Database::StatementCounts before, after;
    Usage used; // summed over the timed calls
};

// Times one operation on this thread's CPU clock; under callgrind, collects only inside it.
template <typename Op> auto timed(Phase &phase, Op &&op) {
    const Usage before = threadUsage();
    const double start = threadCpuMs();
    CALLGRIND_TOGGLE_COLLECT;
    auto result = op();
    CALLGRIND_TOGGLE_COLLECT;
    phase.cpu.push_back(threadCpuMs() - start);
    const Usage after = threadUsage();
    phase.used.user += after.user - before.user;
    phase.used.system += after.system - before.system;
    return result;
}

RegistrationRequest request(int index, int &serial, std::mt19937 &random) {
    const GroupShape shape = randomGroup(random);
    RegistrationRequest wanted;
    wanted.inmateNumber = u"CPU-%1"_s.arg(index, 5, 10, QLatin1Char('0'));
    for (int a = 0; a < shape.adults; ++a) {
        ++serial;
        wanted.adults.append(AdultEntry{benchNik(serial, serial % 5 < 3, 20 + serial % 50),
                                        u"Pengunjung %1"_s.arg(QChar(u'A' + serial % 26))});
    }
    wanted.children = shape.children;
    wanted.service = Service::Visit;
    wanted.station = u"kiosk-1"_s;
    return wanted;
}

InspectionRequest cleared() {
    InspectionRequest inspection;
    inspection.phase = InspectionPhase::Entry;
    inspection.officer = u"Petugas Bench"_s;
    inspection.outcome = InspectionOutcome::Cleared;
    return inspection;
}

void report(const Phase &phase) {
    const Summary cpu = summarize(phase.cpu);
    const double n = double(std::max<std::size_t>(1, phase.cpu.size()));
    const auto per = [n](qint64 a, qint64 b) { return double(b - a) / n; };
    std::printf("%-12s n=%d  CPU ms median %.4f mean %.4f p95 %.4f (mean user %.4f, kernel %.4f)  statements: "
                "prepared %.2f executed %.2f direct %.2f released %.2f\n",
                phase.name, cpu.n, cpu.median, cpu.mean, cpu.p95, phase.used.user / n, phase.used.system / n,
                per(phase.before.prepared, phase.after.prepared), per(phase.before.executed, phase.after.executed),
                per(phase.before.direct, phase.after.direct), per(phase.before.released, phase.after.released));
}

int run(const QString &location, int count) {
    FixedClock clock(facilityTime(benchDay(), QTime(9, 0)));
    const QString keyPath =
        Database::isPostgresUrl(location) ? u"cpu-bench.key"_s : QFileInfo(location).absoluteFilePath() + u".key"_s;
    auto opened = openFacility(location, keyPath, clock, true);
    if (!ok(opened, "facility"))
        return 1;
    Facility &facility = **opened;
    if (!ok(addInmates(facility, u"CPU"_s, count), "inmates"))
        return 1;
    Database &db = facility.database();
    RegistrationService registration(facility);
    GateService gate(facility);

    // The floor: one single-row write transaction committed durably, as DbBench's; its CPU time is mostly the
    // kernel's work for the sync, which every registration and admit pays too.
    if (!ok(db.execute(u"CREATE TABLE bench_floor (id BIGINT PRIMARY KEY, note TEXT NOT NULL)"_s), "floor table"))
        return 1;
    Phase floor{"commit floor", {}, db.statementCounts(), {}, {}};
    for (int i = 1; i <= count; ++i) {
        auto done = timed(floor, [&] {
            return db.write([&]() -> Result<void> {
                SqlQuery insert(db, u"INSERT INTO bench_floor (id, note) VALUES (?, ?)"_s);
                insert.bind(i).bind(u"one row, one commit"_s);
                return insert.exec();
            });
        });
        if (!ok(done, "floor"))
            return 1;
    }
    floor.after = db.statementCounts();
    CALLGRIND_DUMP_STATS_AT("commit-floor");

    Phase registered{"registration", {}, db.statementCounts(), {}, {}};
    std::mt19937 random{20261205u};
    int serial = 1'000;
    QStringList payloads;
    for (int i = 1; i <= count; ++i) {
        const RegistrationRequest wanted = request(i, serial, random);
        auto ticket = timed(registered, [&] { return registration.registerGroup(wanted); });
        if (!ok(ticket, "registration"))
            return 1;
        payloads.append(ticket->payload);
    }
    registered.after = db.statementCounts();
    CALLGRIND_DUMP_STATS_AT("registration");

    for (const QString &payload : std::as_const(payloads))
        if (!ok(gate.inspect(payload, cleared()), "inspection"))
            return 1;

    // As a gate works: each ticket scanned, then admitted (its entry inspection was done above).
    Phase scanned{"scan", {}, {}, {}, {}}, admitted{"admit", {}, {}, {}, {}};
    Database::StatementCounts scanCounts, admitCounts, mark;
    const auto add = [](Database::StatementCounts &sum, const Database::StatementCounts &from,
                        const Database::StatementCounts &to) {
        sum.prepared += to.prepared - from.prepared;
        sum.executed += to.executed - from.executed;
        sum.direct += to.direct - from.direct;
        sum.released += to.released - from.released;
    };
    for (const QString &payload : std::as_const(payloads)) {
        mark = db.statementCounts();
        auto verdict = timed(scanned, [&] { return gate.scan(payload); });
        if (!ok(verdict, "scan") || verdict->verdict != Verdict::Valid)
            return std::fprintf(stderr, "besuk_bench_cpu: scan: not valid\n"), 1;
        add(scanCounts, mark, db.statementCounts());
        mark = db.statementCounts();
        auto entered = timed(admitted, [&] { return gate.admit(payload, u"Petugas Bench"_s); });
        if (!ok(entered, "admit") || entered->verdict != Verdict::Admitted)
            return std::fprintf(stderr, "besuk_bench_cpu: admit: not admitted\n"), 1;
        add(admitCounts, mark, db.statementCounts());
    }
    scanned.after = scanCounts;
    admitted.after = admitCounts;
    CALLGRIND_DUMP_STATS_AT("scan-to-admitted");

    Phase both{"scan+admit", {}, {}, {}, {}}; // per ticket: scan to admitted
    for (std::size_t i = 0; i < scanned.cpu.size(); ++i)
        both.cpu.push_back(scanned.cpu[i] + admitted.cpu[i]);
    both.used = {scanned.used.user + admitted.used.user, scanned.used.system + admitted.used.system};
    add(both.after, {}, scanCounts);
    add(both.after, {}, admitCounts);
    for (const Phase *phase : {&floor, &registered, &scanned, &admitted, &both})
        report(*phase);
    return 0;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QString location;
    int count = 200;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == u"--db"_s)
            location = args[i + 1];
        else if (args[i] == u"--count"_s)
            count = std::max(1, args[i + 1].toInt());
    }
    if (location.isEmpty()) {
        std::fprintf(stderr, "usage: besuk_bench_cpu --db NEW_SQLITE_FILE|POSTGRES_URL [--count N]\n");
        return 2;
    }
    return run(location, count);
}
