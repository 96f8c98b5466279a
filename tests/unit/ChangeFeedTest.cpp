// SPDX-License-Identifier: GPL-3.0-or-later
// ChangeFeed: other stations learn of each registration once, on SQLite (polling data_version) and on PostgreSQL
// (LISTEN/NOTIFY), whether it was written through another connection of this process or by another process. The
// latencies (within a second is the promise) are printed so that they can be written down, not asserted: a
// sanitizer build on a loaded machine must not fail on them.

#include "db/ChangeFeed.h"

#include "TestDatabase.h"
#include "TestFacility.h"
#include "db/Clock.h"
#include "db/Database.h"
#include "db/Facility.h"
#include "db/InmateStore.h"
#include "db/RegistrationService.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QProcess>
#include <QTimer>

#include <catch2/catch.hpp>

#include <algorithm>
#include <functional>
#include <iostream>

using namespace Qt::StringLiterals;
using namespace besuk;

namespace {

// 09:00 on Saturday 27 December 2025 in Asia/Makassar.
const QDateTime Now = QDateTime(QDate(2025, 12, 27), QTime(1, 0), Qt::UTC);
const QString CliNow = u"2025-12-27T09:00"_s;
const QString Inmate = u"WB-001"_s;

// ChangeFeed needs an event loop; the test executable has no application object of its own.
void ensureApplication() {
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "besuk_tests";
    static char *argv[] = {name, nullptr};
    static QCoreApplication application(argc, argv);
}

// How long a change may take to arrive before the test fails: generous, for sanitizer builds on busy machines. The
// latency itself is measured and printed, not asserted (a wall-clock bound would flake there).
constexpr int ArrivalDeadlineMs = 20'000;

// Spins the event loop until `done` (returns at once when it holds) or the deadline; returns `done()`.
bool waitFor(const std::function<bool()> &done, int timeoutMs = ArrivalDeadlineMs) {
    const QDeadlineTimer deadline(timeoutMs);
    QTimer tick; // wakes the loop up now and then, so that the deadline is noticed
    tick.start(5);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return done();
}

// What a feed reported, each change with the moment it arrived (on `clock`).
struct Recorder {
    Recorder(ChangeFeed &feed, const QElapsedTimer &clock) {
        QObject::connect(&feed, &ChangeFeed::changed, &context, [this, &clock](const Change &change) {
            changes.append(change);
            arrivedNs.append(clock.nsecsElapsed());
        });
        QObject::connect(&feed, &ChangeFeed::problem, &context,
                         [this](const QString &message) { problems.append(message); });
    }
    [[nodiscard]] QStringList subjects() const {
        QStringList list;
        for (const Change &change : changes)
            list.append(change.subject);
        return list;
    }

    // Nothing more is coming: `site` writes one more registration and the feed reports it. Changes are read in the
    // order they were committed, so anything reported twice or late would have arrived before this one; it is then
    // taken off the list again. Stands in for "wait a while and see that nothing else came".
    template <typename Site> void settle(Site &site) {
        const QString marker = site.registerOne();
        REQUIRE(waitFor([&] { return !changes.isEmpty() && changes.last().subject == marker; }));
        changes.removeLast();
        arrivedNs.removeLast();
    }

    QObject context; // ends the connections with the recorder
    QList<Change> changes;
    QList<qint64> arrivedNs;
    QStringList problems;
};

// A facility on the test database (one inmate, no weekly limit), and a second connection to write through.
struct Site {
    Site() : clock(Now) {
        ensureApplication();
        auto opened = Database::open(database.location(), Database::OpenMode::CreateIfMissing);
        REQUIRE(opened.ok());
        auto initialised = Facility::initialise(std::move(opened).value(), clock, u"Rutan Uji"_s, u"Asia/Makassar"_s,
                                                database.keyPath());
        REQUIRE(initialised.ok());
        owner = std::move(initialised).value();
        Rules rules = owner->rules();
        rules.visitsPerInmatePerWeek = 0;
        REQUIRE(owner->saveRules(rules, u"test"_s).ok());
        REQUIRE(InmateStore(*owner).add(Inmate, u"Warga Satu"_s, u"A"_s, u"test"_s).ok());

        auto second = Database::open(database.location(), Database::OpenMode::MustExist);
        REQUIRE(second.ok());
        auto writerFacility = Facility::open(std::move(second).value(), clock, database.keyPath());
        REQUIRE(writerFacility.ok());
        writer = std::move(writerFacility).value();
    }

    // One registration through the second connection; its queue label.
    QString registerOne() {
        ++serial;
        auto ticket = RegistrationService(*writer).registerGroup(
            {Inmate,
             {{makeNik(QDate(1985, 3, 14), Sex::Male, serial), u"Budi Santoso"_s}},
             0,
             Service::Visit,
             u"kiosk-2"_s});
        INFO((ticket ? QString() : ticket.error().message));
        REQUIRE(ticket.ok());
        return ticket->visit.queueLabel();
    }

    // besuk-cli register in a process of its own, started now; the caller waits for it.
    std::unique_ptr<QProcess> startCliRegistration() {
        ++serial;
        auto process = std::make_unique<QProcess>();
        process->setProgram(QString::fromUtf8(BESUK_CLI_PATH));
        process->setArguments({u"--db"_s, database.location(), u"--key"_s, database.keyPath(), u"--now"_s, CliNow,
                               u"register"_s, u"--inmate"_s, Inmate, u"--adult"_s,
                               makeNik(QDate(1990, 7, 2), Sex::Female, serial) + u":Siti Aminah"_s, u"--station"_s,
                               u"kiosk-3"_s});
        process->start(QIODevice::ReadOnly);
        return process;
    }

    test::TestDatabase database;
    FixedClock clock;
    std::unique_ptr<Facility> owner;
    std::unique_ptr<Facility> writer;
    int serial = 0;
};

QString backendName(Backend backend) {
    return backend == Backend::Postgres ? u"PostgreSQL"_s : u"SQLite"_s;
}

// "median 105 ms, max 198 ms" of latencies in ms.
QString summary(QList<double> latencies) {
    std::sort(latencies.begin(), latencies.end());
    const qsizetype n = latencies.size();
    const double median = n % 2 ? latencies.at(n / 2) : (latencies.at(n / 2 - 1) + latencies.at(n / 2)) / 2;
    return u"median %1 ms, max %2 ms over %3 writes"_s.arg(median, 0, 'f', 1).arg(latencies.last(), 0, 'f', 1).arg(n);
}

} // namespace

TEST_CASE("a change feed hears of each registration through another connection, once", "[changes]") {
    Site site;
    ChangeFeed feed(site.database.location());
    QElapsedTimer clock;
    clock.start();
    Recorder recorder(feed, clock);
    REQUIRE(feed.start().ok());

    constexpr int Writes = 20;
    QList<double> latencies;
    for (int i = 0; i < Writes; ++i) {
        const qint64 before = clock.nsecsElapsed();
        const QString label = site.registerOne();
        INFO("write " << i + 1 << ": " << label);
        REQUIRE(waitFor([&] { return recorder.changes.size() > i; }));
        latencies.append(double(recorder.arrivedNs.at(i) - before) / 1e6);
        CHECK(recorder.changes.at(i).kind == u"visit.register"_s);
        CHECK(recorder.changes.at(i).subject == label);
        CHECK(recorder.changes.at(i).at == Now);
    }
    recorder.settle(site);
    CHECK(recorder.changes.size() == Writes); // each once
    CHECK(recorder.changes.first().subject == u"A-001"_s);
    CHECK(recorder.problems.isEmpty());
    const QString measured = summary(latencies);
    std::cout << "[changes] " << backendName(site.database.backend()).toStdString()
              << ", write through another connection -> signal: " << measured.toStdString() << std::endl;
    WARN(measured.toStdString());
}

TEST_CASE("a change feed hears of each registration by another process, once", "[changes]") {
    Site site;
    ChangeFeed feed(site.database.location());
    QElapsedTimer clock;
    clock.start();
    Recorder recorder(feed, clock);
    REQUIRE(feed.start().ok());

    constexpr int Writes = 10;
    QList<double> afterExit;  // from the moment the process is seen to end: its write was committed before
    QList<double> afterStart; // from the moment it was started: includes starting besuk-cli and opening the database
    for (int i = 0; i < Writes; ++i) {
        const qint64 started = clock.nsecsElapsed();
        auto process = site.startCliRegistration();
        qint64 ended = 0;
        QObject::connect(process.get(), &QProcess::finished, process.get(),
                         [&ended, &clock] { ended = clock.nsecsElapsed(); });
        const bool finished = waitFor([&] { return ended != 0; });
        INFO("cli: " << process->readAllStandardError().toStdString()
                     << process->readAllStandardOutput().toStdString());
        REQUIRE(finished);
        REQUIRE(process->exitStatus() == QProcess::NormalExit);
        REQUIRE(process->exitCode() == 0);
        REQUIRE(waitFor([&] { return recorder.changes.size() > i; }));
        afterExit.append(double(recorder.arrivedNs.at(i) - ended) / 1e6);
        afterStart.append(double(recorder.arrivedNs.at(i) - started) / 1e6);
        CHECK(recorder.changes.at(i).kind == u"visit.register"_s);
        CHECK(recorder.changes.at(i).subject == queueLabel(Service::Visit, i + 1));
    }
    recorder.settle(site);
    CHECK(recorder.changes.size() == Writes);
    CHECK(recorder.changes.first().subject == u"A-001"_s);
    // Negative: the signal came while besuk-cli was still closing down.
    const QString measured = u"from exit: "_s + summary(afterExit) + u"; from start: "_s + summary(afterStart);
    std::cout << "[changes] " << backendName(site.database.backend()).toStdString()
              << ", besuk-cli register in another process -> signal: " << measured.toStdString() << std::endl;
    WARN(measured.toStdString());
}

TEST_CASE("a change feed reports only what is committed after it starts", "[changes]") {
    Site site;
    CHECK(site.registerOne() == u"A-001"_s);
    CHECK(site.registerOne() == u"A-002"_s);
    ChangeFeed feed(site.database.location());
    QElapsedTimer clock;
    clock.start();
    Recorder recorder(feed, clock);
    REQUIRE(feed.start().ok());
    CHECK(recorder.changes.isEmpty());

    // The first thing reported is the first registration after the start: the two before it never come.
    CHECK(site.registerOne() == u"A-003"_s);
    REQUIRE(waitFor([&] { return !recorder.changes.isEmpty(); }));
    recorder.settle(site);
    CHECK(recorder.subjects() == QStringList{u"A-003"_s});
}

TEST_CASE("a restarted change feed reports no change twice", "[changes]") {
    Site site;
    ChangeFeed feed(site.database.location());
    QElapsedTimer clock;
    clock.start();
    Recorder recorder(feed, clock);
    REQUIRE(feed.start().ok());
    CHECK(site.registerOne() == u"A-001"_s);
    REQUIRE(waitFor([&] { return recorder.changes.size() == 1; }));

    feed.stop();
    CHECK_FALSE(feed.running());
    CHECK(site.registerOne() == u"A-002"_s); // while stopped: not reported after the restart
    REQUIRE(feed.start().ok());
    CHECK(feed.running());
    CHECK(site.registerOne() == u"A-003"_s);
    REQUIRE(waitFor([&] { return recorder.changes.size() == 2; }));

    REQUIRE(feed.start().ok()); // started again while running: still one subscription
    CHECK(site.registerOne() == u"A-004"_s);
    REQUIRE(waitFor([&] { return recorder.changes.size() == 3; }));
    recorder.settle(site);
    CHECK(recorder.subjects() == QStringList{u"A-001"_s, u"A-003"_s, u"A-004"_s});
    CHECK(recorder.problems.isEmpty());
}
