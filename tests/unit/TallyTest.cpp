// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestFacility.h"
#include "db/Csv.h"
#include "db/GateService.h"
#include "db/RegistrationService.h"
#include "db/TallyService.h"

#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace besuk;

namespace besuk {
inline std::ostream &operator<<(std::ostream &os, const Counts &c) {
    return os << "{groups " << c.groups << ", men " << c.men << ", women " << c.women << ", children " << c.children
              << "}";
}
} // namespace besuk

namespace {

const QDate Day = TestFacility::reportDay();
const QString Officer = u"Pak Joko"_s;

Counts counts(int groups, int men, int women, int children) {
    return Counts{groups, men, women, children};
}

int serial = 0;
AdultEntry adult(Sex sex, int age = 35) {
    ++serial;
    return {makeNik(QDate(Day.year() - age, 5, 20), sex, serial),
            sex == Sex::Male ? u"Budi Santoso"_s : u"Siti Aminah"_s};
}

// The report day in a small facility: six groups between 08:10 and 13:25, and one the day before.
class Day27 {
public:
    Day27() {
        f.addInmates(7);
        REQUIRE(f->saveRules(rules(), u"admin"_s).ok());

        at(Day.addDays(-1), 9, 0);
        const QString friday = issue(u"WB-007"_s, {adult(Sex::Male)});
        admit(friday);

        at(Day, 8, 10);
        const QString g1 = issue(u"WB-001"_s, {adult(Sex::Male), adult(Sex::Female)}, 1);
        at(Day, 8, 30);
        admit(g1);
        at(Day, 8, 40);
        const QString g2 = issue(u"WB-002"_s, {adult(Sex::Female), adult(Sex::Female)});
        at(Day, 9, 5);
        admit(g2);
        at(Day, 9, 15);
        issue(u"WB-003"_s, {adult(Sex::Male)}, 0, Service::Deposit);
        at(Day, 9, 20);
        REQUIRE(gate.checkOut(g1, Officer)->verdict == Verdict::CheckedOut);
        at(Day, 10, 5);
        const QString g4 = issue(u"WB-004"_s, {adult(Sex::Female)}, 2);
        at(Day, 10, 20);
        const InspectionRequest refuse{InspectionPhase::Entry, Officer, {}, InspectionOutcome::Refused,
                                       u"Membawa ponsel"_s,    {}};
        REQUIRE(gate.inspect(g4, refuse)->verdict == Verdict::Refused);
        at(Day, 11, 30);
        issue(u"WB-005"_s, {adult(Sex::Male)});
        at(Day, 13, 10);
        const QString g6 = issue(u"WB-006"_s, {adult(Sex::Female), adult(Sex::Female, 17)}, 0, Service::Deposit);
        at(Day, 13, 25);
        admit(g6);
        at(Day, 14, 0);
    }

    static Rules rules() {
        Rules rules;
        rules.sessions = {VisitSession{u"Pagi"_s, QTime(8, 0), QTime(11, 0), 0},
                          VisitSession{u"Siang"_s, QTime(11, 0), QTime(15, 0), 0}};
        return rules;
    }
    void at(const QDate &date, int hour, int minute) { f.setLocal(date, QTime(hour, minute)); }
    QString issue(const QString &inmate, const QList<AdultEntry> &adults, int children = 0,
                  Service service = Service::Visit) {
        auto ticket = RegistrationService(*f).registerGroup({inmate, adults, children, service, u"kiosk-1"_s});
        REQUIRE(ticket.ok());
        return ticket->payload;
    }
    void admit(const QString &payload) {
        const InspectionRequest cleared{InspectionPhase::Entry, Officer, {}, InspectionOutcome::Cleared, {}, {}};
        REQUIRE(gate.inspect(payload, cleared)->verdict == Verdict::Valid);
        REQUIRE(gate.admit(payload, Officer)->verdict == Verdict::Admitted);
    }
    DayTally tally(const QDate &date = Day) {
        auto tally = TallyService(*f).day(date);
        REQUIRE(tally.ok());
        return std::move(tally).value();
    }

    TestFacility f;
    GateService gate{*f};
};

QStringList countsFields(const Counts &c) {
    return {QString::number(c.groups), QString::number(c.men), QString::number(c.women), QString::number(c.children),
            QString::number(c.total())};
}

void checkCounts(const QJsonValue &value, const Counts &expected) {
    const QJsonObject object = value.toObject();
    CHECK(object.keys() == QStringList{u"children"_s, u"groups"_s, u"men"_s, u"total"_s, u"women"_s});
    CHECK(object.value(u"groups"_s).toInt(-1) == expected.groups);
    CHECK(object.value(u"men"_s).toInt(-1) == expected.men);
    CHECK(object.value(u"women"_s).toInt(-1) == expected.women);
    CHECK(object.value(u"children"_s).toInt(-1) == expected.children);
    CHECK(object.value(u"total"_s).toInt(-1) == expected.total());
}

} // namespace

TEST_CASE("The day's tally counts groups and people by status", "[tally]") {
    Day27 d;
    const DayTally t = d.tally();
    CHECK(t.date == Day);
    CHECK(t.facility == u"Rutan Uji"_s);
    CHECK(t.registered == counts(6, 3, 5, 4));
    CHECK(t.registered.total() == 12);
    CHECK(t.admitted == counts(3, 1, 4, 2));
    CHECK(t.refused == counts(1, 0, 1, 2));
    CHECK(t.inside == counts(2, 0, 3, 1));
    CHECK(t.checkedOut == counts(1, 1, 1, 1));
    CHECK(t.cancelled == Counts{});
}

TEST_CASE("The tally splits visits from deposits and visits by session", "[tally]") {
    Day27 d;
    const DayTally t = d.tally();
    CHECK(t.visit.registered == counts(4, 2, 4, 3));
    CHECK(t.visit.admitted == counts(2, 1, 3, 1));
    CHECK(t.visit.refused == counts(1, 0, 1, 2));
    CHECK(t.visit.inside == counts(1, 0, 2, 0));
    CHECK(t.deposit.registered == counts(2, 1, 1, 1));
    CHECK(t.deposit.admitted == counts(1, 0, 1, 1));
    CHECK(t.deposit.refused == Counts{});
    CHECK(t.deposit.inside == counts(1, 0, 1, 1));

    CHECK(t.bySession.keys() == QStringList{u"Pagi"_s, u"Siang"_s});
    CHECK(t.bySession.value(u"Pagi"_s) == counts(3, 1, 4, 3));
    CHECK(t.bySession.value(u"Siang"_s) == counts(1, 1, 0, 0));
}

TEST_CASE("The tally counts each hour in facility time, empty hours included", "[tally]") {
    Day27 d;
    const DayTally t = d.tally();
    REQUIRE(t.byHour.size() == 6);
    const int hours[] = {8, 9, 10, 11, 12, 13};
    const Counts registered[] = {counts(2, 1, 3, 1), counts(1, 1, 0, 0), counts(1, 0, 1, 2),
                                 counts(1, 1, 0, 0), Counts{},           counts(1, 0, 1, 1)};
    const Counts admitted[] = {counts(1, 1, 1, 1), counts(1, 0, 2, 0), Counts{},
                               Counts{},           Counts{},           counts(1, 0, 1, 1)};
    const Counts refused[] = {Counts{}, Counts{}, counts(1, 0, 1, 2), Counts{}, Counts{}, Counts{}};
    for (int i = 0; i < 6; ++i) {
        INFO("row " << i);
        CHECK(t.byHour[i].hour == hours[i]);
        CHECK(t.byHour[i].registered == registered[i]);
        CHECK(t.byHour[i].admitted == admitted[i]);
        CHECK(t.byHour[i].refused == refused[i]);
    }
}

TEST_CASE("Another day's tally holds only that day", "[tally]") {
    Day27 d;
    const DayTally friday = d.tally(Day.addDays(-1));
    CHECK(friday.registered == counts(1, 1, 0, 0));
    CHECK(friday.inside == counts(1, 1, 0, 0));
    REQUIRE(friday.byHour.size() == 1);
    CHECK(friday.byHour[0].hour == 9);

    const DayTally empty = d.tally(Day.addDays(1));
    CHECK(empty.registered == Counts{});
    CHECK(empty.byHour.isEmpty());
    CHECK(empty.bySession.isEmpty());
}

TEST_CASE("The tally as JSON", "[tally]") {
    Day27 d;
    const DayTally t = d.tally();
    const QJsonObject json = TallyFormat::toJson(t);
    CHECK(json.keys() == QStringList{u"admitted"_s, u"bookings"_s, u"by_hour"_s, u"by_service"_s, u"by_session"_s,
                                     u"cancelled"_s, u"checked_out"_s, u"date"_s, u"facility"_s, u"inside"_s,
                                     u"refused"_s, u"registered"_s, u"walk_ins"_s});
    CHECK(json.value(u"date"_s).toString() == u"2025-12-27"_s);
    CHECK(json.value(u"facility"_s).toString() == u"Rutan Uji"_s);
    checkCounts(json.value(u"registered"_s), counts(6, 3, 5, 4));
    checkCounts(json.value(u"admitted"_s), counts(3, 1, 4, 2));
    checkCounts(json.value(u"refused"_s), counts(1, 0, 1, 2));
    checkCounts(json.value(u"inside"_s), counts(2, 0, 3, 1));
    checkCounts(json.value(u"checked_out"_s), counts(1, 1, 1, 1));
    checkCounts(json.value(u"cancelled"_s), Counts{});

    const QJsonArray hours = json.value(u"by_hour"_s).toArray();
    REQUIRE(hours.size() == 6);
    CHECK(hours[0].toObject().keys() == QStringList{u"admitted"_s, u"hour"_s, u"refused"_s, u"registered"_s});
    CHECK(hours[0].toObject().value(u"hour"_s).toString() == u"08:00"_s);
    checkCounts(hours[0].toObject().value(u"registered"_s), counts(2, 1, 3, 1));
    checkCounts(hours[0].toObject().value(u"admitted"_s), counts(1, 1, 1, 1));
    CHECK(hours[4].toObject().value(u"hour"_s).toString() == u"12:00"_s);
    checkCounts(hours[4].toObject().value(u"registered"_s), Counts{});
    checkCounts(hours[2].toObject().value(u"refused"_s), counts(1, 0, 1, 2));
    CHECK(hours[5].toObject().value(u"hour"_s).toString() == u"13:00"_s);

    const QJsonObject services = json.value(u"by_service"_s).toObject();
    CHECK(services.keys() == QStringList{u"deposit"_s, u"visit"_s});
    const QJsonObject visit = services.value(u"visit"_s).toObject();
    CHECK(visit.keys() == QStringList{u"admitted"_s, u"inside"_s, u"refused"_s, u"registered"_s});
    checkCounts(visit.value(u"registered"_s), counts(4, 2, 4, 3));
    checkCounts(visit.value(u"inside"_s), counts(1, 0, 2, 0));
    checkCounts(services.value(u"deposit"_s).toObject().value(u"admitted"_s), counts(1, 0, 1, 1));

    const QJsonObject sessions = json.value(u"by_session"_s).toObject();
    CHECK(sessions.keys() == QStringList{u"Pagi"_s, u"Siang"_s});
    checkCounts(sessions.value(u"Pagi"_s), counts(3, 1, 4, 3));
    checkCounts(sessions.value(u"Siang"_s), counts(1, 1, 0, 0));
}

TEST_CASE("The tally as CSV reads back to the same numbers", "[tally]") {
    Day27 d;
    const DayTally t = d.tally();
    const QByteArray csv = TallyFormat::toCsv(t);
    CHECK(csv.endsWith("\r\n"));
    const auto records = Csv::parse(csv);
    REQUIRE(records.ok());
    REQUIRE(records->size() == 1 + 6 + 1);

    QStringList header{u"date"_s, u"hour"_s};
    for (const QString &group : {u"registered"_s, u"admitted"_s, u"refused"_s})
        for (const QString &column : {u"groups"_s, u"men"_s, u"women"_s, u"children"_s, u"total"_s})
            header.append(group + u"_"_s + column);
    CHECK(records->at(0).fields == header);
    CHECK(records->at(0).fields.size() == 17);

    for (int i = 0; i < 6; ++i) {
        const HourTally &hour = t.byHour[i];
        const QStringList expected = QStringList{u"2025-12-27"_s, u"%1:00"_s.arg(8 + i, 2, 10, QLatin1Char('0'))} +
                                     countsFields(hour.registered) + countsFields(hour.admitted) +
                                     countsFields(hour.refused);
        INFO("row " << i << ": " << records->at(i + 1).fields.join(u',').toStdString());
        CHECK(records->at(i + 1).fields == expected);
        CHECK(records->at(i + 1).line == i + 2);
    }
    CHECK(records->at(1).fields.join(u',') == u"2025-12-27,08:00,2,1,3,1,5,1,1,1,1,3,0,0,0,0,0"_s);

    const QStringList totals = records->at(7).fields;
    CHECK(totals.join(u',') == u"2025-12-27,total,6,3,5,4,12,3,1,4,2,7,1,0,1,2,3"_s);
    CHECK(totals == QStringList{u"2025-12-27"_s, u"total"_s} + countsFields(t.registered) + countsFields(t.admitted) +
                        countsFields(t.refused));
}
