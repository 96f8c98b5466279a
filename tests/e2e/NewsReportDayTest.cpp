// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <QElapsedTimer>
#include <QJsonArray>

#include <catch2/catch.hpp>

#include <iostream>

using namespace Qt::StringLiterals;
using namespace besuk::e2e;

// Rutan Kelas IIA Balikpapan, Saturday 27 December 2025: 405 visitors, 86 men, 220 women, 99 children.

namespace {

const QDate Day(2025, 12, 27);

// A group as the kiosk sees it: adult men and women with NIKs, teenagers with their own NIK (counted as children
// by age), and younger children counted only.
struct GroupKind {
    int men;
    int women;
    int teens;    // entered with a NIK, under 18 on the day
    int children; // --children
    int count;    // how many such groups came
};

// Sums: 86 men, 220 women, 99 children (6 of them teenagers with a NIK) in 109 groups, every group within the
// default rules (at most 4 people, at most 3 adults, at least one adult).
const QList<GroupKind> Kinds{
    {3, 0, 0, 1, 2}, {2, 1, 0, 1, 10}, {1, 2, 0, 1, 30}, {0, 3, 0, 1, 25}, {1, 1, 1, 1, 5}, {1, 1, 0, 2, 5},
    {0, 2, 0, 2, 3}, {1, 0, 0, 3, 1},  {0, 1, 1, 2, 1},  {1, 2, 0, 0, 19}, {0, 3, 0, 0, 6}, {0, 1, 0, 0, 2},
};

struct Group {
    int men = 0;
    int women = 0;
    int children = 0;
    QStringList adults; // --adult values
    int teens = 0;
    int minute = 0; // registration, minutes after 08:00 facility time
};

QString clock(int minutesAfterEight) {
    const int minutes = 8 * 60 + minutesAfterEight;
    return u"2025-12-27T%1:%2"_s.arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QList<Group> plan() {
    QList<Group> groups;
    int person = 0;
    const auto nik = [&person](const QDate &born, bool female) {
        ++person;
        return makeNik(u"64710%1"_s.arg(1 + person % 9), born, female, person);
    };
    for (const GroupKind &kind : Kinds) {
        for (int i = 0; i < kind.count; ++i) {
            Group group;
            group.men = kind.men;
            group.women = kind.women;
            group.teens = kind.teens;
            group.children = kind.teens + kind.children;
            for (int m = 0; m < kind.men; ++m) {
                // The man of group 101 turns 18 on the day itself: an adult.
                const bool eighteenToday = groups.size() == 100 && m == 0;
                const QDate born = eighteenToday ? QDate(2007, 12, 27) : QDate(1960 + person % 40, 1 + person % 12, 7);
                group.adults.append(adult(nik(born, false), u"Bapak Pengunjung"_s));
            }
            for (int w = 0; w < kind.women; ++w)
                group.adults.append(
                    adult(nik(QDate(1965 + person % 35, 1 + person % 12, 21), true), u"Ibu Pengunjung"_s));
            for (int t = 0; t < kind.teens; ++t) // 17 today, 18 tomorrow: still a child
                group.adults.append(adult(nik(QDate(2007, 12, 28), t % 2 == 1), u"Remaja Pengunjung"_s));
            groups.append(group);
        }
    }
    // Registrations spread evenly over 08:00-14:59.
    for (qsizetype i = 0; i < groups.size(); ++i)
        groups[i].minute = int(i * 419 / (groups.size() - 1));
    return groups;
}

QJsonObject counts(int groups, int men, int women, int children) {
    return QJsonObject{{u"groups"_s, groups},
                       {u"men"_s, men},
                       {u"women"_s, women},
                       {u"children"_s, children},
                       {u"total"_s, men + women + children}};
}

QJsonObject sum(const QJsonArray &hours, const QString &key) {
    int groups = 0, men = 0, women = 0, children = 0, total = 0;
    for (const QJsonValue &hour : hours) {
        const QJsonObject c = hour.toObject().value(key).toObject();
        groups += c.value(u"groups"_s).toInt();
        men += c.value(u"men"_s).toInt();
        women += c.value(u"women"_s).toInt();
        children += c.value(u"children"_s).toInt();
        total += c.value(u"total"_s).toInt();
    }
    REQUIRE(total == men + women + children);
    return counts(groups, men, women, children);
}

} // namespace

TEST_CASE("the news report's day: 405 visitors, 86 men, 220 women, 99 children", "[cli][news]") {
    const QList<Group> groups = plan();
    {
        int men = 0, women = 0, children = 0;
        for (const Group &group : groups) {
            REQUIRE(group.men + group.women >= 1);
            REQUIRE(group.men + group.women <= 3);
            REQUIRE(group.men + group.women + group.children <= 4);
            men += group.men;
            women += group.women;
            children += group.children;
        }
        REQUIRE(men == 86);
        REQUIRE(women == 220);
        REQUIRE(children == 99);
        REQUIRE(groups.size() == 109);
        REQUIRE(groups.last().minute == 419);
    }

    QElapsedTimer timer;
    timer.start();
    CliFixture fixture;
    fixture.init(u"Asia/Makassar"_s, u"Rutan Kelas IIA Balikpapan"_s);
    fixture.importInmates(u"WB"_s, int(groups.size()));

    QMap<int, QJsonObject> expectedHours; // registration hour -> counts registered in it
    int processes = 2;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const Group &group = groups.at(i);
        INFO("group " << i + 1 << " at " << clock(group.minute));
        QStringList arguments{u"register"_s,
                              u"--inmate"_s,
                              u"WB-%1"_s.arg(i + 1, 3, 10, QLatin1Char('0')),
                              u"--children"_s,
                              QString::number(group.children - group.teens),
                              u"--now"_s,
                              clock(group.minute),
                              u"--station"_s,
                              u"kiosk-%1"_s.arg(1 + i % 2)};
        for (const QString &entry : group.adults)
            arguments += {u"--adult"_s, entry};
        const CliResult ticket = fixture.run(arguments);
        INFO(ticket.describe());
        REQUIRE(ticket.exitCode == 0);
        CHECK(ticket.json.value(u"queue_number"_s).toString() == u"A-%1"_s.arg(i + 1, 3, 10, QLatin1Char('0')));
        CHECK(ticket.json.value(u"date"_s).toString() == u"2025-12-27"_s);
        CHECK(ticket.json.value(u"men"_s).toInt() == group.men);
        CHECK(ticket.json.value(u"women"_s).toInt() == group.women);
        CHECK(ticket.json.value(u"children"_s).toInt() == group.children);
        const QString payload = ticket.json.value(u"payload"_s).toString();

        const CliResult inspected =
            fixture.run({u"inspect"_s, payload, u"--officer"_s, u"Petugas P2U"_s, u"--outcome"_s, u"cleared"_s,
                         u"--item"_s, u"Makanan|allowed"_s, u"--now"_s, clock(group.minute + 1)});
        INFO(inspected.describe());
        REQUIRE(inspected.exitCode == 0);
        const CliResult admitted = fixture.run(
            {u"admit"_s, payload, u"--officer"_s, u"Gate-%1"_s.arg(1 + i % 3), u"--now"_s, clock(group.minute + 2)});
        INFO(admitted.describe());
        REQUIRE(admitted.exitCode == 0);
        CHECK(admitted.json.value(u"verdict"_s).toString() == u"admitted"_s);
        processes += 3;

        const int hour = 8 + group.minute / 60;
        QJsonObject &h = expectedHours[hour];
        h = counts(h.value(u"groups"_s).toInt() + 1, h.value(u"men"_s).toInt() + group.men,
                   h.value(u"women"_s).toInt() + group.women, h.value(u"children"_s).toInt() + group.children);
    }

    const QJsonObject day = counts(109, 86, 220, 99);
    const QJsonObject none = counts(0, 0, 0, 0);
    const CliResult tally = fixture.run({u"tally"_s, u"--date"_s, u"2025-12-27"_s, u"--now"_s, u"2025-12-27T17:00"_s});
    INFO(tally.describe());
    REQUIRE(tally.exitCode == 0);
    CHECK(tally.json.value(u"registered"_s).toObject() == day);
    CHECK(tally.json.value(u"admitted"_s).toObject() == day);
    CHECK(tally.json.value(u"inside"_s).toObject() == day);
    CHECK(tally.json.value(u"refused"_s).toObject() == none);
    CHECK(tally.json.value(u"cancelled"_s).toObject() == none);
    CHECK(tally.json.value(u"by_service"_s).toObject().value(u"visit"_s).toObject().value(u"registered"_s) == day);
    CHECK(tally.json.value(u"by_service"_s).toObject().value(u"deposit"_s).toObject().value(u"registered"_s) == none);

    const QJsonArray hours = tally.json.value(u"by_hour"_s).toArray();
    CHECK(sum(hours, u"registered"_s) == day);
    CHECK(sum(hours, u"admitted"_s) == day);
    CHECK(sum(hours, u"refused"_s) == none);
    // 08:00 to 15:00: the last group registered at 14:59 is admitted at 15:01.
    REQUIRE(hours.size() == 8);
    for (qsizetype i = 0; i < hours.size(); ++i) {
        const QJsonObject hour = hours.at(i).toObject();
        INFO("hour " << hour.value(u"hour"_s).toString());
        CHECK(hour.value(u"hour"_s).toString() == u"%1:00"_s.arg(8 + i, 2, 10, QLatin1Char('0')));
        CHECK(hour.value(u"registered"_s).toObject() == expectedHours.value(int(8 + i), none));
    }

    const CliResult csv = fixture.run(
        {u"tally"_s, u"--date"_s, u"2025-12-27"_s, u"--format"_s, u"csv"_s, u"--now"_s, u"2025-12-27T17:00"_s});
    INFO(csv.describe());
    REQUIRE(csv.exitCode == 0);
    QStringList lines = csv.out.split(u"\r\n"_s);
    REQUIRE(lines.size() == 1 + 8 + 1 + 1); // header, hours, totals, and the empty rest after the last CRLF
    CHECK(lines.last().isEmpty());
    CHECK(lines.at(9) == u"2025-12-27,total,109,86,220,99,405,109,86,220,99,405,0,0,0,0,0"_s);
    QList<int> columnSums(17, 0);
    for (qsizetype row = 1; row <= 8; ++row) {
        const QStringList fields = lines.at(row).split(u',');
        REQUIRE(fields.size() == 17);
        CHECK(fields.at(0) == u"2025-12-27"_s);
        for (int column = 2; column < 17; ++column)
            columnSums[column] += fields.at(column).toInt();
    }
    const QStringList totals = lines.at(9).split(u',');
    for (int column = 2; column < 17; ++column) {
        INFO("column " << lines.at(0).split(u',').at(column));
        CHECK(columnSums.at(column) == totals.at(column).toInt());
    }

    const CliResult otherDay = fixture.run({u"tally"_s, u"--date"_s, u"2025-12-28"_s});
    CHECK(otherDay.json.value(u"registered"_s).toObject() == none);
    processes += 4;

    std::cout << "[news] " << processes << " besuk-cli runs for the news report's day: " << timer.elapsed() << " ms\n";
}
