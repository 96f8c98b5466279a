// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>

#include <catch2/catch.hpp>

#include <filesystem>

using namespace Qt::StringLiterals;
using namespace besuk::e2e;

namespace {

const QString Lead = makeNik(u"647105"_s, QDate(1990, 1, 5), false, 3); // 6471050501900003
const QString Wife = makeNik(u"647105"_s, QDate(1992, 3, 12), true, 4); // 6471055203920004
const QString LeadMasked = u"6471********0003"_s;
const QString WifeMasked = u"6471********0004"_s;

QString at(const QString &time) {
    return u"2025-12-27T"_s + time;
}

QStringList csvLines(const QString &csv) {
    QStringList lines = csv.split(u"\r\n"_s);
    REQUIRE(lines.last().isEmpty()); // every row ends in CRLF
    lines.removeLast();
    return lines;
}

} // namespace

TEST_CASE("init prints the facility and writes an owner-only key", "[cli]") {
    CliFixture fixture;
    const CliResult init = fixture.init(u"Asia/Makassar"_s, u"Rutan Kelas IIA Balikpapan"_s);
    CHECK(init.err.isEmpty());
    CHECK(init.json.value(u"facility"_s).toString() == u"Rutan Kelas IIA Balikpapan"_s);
    CHECK(init.json.value(u"timezone"_s).toString() == u"Asia/Makassar"_s);
    CHECK(init.json.value(u"database"_s).toString() == fixture.location());
    CHECK(init.json.value(u"key"_s).toString() == fixture.keyPath());
    CHECK(init.json.value(u"public_key"_s).toString().size() == 64);

    namespace fs = std::filesystem;
    const fs::perms mode = fs::status(fixture.keyPath().toStdString()).permissions() & fs::perms::all;
    CHECK(mode == (fs::perms::owner_read | fs::perms::owner_write));

    SECTION("a second init of the same database is refused and changes nothing") {
        const Snapshot before = fixture.snapshot();
        const CliResult again = fixture.run({u"init"_s});
        INFO(again.describe());
        CHECK(again.exitCode == 1);
        CHECK(again.oneErrorLine());
        CHECK(fixture.snapshot() == before);
    }
    SECTION("an unknown time zone is refused") {
        CliFixture other;
        const CliResult bad = other.run({u"init"_s, u"--timezone"_s, u"Asia/Balikpapan"_s});
        INFO(bad.describe());
        CHECK(bad.exitCode == 1);
        CHECK(bad.oneErrorLine());
        CHECK_FALSE(QFile::exists(other.keyPath()));
    }
}

// CliFixture always passes --key; this is the default beside a SQLite file (on PostgreSQL the default is in the
// user's data folder, which a test must not touch).
TEST_CASE("without --key the key is the database path + .key", "[cli][sqlite-only]") {
    CliFixture fixture;
    const QString key = fixture.location() + u".key"_s;
    const CliResult init = runCli({u"--db"_s, fixture.location(), u"init"_s, u"--now"_s, u"2025-12-01T07:00"_s});
    INFO(init.describe());
    REQUIRE(init.exitCode == 0);
    CHECK(init.json.value(u"key"_s).toString() == key);
    CHECK(QFile::exists(key));
    CHECK_FALSE(QFile::exists(fixture.keyPath()));
    const CliResult rules = runCli({u"--db"_s, fixture.location(), u"rules"_s, u"show"_s});
    INFO(rules.describe());
    CHECK(rules.exitCode == 0);
}

TEST_CASE("help lists every command and unknown commands are usage errors", "[cli][backend-neutral]") {
    const CliResult help = runCli({u"--help"_s});
    REQUIRE(help.exitCode == 0);
    CHECK(help.err.isEmpty());
    const QStringList commands{u"init"_s,          u"rules show"_s,  u"rules set"_s,       u"inmate add"_s,
                               u"inmate import"_s, u"inmate list"_s, u"inmate activate"_s, u"inmate deactivate"_s,
                               u"ban add"_s,       u"ban list"_s,    u"ban lift"_s,        u"register"_s,
                               u"scan"_s,          u"lookup"_s,      u"inspect"_s,         u"admit"_s,
                               u"checkout"_s,      u"tally"_s};
    for (const QString &command : commands) {
        INFO(command);
        CHECK(help.out.contains(u"  besuk-cli "_s + command));
        const CliResult commandHelp = runCli(command.split(u' ') + QStringList{u"--help"_s});
        CHECK(commandHelp.exitCode == 0);
        CHECK(commandHelp.out.startsWith(u"Usage: besuk-cli "_s + command));
    }
    const CliResult registerHelp = runCli({u"register"_s, u"--help"_s});
    for (const QString &option : {u"--inmate"_s, u"--adult"_s, u"--children"_s, u"--service"_s, u"--station"_s})
        CHECK(registerHelp.out.contains(option));

    const CliResult unknown = runCli({u"teleport"_s, u"--db"_s, u"/nonexistent/x.db"_s});
    INFO(unknown.describe());
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.out.isEmpty());
    CHECK(unknown.err.contains(u"unknown command \"teleport\""_s));
    CHECK(unknown.oneErrorLine());

    const CliResult nothing = runCli({});
    CHECK(nothing.exitCode == 2);
}

TEST_CASE("an unknown command is a usage error with or without --help", "[cli][backend-neutral]") {
    for (const QStringList &arguments : {QStringList{u"bogus"_s, u"--help"_s}, QStringList{u"--help"_s, u"bogus"_s},
                                         QStringList{u"bogus"_s}, QStringList{u"inmate"_s, u"--help"_s}}) {
        const CliResult result = runCli(arguments);
        INFO(arguments.join(u' ') << "\n" << result.describe());
        CHECK(result.exitCode == 2);
        CHECK(result.out.isEmpty());
        CHECK(result.oneErrorLine());
    }
    CHECK(runCli({u"bogus"_s}).err.contains(u"unknown command \"bogus\""_s));
    CHECK(runCli({u"inmate"_s}).err.contains(u"add, import, list"_s));
    const CliResult translated = runCli({u"bogus"_s, u"--help"_s}, {{u"LANG"_s, u"id_ID.UTF-8"_s}});
    CHECK(translated.err == u"besuk-cli: perintah \"bogus\" tidak dikenal. (lihat besuk-cli --help)\n"_s);
    CHECK(translated.exitCode == 2);
}

TEST_CASE("--help documents the exit status table", "[cli][backend-neutral]") {
    const CliResult help = runCli({u"--help"_s});
    REQUIRE(help.exitCode == 0);
    const QString table = help.out.mid(help.out.indexOf(u"Exit status:"_s));
    for (const QString &row : {u"\n  0  success"_s, u"\n  1  "_s, u"\n  2  usage error"_s,
                               u"\n  3  refused by a rule"_s, u"\n  4  inmate import --partial"_s})
        CHECK(table.contains(row));
    const CliResult importHelp = runCli({u"inmate"_s, u"import"_s, u"--help"_s});
    CHECK(importHelp.out.contains(u"--partial"_s));
}

TEST_CASE("inmate add and list", "[cli]") {
    CliFixture fixture;
    fixture.init();
    const CliResult added = fixture.run({u"inmate"_s, u"add"_s, u"--number"_s, u"B.I-123/2025"_s, u"--name"_s,
                                         u"Andi Pratama"_s, u"--block"_s, u"Blok C"_s});
    INFO(added.describe());
    REQUIRE(added.exitCode == 0);
    CHECK(added.json == QJsonObject{{u"number"_s, u"B.I-123/2025"_s},
                                    {u"name"_s, u"Andi Pratama"_s},
                                    {u"block"_s, u"Blok C"_s},
                                    {u"active"_s, true}});
    REQUIRE(fixture.run({u"inmate"_s, u"add"_s, u"--number"_s, u"AI 0042"_s, u"--name"_s, u"Bambang"_s}).exitCode == 0);

    const CliResult duplicate =
        fixture.run({u"inmate"_s, u"add"_s, u"--number"_s, u"AI 0042"_s, u"--name"_s, u"Someone Else"_s});
    CHECK(duplicate.exitCode == 1);
    CHECK(duplicate.oneErrorLine());

    const CliResult all = fixture.run({u"inmate"_s, u"list"_s});
    REQUIRE(all.exitCode == 0);
    const QJsonArray inmates = all.json.value(u"inmates"_s).toArray();
    REQUIRE(inmates.size() == 2);
    CHECK(inmates.at(0).toObject().value(u"name"_s).toString() == u"Andi Pratama"_s);
    CHECK(inmates.at(1).toObject().value(u"number"_s).toString() == u"AI 0042"_s);

    const CliResult found = fixture.run({u"inmate"_s, u"list"_s, u"--search"_s, u"bamb"_s});
    REQUIRE(found.json.value(u"inmates"_s).toArray().size() == 1);
    CHECK(found.json.value(u"inmates"_s).toArray().at(0).toObject().value(u"number"_s).toString() == u"AI 0042"_s);

    const CliResult off = fixture.run({u"inmate"_s, u"deactivate"_s, u"AI 0042"_s});
    CHECK(off.exitCode == 0);
    CHECK(off.json.value(u"active"_s).toBool() == false);
}

TEST_CASE("inmate import is all or nothing unless --partial, and reports each rejected row", "[cli]") {
    CliFixture fixture;
    fixture.init();
    const QString path = fixture.writeFile(u"roster.csv"_s, "number,name,block\r\n"
                                                            "WB-001,Ahmad Yani,A\r\n"
                                                            "WB-002,Siti Aminah,B\r\n"
                                                            ",Tanpa Nomor,A\r\n"
                                                            "WB-004,Budi 2,A\r\n"
                                                            "WB-001,Ahmad Lagi,A\r\n"
                                                            "WB-006,Hanya Dua\r\n"
                                                            "WB-007,\"Dewi Lestari, S.Pd.\",C\r\n");
    const QJsonArray rejected{
        QJsonObject{{u"line"_s, 4}, {u"reason"_s, u"Please enter the inmate number."_s}},
        QJsonObject{{u"line"_s, 5}, {u"reason"_s, u"Name cannot contain digits. Please enter the name in letters."_s}},
        QJsonObject{{u"line"_s, 6}, {u"reason"_s, u"The number WB-001 appears earlier in this file."_s}},
        QJsonObject{{u"line"_s, 7}, {u"reason"_s, u"It has 2 fields; the header has 3."_s}},
    };
    const Snapshot before = fixture.snapshot();
    const CliResult refused = fixture.run({u"inmate"_s, u"import"_s, path});
    INFO(refused.describe());
    CHECK(refused.exitCode == 1);
    CHECK(refused.oneErrorLine());
    CHECK(refused.err.contains(u"Rows rejected: 4; nothing was imported."_s));
    CHECK(
        refused.json ==
        QJsonObject{
            {u"imported"_s, false}, {u"added"_s, 0}, {u"updated"_s, 0}, {u"accepted"_s, 0}, {u"rejected"_s, rejected}});
    CHECK(fixture.snapshot() == before);

    const CliResult report = fixture.run({u"inmate"_s, u"import"_s, path, u"--partial"_s});
    INFO(report.describe());
    CHECK(report.exitCode == 4);
    CHECK(report.oneErrorLine());
    CHECK(
        report.json ==
        QJsonObject{
            {u"imported"_s, true}, {u"added"_s, 3}, {u"updated"_s, 0}, {u"accepted"_s, 3}, {u"rejected"_s, rejected}});
    CHECK(fixture.queryRows(u"SELECT number, name, block FROM inmates ORDER BY number"_s) ==
          QStringList{u"WB-001|Ahmad Yani|A"_s, u"WB-002|Siti Aminah|B"_s, u"WB-007|Dewi Lestari, S.Pd.|C"_s});

    const QString update = fixture.writeFile(u"update.csv"_s, "name,number\nAhmad Yani Putra,WB-001\n");
    const CliResult second = fixture.run({u"inmate"_s, u"import"_s, update});
    CHECK(second.exitCode == 0);
    CHECK(second.err.isEmpty());
    CHECK(second.json == QJsonObject{{u"imported"_s, true},
                                     {u"added"_s, 0},
                                     {u"updated"_s, 1},
                                     {u"accepted"_s, 1},
                                     {u"rejected"_s, QJsonArray()}});
    CHECK(fixture.queryRows(u"SELECT name, block FROM inmates WHERE number = 'WB-001'"_s) ==
          QStringList{u"Ahmad Yani Putra|"_s});
}

// A 2 MB row and bytes that are not UTF-8 follow the same rule: each is one rejected row, never the whole file.
TEST_CASE("inmate import rejects a 2 MB row and a row of invalid UTF-8 alike, by line", "[cli]") {
    CliFixture fixture;
    fixture.init();
    const QByteArray csv = "number,name,block\n"
                           "WB-001,Ahmad Yani,A\n"
                           "WB-002," +
                           QByteArray(2 * 1024 * 1024, 'a') +
                           ",B\n"
                           "WB-003,D\xE9sir\xE9 Latin-1,C\n"
                           "WB-004,Siti Aminah,D\n";
    const QString path = fixture.writeFile(u"roster.csv"_s, csv);
    const Snapshot before = fixture.snapshot();
    const CliResult refused = fixture.run({u"inmate"_s, u"import"_s, path});
    INFO(refused.describe().left(2000));
    CHECK(refused.exitCode == 1);
    CHECK(refused.oneErrorLine());
    CHECK(refused.json.value(u"imported"_s) == false);
    const QJsonArray rows = refused.json.value(u"rejected"_s).toArray();
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0).toObject().value(u"line"_s).toInt() == 3);
    CHECK(rows.at(1).toObject().value(u"line"_s).toInt() == 4);
    CHECK(rows.at(1).toObject().value(u"reason"_s).toString().contains(u"UTF-8"_s));
    CHECK(refused.out.size() < 4000); // the 2 MB name is not echoed back
    CHECK(fixture.snapshot() == before);

    const CliResult partial = fixture.run({u"inmate"_s, u"import"_s, path, u"--partial"_s});
    INFO(partial.describe().left(2000));
    CHECK(partial.exitCode == 4);
    CHECK(partial.json.value(u"added"_s).toInt() == 2);
    CHECK(partial.json.value(u"rejected"_s).toArray() == rows);
    CHECK(fixture.queryRows(u"SELECT number FROM inmates ORDER BY number"_s) == QStringList{u"WB-001"_s, u"WB-004"_s});
}

TEST_CASE("a visit from registration through inspection and admission to checkout", "[cli]") {
    CliFixture fixture;
    fixture.init();
    fixture.importInmates(u"WB"_s, 2);
    QString everything; // every stdout and stderr of this visit

    const auto run = [&](const QStringList &arguments) {
        const CliResult result = fixture.run(arguments);
        everything += result.out + result.err;
        return result;
    };

    const CliResult ticket =
        run({u"register"_s, u"--inmate"_s, u"WB-001"_s, u"--adult"_s, adult(Lead, u"Budi Santoso"_s), u"--adult"_s,
             adult(Wife, u"Siti Rahayu"_s), u"--children"_s, u"1"_s, u"--now"_s, at(u"09:00"_s)});
    INFO(ticket.describe());
    REQUIRE(ticket.exitCode == 0);
    CHECK(ticket.err.isEmpty());
    const QJsonObject &t = ticket.json;
    CHECK(t.value(u"queue_number"_s).toString() == u"A-001"_s);
    CHECK(t.value(u"date"_s).toString() == u"2025-12-27"_s);
    CHECK(t.value(u"service"_s).toString() == u"visit"_s);
    CHECK(t.value(u"status"_s).toString() == u"registered"_s);
    CHECK(t.value(u"registered_at"_s).toString() == u"2025-12-27T09:00:00+08:00"_s);
    CHECK(t.value(u"men"_s).toInt() == 1);
    CHECK(t.value(u"women"_s).toInt() == 1);
    CHECK(t.value(u"children"_s).toInt() == 1);
    CHECK(t.value(u"total"_s).toInt() == 3);
    CHECK(t.value(u"inmate"_s).toObject().value(u"number"_s).toString() == u"WB-001"_s);
    CHECK(t.value(u"visitors"_s).toArray() ==
          QJsonArray{QJsonObject{{u"name"_s, u"Budi Santoso"_s}, {u"nik"_s, LeadMasked}, {u"category"_s, u"man"_s}},
                     QJsonObject{{u"name"_s, u"Siti Rahayu"_s}, {u"nik"_s, WifeMasked}, {u"category"_s, u"woman"_s}}});
    const QString payload = t.value(u"payload"_s).toString();
    CHECK(payload.size() == 125);

    const CliResult scanned = run({u"scan"_s, payload, u"--now"_s, at(u"09:05"_s)});
    INFO(scanned.describe());
    CHECK(scanned.exitCode == 0);
    CHECK(scanned.json.value(u"verdict"_s).toString() == u"valid"_s);
    CHECK(scanned.json.value(u"ticket"_s).toObject().value(u"queue_number"_s).toString() == u"A-001"_s);

    const CliResult early = run({u"admit"_s, payload, u"--officer"_s, u"Gate-1"_s, u"--now"_s, at(u"09:06"_s)});
    INFO(early.describe());
    CHECK(early.exitCode == 3);
    CHECK(early.json.value(u"verdict"_s).toString() == u"not_inspected"_s);

    const CliResult inspected =
        run({u"inspect"_s, payload, u"--officer"_s, u"Sgt. Wayan"_s, u"--outcome"_s, u"cleared"_s, u"--item"_s,
             u"Nasi kotak|allowed"_s, u"--item"_s, u"Phone|deposited|L-12"_s, u"--item"_s, u"Lighter|confiscated"_s,
             u"--notes"_s, u"Bag searched"_s, u"--now"_s, at(u"09:10"_s)});
    INFO(inspected.describe());
    REQUIRE(inspected.exitCode == 0);
    CHECK(inspected.json.value(u"verdict"_s).toString() == u"valid"_s);
    const QJsonArray items{
        QJsonObject{{u"description"_s, u"Nasi kotak"_s}, {u"disposition"_s, u"allowed"_s}, {u"tag"_s, u""_s}},
        QJsonObject{{u"description"_s, u"Phone"_s}, {u"disposition"_s, u"deposited"_s}, {u"tag"_s, u"L-12"_s}},
        QJsonObject{{u"description"_s, u"Lighter"_s}, {u"disposition"_s, u"confiscated"_s}, {u"tag"_s, u""_s}}};
    CHECK(inspected.json.value(u"inspection"_s).toObject() == QJsonObject{{u"phase"_s, u"entry"_s},
                                                                          {u"officer"_s, u"Sgt. Wayan"_s},
                                                                          {u"at"_s, u"2025-12-27T09:10:00+08:00"_s},
                                                                          {u"outcome"_s, u"cleared"_s},
                                                                          {u"reason"_s, u""_s},
                                                                          {u"notes"_s, u"Bag searched"_s},
                                                                          {u"items"_s, items}});

    const CliResult admitted = run({u"admit"_s, payload, u"--officer"_s, u"Gate-1"_s, u"--now"_s, at(u"09:12"_s)});
    INFO(admitted.describe());
    REQUIRE(admitted.exitCode == 0);
    CHECK(admitted.json.value(u"verdict"_s).toString() == u"admitted"_s);
    const QJsonObject inside = admitted.json.value(u"ticket"_s).toObject();
    CHECK(inside.value(u"status"_s).toString() == u"admitted"_s);
    CHECK(inside.value(u"admitted_at"_s).toString() == u"2025-12-27T09:12:00+08:00"_s);
    CHECK(inside.value(u"admitted_by"_s).toString() == u"Gate-1"_s);

    const CliResult again = run({u"admit"_s, payload, u"--officer"_s, u"Gate-2"_s, u"--now"_s, at(u"09:20"_s)});
    INFO(again.describe());
    CHECK(again.exitCode == 3);
    CHECK(again.json.value(u"verdict"_s).toString() == u"already_admitted"_s);
    CHECK(again.json.value(u"message"_s).toString() == u"Already admitted at 09:12 by Gate-1."_s);

    const CliResult out = run({u"checkout"_s, payload, u"--officer"_s, u"Gate-3"_s, u"--now"_s, at(u"09:57"_s)});
    INFO(out.describe());
    REQUIRE(out.exitCode == 0);
    CHECK(out.json.value(u"verdict"_s).toString() == u"checked_out"_s);
    CHECK(out.json.value(u"ticket"_s).toObject().value(u"duration_minutes"_s).toInt() == 45);
    CHECK(out.json.value(u"ticket"_s).toObject().value(u"checked_out_at"_s).toString() ==
          u"2025-12-27T09:57:00+08:00"_s);

    const CliResult tally = run({u"tally"_s, u"--date"_s, u"2025-12-27"_s, u"--now"_s, at(u"16:00"_s)});
    INFO(tally.describe());
    REQUIRE(tally.exitCode == 0);
    const QJsonObject one{{u"groups"_s, 1}, {u"men"_s, 1}, {u"women"_s, 1}, {u"children"_s, 1}, {u"total"_s, 3}};
    const QJsonObject none{{u"groups"_s, 0}, {u"men"_s, 0}, {u"women"_s, 0}, {u"children"_s, 0}, {u"total"_s, 0}};
    CHECK(tally.json.value(u"date"_s).toString() == u"2025-12-27"_s);
    CHECK(tally.json.value(u"facility"_s).toString() == u"Rutan Kelas IIA Balikpapan"_s);
    CHECK(tally.json.value(u"registered"_s).toObject() == one);
    CHECK(tally.json.value(u"admitted"_s).toObject() == one);
    CHECK(tally.json.value(u"checked_out"_s).toObject() == one);
    CHECK(tally.json.value(u"inside"_s).toObject() == none);
    CHECK(tally.json.value(u"refused"_s).toObject() == none);
    CHECK(tally.json.value(u"by_hour"_s).toArray() ==
          QJsonArray{QJsonObject{
              {u"hour"_s, u"09:00"_s}, {u"registered"_s, one}, {u"admitted"_s, one}, {u"refused"_s, none}}});

    const CliResult csv = run({u"tally"_s, u"--date"_s, u"2025-12-27"_s, u"--format"_s, u"csv"_s});
    INFO(csv.describe());
    REQUIRE(csv.exitCode == 0);
    const QStringList lines = csvLines(csv.out);
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(0).split(u',').size() == 17);
    CHECK(lines.at(0).startsWith(u"date,hour,registered_groups,registered_men,registered_women,"_s));
    CHECK(lines.at(1) == u"2025-12-27,09:00,1,1,1,1,3,1,1,1,1,3,0,0,0,0,0"_s);
    CHECK(lines.at(2) == u"2025-12-27,total,1,1,1,1,3,1,1,1,1,3,0,0,0,0,0"_s);

    const QString file = fixture.filePath(u"tally.csv"_s);
    const CliResult written = run({u"tally"_s, u"--date"_s, u"2025-12-27"_s, u"--format"_s, u"csv"_s, u"--output"_s,
                                   file, u"--now"_s, at(u"16:05"_s)});
    INFO(written.describe());
    REQUIRE(written.exitCode == 0);
    CHECK(written.json.value(u"written"_s).toString() == file);
    QFile exported(file);
    REQUIRE(exported.open(QIODevice::ReadOnly));
    const QByteArray bytes = exported.readAll();
    CHECK(QString::fromUtf8(bytes) == csv.out);
    CHECK(written.json.value(u"bytes"_s).toInt() == bytes.size());
    CHECK(fixture.queryRows(u"SELECT COUNT(*) FROM audit_log WHERE action = 'tally.export'"_s) == QStringList{u"1"_s});

    // The full NIK never leaves the database.
    CHECK_FALSE(everything.contains(Lead));
    CHECK_FALSE(everything.contains(Wife));
    CHECK(everything.contains(LeadMasked));
}

TEST_CASE("a banned visitor is told to see an officer and never why", "[cli]") {
    CliFixture fixture;
    fixture.init();
    fixture.importInmates(u"WB"_s, 1);
    const QString banned = makeNik(u"317201"_s, QDate(1985, 7, 9), false, 21);
    const CliResult ban = fixture.run({u"ban"_s, u"add"_s, u"--nik"_s, banned, u"--reason"_s,
                                       u"Smuggling attempt 2025-11"_s, u"--now"_s, at(u"07:30"_s)});
    INFO(ban.describe());
    REQUIRE(ban.exitCode == 0);
    CHECK(ban.json.value(u"nik"_s).toString() == u"3172********0021"_s);
    CHECK_FALSE(ban.out.contains(banned));

    const Snapshot before = fixture.snapshot();
    const CliResult refused =
        fixture.run({u"register"_s, u"--inmate"_s, u"WB-001"_s, u"--adult"_s, adult(Lead, u"Budi Santoso"_s),
                     u"--adult"_s, adult(banned, u"Joko Susilo"_s), u"--now"_s, at(u"10:00"_s)});
    INFO(refused.describe());
    CHECK(refused.exitCode == 3);
    CHECK(refused.out.isEmpty());
    CHECK(refused.oneErrorLine());
    CHECK(refused.err.contains(u"officer"_s));
    CHECK_FALSE(refused.err.contains(u"ban"_s, Qt::CaseInsensitive));
    CHECK_FALSE(refused.err.contains(u"Smuggling"_s, Qt::CaseInsensitive));
    CHECK_FALSE(refused.err.contains(banned));
    CHECK(fixture.snapshot() == before);
}

TEST_CASE("rules set changes the group limit", "[cli]") {
    CliFixture fixture;
    fixture.init();
    fixture.importInmates(u"WB"_s, 2);

    // max_adults (default 3) may not exceed the group size, so 2 alone is refused and nothing changes.
    const Snapshot before = fixture.snapshot();
    const QString alone = fixture.writeFile(u"alone.json"_s, R"({"max_group_size": 2})");
    const CliResult refused = fixture.run({u"rules"_s, u"set"_s, alone});
    CHECK(refused.exitCode == 1);
    CHECK(refused.oneErrorLine());
    CHECK(fixture.snapshot() == before);

    const QString rules = fixture.writeFile(u"rules.json"_s, R"({"max_group_size": 2, "max_adults": 2})");
    const CliResult set = fixture.run({u"rules"_s, u"set"_s, rules});
    INFO(set.describe());
    REQUIRE(set.exitCode == 0);
    CHECK(set.json.value(u"max_group_size"_s).toInt() == 2);
    CHECK(set.json.value(u"max_adults"_s).toInt() == 2);
    CHECK(set.json.value(u"visits_per_inmate_per_week"_s).toInt() == 1); // untouched keys keep their values
    CHECK(fixture.run({u"rules"_s, u"show"_s}).json == set.json);

    const Snapshot afterRules = fixture.snapshot();
    const CliResult three =
        fixture.run({u"register"_s, u"--inmate"_s, u"WB-001"_s, u"--adult"_s, adult(Lead, u"Budi Santoso"_s),
                     u"--adult"_s, adult(Wife, u"Siti Rahayu"_s), u"--children"_s, u"1"_s, u"--now"_s, at(u"10:00"_s)});
    INFO(three.describe());
    CHECK(three.exitCode == 3);
    CHECK(three.oneErrorLine());
    CHECK(three.err.contains(u"at most 2 people"_s));
    CHECK(fixture.snapshot() == afterRules);

    const CliResult two =
        fixture.run({u"register"_s, u"--inmate"_s, u"WB-002"_s, u"--adult"_s, adult(Lead, u"Budi Santoso"_s),
                     u"--children"_s, u"1"_s, u"--now"_s, at(u"10:01"_s)});
    INFO(two.describe());
    CHECK(two.exitCode == 0);
    CHECK(two.json.value(u"queue_number"_s).toString() == u"A-001"_s);
}

TEST_CASE("a deposit gets its own queue B", "[cli]") {
    CliFixture fixture;
    fixture.init();
    fixture.importInmates(u"WB"_s, 1);
    const CliResult visit = fixture.run({u"register"_s, u"--inmate"_s, u"WB-001"_s, u"--adult"_s,
                                         adult(Lead, u"Budi Santoso"_s), u"--now"_s, at(u"08:30"_s)});
    REQUIRE(visit.exitCode == 0);
    CHECK(visit.json.value(u"queue_number"_s).toString() == u"A-001"_s);

    // The same inmate already had this week's visit; a drop-off is not a visit.
    const CliResult deposit = fixture.run({u"register"_s, u"--inmate"_s, u"WB-001"_s, u"--service"_s, u"deposit"_s,
                                           u"--adult"_s, adult(Wife, u"Siti Rahayu"_s), u"--now"_s, at(u"08:40"_s)});
    INFO(deposit.describe());
    REQUIRE(deposit.exitCode == 0);
    CHECK(deposit.json.value(u"queue_number"_s).toString() == u"B-001"_s);
    CHECK(deposit.json.value(u"service"_s).toString() == u"deposit"_s);

    const CliResult lookup = fixture.run({u"lookup"_s, u"B-001"_s, u"--now"_s, at(u"08:45"_s)});
    INFO(lookup.describe());
    CHECK(lookup.exitCode == 0);
    CHECK(lookup.json.value(u"ticket"_s).toObject().value(u"service"_s).toString() == u"deposit"_s);

    const CliResult secondVisit = fixture.run({u"register"_s, u"--inmate"_s, u"WB-001"_s, u"--adult"_s,
                                               adult(Wife, u"Siti Rahayu"_s), u"--now"_s, at(u"08:50"_s)});
    CHECK(secondVisit.exitCode == 3); // one face-to-face visit per inmate per week
}

TEST_CASE("gate verdicts for the wrong day, a refused inspection and an early checkout", "[cli]") {
    CliFixture fixture;
    fixture.init();
    fixture.importInmates(u"WB"_s, 2);
    const auto registerFor = [&](const QString &inmate, const QString &nik) {
        const CliResult ticket = fixture.run({u"register"_s, u"--inmate"_s, inmate, u"--adult"_s,
                                              adult(nik, u"Budi Santoso"_s), u"--now"_s, at(u"11:00"_s)});
        INFO(ticket.describe());
        REQUIRE(ticket.exitCode == 0);
        return ticket.json.value(u"payload"_s).toString();
    };
    const QString first = registerFor(u"WB-001"_s, Lead);
    const QString second = registerFor(u"WB-002"_s, Wife);

    const CliResult tomorrow = fixture.run({u"scan"_s, first, u"--now"_s, u"2025-12-28T09:00"_s});
    CHECK(tomorrow.exitCode == 3);
    CHECK(tomorrow.json.value(u"verdict"_s).toString() == u"wrong_day"_s);

    const CliResult early =
        fixture.run({u"checkout"_s, first, u"--officer"_s, u"Gate-1"_s, u"--now"_s, at(u"11:05"_s)});
    CHECK(early.exitCode == 3);
    CHECK(early.json.value(u"verdict"_s).toString() == u"not_admitted"_s);

    const CliResult noReason = fixture.run(
        {u"inspect"_s, second, u"--officer"_s, u"Gate-1"_s, u"--outcome"_s, u"refused"_s, u"--now"_s, at(u"11:06"_s)});
    CHECK(noReason.exitCode == 1);
    CHECK(noReason.oneErrorLine());
    const CliResult refused =
        fixture.run({u"inspect"_s, second, u"--officer"_s, u"Gate-1"_s, u"--outcome"_s, u"refused"_s, u"--reason"_s,
                     u"Carried a phone and would not deposit it"_s, u"--now"_s, at(u"11:07"_s)});
    INFO(refused.describe());
    CHECK(refused.exitCode == 3);
    CHECK(refused.json.value(u"verdict"_s).toString() == u"refused"_s);
    const CliResult admitRefused =
        fixture.run({u"admit"_s, second, u"--officer"_s, u"Gate-1"_s, u"--now"_s, at(u"11:08"_s)});
    CHECK(admitRefused.exitCode == 3);
    CHECK(admitRefused.json.value(u"verdict"_s).toString() == u"refused"_s);
    CHECK(admitRefused.json.value(u"message"_s).toString() ==
          u"Entry was refused at 11:07: Carried a phone and would not deposit it"_s);

    const CliResult tally = fixture.run({u"tally"_s, u"--date"_s, u"2025-12-27"_s});
    CHECK(tally.json.value(u"registered"_s).toObject().value(u"groups"_s).toInt() == 2);
    CHECK(tally.json.value(u"refused"_s).toObject() ==
          QJsonObject{{u"groups"_s, 1}, {u"men"_s, 0}, {u"women"_s, 1}, {u"children"_s, 0}, {u"total"_s, 1}});
    CHECK(tally.json.value(u"admitted"_s).toObject().value(u"groups"_s).toInt() == 0);
}
