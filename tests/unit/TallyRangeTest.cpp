// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestFacility.h"
#include "db/Csv.h"
#include "db/ExportService.h"
#include "db/GateService.h"
#include "db/RegistrationService.h"
#include "db/TallyService.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace besuk;

namespace {

const QDate Saturday = TestFacility::reportDay();
const QDate Friday = Saturday.addDays(-1);
const QDate Sunday = Saturday.addDays(1);
const QString Officer = u"Pak Joko"_s;

InspectionItem item(const QString &description, Disposition disposition, const QString &tag = {}) {
    return InspectionItem{description, disposition, tag};
}

// Friday and Saturday with inspections of every kind; Sunday empty.
class InspectedDays {
public:
    InspectedDays() {
        f.addInmates(6);
        Rules rules;
        rules.sessions = {VisitSession{u"Pagi"_s, QTime(8, 0), QTime(15, 0), 0}};
        REQUIRE(f->saveRules(rules, u"admin"_s).ok());

        at(Friday, 9, 0); // 1 man, 1 woman, 1 child: a phone deposited, handed back at check-out
        const QString a = issue(u"WB-001"_s, {Sex::Male, Sex::Female}, 1);
        inspect(a, InspectionPhase::Entry,
                {item(u"Makanan"_s, Disposition::Allowed), item(u"Ponsel"_s, Disposition::Deposited, u"T-01"_s)});
        REQUIRE(gate.admit(a, Officer)->verdict == Verdict::Admitted);
        at(Friday, 10, 0);
        inspect(a, InspectionPhase::Exit, {item(u"Ponsel"_s, Disposition::Returned, u"T-01"_s)});
        REQUIRE(gate.checkOut(a, Officer)->verdict == Verdict::CheckedOut);

        at(Saturday, 8, 10); // 2 women, 2 children: two things confiscated, food allowed
        const QString b = issue(u"WB-002"_s, {Sex::Female, Sex::Female}, 2);
        inspect(b, InspectionPhase::Entry,
                {item(u"Rokok"_s, Disposition::Confiscated), item(u"Ponsel"_s, Disposition::Confiscated),
                 item(u"Makanan"_s, Disposition::Allowed)});
        REQUIRE(gate.admit(b, Officer)->verdict == Verdict::Admitted);

        at(Saturday, 9, 0); // 1 man, inspected twice: only the second inspection counts
        const QString c = issue(u"WB-003"_s, {Sex::Male});
        inspect(c, InspectionPhase::Entry, {item(u"Korek api"_s, Disposition::Confiscated)});
        at(Saturday, 9, 5);
        inspect(c, InspectionPhase::Entry,
                {item(u"PONSEL"_s, Disposition::Confiscated), item(u"Dompet"_s, Disposition::Deposited, u"T-02"_s)});
        REQUIRE(gate.admit(c, Officer)->verdict == Verdict::Admitted);

        at(Saturday, 10, 0); // 1 woman refused, her phone confiscated
        const QString d = issue(u"WB-004"_s, {Sex::Female});
        inspect(d, InspectionPhase::Entry, {item(u"  ponsel "_s, Disposition::Confiscated)}, InspectionOutcome::Refused,
                u"Membawa ponsel"_s);

        at(Saturday, 11, 0); // 1 man refused
        const QString e = issue(u"WB-005"_s, {Sex::Male});
        inspect(e, InspectionPhase::Entry, {}, InspectionOutcome::Refused, u"Menolak diperiksa"_s);

        at(Saturday, 12, 0); // 1 woman registered, not yet at the gate
        issue(u"WB-006"_s, {Sex::Female});
        at(Sunday, 18, 0);
    }

    void at(const QDate &date, int hour, int minute) { f.setLocal(date, QTime(hour, minute)); }
    QString issue(const QString &inmate, const QList<Sex> &adults, int children = 0) {
        QList<AdultEntry> entries;
        for (const Sex sex : adults) {
            ++m_serial;
            entries.append({makeNik(QDate(1985, 5, 20), sex, m_serial), u"Pengunjung"_s});
        }
        auto ticket = RegistrationService(*f).registerGroup({inmate, entries, children, Service::Visit, u"kiosk"_s});
        REQUIRE(ticket.ok());
        return ticket->payload;
    }
    void inspect(const QString &payload, InspectionPhase phase, const QList<InspectionItem> &items,
                 InspectionOutcome outcome = InspectionOutcome::Cleared, const QString &reason = {}) {
        auto done = gate.inspect(payload, InspectionRequest{phase, Officer, items, outcome, reason, {}});
        REQUIRE(done.ok());
        REQUIRE(done->verdict == (outcome == InspectionOutcome::Refused ? Verdict::Refused
                                  : phase == InspectionPhase::Entry     ? Verdict::Valid
                                                                        : Verdict::AlreadyAdmitted));
    }

    TestFacility f;
    GateService gate{*f};

private:
    int m_serial = 0;
};

void checkSameDay(const DayTally &a, const DayTally &b) {
    INFO("day " << a.date.toString(Qt::ISODate).toStdString());
    CHECK(a.date == b.date);
    CHECK(a.facility == b.facility);
    CHECK(a.registered == b.registered);
    CHECK(a.admitted == b.admitted);
    CHECK(a.refused == b.refused);
    CHECK(a.inside == b.inside);
    CHECK(a.checkedOut == b.checkedOut);
    CHECK(a.cancelled == b.cancelled);
    CHECK(a.visit.registered == b.visit.registered);
    CHECK(a.visit.admitted == b.visit.admitted);
    CHECK(a.visit.refused == b.visit.refused);
    CHECK(a.visit.inside == b.visit.inside);
    CHECK(a.deposit.registered == b.deposit.registered);
    CHECK(a.deposit.inside == b.deposit.inside);
    CHECK(a.bySession == b.bySession);
    REQUIRE(a.byHour.size() == b.byHour.size());
    for (qsizetype i = 0; i < a.byHour.size(); ++i) {
        CHECK(a.byHour[i].hour == b.byHour[i].hour);
        CHECK(a.byHour[i].registered == b.byHour[i].registered);
        CHECK(a.byHour[i].admitted == b.byHour[i].admitted);
        CHECK(a.byHour[i].refused == b.byHour[i].refused);
    }
}

QStringList countsFields(const Counts &c) {
    return {QString::number(c.groups), QString::number(c.men), QString::number(c.women), QString::number(c.children),
            QString::number(c.total())};
}

} // namespace

TEST_CASE("A range's tallies equal the tallies of its days, empty days included", "[tally][range]") {
    InspectedDays d;
    TallyService tallies(*d.f);
    auto days = tallies.range(Friday.addDays(-1), Sunday);
    REQUIRE(days.ok());
    REQUIRE(days->size() == 4);
    for (qsizetype i = 0; i < days->size(); ++i) {
        auto single = tallies.day(Friday.addDays(i - 1));
        REQUIRE(single.ok());
        checkSameDay(days->at(i), *single);
    }
    CHECK(days->at(0).registered == Counts{});
    CHECK(days->at(1).registered == Counts{1, 1, 1, 1});
    CHECK(days->at(1).checkedOut == Counts{1, 1, 1, 1});
    CHECK(days->at(2).registered == Counts{5, 2, 4, 2});
    CHECK(days->at(2).admitted == Counts{2, 1, 2, 2});
    CHECK(days->at(2).refused == Counts{2, 1, 1, 0});
    CHECK(days->at(3).date == Sunday);
    CHECK(days->at(3).byHour.isEmpty());

    auto one = tallies.range(Saturday, Saturday);
    REQUIRE(one.ok());
    REQUIRE(one->size() == 1);
    checkSameDay(one->first(), *tallies.day(Saturday));
}

TEST_CASE("A range is checked: valid dates, in order, at most 366 days", "[tally][range]") {
    TestFacility f;
    TallyService tallies(*f);
    const QDate start(2024, 1, 1);
    auto year = tallies.range(start, start.addDays(365)); // 2024 is a leap year: 366 days
    REQUIRE(year.ok());
    CHECK(year->size() == 366);
    CHECK(year->last().date == QDate(2024, 12, 31));
    for (const auto &[from, to] : {std::pair{start, start.addDays(366)}, std::pair{start, start.addDays(-1)},
                                   std::pair{QDate(), start}, std::pair{start, QDate()}}) {
        INFO(from.toString(Qt::ISODate).toStdString() << " .. " << to.toString(Qt::ISODate).toStdString());
        auto days = tallies.range(from, to);
        REQUIRE_FALSE(days.ok());
        CHECK(days.error().code == ErrorCode::InvalidInput);
        CHECK_FALSE(days.error().message.isEmpty());
        auto summary = tallies.inspections(from, to);
        REQUIRE_FALSE(summary.ok());
        CHECK(summary.error().code == ErrorCode::InvalidInput);
    }
}

TEST_CASE("The inspection summary counts what the gate recorded", "[tally][inspections]") {
    InspectedDays d;
    TallyService tallies(*d.f);

    auto saturday = tallies.inspections(Saturday, Saturday);
    REQUIRE(saturday.ok());
    CHECK(saturday->inspected == 4);
    CHECK(saturday->refusals == 2);
    CHECK(saturday->refusalReasons == QStringList{u"Membawa ponsel"_s, u"Menolak diperiksa"_s});
    CHECK(saturday->itemsAllowed == 1);
    CHECK(saturday->itemsDeposited == 1);   // the wallet of the second inspection; the first one is replaced
    CHECK(saturday->itemsConfiscated == 4); // Rokok, Ponsel, PONSEL, ponsel (not the lighter)
    CHECK(saturday->itemsReturned == 0);
    REQUIRE(saturday->confiscated.size() == 2);
    CHECK(saturday->confiscated[0] == qMakePair(u"Ponsel"_s, 3));
    CHECK(saturday->confiscated[1] == qMakePair(u"Rokok"_s, 1));

    auto both = tallies.inspections(Friday, Sunday);
    REQUIRE(both.ok());
    CHECK(both->inspected == 5);
    CHECK(both->itemsAllowed == 2);
    CHECK(both->itemsDeposited == 2);
    CHECK(both->itemsConfiscated == 4);
    CHECK(both->itemsReturned == 1);

    auto sunday = tallies.inspections(Sunday, Sunday);
    REQUIRE(sunday.ok());
    CHECK(sunday->inspected == 0);
    CHECK(sunday->confiscated.isEmpty());
    CHECK(sunday->refusalReasons.isEmpty());
}

TEST_CASE("The range CSV has a BOM, CRLF lines, one row per day and a total that reads back", "[export][csv]") {
    InspectedDays d;
    auto days = TallyService(*d.f).range(Friday, Sunday);
    REQUIRE(days.ok());
    const QByteArray csv = ExportService::rangeCsv(*days);
    REQUIRE(csv.startsWith("\xEF\xBB\xBF"));
    CHECK(csv.endsWith("\r\n"));
    CHECK(csv.count("\n") == csv.count("\r\n"));
    CHECK(csv.count("\r\n") == 1 + 3 + 1);

    auto records = Csv::parse(csv.mid(3));
    REQUIRE(records.ok());
    REQUIRE(records->size() == 5);
    const QStringList header = records->at(0).fields;
    CHECK(header == ExportService::rangeCsvHeader());
    CHECK(header.size() == 52);
    CHECK(header.mid(0, 7) == QStringList{u"date"_s, u"weekday"_s, u"registered_groups"_s, u"registered_men"_s,
                                          u"registered_women"_s, u"registered_children"_s, u"registered_total"_s});
    CHECK(header.at(31) == u"cancelled_total"_s);
    CHECK(header.mid(32, 5) == QStringList{u"walk_in_groups"_s, u"walk_in_men"_s, u"walk_in_women"_s,
                                           u"walk_in_children"_s, u"walk_in_total"_s});
    CHECK(header.at(37) == u"booked_groups"_s);
    CHECK(header.at(42) == u"arrived_groups"_s);
    CHECK(header.last() == u"no_show_total"_s);

    const QStringList weekdays{u"Jumat"_s, u"Sabtu"_s, u"Minggu"_s};
    for (qsizetype i = 0; i < 3; ++i) {
        const DayTally &day = days->at(i);
        const QStringList expected =
            QStringList{day.date.toString(Qt::ISODate), weekdays.at(i)} + countsFields(day.registered) +
            countsFields(day.admitted) + countsFields(day.refused) + countsFields(day.checkedOut) +
            countsFields(day.inside) + countsFields(day.cancelled) + countsFields(day.walkIns) +
            countsFields(day.bookings.booked) + countsFields(day.bookings.arrived) + countsFields(day.bookings.noShow);
        CHECK(records->at(i + 1).fields == expected);
    }
    CHECK(records->at(2).fields.mid(0, 7).join(u',') == u"2025-12-27,Sabtu,5,2,4,2,8"_s);
    const QStringList total = records->at(4).fields;
    CHECK(total.mid(0, 2) == QStringList{u"total"_s, QString()});
    for (int column = 2; column < 52; ++column) {
        INFO("column " << header.at(column).toStdString());
        int sum = 0;
        for (qsizetype row = 1; row <= 3; ++row)
            sum += records->at(row).fields.at(column).toInt();
        CHECK(total.at(column).toInt() == sum);
    }
    CHECK(total.mid(2, 5).join(u',') == u"6,3,5,3,11"_s);
    CHECK(total.mid(32, 5).join(u',') == u"6,3,5,3,11"_s); // no bookings: every registered group walked in
    CHECK(total.mid(37).join(u',') == QStringList(15, u"0"_s).join(u','));

    // Text beyond ASCII stays UTF-8 behind the BOM; an empty range is a header and a zero total.
    const QByteArray empty = ExportService::rangeCsv({});
    auto emptyRecords = Csv::parse(empty);
    REQUIRE(emptyRecords.ok());
    REQUIRE(emptyRecords->size() == 2);
    CHECK(emptyRecords->at(1).fields.mid(2) == QStringList(50, u"0"_s));
}

TEST_CASE("An export is recorded in the audit log with its range", "[export][audit]") {
    TestFacility f;
    f.setLocal(Saturday, QTime(17, 0));
    REQUIRE(ExportService::recordExport(*f, u"pdf"_s, Friday, Saturday, u"cli:staff"_s, u"/tmp/laporan.pdf"_s).ok());
    const QStringList rows =
        f.database.rows(u"SELECT actor, action, subject, detail FROM audit_log WHERE action LIKE 'export.%'"_s);
    CHECK(rows == QStringList{u"cli:staff|export.pdf|2025-12-26..2025-12-27|/tmp/laporan.pdf"_s});
}

TEST_CASE("Indonesian dates do not depend on the system locale", "[export][date]") {
    CHECK(IndonesianDate::weekdayDate(Saturday) == u"Sabtu, 27 Desember 2025"_s);
    CHECK(IndonesianDate::longDate(QDate(2026, 1, 2)) == u"2 Januari 2026"_s);
    QStringList week;
    for (int i = 0; i < 7; ++i)
        week.append(IndonesianDate::weekday(QDate(2025, 12, 22).addDays(i)));
    CHECK(week == QStringList{u"Senin"_s, u"Selasa"_s, u"Rabu"_s, u"Kamis"_s, u"Jumat"_s, u"Sabtu"_s, u"Minggu"_s});
    QStringList months;
    for (int m = 1; m <= 12; ++m)
        months.append(IndonesianDate::month(m));
    CHECK(months.join(u' ') ==
          u"Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember"_s);
    CHECK(IndonesianDate::range(Saturday, QDate(2026, 1, 2)) == u"27 Desember 2025 - 2 Januari 2026"_s);
    CHECK(IndonesianDate::range(Saturday, Saturday) == u"27 Desember 2025"_s);
}

TEST_CASE("A range's summary adds its days up: every count, per service, session and hour", "[tally][range]") {
    InspectedDays d;
    TallyService tallies(*d.f);
    auto summary = tallies.summary(Friday.addDays(-1), Sunday);
    REQUIRE(summary.ok());
    REQUIRE(summary->days.size() == 4);
    const DayTally &total = summary->total;
    CHECK(total.date == Friday.addDays(-1));
    CHECK(total.registered == Counts{6, 3, 5, 3});
    CHECK(total.admitted == Counts{3, 2, 3, 3});
    CHECK(total.refused == Counts{2, 1, 1, 0});
    CHECK(total.checkedOut == Counts{1, 1, 1, 1});
    CHECK(total.inside == summary->days.at(2).inside);
    CHECK(total.visit.registered == total.registered);
    CHECK(total.deposit.registered == Counts{});
    CHECK(total.bySession.value(u"Pagi"_s) == Counts{6, 3, 5, 3});
    REQUIRE(total.byHour.size() == 5); // 08:00 to 12:00
    CHECK(total.byHour.first().hour == 8);
    CHECK(total.byHour.at(1).registered == Counts{2, 2, 1, 1}); // 09:00 on Friday and on Saturday
    CHECK(total.byHour.last().registered == Counts{1, 0, 1, 0});

    // One day sums to itself.
    auto one = tallies.summary(Saturday, Saturday);
    REQUIRE(one.ok());
    checkSameDay(one->total, *tallies.day(Saturday));
    CHECK(TallyService::sum({}).registered == Counts{});
}

TEST_CASE("A dashboard range ends where the domain's 366 days end", "[tally][range]") {
    const QDate start(2024, 1, 1);
    CHECK(TallyService::rangeEnd(start, start.addDays(10)) == start.addDays(10));
    CHECK(TallyService::rangeEnd(start, start.addDays(200)) == start.addDays(200)); // beyond the old 92 days
    CHECK(TallyService::rangeEnd(start, start.addDays(365)) == start.addDays(365));
    CHECK(TallyService::rangeEnd(start, start.addDays(400)) == start.addDays(365));
    CHECK(TallyService::checkRange(start, TallyService::rangeEnd(start, start.addDays(5000))).ok());

    TestFacility f;
    auto tooLong = TallyService(*f).summary(start, start.addDays(366));
    REQUIRE_FALSE(tooLong.ok());
    CHECK(tooLong.error().code == ErrorCode::InvalidInput);
}
