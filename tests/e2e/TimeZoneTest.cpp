// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace besuk::e2e;

// The facility's day and hours follow the facility's zone (here Asia/Jayapura, UTC+9, no daylight saving), never
// the zone of the computer running besuk-cli.

namespace {

const QString Visitor = adult(makeNik(u"910101"_s, QDate(1988, 4, 2), true, 7), u"Yohana Wenda"_s);
const QStringList ProcessZones{u"UTC"_s, u"America/Los_Angeles"_s, u"Pacific/Kiritimati"_s};

QJsonObject counts(int groups, int men, int women, int children) {
    return QJsonObject{{u"groups"_s, groups},
                       {u"men"_s, men},
                       {u"women"_s, women},
                       {u"children"_s, children},
                       {u"total"_s, men + women + children}};
}

} // namespace

TEST_CASE("the facility day follows the facility's zone whatever TZ the process has", "[cli][timezone]") {
    // The same moment, 2025-12-27 08:30 in Jayapura, written three ways.
    const QStringList moments{u"2025-12-27T08:30+09:00"_s, u"2025-12-26T23:30Z"_s, u"2025-12-27T08:30"_s};
    const QJsonObject one = counts(1, 0, 1, 1);
    const QJsonObject none = counts(0, 0, 0, 0);

    for (const QString &zone : ProcessZones) {
        for (const QString &moment : moments) {
            INFO("TZ=" << zone << " --now " << moment);
            const Environment env{{u"TZ"_s, zone}};
            CliFixture fixture;
            const CliResult init = fixture.init(u"Asia/Jayapura"_s, u"Lapas Kelas IIA Abepura"_s, env);
            CHECK(init.json.value(u"timezone"_s).toString() == u"Asia/Jayapura"_s);
            fixture.importInmates(u"WB"_s, 1, env);

            const CliResult ticket = fixture.run({u"register"_s, u"--inmate"_s, u"WB-001"_s, u"--adult"_s, Visitor,
                                                  u"--children"_s, u"1"_s, u"--now"_s, moment},
                                                 env);
            INFO(ticket.describe());
            REQUIRE(ticket.exitCode == 0);
            CHECK(ticket.json.value(u"date"_s).toString() == u"2025-12-27"_s);
            CHECK(ticket.json.value(u"registered_at"_s).toString() == u"2025-12-27T08:30:00+09:00"_s);

            const CliResult scanned = fixture.run(
                {u"scan"_s, ticket.json.value(u"payload"_s).toString(), u"--now"_s, u"2025-12-27T00:05Z"_s}, env);
            INFO(scanned.describe());
            CHECK(scanned.exitCode == 0);
            CHECK(scanned.json.value(u"verdict"_s).toString() == u"valid"_s);
            const CliResult lookup = fixture.run({u"lookup"_s, u"A-001"_s, u"--now"_s, u"2025-12-26T23:59Z"_s}, env);
            CHECK(lookup.json.value(u"verdict"_s).toString() == u"valid"_s);
            const CliResult nextDay = fixture.run({u"lookup"_s, u"A-001"_s, u"--now"_s, u"2025-12-27T15:00Z"_s}, env);
            CHECK(nextDay.exitCode == 1); // 28 December in Jayapura: no A-001 that day

            const CliResult day = fixture.run({u"tally"_s, u"--date"_s, u"2025-12-27"_s}, env);
            INFO(day.describe());
            REQUIRE(day.exitCode == 0);
            CHECK(day.json.value(u"registered"_s).toObject() == one);
            const QJsonArray hours = day.json.value(u"by_hour"_s).toArray();
            REQUIRE(hours.size() == 1);
            CHECK(hours.at(0).toObject().value(u"hour"_s).toString() == u"08:00"_s);
            CHECK(hours.at(0).toObject().value(u"registered"_s).toObject() == one);

            const CliResult before = fixture.run({u"tally"_s, u"--date"_s, u"2025-12-26"_s}, env);
            INFO(before.describe());
            REQUIRE(before.exitCode == 0);
            CHECK(before.json.value(u"registered"_s).toObject() == none);
            CHECK(before.json.value(u"by_hour"_s).toArray().isEmpty());

            // Without --date, "today" is the facility's day at --now.
            const CliResult today = fixture.run({u"tally"_s, u"--now"_s, u"2025-12-26T23:45Z"_s}, env);
            CHECK(today.json.value(u"date"_s).toString() == u"2025-12-27"_s);
            CHECK(today.json.value(u"registered"_s).toObject() == one);

            const CliResult csv = fixture.run({u"tally"_s, u"--date"_s, u"2025-12-27"_s, u"--format"_s, u"csv"_s}, env);
            CHECK(csv.out.split(u"\r\n"_s).value(1) == u"2025-12-27,08:00,1,0,1,1,2,0,0,0,0,0,0,0,0,0,0"_s);
        }
    }
}

TEST_CASE("the facility's opening hours are facility time whatever TZ the process has", "[cli][timezone]") {
    for (const QString &zone : ProcessZones) {
        INFO("TZ=" << zone);
        const Environment env{{u"TZ"_s, zone}};
        CliFixture fixture;
        fixture.init(u"Asia/Jayapura"_s, u"Lapas Kelas IIA Abepura"_s, env);
        fixture.importInmates(u"WB"_s, 2, env);
        // 07:59 in Jayapura is before opening, whatever the process's zone says.
        const CliResult early = fixture.run(
            {u"register"_s, u"--inmate"_s, u"WB-001"_s, u"--adult"_s, Visitor, u"--now"_s, u"2025-12-26T22:59Z"_s},
            env);
        INFO(early.describe());
        CHECK(early.exitCode == 3);
        CHECK(early.err.contains(u"08:00"_s));
        const CliResult last = fixture.run(
            {u"register"_s, u"--inmate"_s, u"WB-002"_s, u"--adult"_s, Visitor, u"--now"_s, u"2025-12-27T14:59"_s}, env);
        INFO(last.describe());
        CHECK(last.exitCode == 0);
        CHECK(last.json.value(u"registered_at"_s).toString() == u"2025-12-27T14:59:00+09:00"_s);
    }
}

TEST_CASE("a --now in facility time is not read in the process's zone (daylight-saving gap)", "[cli][timezone]") {
    // 2026-03-08 02:30 does not exist in Los Angeles (clocks jump from 02:00 to 03:00), but it does in Jayapura,
    // which has no daylight saving. --now without an offset is facility time, so it must be accepted as is.
    const Environment env{{u"TZ"_s, u"America/Los_Angeles"_s}};
    CliFixture fixture;
    fixture.init(u"Asia/Jayapura"_s, u"Lapas Kelas IIA Abepura"_s, env);
    fixture.importInmates(u"WB"_s, 1, env);
    const QString rules = fixture.writeFile(u"rules.json"_s, R"({"opens": "00:00"})");
    REQUIRE(fixture.run({u"rules"_s, u"set"_s, rules}, env).exitCode == 0);

    const CliResult ticket = fixture.run(
        {u"register"_s, u"--inmate"_s, u"WB-001"_s, u"--adult"_s, Visitor, u"--now"_s, u"2026-03-08T02:30"_s}, env);
    INFO(ticket.describe());
    REQUIRE(ticket.exitCode == 0);
    CHECK(ticket.json.value(u"registered_at"_s).toString() == u"2026-03-08T02:30:00+09:00"_s);
    const CliResult tally = fixture.run({u"tally"_s, u"--date"_s, u"2026-03-08"_s}, env);
    CHECK(tally.json.value(u"by_hour"_s).toArray().at(0).toObject().value(u"hour"_s).toString() == u"02:00"_s);
}
