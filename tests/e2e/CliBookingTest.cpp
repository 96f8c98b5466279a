// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "FacilityFixture.h"
#include "db/BookingService.h"
#include "db/Database.h"
#include "db/Facility.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace besuk;
using namespace besuk::e2e;

namespace {

const QDate Saturday{2025, 12, 27};
const QDate Sunday = Saturday.addDays(1);

QString sunday(const QString &time) {
    return u"2025-12-28T"_s + time;
}

QString nik(int serial, bool female = false) {
    return makeNik(u"647105"_s, QDate(1984, 4, 9), female, serial);
}

// Three bookings for Sunday made on Saturday 09:00 through the domain, as besuk-web makes them: inmates WB-001 (a
// man, a woman, one child at 09:00), WB-002 (a man at 13:00) and WB-003 (a woman at 10:00).
QList<IssuedBooking> bookAhead(CliFixture &fixture) {
    fixture.init();
    fixture.importInmates(u"WB"_s, 3); // named "Warga B", "Warga C", "Warga D"
    FixedClock clock(test::localMoment(Saturday, QTime(9, 0), u"Asia/Makassar"_s));
    auto database = Database::open(fixture.location(), Database::OpenMode::MustExist);
    REQUIRE(database.ok());
    auto facility = Facility::open(std::move(database).value(), clock, fixture.keyPath());
    REQUIRE(facility.ok());
    Rules rules = (*facility)->rules();
    rules.bookingSlots = Rules::demoBookingSlots(rules.anyVisitingDays());
    rules.arrivalToleranceMinutes = 30;
    REQUIRE((*facility)->saveRules(rules, u"admin"_s).ok());
    const QList<BookingRequest> requests{
        {Sunday,
         QTime(9, 0),
         u"WB-001"_s,
         u"warga  b"_s,
         {{nik(1), u"Budi"_s}, {nik(2, true), u"Sari"_s}},
         1,
         Service::Visit,
         u"web"_s},
        {Sunday, QTime(13, 0), u"WB-002"_s, u"Warga C"_s, {{nik(3), u"Agus"_s}}, 0, Service::Visit, u"web"_s},
        {Sunday, QTime(10, 0), u"WB-003"_s, u"Warga D"_s, {{nik(4, true), u"Dewi"_s}}, 0, Service::Visit, u"web"_s},
    };
    QList<IssuedBooking> issued;
    for (const BookingRequest &request : requests) {
        auto one = BookingService(**facility).book(request);
        if (!one.ok())
            FAIL("booking refused: " << one.error().message);
        issued.append(std::move(one).value());
    }
    return issued;
}

QString display(const IssuedBooking &issued) {
    return BookingService::displayCode(issued.booking.code);
}

} // namespace

TEST_CASE("booking list and show give a day's bookings with NIKs masked", "[cli][booking]") {
    CliFixture fixture;
    const QList<IssuedBooking> booked = bookAhead(fixture);

    const CliResult list = fixture.run(
        {u"booking"_s, u"list"_s, u"--date"_s, u"2025-12-28"_s, u"--json"_s, u"--now"_s, u"2025-12-27T10:00"_s});
    INFO(list.describe());
    REQUIRE(list.exitCode == 0);
    CHECK(list.err.isEmpty());
    CHECK(list.json.value(u"date"_s).toString() == u"2025-12-28"_s);
    CHECK(list.json.value(u"count"_s).toInt() == 3);
    CHECK(list.json.value(u"people_not_cancelled"_s).toInt() == 5);
    const QJsonArray bookings = list.json.value(u"bookings"_s).toArray();
    REQUIRE(bookings.size() == 3);
    const QJsonObject first = bookings.at(0).toObject(); // in slot order: 09:00 first
    CHECK(first.value(u"code"_s).toString() == display(booked.at(0)));
    CHECK(first.value(u"slot"_s).toString() == u"09:00\u201310:00"_s);
    CHECK(first.value(u"status"_s).toString() == u"booked"_s);
    CHECK(first.value(u"total"_s).toInt() == 3);
    CHECK(first.value(u"inmate"_s).toObject().value(u"number"_s).toString() == u"WB-001"_s);
    const QString masked = first.value(u"visitors"_s).toArray().at(0).toObject().value(u"nik"_s).toString();
    CHECK(masked != nik(1));
    CHECK(masked.endsWith(nik(1).right(4)));
    CHECK_FALSE(list.out.contains(nik(1)));
    CHECK_FALSE(list.out.contains(nik(2, true)));

    // Today (Saturday) has none.
    const CliResult today = fixture.run({u"booking"_s, u"list"_s, u"--now"_s, u"2025-12-27T10:00"_s});
    REQUIRE(today.exitCode == 0);
    CHECK(today.json.value(u"bookings"_s).toArray().isEmpty());

    // A code as a person types it.
    QString typed = booked.at(1).booking.code.toLower();
    typed.insert(4, u' ');
    const CliResult show = fixture.run({u"booking"_s, u"show"_s, typed, u"--now"_s, u"2025-12-27T10:00"_s});
    INFO(show.describe());
    REQUIRE(show.exitCode == 0);
    CHECK(show.json.value(u"code"_s).toString() == display(booked.at(1)));
    CHECK(show.json.value(u"slot"_s).toString() == u"13:00\u201314:00"_s);
    CHECK(show.json.value(u"men"_s).toInt() == 1);
    CHECK_FALSE(show.out.contains(nik(3)));

    const Snapshot before = fixture.snapshot();
    const CliResult bad = fixture.run({u"booking"_s, u"show"_s, u"K7Q"_s});
    CHECK(bad.exitCode == 1);
    CHECK(bad.oneErrorLine());
    CHECK(bad.err.contains(u"8 letters and digits"_s));
    const CliResult unknown = fixture.run({u"booking"_s, u"show"_s, u"0000-0000"_s});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.oneErrorLine());
    CHECK(unknown.err.contains(u"no booking 0000-0000"_s));
    const CliResult indonesian = fixture.run({u"booking"_s, u"show"_s, u"K7Q"_s}, {{u"LC_ALL"_s, u"id_ID.UTF-8"_s}});
    CHECK(indonesian.exitCode == 1);
    CHECK(indonesian.oneErrorLine());
    CHECK(indonesian.err != bad.err);
    CHECK(fixture.run({u"booking"_s, u"list"_s, u"--date"_s, u"28-12-2025"_s}).exitCode == 2);
    CHECK(fixture.run({u"gate"_s, u"booking"_s, u"list"_s}).exitCode == 2); // "gate" only before the gate's commands
    CHECK(fixture.snapshot() == before);
}

TEST_CASE("booking cancel and close-day, with reasons, in the audit log", "[cli][booking]") {
    CliFixture fixture;
    const QList<IssuedBooking> booked = bookAhead(fixture);
    const QString now = u"2025-12-27T11:00"_s;

    const Snapshot before = fixture.snapshot();
    CHECK(fixture.run({u"booking"_s, u"cancel"_s, display(booked.at(0)), u"--now"_s, now}).exitCode == 2);
    CHECK(fixture.snapshot() == before);

    const CliResult cancelled = fixture.run({u"booking"_s, u"cancel"_s, display(booked.at(0)), u"--reason"_s,
                                             u"Keluarga minta batal"_s, u"--actor"_s, u"Bu Rina"_s, u"--now"_s, now});
    INFO(cancelled.describe());
    REQUIRE(cancelled.exitCode == 0);
    CHECK(cancelled.json.value(u"status"_s).toString() == u"cancelled"_s);
    CHECK(cancelled.json.value(u"cancelled_at"_s).toString() == u"2025-12-27T11:00:00+08:00"_s);
    CHECK(fixture.queryRows(u"SELECT actor FROM audit_log WHERE action = 'booking.cancel'"_s) ==
          QStringList{u"Bu Rina"_s});
    const CliResult again =
        fixture.run({u"booking"_s, u"cancel"_s, display(booked.at(0)), u"--reason"_s, u"lagi"_s, u"--now"_s, now});
    CHECK(again.exitCode == 1);
    CHECK(again.oneErrorLine());

    const CliResult closed = fixture.run(
        {u"booking"_s, u"close-day"_s, u"2025-12-28"_s, u"--reason"_s, u"Renovasi ruang kunjungan"_s, u"--now"_s, now},
        {{u"USER"_s, u"rina"_s}});
    INFO(closed.describe());
    REQUIRE(closed.exitCode == 0);
    CHECK(closed.json.value(u"closed"_s).toBool());
    CHECK(closed.json.value(u"bookings_affected"_s).toInt() == 2);
    CHECK(fixture.queryRows(u"SELECT actor, subject, detail FROM audit_log WHERE action = 'booking.close_day'"_s) ==
          QStringList{u"cli:rina|2025-12-28|Renovasi ruang kunjungan"_s});
    const CliResult show = fixture.run({u"booking"_s, u"show"_s, display(booked.at(1)), u"--now"_s, now});
    CHECK(show.json.value(u"day_closed"_s).toString() == u"Renovasi ruang kunjungan"_s);

    // The gate refuses a booked ticket of the closed day, with the reason.
    const CliResult scan = fixture.run({u"scan"_s, booked.at(1).payload, u"--now"_s, sunday(u"13:00"_s)});
    INFO(scan.describe());
    CHECK(scan.exitCode == 3);
    CHECK(scan.json.value(u"verdict"_s).toString() == u"refused"_s);
    CHECK(scan.json.value(u"message"_s).toString().contains(u"Renovasi ruang kunjungan"_s));

    CHECK(
        fixture.run({u"booking"_s, u"close-day"_s, u"2025-12-20"_s, u"--reason"_s, u"x"_s, u"--now"_s, now}).exitCode ==
        1);
    CHECK(fixture.run({u"booking"_s, u"close-day"_s, u"kemarin"_s, u"--reason"_s, u"x"_s}).exitCode == 2);
    const CliResult reopened = fixture.run({u"booking"_s, u"reopen-day"_s, u"2025-12-28"_s, u"--now"_s, now});
    REQUIRE(reopened.exitCode == 0);
    CHECK_FALSE(reopened.json.value(u"closed"_s).toBool());
    CHECK(fixture.run({u"booking"_s, u"show"_s, display(booked.at(1)), u"--now"_s, now})
              .json.value(u"day_closed"_s)
              .isUndefined());
    CHECK(fixture.run({u"audit"_s, u"verify"_s}).exitCode == 0);
}

TEST_CASE("A booked ticket checks in through besuk-cli's gate commands end to end", "[cli][booking][gate]") {
    CliFixture fixture;
    const QList<IssuedBooking> booked = bookAhead(fixture);
    const QString payload = booked.at(0).payload;

    // As the browser tests call it: "gate" before the command, and --json (output is JSON anyway).
    const CliResult scan = fixture.run({u"gate"_s, u"scan"_s, payload, u"--json"_s, u"--now"_s, sunday(u"09:10"_s)});
    INFO(scan.describe());
    REQUIRE(scan.exitCode == 0);
    CHECK(scan.json.value(u"verdict"_s).toString() == u"valid"_s);
    const QJsonObject booking = scan.json.value(u"booking"_s).toObject();
    CHECK(booking.value(u"code"_s).toString() == display(booked.at(0)));
    CHECK(booking.value(u"slot"_s).toString() == u"09:00\u201310:00"_s);
    CHECK(booking.value(u"timing"_s).toString() == u"in_slot"_s);
    const QJsonObject ticket = scan.json.value(u"ticket"_s).toObject();
    CHECK(ticket.value(u"queue_number"_s).toString() == u"A-001"_s);
    CHECK(ticket.value(u"total"_s).toInt() == 3);
    CHECK(scan.json.value(u"message"_s).toString().contains(u"Booked 09:00\u201310:00."_s));

    const CliResult again = fixture.run({u"scan"_s, payload, u"--now"_s, sunday(u"09:12"_s)});
    REQUIRE(again.exitCode == 0);
    CHECK(again.json.value(u"ticket"_s).toObject().value(u"ticket_id"_s) == ticket.value(u"ticket_id"_s));
    CHECK(fixture.queryRows(u"SELECT COUNT(*) FROM visits"_s) == QStringList{u"1"_s});

    const QStringList officer{u"--officer"_s, u"Pak Joko"_s};
    const CliResult inspected =
        fixture.run(QStringList{u"gate"_s, u"inspect"_s, payload, u"--outcome"_s, u"cleared"_s} + officer +
                    QStringList{u"--now"_s, sunday(u"09:14"_s)});
    INFO(inspected.describe());
    REQUIRE(inspected.exitCode == 0);
    const CliResult admitted = fixture.run(QStringList{u"gate"_s, u"admit"_s, payload} + officer +
                                           QStringList{u"--now"_s, sunday(u"09:15"_s)});
    INFO(admitted.describe());
    REQUIRE(admitted.exitCode == 0);
    CHECK(admitted.json.value(u"verdict"_s).toString() == u"admitted"_s);
    const CliResult inside = fixture.run({u"scan"_s, payload, u"--now"_s, sunday(u"09:30"_s)});
    CHECK(inside.exitCode == 3);
    CHECK(inside.json.value(u"verdict"_s).toString() == u"already_admitted"_s);
    CHECK(inside.json.value(u"booking"_s).toObject().value(u"timing"_s).toString() == u"in_slot"_s);
    const CliResult left =
        fixture.run(QStringList{u"checkout"_s, payload} + officer + QStringList{u"--now"_s, sunday(u"10:15"_s)});
    REQUIRE(left.exitCode == 0);
    CHECK(left.json.value(u"verdict"_s).toString() == u"checked_out"_s);

    // Hours before its slot: valid, flagged early.
    const CliResult early = fixture.run({u"scan"_s, booked.at(1).payload, u"--now"_s, sunday(u"09:20"_s)});
    INFO(early.describe());
    REQUIRE(early.exitCode == 0);
    CHECK(early.json.value(u"verdict"_s).toString() == u"valid"_s);
    CHECK(early.json.value(u"booking"_s).toObject().value(u"timing"_s).toString() == u"early"_s);
    CHECK(early.json.value(u"message"_s).toString().contains(u"Early: booked 13:00\u201314:00."_s));

    // The next day, the third booking (never used) is a no-show in Sunday's tally.
    const CliResult tally = fixture.run({u"tally"_s, u"--date"_s, u"2025-12-28"_s, u"--now"_s, u"2025-12-29T08:00"_s});
    INFO(tally.describe());
    REQUIRE(tally.exitCode == 0);
    const QJsonObject bookings = tally.json.value(u"bookings"_s).toObject();
    CHECK(bookings.value(u"no_show"_s).toObject().value(u"groups"_s).toInt() == 1);
    CHECK(bookings.value(u"no_show"_s).toObject().value(u"women"_s).toInt() == 1);
    CHECK(bookings.value(u"arrived"_s).toObject().value(u"groups"_s).toInt() == 2);
    CHECK(fixture.run({u"booking"_s, u"show"_s, display(booked.at(2)), u"--now"_s, u"2025-12-29T08:00"_s})
              .json.value(u"status"_s)
              .toString() == u"no_show"_s);
    CHECK(fixture.run({u"audit"_s, u"verify"_s}).exitCode == 0);
}
