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

#include <stdexcept>

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

namespace {

// What schema 8 added, taken away: the database as the release before it left it.
const QStringList WithoutSchema8{u"DROP INDEX bookings_visit_idx"_s};

// What schemas 7 and 8 added, taken away: the database as a release before them left it (its offline_alerts' wider
// CHECK is made again by the upgrade and may stay).
const QStringList WithoutSchema7 = WithoutSchema8 + QStringList{u"DROP TABLE offline_numbers"_s,
                                                                u"ALTER TABLE queue_counters DROP COLUMN block_last"_s};

// How the database finds a day's visits' bookings (TallyService joins them so): SQLite's plan, PostgreSQL's indexes.
QStringList bookingLookup(TestFacility &f) {
    if (f.database.backend() == Backend::Sqlite)
        return f.database.rows(u"EXPLAIN QUERY PLAN SELECT v.id, b.id FROM visits v LEFT JOIN bookings b "
                               u"ON b.visit_id = v.id WHERE v.facility_date = '2025-12-27'"_s);
    return f.database.rows(u"SELECT indexdef FROM pg_indexes WHERE tablename = 'bookings'"_s);
}

} // namespace

TEST_CASE("A database written before the seats index opens upgraded, its data untouched", "[database]") {
    TestFacility f;
    f.addInmates(2);
    // As the release before it left the database: schema version 4, the bookings' date and slot index only.
    f.database.execute(WithoutSchema7);
    f.database.execute({u"CREATE INDEX bookings_date_slot_idx ON bookings (facility_date, slot_start)"_s,
                        u"DROP INDEX bookings_seats_idx"_s, u"DROP TABLE station_status"_s,
                        u"DELETE FROM schema_migrations WHERE version >= 5"_s});
    // Bookings it held, so that the new index is built over rows.
    for (const QString &code : {u"AAAA2222"_s, u"BBBB3333"_s})
        f.database.execute({u"INSERT INTO bookings (code, facility_date, slot_start, slot_end, service, status, "
                            u"inmate_id, men, women, children, booked_at) VALUES ('%1', '2025-12-27', '09:00', "
                            u"'10:00', 'visit', 'booked', (SELECT MIN(id) FROM inmates), 1, 1, 2, 1000)"_s.arg(code)});
    Snapshot before = f.snapshot();
    before.remove(u"schema_migrations"_s);
    REQUIRE(before.value(u"bookings"_s).size() == 2);

    f.reopen();
    CHECK(migrationRows(f).size() == Migrations::latestVersion());
    Snapshot after = f.snapshot();
    after.remove(u"schema_migrations"_s);
    CHECK(after.value(u"station_status"_s).isEmpty()); // schema 6's table, new and empty
    after.remove(u"station_status"_s);
    CHECK(after.value(u"offline_numbers"_s).isEmpty()); // schema 7's
    after.remove(u"offline_numbers"_s);
    CHECK(after == before);
    const QString indexes = f.database.backend() == Backend::Sqlite
                                ? u"SELECT name FROM sqlite_master WHERE type = 'index' AND name IN (%1)"_s
                                : u"SELECT indexname FROM pg_indexes WHERE indexname IN (%1)"_s;
    CHECK(f.database.rows(indexes.arg(u"'bookings_date_slot_idx', 'bookings_seats_idx'"_s)) ==
          QStringList{u"bookings_seats_idx"_s});
}

TEST_CASE("A database written before offline inspections opens upgraded, its station journal kept", "[database]") {
    TestFacility f;
    const bool sqlite = f.database.backend() == Backend::Sqlite;
    // As schema version 5 left it: a station journal that knows admits and check-outs only, with an entry in it, and
    // no station status.
    f.database.execute(WithoutSchema7);
    if (sqlite)
        f.database.execute({u"DROP TABLE station_journal"_s,
                            u"CREATE TABLE station_journal (journal_id TEXT NOT NULL, sequence BIGINT NOT NULL "
                            u"CHECK (sequence > 0), station TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN "
                            u"('admit', 'checkout')), visit_id BIGINT NOT NULL, facility_date TEXT NOT NULL, officer "
                            u"TEXT NOT NULL, at BIGINT NOT NULL, result TEXT NOT NULL, uploaded_at BIGINT NOT NULL, "
                            u"PRIMARY KEY (journal_id, sequence))"_s,
                            u"CREATE INDEX station_journal_visit_idx ON station_journal (visit_id)"_s,
                            u"CREATE INDEX station_journal_date_idx ON station_journal (facility_date)"_s});
    else
        f.database.execute({u"ALTER TABLE station_journal DROP CONSTRAINT station_journal_kind_check"_s,
                            u"ALTER TABLE station_journal ADD CONSTRAINT station_journal_kind_check CHECK (kind IN "
                            u"('admit', 'checkout'))"_s});
    const QString insert =
        u"INSERT INTO station_journal (journal_id, sequence, station, kind, visit_id, facility_date, "
        u"officer, at, result, uploaded_at) VALUES ('j1', %1, 'gate-1', '%2', 7, '2025-12-27', "
        u"'Joko', 1000, 'admitted', 2000)"_s;
    f.database.execute({insert.arg(1).arg(u"admit"_s), u"DROP TABLE station_status"_s,
                        u"DELETE FROM schema_migrations WHERE version >= 6"_s});
    const QStringList before = f.database.rows(u"SELECT * FROM station_journal"_s);
    REQUIRE(before.size() == 1);

    f.reopen();
    CHECK(migrationRows(f).size() == Migrations::latestVersion());
    CHECK(f.database.rows(u"SELECT * FROM station_journal"_s) == before);
    f.database.execute({insert.arg(2).arg(u"inspect"_s)}); // an inspection done offline can be uploaded
    CHECK(f.rowCount(u"station_journal"_s) == 2);
    CHECK(f.rowCount(u"station_status"_s) == 0); // made by the upgrade
    const QString indexes = sqlite ? u"SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = "
                                     u"'station_journal' AND name NOT LIKE 'sqlite_%' ORDER BY name"_s
                                   : u"SELECT indexname FROM pg_indexes WHERE tablename = 'station_journal' AND "
                                     u"indexname NOT LIKE '%pkey' ORDER BY indexname"_s;
    CHECK(f.database.rows(indexes) == QStringList{u"station_journal_date_idx"_s, u"station_journal_visit_idx"_s});
}

TEST_CASE("A database written before kiosks reserved numbers opens upgraded, its counters and alerts kept",
          "[database]") {
    TestFacility f;
    f.database.execute(WithoutSchema7);
    f.database.execute({u"INSERT INTO queue_counters (facility_date, service, last_number) VALUES "
                        u"('2025-12-27', 'visit', 41)"_s,
                        u"INSERT INTO offline_alerts (kind, visit_id, facility_date, queue_label, first_station, "
                        u"first_at, first_by, second_station, second_at, second_by, detail, created_at) VALUES "
                        u"('double_admission', 7, '2025-12-27', 'A-007', 'gate-1', 1000, 'Joko', 'gate-2', 2000, "
                        u"'Rina', 'status=admitted', 3000)"_s,
                        u"DELETE FROM schema_migrations WHERE version >= 7"_s});
    const QStringList alerts = f.database.rows(u"SELECT * FROM offline_alerts"_s);
    REQUIRE(alerts.size() == 1);

    f.reopen();
    CHECK(migrationRows(f).size() == Migrations::latestVersion());
    CHECK(f.database.rows(u"SELECT * FROM offline_alerts"_s) == alerts);
    CHECK(f.database.rows(u"SELECT facility_date, service, last_number, block_last FROM queue_counters"_s) ==
          QStringList{u"2025-12-27|visit|41|0"_s});
    CHECK(f.rowCount(u"offline_numbers"_s) == 0);
    f.database.execute({u"INSERT INTO offline_alerts (kind, visit_id, facility_date, queue_label, first_station, "
                        u"first_at, first_by, second_station, second_at, second_by, detail, created_at) VALUES "
                        u"('rule', 8, '2025-12-27', 'A-901', '', NULL, '', 'kiosk-1', 2000, 'kiosk-1', 'limit', "
                        u"3000)"_s});
    CHECK(f.rowCount(u"offline_alerts"_s) == 2);
}

TEST_CASE("A database written before the bookings' visit index opens upgraded: a day's bookings are found by index",
          "[database]") {
    TestFacility f;
    f.addInmates(1);
    f.database.execute(WithoutSchema8);
    f.database.execute({u"DELETE FROM schema_migrations WHERE version >= 8"_s});
    const Snapshot before = f.snapshot();
    // Without it, SQLite indexed every booking anew for each tally (or read them all); PostgreSQL read them all.
    REQUIRE_FALSE(bookingLookup(f).join(u'\n').contains(u"bookings_visit_idx"_s));

    f.reopen();
    CHECK(migrationRows(f).size() == Migrations::latestVersion());
    Snapshot after = f.snapshot();
    after.remove(u"schema_migrations"_s);
    Snapshot expected = before;
    expected.remove(u"schema_migrations"_s);
    CHECK(after == expected);
    const QString lookup = bookingLookup(f).join(u'\n');
    INFO(lookup.toStdString());
    if (f.database.backend() == Backend::Sqlite) {
        CHECK(lookup.contains(u"SEARCH b USING COVERING INDEX bookings_visit_idx (visit_id=?)"_s));
    } else {
        CHECK(lookup.contains(u"bookings_visit_idx ON public.bookings USING btree (visit_id)"_s));
    }
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

namespace {

// A change as a nested write would make it: a row in `changes` (what ChangeFeed reads) and an audit entry.
Result<void> noteChange(Database &db, qint64 atMs, const QString &subject) {
    if (auto noted = db.recordChange(atMs, u"test.change"_s, subject); !noted)
        return noted;
    return AuditLog::append(db, atMs, u"tester"_s, u"test.change"_s, subject);
}

QStringList changedSubjects(const TestFacility &f) {
    return f.database.rows(u"SELECT subject FROM changes WHERE kind = 'test.change' ORDER BY id"_s);
}

QStringList auditedSubjects(const TestFacility &f) {
    return f.database.rows(u"SELECT subject FROM audit_log WHERE action = 'test.change' ORDER BY id"_s);
}

void checkAuditChainIntact(Facility &facility) {
    const auto check = AuditLog::verify(facility.database());
    REQUIRE(check.ok());
    CHECK(check->intact);
    CHECK(check->problem.isEmpty());
}

} // namespace

TEST_CASE("Writes nested in a write commit with it, and a refused one rolls back alone", "[database][nested]") {
    TestFacility f;
    Database &db = f->database();
    CHECK_FALSE(db.writing());
    const auto outer = db.write([&]() -> Result<void> {
        CHECK(db.writing());
        REQUIRE(db.write([&] { return noteChange(db, 1000, u"first"_s); }).ok());
        const auto refused = db.write([&]() -> Result<void> {
            if (auto noted = noteChange(db, 1001, u"refused"_s); !noted)
                return noted;
            return makeError(ErrorCode::Conflict, u"the slot is full"_s);
        });
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::Conflict);
        // Already gone inside the transaction, which goes on: a read there sees the first change only.
        const auto seen = db.read([&]() -> Result<QVariant> {
            return SqlQuery(db, u"SELECT count(*) FROM changes WHERE kind = 'test.change'"_s).scalar();
        });
        REQUIRE(seen.ok());
        CHECK(seen->toInt() == 1);
        CHECK(db.writing()); // the read inside the write did not end it
        // Two levels deep: the inner failure takes only its own level with it.
        return db.write([&]() -> Result<void> {
            if (auto noted = noteChange(db, 1002, u"second"_s); !noted)
                return noted;
            const auto inner = db.write([&]() -> Result<void> {
                (void)noteChange(db, 1003, u"inner refused"_s);
                return makeError(ErrorCode::InvalidInput, u"no"_s);
            });
            CHECK_FALSE(inner.ok());
            return {};
        });
    });
    REQUIRE(outer.ok());
    CHECK_FALSE(db.writing());
    CHECK(changedSubjects(f) == QStringList{u"first"_s, u"second"_s});
    CHECK(auditedSubjects(f) == QStringList{u"first"_s, u"second"_s});
    checkAuditChainIntact(*f);

    // The next write is a transaction of its own again.
    REQUIRE(db.write([&] { return noteChange(db, 1004, u"later"_s); }).ok());
    CHECK(changedSubjects(f).size() == 3);
    checkAuditChainIntact(*f);
}

TEST_CASE("An outer write that fails rolls back every nested write in it", "[database][nested]") {
    TestFacility f;
    Database &db = f->database();
    const Snapshot before = f.snapshot();
    const auto outer = db.write([&]() -> Result<void> {
        REQUIRE(db.write([&] { return noteChange(db, 1000, u"one"_s); }).ok());
        REQUIRE(db.write([&] { return noteChange(db, 1001, u"two"_s); }).ok());
        return makeError(ErrorCode::Storage, u"the commit cannot happen"_s);
    });
    REQUIRE_FALSE(outer.ok());
    CHECK_FALSE(db.writing());
    CHECK(f.snapshot() == before);
    CHECK(changedSubjects(f).isEmpty());
    checkAuditChainIntact(*f);
}

TEST_CASE("A nested write that throws rolls back alone, an outer one that throws rolls back all",
          "[database][nested]") {
    TestFacility f;
    Database &db = f->database();
    const auto outer = db.write([&]() -> Result<void> {
        REQUIRE(db.write([&] { return noteChange(db, 1000, u"kept"_s); }).ok());
        CHECK_THROWS_AS(db.write([&]() -> Result<void> {
            (void)noteChange(db, 1001, u"thrown"_s);
            throw std::runtime_error("a page failed half way");
        }),
                        std::runtime_error);
        CHECK(db.writing());
        return {};
    });
    REQUIRE(outer.ok());
    CHECK(changedSubjects(f) == QStringList{u"kept"_s});

    const Snapshot before = f.snapshot();
    CHECK_THROWS_AS(db.write([&]() -> Result<void> {
        REQUIRE(db.write([&] { return noteChange(db, 1002, u"lost"_s); }).ok());
        throw std::runtime_error("the batch failed");
    }),
                    std::runtime_error);
    CHECK_FALSE(db.writing());
    CHECK(f.snapshot() == before);
    // The connection is usable: no transaction was left open.
    REQUIRE(db.write([&] { return noteChange(db, 1003, u"after"_s); }).ok());
    CHECK(changedSubjects(f) == QStringList{u"kept"_s, u"after"_s});
    checkAuditChainIntact(*f);
}

TEST_CASE("A statement that fails inside a nested write leaves the outer transaction usable", "[database][nested]") {
    TestFacility f;
    Database &db = f->database();
    const auto outer = db.write([&]() -> Result<void> {
        const auto failed = db.write([&]() -> Result<void> {
            if (auto noted = noteChange(db, 1000, u"before the error"_s); !noted)
                return noted;
            // PostgreSQL marks the whole transaction failed after an error; ROLLBACK TO the savepoint revives it.
            return SqlQuery(db, u"INSERT INTO no_such_table (x) VALUES (1)"_s).exec();
        });
        CHECK_FALSE(failed.ok());
        return db.write([&] { return noteChange(db, 1001, u"after the error"_s); });
    });
    REQUIRE(outer.ok());
    CHECK(changedSubjects(f) == QStringList{u"after the error"_s});
    checkAuditChainIntact(*f);
}
