// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/Database.h"

#include "TestFacility.h"
#include "db/AuditLog.h"
#include "db/Migrations.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace besuk;

namespace {

QVariant pragma(Facility &facility, const QString &name) {
    QSqlQuery query(facility.database().connection());
    REQUIRE(query.exec(u"PRAGMA "_s + name));
    REQUIRE(query.next());
    return query.value(0);
}

// "version|applied_at", oldest first.
QStringList migrationRows(const TestFacility &f) {
    return f.database.rows(u"SELECT version, applied_at FROM schema_migrations ORDER BY version"_s);
}

} // namespace

TEST_CASE("The database runs with WAL, synchronous FULL and foreign keys", "[database][sqlite-only]") {
    TestFacility f;
    CHECK(pragma(*f, u"journal_mode"_s).toString() == u"wal"_s);
    CHECK(pragma(*f, u"synchronous"_s).toInt() == 2);
    CHECK(pragma(*f, u"foreign_keys"_s).toInt() == 1);
    CHECK(pragma(*f, u"secure_delete"_s).toInt() == 1);

    f.reopen();
    CHECK(pragma(*f, u"journal_mode"_s).toString() == u"wal"_s);
    CHECK(pragma(*f, u"synchronous"_s).toInt() == 2);
    CHECK(pragma(*f, u"foreign_keys"_s).toInt() == 1);
}

TEST_CASE("A new database is at the latest schema version", "[database]") {
    TestFacility f;
    REQUIRE(Migrations::latestVersion() >= 1);
    const auto version = Migrations::currentVersion(f->database());
    REQUIRE(version.ok());
    CHECK(*version == Migrations::latestVersion());
    CHECK(f.rowCount(u"schema_migrations"_s) == Migrations::latestVersion());
}

TEST_CASE("Reopening a database applies no migration twice", "[database]") {
    TestFacility f;
    f.addInmates(2);
    const QStringList before = migrationRows(f);
    REQUIRE(before.size() == Migrations::latestVersion());
    const Snapshot snapshot = f.snapshot();

    f.reopen();
    CHECK(migrationRows(f) == before);
    CHECK(f.snapshot() == snapshot);
    REQUIRE(Migrations::apply(f->database()).ok());
    CHECK(migrationRows(f) == before);
    CHECK(f.rowCount(u"inmates"_s) == 2);
}

TEST_CASE("A snapshot sees every table and every change", "[database]") {
    TestFacility f;
    const Snapshot empty = f.snapshot();
    for (const QString &table :
         {u"audit_log"_s, u"bans"_s, u"inmates"_s, u"inspection_items"_s, u"inspections"_s, u"queue_counters"_s,
          u"schema_migrations"_s, u"settings"_s, u"users"_s, u"visit_members"_s, u"visitors"_s, u"visits"_s})
        CHECK(empty.contains(table));
    CHECK(empty.value(u"inmates"_s).isEmpty());
    CHECK(empty.value(u"settings"_s).size() == 6); // facility (4), rules, audit.head
    f.addInmates(1);
    const Snapshot one = f.snapshot();
    CHECK(one != empty);
    CHECK(one.value(u"inmates"_s).size() == 1);
    CHECK(one.value(u"inmates"_s).first().contains(u"|WB-001|Warga A|"_s));
    CHECK(f.rowCount(u"inmates"_s) == 1);
}

TEST_CASE("The audit log refuses UPDATE and DELETE", "[database]") {
    TestFacility f;
    f.addInmates(1);
    REQUIRE(AuditLog::append(f->database(), 1000, u"tester"_s, u"test.entry"_s, u"subject"_s).ok());
    const int entries = f.rowCount(u"audit_log"_s);
    REQUIRE(entries == 3); // facility.init, inmate.add, test.entry
    const Snapshot before = f.snapshot();

    // A trigger refuses them: RAISE(ABORT) on SQLite, a PL/pgSQL function on PostgreSQL.
    const QString guards = f.database.backend() == Backend::Sqlite
                               ? u"SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'"_s
                               : u"SELECT tgname FROM pg_trigger WHERE tgrelid = 'audit_log'::regclass "
                                 u"AND NOT tgisinternal"_s;
    CHECK_FALSE(f.database.rows(guards).isEmpty());

    QSqlQuery query(f->database().connection());
    for (const QString &sql :
         {u"UPDATE audit_log SET actor = 'someone else'"_s, u"UPDATE audit_log SET detail = '' WHERE id = 1"_s,
          u"DELETE FROM audit_log WHERE id = 2"_s, u"DELETE FROM audit_log"_s}) {
        INFO(sql);
        CHECK_FALSE(query.exec(sql));
        CHECK(query.lastError().text().contains(u"audit_log is append-only"_s));
    }
    CHECK(f.rowCount(u"audit_log"_s) == entries);
    CHECK(f.snapshot() == before);

    // Appending still works.
    REQUIRE(AuditLog::append(f->database(), 2000, u"tester"_s, u"test.more"_s, {}).ok());
    CHECK(f.rowCount(u"audit_log"_s) == entries + 1);
}

TEST_CASE("The audit log chains each entry to the one before", "[database]") {
    TestFacility f;
    REQUIRE(AuditLog::append(f->database(), 1000, u"tester"_s, u"test.entry"_s, u"subject"_s).ok());
    QSqlQuery query(f->database().connection());
    REQUIRE(query.exec(u"SELECT prev_hash, hash FROM audit_log ORDER BY id"_s));
    QStringList previous{u"genesis"_s};
    int rows = 0;
    while (query.next()) {
        CHECK(query.value(0).toString() == previous.last());
        CHECK(query.value(1).toString().size() == 64);
        previous.append(query.value(1).toString());
        ++rows;
    }
    CHECK(rows == 2);
}

// On PostgreSQL the database is made by its administrator (docs/deployment.md); there is no file to create.
TEST_CASE("Opening a missing database with MustExist creates nothing", "[database][sqlite-only]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"nowhere/besuk.sqlite"_s);
    const auto opened = Database::openSqlite(path, Database::OpenMode::MustExist);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == ErrorCode::NotInitialised);
    CHECK_FALSE(opened.error().message.isEmpty());
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(u"nowhere"_s)));

    const QString flat = dir.filePath(u"besuk.sqlite"_s);
    CHECK(Database::openSqlite(flat, Database::OpenMode::MustExist).error().code == ErrorCode::NotInitialised);
    CHECK_FALSE(QFileInfo::exists(flat));
}

TEST_CASE("An empty database opens but holds no facility", "[database]") {
    const test::TestDatabase empty;
    FixedClock clock(QDateTime(TestFacility::reportDay(), QTime(1, 0), Qt::UTC));
    auto database = Database::open(empty.location(), Database::OpenMode::CreateIfMissing);
    REQUIRE(database.ok());
    const auto opened = Facility::open(std::move(database).value(), clock, empty.keyPath());
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == ErrorCode::NotInitialised);
}

TEST_CASE("A database holding a facility cannot be initialised again", "[database]") {
    TestFacility f;
    const Snapshot before = f.snapshot();
    f.facility.reset();
    auto database = Database::open(f.location(), Database::OpenMode::MustExist);
    REQUIRE(database.ok());
    const auto again = Facility::initialise(std::move(database).value(), f.clock, u"Rutan Lain"_s, u"Asia/Jakarta"_s,
                                            f.filePath(u"other.key"_s));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Conflict);
    CHECK_FALSE(QFileInfo::exists(f.filePath(u"other.key"_s)));
    f.reopen();
    CHECK(f.snapshot() == before);
    CHECK(f->profile().name == u"Rutan Uji"_s);
}

TEST_CASE("Renaming the facility is validated, stored, audited and survives reopening", "[database][facility]") {
    TestFacility f;
    const QString zone = f->profile().timeZoneId;
    const quint32 code = f->profile().code;

    REQUIRE(f->rename(u"  Rutan Kelas IIB Balikpapan  "_s, u"admin"_s).ok());
    CHECK(f->profile().name == u"Rutan Kelas IIB Balikpapan"_s);
    auto logged = AuditLog::entries(f->database(), AuditFilter{{}, {}, {}, u"facility.rename"_s, {}, 10, 0});
    REQUIRE(logged.ok());
    REQUIRE(logged->size() == 1);
    CHECK(logged->first().actor == u"admin"_s);
    CHECK(logged->first().subject == u"Rutan Kelas IIB Balikpapan"_s);
    CHECK(logged->first().detail == u"Rutan Uji"_s);

    // Refused like the name given at initialise: nothing changes, nothing is recorded.
    const Snapshot before = f.snapshot();
    for (const QString &bad : {u""_s, u"   "_s, QString(121, u'x')}) {
        const auto refused = f->rename(bad, u"admin"_s);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::InvalidInput);
        CHECK_FALSE(refused.error().message.isEmpty());
    }
    // The same name again is no change.
    REQUIRE(f->rename(u"Rutan Kelas IIB Balikpapan"_s, u"admin"_s).ok());
    CHECK(f.snapshot() == before);
    CHECK(f->profile().name == u"Rutan Kelas IIB Balikpapan"_s);

    f.reopen();
    CHECK(f->profile().name == u"Rutan Kelas IIB Balikpapan"_s);
    CHECK(f->profile().timeZoneId == zone);
    CHECK(f->profile().code == code);
}
