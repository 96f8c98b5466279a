// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace besuk::e2e;

namespace {

QString at(const QString &time) {
    return u"2025-12-27T"_s + time;
}

// Two tickets registered at 09:00 on 27 December: A-001 (a man, a woman, one child) and A-002 (a woman).
QStringList prepare(CliFixture &fixture) {
    fixture.init();
    fixture.importInmates(u"WB"_s, 2);
    const QList<QStringList> groups{
        {u"--inmate"_s, u"WB-001"_s, u"--adult"_s, adult(makeNik(u"647105"_s, QDate(1980, 1, 5), false, 3), u"Budi"_s),
         u"--adult"_s, adult(makeNik(u"647105"_s, QDate(1982, 2, 6), true, 4), u"Siti"_s), u"--children"_s, u"1"_s},
        {u"--inmate"_s, u"WB-002"_s, u"--adult"_s, adult(makeNik(u"647105"_s, QDate(1975, 3, 7), true, 5), u"Dewi"_s)},
    };
    QStringList payloads;
    for (const QStringList &group : groups) {
        const CliResult ticket =
            fixture.run(QStringList{u"register"_s} + group + QStringList{u"--now"_s, at(u"09:00"_s)});
        INFO(ticket.describe());
        REQUIRE(ticket.exitCode == 0);
        payloads.append(ticket.json.value(u"payload"_s).toString());
    }
    return payloads;
}

} // namespace

TEST_CASE("visit cancel cancels today's ticket by number, with a reason", "[cli][cancel]") {
    CliFixture fixture;
    const QStringList payloads = prepare(fixture);

    const CliResult cancelled = fixture.run(
        {u"visit"_s, u"cancel"_s, u"a1"_s, u"--reason"_s, u"Warga binaan dipindahkan"_s, u"--now"_s, at(u"09:30"_s)},
        {{u"USER"_s, u"rina"_s}});
    INFO(cancelled.describe());
    REQUIRE(cancelled.exitCode == 0);
    CHECK(cancelled.err.isEmpty());
    CHECK(cancelled.json.value(u"queue_number"_s).toString() == u"A-001"_s);
    CHECK(cancelled.json.value(u"status"_s).toString() == u"cancelled"_s);
    CHECK(cancelled.json.value(u"cancel_reason"_s).toString() == u"Warga binaan dipindahkan"_s);
    CHECK(cancelled.json.value(u"cancelled_at"_s).toString() == u"2025-12-27T09:30:00+08:00"_s);
    CHECK(cancelled.json.value(u"date"_s).toString() == u"2025-12-27"_s);
    CHECK(cancelled.json.value(u"total"_s).toInt() == 3);
    CHECK(fixture.queryRows(u"SELECT actor, subject FROM audit_log WHERE action = 'visit.cancel'"_s) ==
          QStringList{u"cli:rina|A-001"_s});

    // The gate refuses the ticket; the tally counts it as cancelled.
    const CliResult scan = fixture.run({u"scan"_s, payloads.first(), u"--now"_s, at(u"09:40"_s)});
    INFO(scan.describe());
    CHECK(scan.exitCode == 3);
    CHECK(scan.json.value(u"verdict"_s).toString() == u"cancelled"_s);
    CHECK(scan.json.value(u"message"_s).toString().contains(u"Warga binaan dipindahkan"_s));
    const CliResult tally = fixture.run({u"tally"_s, u"--now"_s, at(u"10:00"_s)});
    REQUIRE(tally.exitCode == 0);
    CHECK(tally.json.value(u"cancelled"_s).toObject().value(u"groups"_s).toInt() == 1);
    CHECK(tally.json.value(u"cancelled"_s).toObject().value(u"total"_s).toInt() == 3);
    CHECK(tally.json.value(u"registered"_s).toObject().value(u"groups"_s).toInt() == 1);
    CHECK(fixture.run({u"audit"_s, u"verify"_s}).exitCode == 0);

    SECTION("a ticket cancelled already, or admitted, is refused and nothing changes") {
        REQUIRE(fixture
                    .run({u"inspect"_s, payloads.at(1), u"--officer"_s, u"Pak Joko"_s, u"--outcome"_s, u"cleared"_s,
                          u"--now"_s, at(u"09:50"_s)})
                    .exitCode == 0);
        REQUIRE(fixture.run({u"admit"_s, payloads.at(1), u"--officer"_s, u"Pak Joko"_s, u"--now"_s, at(u"09:51"_s)})
                    .exitCode == 0);
        const Snapshot before = fixture.snapshot();
        const CliResult again =
            fixture.run({u"visit"_s, u"cancel"_s, u"A-001"_s, u"--reason"_s, u"lagi"_s, u"--now"_s, at(u"10:00"_s)});
        INFO(again.describe());
        CHECK(again.exitCode == 1);
        CHECK(again.out.isEmpty());
        CHECK(again.oneErrorLine());
        CHECK(again.err.contains(u"already cancelled at 09:30"_s));
        const CliResult admitted =
            fixture.run({u"visit"_s, u"cancel"_s, u"A-002"_s, u"--reason"_s, u"lagi"_s, u"--now"_s, at(u"10:00"_s)});
        INFO(admitted.describe());
        CHECK(admitted.exitCode == 1);
        CHECK(admitted.oneErrorLine());
        CHECK(admitted.err.contains(u"already admitted at 09:51"_s));
        CHECK(fixture.snapshot() == before);
    }
    SECTION("another day's ticket with --date") {
        const CliResult later = fixture.run({u"visit"_s, u"cancel"_s, u"A-002"_s, u"--date"_s, u"2025-12-27"_s,
                                             u"--reason"_s, u"Tidak datang"_s, u"--now"_s, u"2025-12-28T08:00"_s});
        INFO(later.describe());
        REQUIRE(later.exitCode == 0);
        CHECK(later.json.value(u"status"_s).toString() == u"cancelled"_s);
        CHECK(later.json.value(u"cancelled_at"_s).toString() == u"2025-12-28T08:00:00+08:00"_s);
        // Without --date the number is looked up on the day of --now.
        const CliResult today = fixture.run(
            {u"visit"_s, u"cancel"_s, u"A-002"_s, u"--reason"_s, u"Tidak datang"_s, u"--now"_s, u"2025-12-28T08:00"_s});
        CHECK(today.exitCode == 1);
        CHECK(today.oneErrorLine());
        const CliResult missing = fixture.run({u"visit"_s, u"cancel"_s, u"A-003"_s, u"--date"_s, u"2025-12-26"_s,
                                               u"--reason"_s, u"x"_s, u"--now"_s, at(u"10:00"_s)});
        INFO(missing.describe());
        CHECK(missing.exitCode == 1);
        CHECK(missing.err == u"besuk-cli: There is no ticket A-003 on 2025-12-26.\n"_s);
    }
}

TEST_CASE("visit cancel refuses bad input", "[cli][cancel]") {
    CliFixture fixture;
    prepare(fixture);
    const Snapshot before = fixture.snapshot();
    for (const QStringList &usage :
         {QStringList{u"visit"_s, u"cancel"_s, u"A-001"_s}, QStringList{u"visit"_s, u"cancel"_s, u"--reason"_s, u"x"_s},
          QStringList{u"visit"_s, u"cancel"_s, u"A-001"_s, u"--reason"_s, u"x"_s, u"--date"_s, u"27/12/2025"_s}}) {
        const CliResult refused = fixture.run(usage);
        INFO(refused.describe());
        CHECK(refused.exitCode == 2);
        CHECK(refused.oneErrorLine());
    }
    for (const QStringList &error : {QStringList{u"visit"_s, u"cancel"_s, u"A-001"_s, u"--reason"_s, u"  "_s},
                                     QStringList{u"visit"_s, u"cancel"_s, u"Z-1"_s, u"--reason"_s, u"x"_s},
                                     QStringList{u"visit"_s, u"cancel"_s, u"A-009"_s, u"--reason"_s, u"x"_s}}) {
        const CliResult refused = fixture.run(error + QStringList{u"--now"_s, at(u"10:00"_s)});
        INFO(refused.describe());
        CHECK(refused.exitCode == 1);
        CHECK(refused.out.isEmpty());
        CHECK(refused.oneErrorLine());
    }
    CHECK(fixture.snapshot() == before);
}
