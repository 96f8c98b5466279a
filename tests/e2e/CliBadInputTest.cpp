// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace besuk::e2e;

namespace {

const QString Now = u"2025-12-27T10:00"_s;
const QString Lead = makeNik(u"647105"_s, QDate(1990, 1, 5), false, 3);
const QString Second = makeNik(u"647105"_s, QDate(1992, 3, 12), true, 4);
const QString Third = makeNik(u"647106"_s, QDate(1970, 8, 17), false, 15);
const QString Fourth = makeNik(u"647106"_s, QDate(1975, 11, 30), true, 16);
const QString Alphabet = u"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"_s;

// A facility with inmates WB-001 ... WB-006 and one registered ticket for WB-001.
struct BadInputFixture {
    BadInputFixture() {
        fixture.init();
        fixture.importInmates(u"WB"_s, 6);
        const CliResult ticket = fixture.run({u"register"_s, u"--inmate"_s, u"WB-001"_s, u"--adult"_s,
                                              adult(Lead, u"Budi Santoso"_s), u"--now"_s, u"2025-12-27T09:00"_s});
        INFO(ticket.describe());
        REQUIRE(ticket.exitCode == 0);
        payload = ticket.json.value(u"payload"_s).toString();
        REQUIRE(payload.size() == 125);
    }

    // Runs the command and checks that the database's content is exactly as before.
    CliResult runUnchanged(const QStringList &arguments) const {
        const Snapshot before = fixture.snapshot();
        const CliResult result = fixture.run(arguments);
        const Snapshot after = fixture.snapshot();
        INFO(result.describe());
        CHECK(after == before);
        return result;
    }

    // A refused input: the exit code, one line on stderr, nothing on stdout, the database unchanged.
    void expectRefused(const QString &what, const QStringList &arguments, int exitCode) const {
        INFO("case: " << what);
        const CliResult result = runUnchanged(arguments);
        INFO(result.describe());
        CHECK(result.exitCode == exitCode);
        CHECK(result.out.isEmpty());
        CHECK(result.oneErrorLine());
    }

    void expectRefusedRegistration(const QString &what, const QStringList &options, int exitCode) const {
        expectRefused(what, QStringList{u"register"_s, u"--inmate"_s, u"WB-002"_s, u"--now"_s, Now} + options,
                      exitCode);
    }

    // A payload that is not a ticket of this facility: verdict "invalid", exit 3, database unchanged.
    void expectInvalidTicket(const QString &what, const QString &bad) const {
        INFO("case: " << what << " payload: \"" << bad << "\"");
        const QList<QStringList> commands{
            {u"scan"_s, bad},
            {u"admit"_s, bad, u"--officer"_s, u"Gate-1"_s},
            {u"inspect"_s, bad, u"--officer"_s, u"Gate-1"_s, u"--outcome"_s, u"cleared"_s},
            {u"checkout"_s, bad, u"--officer"_s, u"Gate-1"_s},
        };
        for (const QStringList &command : commands) {
            const CliResult result = runUnchanged(command + QStringList{u"--now"_s, Now});
            INFO(result.describe());
            CHECK(result.exitCode == 3);
            CHECK(result.json.value(u"verdict"_s).toString() == u"invalid"_s);
            CHECK_FALSE(result.json.contains(u"ticket"_s));
            CHECK(result.err.isEmpty());
        }
    }

    CliFixture fixture;
    QString payload;
};

} // namespace

TEST_CASE("invalid NIKs are refused and change nothing", "[cli][bad-input][backend-neutral]") {
    BadInputFixture f;
    const auto nik = [&](const QString &what, const QString &value) {
        f.expectRefusedRegistration(what, {u"--adult"_s, adult(value, u"Budi Santoso"_s)}, 1);
        f.expectRefused(u"ban: "_s + what, {u"ban"_s, u"add"_s, u"--nik"_s, value, u"--reason"_s, u"Test"_s}, 1);
    };
    nik(u"15 digits"_s, u"647105050190000"_s);
    nik(u"17 digits"_s, u"64710505019000031"_s);
    nik(u"letters"_s, u"64710505019000AB"_s);
    nik(u"impossible date 31 Feb 1990"_s, u"6471053102900001"_s);
    nik(u"impossible date 31 Feb 1990 for a woman"_s, u"6471057102900001"_s);
    nik(u"month 13"_s, u"6471050513900001"_s);
    nik(u"all-zero serial"_s, u"6471050501900000"_s);
    nik(u"province 00"_s, u"0071050501900003"_s);
    nik(u"empty"_s, QString());
    nik(u"Arabic-Indic digits"_s,
        u"\u0666\u0664\u0667\u0661\u0660\u0665\u0660\u0665\u0660\u0661\u0669\u0660\u0660\u0660\u0660\u0663"_s);
}

TEST_CASE("group rules, names and numbers that are refused change nothing", "[cli][bad-input]") {
    BadInputFixture f;
    const QString lead = adult(Lead, u"Budi Santoso"_s);
    f.expectRefused(u"unknown inmate"_s,
                    {u"register"_s, u"--inmate"_s, u"WB-999"_s, u"--adult"_s, lead, u"--now"_s, Now}, 1);
    f.expectRefusedRegistration(
        u"5 people"_s, {u"--adult"_s, lead, u"--adult"_s, adult(Second, u"Siti"_s), u"--children"_s, u"3"_s}, 3);
    f.expectRefusedRegistration(u"4 adults"_s,
                                {u"--adult"_s, lead, u"--adult"_s, adult(Second, u"Siti"_s), u"--adult"_s,
                                 adult(Third, u"Joko"_s), u"--adult"_s, adult(Fourth, u"Dewi"_s)},
                                3);
    f.expectRefusedRegistration(u"the same NIK twice"_s,
                                {u"--adult"_s, lead, u"--adult"_s, adult(Lead, u"Budi Lagi"_s)}, 1);
    f.expectRefusedRegistration(u"empty name"_s, {u"--adult"_s, adult(Lead, QString())}, 1);
    f.expectRefusedRegistration(u"blank name"_s, {u"--adult"_s, adult(Lead, u"   "_s)}, 1);
    f.expectRefusedRegistration(u"101-character name"_s, {u"--adult"_s, adult(Lead, QString(101, u'a'))}, 1);
    f.expectRefusedRegistration(u"newline in name"_s, {u"--adult"_s, adult(Lead, u"Budi\nSantoso"_s)}, 1);
    f.expectRefusedRegistration(u"tab in name"_s, {u"--adult"_s, adult(Lead, u"Budi\tSantoso"_s)}, 1);
    f.expectRefusedRegistration(u"BEL in name"_s, {u"--adult"_s, adult(Lead, u"Budi\u0007Santoso"_s)}, 1);
    f.expectRefusedRegistration(u"digits in name"_s, {u"--adult"_s, adult(Lead, u"Budi 2"_s)}, 1);
    f.expectRefusedRegistration(u"children -1"_s, {u"--adult"_s, lead, u"--children"_s, u"-1"_s}, 2);
    f.expectRefusedRegistration(u"children abc"_s, {u"--adult"_s, lead, u"--children"_s, u"abc"_s}, 2);
    f.expectRefusedRegistration(u"adult without a colon"_s, {u"--adult"_s, Lead}, 2);
    f.expectRefusedRegistration(u"no adult"_s, {u"--children"_s, u"2"_s}, 2);
    f.expectRefusedRegistration(u"unknown service"_s, {u"--adult"_s, lead, u"--service"_s, u"conjugal"_s}, 2);
    f.expectRefused(u"outside visiting hours"_s,
                    {u"register"_s, u"--inmate"_s, u"WB-002"_s, u"--adult"_s, lead, u"--now"_s, u"2025-12-27T15:00"_s},
                    3);
    f.expectRefused(u"--now not a time"_s,
                    {u"register"_s, u"--inmate"_s, u"WB-002"_s, u"--adult"_s, lead, u"--now"_s, u"yesterday"_s}, 2);

    // 100 characters is still a name (and the snapshot sees the change).
    const Snapshot before = f.fixture.snapshot();
    const CliResult longest = f.fixture.run(
        {u"register"_s, u"--inmate"_s, u"WB-003"_s, u"--adult"_s, adult(Lead, QString(100, u'a')), u"--now"_s, Now});
    INFO(longest.describe());
    CHECK(longest.exitCode == 0);
    CHECK(f.fixture.snapshot() != before);
}

TEST_CASE("malformed ticket payloads are invalid and change nothing", "[cli][bad-input][backend-neutral]") {
    BadInputFixture f;
    const QString &real = f.payload;
    f.expectInvalidTicket(u"empty"_s, QString());
    f.expectInvalidTicket(u"hello"_s, u"hello"_s);
    f.expectInvalidTicket(u"truncated"_s, real.chopped(1));
    f.expectInvalidTicket(u"truncated to 120"_s, real.left(120));
    // Lower case is the same ticket (a scanner's case setting): read, not refused.
    const CliResult lowerCase = f.fixture.run({u"scan"_s, real.toLower(), u"--now"_s, Now});
    INFO(lowerCase.describe());
    CHECK(lowerCase.exitCode == 0);
    CHECK(lowerCase.json.value(u"verdict"_s).toString() == u"valid"_s);
    f.expectInvalidTicket(u"one character appended"_s, real + u'A');
    QString changed = real;
    changed[60] = changed[60] == u'A' ? u'B' : u'A';
    f.expectInvalidTicket(u"one character changed in the middle"_s, changed);

    // Every single-character change anywhere in the payload is caught (scan only: it is read-only).
    const Snapshot before = f.fixture.snapshot();
    for (qsizetype position = 0; position < real.size(); ++position) {
        QString forged = real;
        const qsizetype index = Alphabet.indexOf(forged[position]);
        forged[position] = Alphabet[(index + 1 + position % 31) % 32];
        const CliResult result = f.fixture.run({u"scan"_s, forged, u"--now"_s, Now});
        INFO("position " << position << ": " << result.describe());
        CHECK(result.exitCode == 3);
        CHECK(result.json.value(u"verdict"_s).toString() == u"invalid"_s);
    }
    CHECK(f.fixture.snapshot() == before);

    // A real ticket of another facility.
    CliFixture other;
    other.init();
    other.importInmates(u"WB"_s, 1);
    const CliResult foreign = other.run({u"register"_s, u"--inmate"_s, u"WB-001"_s, u"--adult"_s,
                                         adult(Lead, u"Budi Santoso"_s), u"--now"_s, u"2025-12-27T09:00"_s});
    REQUIRE(foreign.exitCode == 0);
    f.expectInvalidTicket(u"another facility's ticket"_s, foreign.json.value(u"payload"_s).toString());

    // And the real one is still fine.
    const CliResult scanned = f.fixture.run({u"scan"_s, real, u"--now"_s, Now});
    CHECK(scanned.exitCode == 0);
    CHECK(scanned.json.value(u"verdict"_s).toString() == u"valid"_s);
}

TEST_CASE("real names with punctuation and Unicode letters are kept verbatim", "[cli][bad-input]") {
    BadInputFixture f;
    const QStringList names{u"Ma'ruf O'Neil-Siregar, S.H."_s, u"Nyoman Ayu Pratiwi"_s,
                            u"\u0110\u1EB7ng Th\u1ECB Hoa"_s}; // Đặng Thị Hoa
    const CliResult ticket =
        f.fixture.run({u"register"_s, u"--inmate"_s, u"WB-004"_s, u"--adult"_s, adult(Lead, names.at(0)), u"--adult"_s,
                       adult(Second, names.at(1)), u"--adult"_s, adult(Fourth, names.at(2)), u"--now"_s, Now});
    INFO(ticket.describe());
    REQUIRE(ticket.exitCode == 0);
    const auto namesIn = [](const QJsonObject &visit) {
        QStringList shown;
        for (const QJsonValue &visitor : visit.value(u"visitors"_s).toArray())
            shown.append(visitor.toObject().value(u"name"_s).toString());
        return shown;
    };
    CHECK(namesIn(ticket.json) == names);
    CHECK(ticket.out.contains(names.at(2))); // as UTF-8 text, not \u escapes

    const CliResult scanned =
        f.fixture.run({u"scan"_s, ticket.json.value(u"payload"_s).toString(), u"--now"_s, u"2025-12-27T10:05"_s});
    INFO(scanned.describe());
    REQUIRE(scanned.exitCode == 0);
    CHECK(namesIn(scanned.json.value(u"ticket"_s).toObject()) == names);
    CHECK(f.fixture.queryRows(u"SELECT m.name FROM visit_members m JOIN visits v ON v.id = m.visit_id "
                              u"WHERE v.queue_number = 2 ORDER BY m.position"_s) == names);
}

TEST_CASE("SQL metacharacters are data, never SQL", "[cli][bad-input]") {
    BadInputFixture f;
    const CliResult obrien = f.fixture.run({u"inmate"_s, u"add"_s, u"--number"_s, u"WB-7/2025"_s, u"--name"_s,
                                            u"Robert O'Brien"_s, u"--block"_s, u"Blok 'D'"_s});
    INFO(obrien.describe());
    REQUIRE(obrien.exitCode == 0);
    CHECK(obrien.json.value(u"name"_s).toString() == u"Robert O'Brien"_s);
    CHECK(obrien.json.value(u"block"_s).toString() == u"Blok 'D'"_s);

    const auto search = [&](const QString &text) {
        const CliResult result = f.fixture.run({u"inmate"_s, u"list"_s, u"--search"_s, text});
        INFO(result.describe());
        REQUIRE(result.exitCode == 0);
        QStringList numbers;
        for (const QJsonValue &inmate : result.json.value(u"inmates"_s).toArray())
            numbers.append(inmate.toObject().value(u"number"_s).toString());
        return numbers;
    };
    CHECK(search(u"O'Brien"_s) == QStringList{u"WB-7/2025"_s});
    CHECK(search(u"%' OR '1'='1"_s).isEmpty());
    CHECK(search(u"' OR 1=1 --"_s).isEmpty());
    CHECK(search(u"%"_s).isEmpty());
    CHECK(search(u"_"_s).isEmpty());
    CHECK(search(u"WB-00"_s).size() == 6);

    const CliResult visit = f.fixture.run({u"register"_s, u"--inmate"_s, u"WB-7/2025"_s, u"--adult"_s,
                                           adult(Lead, u"Robert O'Brien"_s), u"--now"_s, Now});
    INFO(visit.describe());
    REQUIRE(visit.exitCode == 0);
    CHECK(visit.json.value(u"inmate"_s).toObject().value(u"name"_s).toString() == u"Robert O'Brien"_s);
    CHECK(visit.json.value(u"visitors"_s).toArray().at(0).toObject().value(u"name"_s).toString() ==
          u"Robert O'Brien"_s);

    const QStringList tablesBefore = f.fixture.database().tables();
    REQUIRE(tablesBefore.contains(u"visits"_s));
    f.expectRefused(u"DROP TABLE in a name"_s,
                    {u"inmate"_s, u"add"_s, u"--number"_s, u"WB-8"_s, u"--name"_s, u"x'); DROP TABLE visits;--"_s}, 1);
    f.expectRefused(u"quote in an inmate number"_s,
                    {u"inmate"_s, u"add"_s, u"--number"_s, u"WB'8"_s, u"--name"_s, u"Robert O'Brien"_s}, 1);
    f.expectRefused(
        u"quote in the inmate to visit"_s,
        {u"register"_s, u"--inmate"_s, u"WB-001' OR '1'='1"_s, u"--adult"_s, adult(Second, u"Siti"_s), u"--now"_s, Now},
        1);
    f.expectRefusedRegistration(u"DROP TABLE in a visitor's name"_s,
                                {u"--adult"_s, adult(Second, u"Siti'); DROP TABLE visitors;--"_s)}, 1);
    CHECK(f.fixture.database().tables() == tablesBefore);
    CHECK(f.fixture.queryRows(u"SELECT COUNT(*) FROM visits"_s) == QStringList{u"2"_s});
}

// One rule: a value that is not of its option's kind (a date, a time, a whole number, one of the listed words) is a
// usage error, exit 2, whichever option and command it is, in the message's language, and nothing changes.
TEST_CASE("a bad value of any option is a usage error and changes nothing", "[cli][bad-input][backend-neutral]") {
    BadInputFixture f;
    const QString lead = adult(Lead, u"Budi Santoso"_s);
    const QList<QStringList> cases{
        {u"tally"_s, u"--now"_s, u"yesterday"_s},
        {u"tally"_s, u"--now"_s, u"2025-13-45T09:00"_s},
        {u"register"_s, u"--inmate"_s, u"WB-002"_s, u"--adult"_s, lead, u"--now"_s, u"09:30"_s},
        {u"tally"_s, u"--date"_s, u"27-12-2025"_s},
        {u"tally"_s, u"--format"_s, u"xml"_s},
        {u"export"_s, u"--from"_s, u"2025-02-30"_s, u"--output"_s, f.fixture.filePath(u"x.csv"_s)},
        {u"export"_s, u"--to"_s, u"soon"_s, u"--output"_s, f.fixture.filePath(u"x.csv"_s)},
        {u"audit"_s, u"list"_s, u"--from"_s, u"last week"_s},
        {u"audit"_s, u"list"_s, u"--limit"_s, u"many"_s},
        {u"call"_s, u"list"_s, u"--limit"_s, u"0"_s},
        {u"ban"_s, u"add"_s, u"--nik"_s, Second, u"--reason"_s, u"x"_s, u"--until"_s, u"never"_s},
        {u"register"_s, u"--inmate"_s, u"WB-002"_s, u"--adult"_s, lead, u"--children"_s, u"-1"_s, u"--now"_s, Now},
        {u"register"_s, u"--inmate"_s, u"WB-002"_s, u"--adult"_s, lead, u"--children"_s, u"two"_s, u"--now"_s, Now},
        {u"print"_s, f.payload, u"--printer"_s, u"pdf:/tmp/x.pdf"_s, u"--paper"_s, u"a4"_s},
        {u"retention"_s, u"run"_s, u"--days"_s, u"-5"_s},
        {u"tally"_s, u"--date"_s},
    };
    for (const QStringList &arguments : cases) {
        f.expectRefused(arguments.join(u' '), arguments, 2);
        const CliResult indonesian = f.fixture.run(arguments, {{u"LANG"_s, u"id_ID.UTF-8"_s}});
        INFO(indonesian.describe());
        CHECK(indonesian.exitCode == 2);
        CHECK(indonesian.err.endsWith(u"(lihat besuk-cli --help)\n"_s));
    }
}
