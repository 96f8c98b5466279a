// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestFacility.h"
#include "db/BackupService.h"
#include "db/RegistrationService.h"
#include "db/TallyService.h"

#include <QAtomicInt>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSemaphore>
#include <QThread>

#include <catch2/catch.hpp>

#include <filesystem>
#include <memory>

using namespace Qt::StringLiterals;
using namespace besuk;

namespace {

const QDate Today = TestFacility::reportDay();

// Adult visitors with NIKs of their own; `serial` counts on across calls.
Result<IssuedTicket> registerOne(Facility &facility, int serial) {
    const AdultEntry adult{
        makeNik(QDate(1980, 1 + serial % 12, 1 + serial % 28), serial % 2 ? Sex::Female : Sex::Male, serial),
        u"Pengunjung Uji"_s};
    return RegistrationService(facility).registerGroup(
        {u"WB-00%1"_s.arg(1 + serial % 3), {adult}, serial % 3, Service::Visit, u"kiosk-1"_s});
}

// A facility with `count` registrations today and no weekly limit.
void prepare(TestFacility &f, int count) {
    f.addInmates(3);
    Rules rules = f->rules();
    rules.visitsPerInmatePerWeek = 0;
    rules.maxGroupSize = 4;
    REQUIRE(f->saveRules(rules, u"admin"_s).ok());
    for (int i = 1; i <= count; ++i) {
        f.setLocal(Today, QTime(9, 0).addSecs(i));
        REQUIRE(registerOne(*f, i).ok());
    }
}

QJsonObject tallyOf(Facility &facility) {
    auto tally = TallyService(facility).day(Today);
    REQUIRE(tally.ok());
    return TallyFormat::toJson(*tally);
}

// The facility in a database file, opened on its own.
std::unique_ptr<Facility> openFacility(const QString &path, const Clock &clock, const QString &keyPath) {
    auto database = Database::open(path, Database::OpenMode::MustExist);
    REQUIRE(database.ok());
    auto facility = Facility::open(std::move(database).value(), clock, keyPath);
    REQUIRE(facility.ok());
    return std::move(facility).value();
}

} // namespace

TEST_CASE("A backup taken while another connection registers is one consistent moment", "[backup][sqlite-only]") {
    TestFacility f;
    prepare(f, 20);
    QAtomicInt written = 0;
    QAtomicInt stop = 0;
    QAtomicInt failures = 0;
    QSemaphore registered;
    std::unique_ptr<QThread> writer(QThread::create([&] {
        FixedClock clock(f.clock.now());
        auto facility = openFacility(f.location(), clock, f.keyPath());
        for (int i = 1000; stop.loadAcquire() == 0 || written.loadAcquire() < 10; ++i) {
            clock.advanceSeconds(1);
            if (registerOne(*facility, i).ok()) {
                written.fetchAndAddRelease(1);
                registered.release();
            } else
                failures.fetchAndAddRelease(1);
        }
    }));
    writer->start();
    const bool writing = registered.tryAcquire(5, 60000); // the backup starts while the writer is busy
    const QString folder = f.filePath(u"backups"_s);
    auto backup = BackupService(*f).backup(folder, 3, u"admin"_s);
    stop.storeRelease(1);
    writer->wait();
    REQUIRE(writing);
    REQUIRE(backup.ok());
    CHECK(failures.loadAcquire() == 0);
    CHECK(BackupService::integrityCheck(backup->path).value() == u"ok"_s);
    CHECK(QFileInfo(backup->path).fileName() == u"besuk-20251227-090020.db"_s);
    CHECK(BackupService::backupsIn(folder) == QStringList{backup->path});
    namespace fs = std::filesystem;
    CHECK((fs::status(backup->path.toStdString()).permissions() & fs::perms::all) ==
          (fs::perms::owner_read | fs::perms::owner_write));
    CHECK_FALSE(QFileInfo::exists(backup->path + u"-wal"_s));
    CHECK(QDir(folder).entryList(QDir::Files | QDir::Hidden) == QStringList{QFileInfo(backup->path).fileName()});

    // Restored elsewhere: every ticket up to one moment, numbered without gaps, counted the same by the tally.
    const QString copy = f.filePath(u"copy.db"_s);
    REQUIRE(BackupService::restore(backup->path, copy).ok());
    auto restored = openFacility(copy, f.clock, f.keyPath());
    SqlQuery numbers(restored->database(), u"SELECT queue_number FROM visits ORDER BY queue_number"_s);
    REQUIRE(numbers.exec().ok());
    int expected = 0;
    while (numbers.next())
        CHECK(numbers.value(0).toInt() == ++expected);
    CHECK(expected >= 25);
    CHECK(expected <= f.rowCount(u"visits"_s));
    CHECK(tallyOf(*restored).value(u"registered"_s).toObject().value(u"groups"_s).toInt() == expected);
    CHECK(f.database.rows(u"SELECT actor, subject FROM audit_log WHERE action = 'backup.create'"_s) ==
          QStringList{u"admin|besuk-20251227-090020.db"_s});
}

TEST_CASE("A backup restored into a new file gives the same tally", "[backup][sqlite-only]") {
    TestFacility f;
    prepare(f, 30);
    const QJsonObject original = tallyOf(*f);
    auto backup = BackupService(*f).backup(f.filePath(u"backups"_s), 5, u"admin"_s);
    REQUIRE(backup.ok());
    CHECK(backup->bytes == QFileInfo(backup->path).size());

    const QString target = f.filePath(u"restored/besuk.db"_s);
    REQUIRE(BackupService::restore(backup->path, target).ok());
    auto restored = openFacility(target, f.clock, f.keyPath());
    CHECK(tallyOf(*restored) == original);
    CHECK(restored->profile().code == f->profile().code);

    SECTION("restore replaces an existing database and removes its stale -wal and -shm") {
        restored.reset();
        QFile wal(target + u"-wal"_s);
        REQUIRE(wal.open(QIODevice::WriteOnly));
        wal.write(QByteArray(4096, 'x'));
        wal.close();
        QFile shm(target + u"-shm"_s);
        REQUIRE(shm.open(QIODevice::WriteOnly));
        shm.write(QByteArray(32768, 'y'));
        shm.close();
        REQUIRE(BackupService::restore(backup->path, target).ok());
        CHECK_FALSE(QFileInfo::exists(target + u"-wal"_s));
        CHECK_FALSE(QFileInfo::exists(target + u"-shm"_s));
        CHECK_FALSE(QFileInfo::exists(target + u".restoring"_s));
        auto again = openFacility(target, f.clock, f.keyPath());
        CHECK(tallyOf(*again) == original);
    }
}

TEST_CASE("Restore refuses a damaged backup, another file, and a missing one", "[backup][sqlite-only]") {
    TestFacility f;
    prepare(f, 30);
    auto backup = BackupService(*f).backup(f.filePath(u"backups"_s), 5, u"admin"_s);
    REQUIRE(backup.ok());
    const QString damaged = f.filePath(u"damaged.db"_s);
    REQUIRE(QFile::copy(backup->path, damaged));
    QFile file(damaged);
    REQUIRE(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    REQUIRE(size >= 8 * 4096);
    // A whole page in the middle, its header included.
    REQUIRE(file.seek(size / 2 / 4096 * 4096));
    file.write(QByteArray(4096, '\x5a'));
    file.close();
    CHECK(BackupService::integrityCheck(damaged).value() != u"ok"_s);

    const QString target = f.filePath(u"target.db"_s);
    auto refused = BackupService::restore(damaged, target);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Storage);
    CHECK(refused.error().message.contains(u"damaged"_s));
    CHECK_FALSE(QFileInfo::exists(target));
    CHECK_FALSE(QFileInfo::exists(target + u".restoring"_s));

    const QString text = f.filePath(u"notes.txt"_s);
    QFile notes(text);
    REQUIRE(notes.open(QIODevice::WriteOnly));
    notes.write("not a database\n");
    notes.close();
    CHECK_FALSE(BackupService::restore(text, target).ok());
    CHECK(BackupService::restore(f.filePath(u"missing.db"_s), target).error().code == ErrorCode::NotFound);
    CHECK_FALSE(QFileInfo::exists(target));
}

TEST_CASE("Backups keep the newest N of their own files and know whether today has one", "[backup][sqlite-only]") {
    TestFacility f;
    prepare(f, 3);
    const QString folder = f.filePath(u"backups"_s);
    REQUIRE(QDir().mkpath(folder));
    for (const QString &other : {u"notes.txt"_s, u"besuk-old.db"_s, u"besuk-20200101-000000.db.bak"_s}) {
        QFile file(QDir(folder).filePath(other));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("keep me");
    }
    BackupService service(*f);
    CHECK_FALSE(service.backedUpToday(folder).value());
    QStringList made;
    for (int i = 0; i < 5; ++i) {
        f.clock.advanceSeconds(61);
        auto backup = service.backup(folder, 3, u"admin"_s);
        REQUIRE(backup.ok());
        made.prepend(backup->path);
        CHECK(backup->removed == (i < 3 ? QStringList() : QStringList{made.at(3)}));
    }
    CHECK(BackupService::backupsIn(folder) == made.mid(0, 3));
    for (const QString &other : {u"notes.txt"_s, u"besuk-old.db"_s, u"besuk-20200101-000000.db.bak"_s})
        CHECK(QFileInfo::exists(QDir(folder).filePath(other)));
    CHECK(service.backedUpToday(folder).value());
    f.setLocal(Today.addDays(1), QTime(9, 0));
    CHECK_FALSE(service.backedUpToday(folder).value());
    CHECK(service.backup(folder, 0, u"admin"_s).error().code == ErrorCode::InvalidInput);

    SECTION("two backups in the same second do not overwrite each other") {
        auto first = service.backup(folder, 10, u"admin"_s);
        REQUIRE(first.ok());
        CHECK(service.backup(folder, 10, u"admin"_s).error().code == ErrorCode::Conflict);
    }
}

TEST_CASE("Backups of a PostgreSQL database point to pg_dump", "[backup]") {
    TestFacility f;
    auto restored = BackupService::restore(f.filePath(u"x.db"_s), u"postgresql://besuk@localhost/besuk"_s);
    REQUIRE_FALSE(restored.ok());
    CHECK(restored.error().message.contains(u"pg_dump"_s));
    CHECK(restored.error().message.contains(u"docs/deployment.md"_s));
    if (f.database.backend() == Backend::Postgres) {
        auto backup = BackupService(*f).backup(f.filePath(u"backups"_s), 3, u"admin"_s);
        REQUIRE_FALSE(backup.ok());
        CHECK(backup.error().message.contains(u"pg_dump"_s));
        CHECK_FALSE(QFileInfo::exists(f.filePath(u"backups"_s)));
    }
}

// Figures for docs/deployment.md: besuk_unit_tests "[.benchmark]"
TEST_CASE("Backing up many visits: time", "[.benchmark][backup][sqlite-only]") {
    TestFacility f;
    const auto inmate = f.addInmates(1).first();
    Database &db = f->database();
    constexpr int Visits = 20000;
    REQUIRE(db.write([&]() -> Result<void> {
                  for (int n = 0; n < Visits; ++n) {
                      SqlQuery visit(db, u"INSERT INTO visits (facility_date, service, queue_number, status, "
                                         u"inmate_id, men, women, children, registered_at) "
                                         u"VALUES (?, 'visit', ?, 'registered', ?, 1, 1, 0, 0) RETURNING id"_s);
                      visit.bind(Today.addDays(-n / 50).toString(Qt::ISODate)).bind(1 + n % 50).bind(inmate.id);
                      auto id = visit.scalar();
                      if (!id)
                          return id.error();
                      SqlQuery person(db, u"INSERT INTO visitors (nik, name, sex, created_at, updated_at) "
                                          u"VALUES (?, 'Orang Uji', 'M', 0, 0) RETURNING id"_s);
                      person.bind(
                          makeNik(QString::number(640000 + n / 9000), QDate(1980, 1, 1), Sex::Male, n % 9000 + 1));
                      auto pid = person.scalar();
                      if (!pid)
                          return pid.error();
                      SqlQuery member(db, u"INSERT INTO visit_members (visit_id, position, visitor_id, name, category) "
                                          u"VALUES (?, 0, ?, 'Orang Uji', 'man')"_s);
                      member.bind(*id).bind(*pid);
                      if (auto done = member.exec(); !done)
                          return done;
                  }
                  return {};
              }).ok());
    auto backup = BackupService(*f).backup(f.filePath(u"backups"_s), 3, u"admin"_s);
    REQUIRE(backup.ok());
    QElapsedTimer timer;
    timer.start();
    REQUIRE(BackupService::restore(backup->path, f.filePath(u"restored.db"_s)).ok());
    WARN("backup of " << Visits << " visits: " << backup->bytes << " bytes in " << backup->elapsedMs << " ms; restore "
                      << timer.elapsed() << " ms");
}
