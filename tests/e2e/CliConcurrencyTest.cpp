// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <QElapsedTimer>
#include <QSet>

#include <catch2/catch.hpp>

#include <iostream>
#include <memory>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace besuk::e2e;

TEST_CASE("eight gates admitting the same ticket at once admit it exactly once", "[cli][concurrency]") {
    CliFixture fixture;
    fixture.init();
    fixture.importInmates(u"WB"_s, 1);
    const CliResult ticket = fixture.run({u"register"_s, u"--inmate"_s, u"WB-001"_s, u"--adult"_s,
                                          adult(makeNik(u"647105"_s, QDate(1990, 1, 5), false, 3), u"Budi Santoso"_s),
                                          u"--children"_s, u"2"_s, u"--now"_s, u"2025-12-27T09:00"_s});
    INFO(ticket.describe());
    REQUIRE(ticket.exitCode == 0);
    const QString payload = ticket.json.value(u"payload"_s).toString();
    const CliResult inspected = fixture.run({u"inspect"_s, payload, u"--officer"_s, u"Sgt. Wayan"_s, u"--outcome"_s,
                                             u"cleared"_s, u"--now"_s, u"2025-12-27T09:05"_s});
    INFO(inspected.describe());
    REQUIRE(inspected.exitCode == 0);

    constexpr int Gates = 8;
    QElapsedTimer timer;
    timer.start();
    std::vector<std::unique_ptr<CliProcess>> gates;
    for (int gate = 1; gate <= Gates; ++gate)
        gates.push_back(std::make_unique<CliProcess>(fixture.withDb(
            {u"admit"_s, payload, u"--officer"_s, u"Gate-%1"_s.arg(gate), u"--now"_s, u"2025-12-27T09:10"_s})));
    for (const auto &gate : gates)
        gate->start();
    QList<CliResult> results;
    for (const auto &gate : gates)
        results.append(gate->wait());
    std::cout << "[concurrency] 8 simultaneous admits: " << timer.elapsed() << " ms\n";

    int admitted = 0;
    int refused = 0;
    QString winner;
    for (const CliResult &result : results) {
        INFO(result.describe());
        const QString verdict = result.json.value(u"verdict"_s).toString();
        if (result.exitCode == 0 && verdict == u"admitted"_s) {
            ++admitted;
            winner = result.json.value(u"ticket"_s).toObject().value(u"admitted_by"_s).toString();
        } else {
            CHECK(result.exitCode == 3);
            CHECK(verdict == u"already_admitted"_s);
            CHECK(result.err.isEmpty());
            ++refused;
        }
    }
    CHECK(admitted == 1);
    CHECK(refused == Gates - 1);
    // Every refusal names the one gate that admitted.
    for (const CliResult &result : results)
        if (result.exitCode == 3)
            CHECK(result.json.value(u"message"_s).toString() == u"Already admitted at 09:10 by %1."_s.arg(winner));

    CHECK(fixture.queryRows(u"SELECT status, admitted_by FROM visits"_s) == QStringList{u"admitted|"_s + winner});
    CHECK(fixture.queryRows(u"SELECT actor, subject FROM audit_log WHERE action = 'visit.admit'"_s) ==
          QStringList{winner + u"|A-001"_s});

    const CliResult tally = fixture.run({u"tally"_s, u"--date"_s, u"2025-12-27"_s});
    CHECK(tally.json.value(u"admitted"_s).toObject().value(u"total"_s).toInt() == 3);
    CHECK(tally.json.value(u"admitted"_s).toObject().value(u"groups"_s).toInt() == 1);
}

TEST_CASE("four stations registering at once share one gapless queue", "[cli][concurrency]") {
    constexpr int Stations = 4;
    constexpr int PerStation = 25;
    CliFixture fixture;
    fixture.init();
    fixture.importInmates(u"WB"_s, Stations * PerStation);

    // Each station is a thread that runs its registrations one after another; the four run at the same time.
    std::vector<QList<CliResult>> results(Stations);
    QElapsedTimer timer;
    timer.start();
    std::vector<std::thread> threads;
    for (int station = 0; station < Stations; ++station) {
        threads.emplace_back([&fixture, &results, station] {
            for (int i = 0; i < PerStation; ++i) {
                const int n = station * PerStation + i + 1;
                const QString inmate = u"WB-%1"_s.arg(n, 3, 10, QLatin1Char('0'));
                const QString nik = makeNik(u"6471%1"_s.arg(10 + station), QDate(1980, 1, 1).addDays(n), n % 2 == 1, n);
                const QString at =
                    u"2025-12-27T%1:%2"_s.arg(9 + station, 2, 10, QLatin1Char('0')).arg(i * 2, 2, 10, QLatin1Char('0'));
                results[station].append(
                    fixture.run({u"register"_s, u"--inmate"_s, inmate, u"--adult"_s, adult(nik, u"Pengunjung Kiosk"_s),
                                 u"--station"_s, u"kiosk-%1"_s.arg(station + 1), u"--now"_s, at},
                                {}, 60000));
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    std::cout << "[concurrency] 4 x 25 concurrent registrations: " << timer.elapsed() << " ms\n";

    QList<int> numbers;
    QSet<QString> labels;
    for (int station = 0; station < Stations; ++station) {
        REQUIRE(results[station].size() == PerStation);
        int previous = 0;
        for (const CliResult &result : results[station]) {
            INFO("station " << station + 1 << ": " << result.describe());
            CHECK(result.exitCode == 0); // "database is busy" here is a bug, not noise
            const QString label = result.json.value(u"queue_number"_s).toString();
            CHECK(label.startsWith(u"A-"_s));
            const int number = label.mid(2).toInt();
            CHECK(number > previous); // one station's own tickets come in order
            previous = number;
            numbers.append(number);
            labels.insert(label);
        }
    }
    std::sort(numbers.begin(), numbers.end());
    QList<int> expected;
    for (int n = 1; n <= Stations * PerStation; ++n)
        expected.append(n);
    CHECK(numbers == expected);
    CHECK(labels.size() == Stations * PerStation);
    CHECK(labels.contains(u"A-001"_s));
    CHECK(labels.contains(u"A-100"_s));

    CHECK(fixture.queryRows(u"SELECT COUNT(*), COUNT(DISTINCT queue_number), MIN(queue_number), "
                            u"MAX(queue_number) FROM visits"_s) == QStringList{u"100|100|1|100"_s});
    CHECK(fixture.queryRows(u"SELECT last_number FROM queue_counters"_s) == QStringList{u"100"_s});
    CHECK(fixture.queryRows(u"SELECT COUNT(*) FROM audit_log WHERE action = 'visit.register'"_s) ==
          QStringList{u"100"_s});
}
