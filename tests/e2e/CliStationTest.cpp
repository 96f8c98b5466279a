// SPDX-License-Identifier: GPL-3.0-or-later
// besuk-cli station list / station alerts: what the staff console's Stations page shows, headless.
#include "CliRunner.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace besuk::e2e;

namespace {

// Milliseconds of a wall-clock time on 27 December 2025 in Balikpapan.
qint64 at(int hour, int minute, int second = 0) {
    return QDateTime(QDate(2025, 12, 27), QTime(hour, minute, second), QTimeZone("Asia/Makassar")).toMSecsSinceEpoch();
}

} // namespace

TEST_CASE("station list and station alerts show each gate's state and a day's alerts as JSON", "[cli][offline]") {
    CliFixture fixture;
    fixture.init();
    // As two gates left them: gate 1 came back at 09:20 after 20 minutes apart and is heard from no more; gate 2
    // reports every 15 s. Gate 2's upload found the ticket gate 1 had admitted.
    fixture.database().execute(
        {u"INSERT INTO station_status (station, kind, last_seen, offline_since, back_at, waiting, last_upload_at, "
         u"last_upload_count) VALUES ('1', 'gate', %1, %2, %1, 0, %1, 3)"_s.arg(at(9, 20))
             .arg(at(9, 0)),
         u"INSERT INTO station_status (station, kind, last_seen, waiting) VALUES ('2', 'gate', %1, 2)"_s.arg(
             at(9, 29, 50)),
         u"INSERT INTO offline_alerts (kind, visit_id, facility_date, queue_label, first_station, first_at, first_by, "
         u"second_station, second_at, second_by, detail, created_at) VALUES ('double_admission', 1, '2025-12-27', "
         u"'A-001', '1', %1, 'Pak Joko', '2', %2, 'Bu Rina', 'status=admitted', %3)"_s.arg(at(9, 5))
             .arg(at(9, 7))
             .arg(at(9, 21))});

    const CliResult list = fixture.run({u"station"_s, u"list"_s, u"--now"_s, u"2025-12-27T09:30"_s});
    INFO(list.describe().toStdString() << " " << list.out.toStdString());
    REQUIRE(list.exitCode == 0);
    const QJsonArray stations = list.json.value(u"stations"_s).toArray();
    REQUIRE(stations.size() == 2);
    const QJsonObject first = stations.at(0).toObject();
    CHECK(first.value(u"station"_s).toString() == u"1"_s);
    CHECK(first.value(u"reachable"_s).toBool() == false); // 10 minutes without a word
    CHECK(first.value(u"offline_since"_s).toString() == u"2025-12-27T09:00:00+08:00"_s);
    CHECK(first.value(u"back_at"_s).toString() == u"2025-12-27T09:20:00+08:00"_s);
    CHECK(first.value(u"last_upload_count"_s).toInt() == 3);
    const QJsonObject second = stations.at(1).toObject();
    CHECK(second.value(u"reachable"_s).toBool() == true);
    CHECK(second.value(u"waiting"_s).toInt() == 2);
    CHECK(second.value(u"offline_since"_s).toString().isEmpty());

    const CliResult alerts =
        fixture.run({u"station"_s, u"alerts"_s, u"--date"_s, u"2025-12-27"_s, u"--now"_s, u"2025-12-27T09:30"_s});
    INFO(alerts.describe().toStdString());
    REQUIRE(alerts.exitCode == 0);
    const QJsonArray list2 = alerts.json.value(u"alerts"_s).toArray();
    REQUIRE(list2.size() == 1);
    const QJsonObject alert = list2.at(0).toObject();
    CHECK(alert.value(u"kind"_s).toString() == u"double_admission"_s);
    CHECK(alert.value(u"queue_number"_s).toString() == u"A-001"_s);
    CHECK(alert.value(u"first_at"_s).toString() == u"2025-12-27T09:05:00+08:00"_s);
    CHECK(alert.value(u"second_by"_s).toString() == u"Bu Rina"_s);
    // Another day has none; a date that is not one is a usage error.
    CHECK(fixture.run({u"station"_s, u"alerts"_s, u"--date"_s, u"2025-12-26"_s})
              .json.value(u"alerts"_s)
              .toArray()
              .isEmpty());
    CHECK(fixture.run({u"station"_s, u"alerts"_s, u"--date"_s, u"27-12-2025"_s}).exitCode == 2);
}

TEST_CASE("station reserve holds a kiosk's offline numbers and station numbers lists them, used or not",
          "[cli][offline]") {
    CliFixture fixture;
    fixture.init();
    const CliResult reserve =
        fixture.run({u"station"_s, u"reserve"_s, u"kiosk-1"_s, u"--now"_s, u"2025-12-27T08:00"_s});
    INFO(reserve.describe().toStdString() << " " << reserve.out.toStdString());
    REQUIRE(reserve.exitCode == 0);
    CHECK(reserve.json.value(u"newly_reserved"_s).toInt() == 40); // 20 visits, 20 deposits
    const QJsonArray held = reserve.json.value(u"reserved"_s).toArray();
    REQUIRE(held.size() == 40);
    CHECK(held.at(0).toObject().value(u"queue_number"_s).toString() == u"A-901"_s);
    CHECK(held.at(20).toObject().value(u"queue_number"_s).toString() == u"B-901"_s);
    // Asked again, nothing more is held: the block is topped up to 20, not grown.
    const CliResult again = fixture.run({u"station"_s, u"reserve"_s, u"kiosk-1"_s, u"--now"_s, u"2025-12-27T08:01"_s});
    REQUIRE(again.exitCode == 0);
    CHECK(again.json.value(u"newly_reserved"_s).toInt() == 0);
    CHECK(fixture.run({u"station"_s, u"reserve"_s, u"  "_s}).exitCode != 0); // a kiosk must be named

    const CliResult numbers =
        fixture.run({u"station"_s, u"numbers"_s, u"--date"_s, u"2025-12-27"_s, u"--now"_s, u"2025-12-27T09:00"_s});
    INFO(numbers.describe().toStdString());
    REQUIRE(numbers.exitCode == 0);
    CHECK(numbers.json.value(u"reserved"_s).toArray().size() == 40);
    CHECK(numbers.json.value(u"unused"_s).toInt() == 40);
    CHECK(numbers.json.value(u"reserved"_s).toArray().at(0).toObject().value(u"used"_s).toBool() == false);
}
