// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <QFileInfo>

#include <catch2/catch.hpp>

#include <filesystem>

using namespace Qt::StringLiterals;
using namespace besuk::e2e;

namespace {

const QString Old = makeNik(u"647105"_s, QDate(1985, 4, 9), false, 21);
const QString Recent = makeNik(u"647105"_s, QDate(1991, 7, 14), true, 22);

void registerAt(const CliFixture &fixture, const QString &inmate, const QString &nik, const QString &name,
                const QString &now) {
    const CliResult ticket =
        fixture.run({u"register"_s, u"--inmate"_s, inmate, u"--adult"_s, adult(nik, name), u"--now"_s, now});
    INFO(ticket.describe());
    REQUIRE(ticket.exitCode == 0);
}

} // namespace

TEST_CASE("besuk-cli backup, then restore into another file: the tally is the same", "[cli][sqlite-only]") {
    CliFixture fixture;
    fixture.init();
    fixture.importInmates(u"WB"_s, 3);
    registerAt(fixture, u"WB-001"_s, Old, u"Bambang Sutrisno"_s, u"2025-12-27T09:00"_s);
    registerAt(fixture, u"WB-002"_s, Recent, u"Dewi Lestari"_s, u"2025-12-27T09:05"_s);

    const CliResult backup = fixture.run({u"backup"_s, u"--keep"_s, u"2"_s, u"--now"_s, u"2025-12-27T10:00"_s});
    INFO(backup.describe());
    REQUIRE(backup.exitCode == 0);
    const QString file = backup.json.value(u"backup"_s).toString();
    CHECK(file == QFileInfo(fixture.location()).absolutePath() + u"/backups/besuk-20251227-100000.db"_s);
    CHECK(QFileInfo::exists(file));
    CHECK(backup.json.value(u"integrity"_s).toString() == u"ok"_s);
    CHECK(backup.json.value(u"kept"_s).toInt() == 1);

    const CliResult again = fixture.run({u"backup"_s, u"--if-needed"_s, u"--now"_s, u"2025-12-27T11:00"_s});
    INFO(again.describe());
    CHECK(again.exitCode == 0);
    CHECK(again.json.value(u"skipped"_s).toBool());

    const QString target = fixture.filePath(u"restored.db"_s);
    const QStringList onTarget{u"--db"_s, target, u"--key"_s, fixture.keyPath()};
    const CliResult restore = runCli(onTarget + QStringList{u"restore"_s, file});
    INFO(restore.describe());
    REQUIRE(restore.exitCode == 0);
    CHECK(restore.json.value(u"facility"_s).toString() == u"Rutan Kelas IIA Balikpapan"_s);

    const QStringList tally{u"tally"_s, u"--date"_s, u"2025-12-27"_s, u"--now"_s, u"2025-12-27T12:00"_s};
    const CliResult original = fixture.run(tally);
    const CliResult copy = runCli(onTarget + tally);
    REQUIRE(original.exitCode == 0);
    REQUIRE(copy.exitCode == 0);
    CHECK(copy.json == original.json);
    CHECK(copy.json.value(u"registered"_s).toObject().value(u"groups"_s).toInt() == 2);

    SECTION("restoring over an existing database needs --yes") {
        const CliResult refused = runCli(onTarget + QStringList{u"restore"_s, file});
        CHECK(refused.exitCode == 2);
        CHECK(refused.oneErrorLine());
        CHECK(runCli(onTarget + QStringList{u"restore"_s, file, u"--yes"_s}).exitCode == 0);
    }
}

TEST_CASE("besuk-cli retention, person export and erase, purge", "[cli]") {
    CliFixture fixture;
    fixture.init();
    fixture.importInmates(u"WB"_s, 3);
    registerAt(fixture, u"WB-001"_s, Old, u"Bambang Sutrisno"_s, u"2025-12-01T09:00"_s);
    registerAt(fixture, u"WB-002"_s, Recent, u"Dewi Lestari"_s, u"2025-12-27T09:05"_s);
    const QString now = u"2025-12-27T14:00"_s;

    const CliResult shown = fixture.run({u"retention"_s, u"show"_s, u"--now"_s, now});
    CHECK(shown.json.value(u"retention_days"_s).toInt() == 365);
    const CliResult set = fixture.run({u"retention"_s, u"set"_s, u"10"_s, u"--now"_s, now});
    INFO(set.describe());
    CHECK(set.exitCode == 0);
    CHECK(set.json.value(u"retention_days"_s).toInt() == 10);
    CHECK(set.json.value(u"anonymises_before"_s).toString() == u"2025-12-17"_s);
    CHECK(fixture.run({u"retention"_s, u"set"_s, u"ten"_s}).exitCode == 2);
    CHECK(fixture.run({u"retention"_s, u"set"_s, u"0"_s}).exitCode == 1);

    const QString exportFile = fixture.filePath(u"person.json"_s);
    const CliResult exported = fixture.run({u"person"_s, u"export"_s, Old, u"--output"_s, exportFile, u"--now"_s, now});
    INFO(exported.describe());
    REQUIRE(exported.exitCode == 0);
    namespace fs = std::filesystem;
    CHECK((fs::status(exportFile.toStdString()).permissions() & fs::perms::all) ==
          (fs::perms::owner_read | fs::perms::owner_write));
    const CliResult shownPerson = fixture.run({u"person"_s, u"export"_s, Old, u"--now"_s, now});
    CHECK(shownPerson.json.value(u"nik"_s).toString() == Old);
    CHECK(shownPerson.json.value(u"visitor"_s).toObject().value(u"name"_s).toString() == u"Bambang Sutrisno"_s);
    CHECK(shownPerson.json.value(u"visits"_s).toArray().size() == 1);

    const CliResult tallyBefore = fixture.run({u"tally"_s, u"--date"_s, u"2025-12-01"_s, u"--now"_s, now});
    const CliResult run = fixture.run({u"retention"_s, u"run"_s, u"--now"_s, now});
    INFO(run.describe());
    REQUIRE(run.exitCode == 0);
    CHECK(run.json.value(u"before"_s).toString() == u"2025-12-17"_s);
    CHECK(run.json.value(u"visits"_s).toInt() == 1);
    CHECK(run.json.value(u"people_removed"_s).toInt() == 1);
    CHECK(fixture.run({u"tally"_s, u"--date"_s, u"2025-12-01"_s, u"--now"_s, now}).json == tallyBefore.json);
    const CliResult gone = fixture.run({u"person"_s, u"export"_s, Old, u"--now"_s, now});
    CHECK(gone.exitCode == 1);
    CHECK(gone.oneErrorLine());
    CHECK(fixture.queryRows(u"SELECT COUNT(*) FROM visitors WHERE nik = '%1'"_s.arg(Old)) == QStringList{u"0"_s});

    const CliResult unconfirmed = fixture.run({u"person"_s, u"erase"_s, Recent, u"--now"_s, now});
    CHECK(unconfirmed.exitCode == 2);
    const CliResult erased = fixture.run({u"person"_s, u"erase"_s, Recent, u"--yes"_s, u"--now"_s, now});
    INFO(erased.describe());
    CHECK(erased.exitCode == 0);
    CHECK(erased.json.value(u"visits"_s).toInt() == 1);
    CHECK(erased.json.value(u"person_removed"_s).toBool());
    CHECK(fixture.queryRows(u"SELECT COUNT(*) FROM visitors WHERE nik = '%1'"_s.arg(Recent)) == QStringList{u"0"_s});

    const CliResult purge = fixture.run({u"purge"_s, u"--before"_s, u"2025-12-27"_s, u"--now"_s, now});
    INFO(purge.describe());
    CHECK(purge.exitCode == 0);
    CHECK(purge.json.value(u"queue_counters"_s).toInt() == 1);
    CHECK(fixture.run({u"purge"_s, u"--before"_s, u"2025-12-28"_s, u"--now"_s, now}).exitCode == 1);
    CHECK(fixture.run({u"purge"_s}).exitCode == 2);

    if (fixture.database().backend() == besuk::Backend::Postgres) {
        const CliResult backup = fixture.run({u"backup"_s, u"--now"_s, now});
        CHECK(backup.exitCode == 1);
        CHECK(backup.err.contains(u"pg_dump"_s));
    }
}
