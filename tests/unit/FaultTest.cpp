// SPDX-License-Identifier: GPL-3.0-or-later
// Faults a station meets in a real lobby: the database made read-only, a full disk, another program holding the
// database, a damaged database at start-up, a missing or wrong facility key. Each is a clear Storage or KeyProblem
// error, the database is exactly as before, and once the fault is gone the same Facility object (the running
// station) registers again. How long each fault took to report is printed ("fault: ...") for docs/reliability.md.
//
// The machine and CI run as root, and chmod does not stop root. What really makes writes fail here:
// - read-only: chattr +i (the immutable flag, which stops root too; needs CAP_LINUX_IMMUTABLE and a file system
//   that has it), else chmod when not root; a read-only bind mount of the folder (needs CAP_SYS_ADMIN);
// - disk full: a small tmpfs mounted for the test (needs CAP_SYS_ADMIN), else SQLite's max_page_count.
// Which technique ran is printed too. Where none is possible the case says so (WARN) and checks nothing.

#include "TestFacility.h"
#include "db/BackupService.h"
#include "db/FacilityKey.h"
#include "db/GateService.h"
#include "db/RegistrationService.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <functional>
#include <iostream>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace besuk;

namespace {

bool run(const QString &program, const QStringList &arguments, QString *output = nullptr) {
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(10000))
        return false;
    if (output)
        *output = QString::fromLocal8Bit(process.readAll());
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

void report(const std::string &fault, const std::string &technique, double ms) {
    std::cout << "fault: " << fault << " [" << technique << "] reported in "
              << QString::number(ms, 'f', 2).toStdString() << " ms" << std::endl;
}

RegistrationRequest visitor(int serial) {
    return RegistrationRequest{u"WB-001"_s,
                               {{makeNik(QDate(1985, 3, 14), Sex::Male, serial), u"Budi Santoso"_s}},
                               0,
                               Service::Visit,
                               u"kiosk-1"_s};
}

// A facility with inmate WB-001 and no weekly limit, so that one inmate can be visited many times.
void prepare(TestFacility &f) {
    f.addInmates(1);
    Rules rules = f->rules();
    rules.visitsPerInmatePerWeek = 0;
    REQUIRE(f->saveRules(rules, u"test"_s).ok());
}

struct Failure {
    Error error;
    double ms = 0;
};

// Registers under a fault: refused with `code`, and `dump` (the whole database as text) unchanged.
template <typename Dump>
Failure refusedUnchanged(Facility &facility, int serial, ErrorCode code, const QString &says, Dump dump) {
    const auto before = dump();
    QElapsedTimer timer;
    timer.start();
    auto ticket = RegistrationService(facility).registerGroup(visitor(serial));
    const double ms = timer.nsecsElapsed() / 1e6;
    REQUIRE_FALSE(ticket.ok());
    INFO(ticket.error().message);
    CHECK(ticket.error().code == code);
    CHECK(ticket.error().message.contains(says));
    CHECK(dump() == before);
    return {ticket.error(), ms};
}

void registers(Facility &facility, int serial) {
    auto ticket = RegistrationService(facility).registerGroup(visitor(serial));
    INFO((ticket ? QString() : ticket.error().message));
    REQUIRE(ticket.ok());
}

// chattr +i / -i on each file; false when this machine cannot (no capability, no support in the file system).
bool setImmutable(const QStringList &files, bool on) {
    for (const QString &file : files)
        if (!run(u"chattr"_s, {on ? u"+i"_s : u"-i"_s, file}))
            return false;
    return true;
}

// Runs `undo` when the scope ends, also when a REQUIRE fails: no immutable file or mount is left behind.
class Cleanup {
public:
    explicit Cleanup(std::function<void()> undo) : m_undo(std::move(undo)) {}
    ~Cleanup() {
        if (m_undo)
            m_undo();
    }
    Cleanup(const Cleanup &) = delete;
    Cleanup &operator=(const Cleanup &) = delete;

private:
    std::function<void()> m_undo;
};

// Overwrites `bytes` at `offset` of `path` with 0xAB.
void scribble(const QString &path, qint64 offset, qint64 bytes) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek(offset));
    REQUIRE(file.write(QByteArray(bytes, char(0xAB))) == bytes);
}

} // namespace

TEST_CASE("A database file made read-only while the station runs refuses writes clearly and recovers",
          "[fault][sqlite-only]") {
    TestFacility f;
    prepare(f);
    registers(*f, 1);
    GateService gate(*f);
    auto waiting = RegistrationService(*f).registerGroup(visitor(2));
    REQUIRE(waiting.ok());
    REQUIRE(gate.inspect(waiting->payload, {InspectionPhase::Entry, u"Test"_s, {}, InspectionOutcome::Cleared, {}, {}})
                .ok());
    // Not the -shm file: SQLite writes it through a memory map, and an immutable one kills the process (SIGBUS).
    const QStringList files{f.location(), f.location() + u"-wal"_s};
    if (!setImmutable(files, true)) {
        setImmutable(files, false);
        WARN("chattr +i is not possible here (needs CAP_LINUX_IMMUTABLE on ext4/xfs/btrfs): not checked");
        return;
    }
    const Cleanup writable([&] { setImmutable(files, false); });
    const auto dump = [&] { return f.snapshot(); };
    const Failure failed = refusedUnchanged(*f, 3, ErrorCode::Storage, u"cannot be written"_s, dump);
    report("database file read-only while running: registration", "chattr +i", failed.ms);
    const Snapshot before = f.snapshot();
    auto admitted = gate.admit(waiting->payload, u"Test"_s);
    REQUIRE_FALSE(admitted.ok());
    CHECK(admitted.error().code == ErrorCode::Storage);
    CHECK(f.snapshot() == before);
    REQUIRE(setImmutable(files, false));

    registers(*f, 3);
    auto again = gate.admit(waiting->payload, u"Test"_s);
    REQUIRE(again.ok());
    CHECK(again->verdict == Verdict::Admitted);
}

TEST_CASE("A database file that is read-only when the station opens: reads work, writes refuse, then recover",
          "[fault][sqlite-only]") {
    TestFacility f;
    prepare(f);
    registers(*f, 1);
    f.facility.reset(); // the last connection closes: the -wal and -shm files go
    const bool root = ::geteuid() == 0;
    const QString technique = root ? u"chattr +i"_s : u"chmod 0444"_s;
    const auto makeReadOnly = [&](bool on) {
        if (root)
            return setImmutable({f.location()}, on);
        // SQLite makes the -wal and -shm files with the database file's mode: they were made read-only too.
        bool done = true;
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            if (QFile::exists(f.location() + suffix) || suffix.isEmpty())
                done = QFile::setPermissions(f.location() + suffix,
                                             on ? QFile::ReadOwner : QFile::ReadOwner | QFile::WriteOwner) &&
                       done;
        return done;
    };
    if (!makeReadOnly(true)) {
        makeReadOnly(false);
        WARN("cannot make the database file read-only here: not checked");
        return;
    }
    auto database = Database::open(f.location(), Database::OpenMode::MustExist);
    INFO((database ? QString() : database.error().message));
    REQUIRE(database.ok());
    auto opened = Facility::open(std::move(database).value(), f.clock, f.keyPath());
    REQUIRE(opened.ok());
    f.facility = std::move(opened).value();
    CHECK(InmateStore(*f).search(u"Warga"_s, 10).ok());

    const auto dump = [&] { return f.snapshot(); };
    const Failure failed = refusedUnchanged(*f, 2, ErrorCode::Storage, u"read-only"_s, dump);
    CHECK(failed.error.message == u"The database is read-only here. Nothing was saved."_s);
    report("database file read-only at start: registration", technique.toStdString(), failed.ms);
    REQUIRE(makeReadOnly(false));
    registers(*f, 2); // the station opens the file afresh and goes on
    CHECK(f.rowCount(u"visits"_s) == 2);
}

TEST_CASE("A database folder that is read-only when the station starts is refused with a clear message",
          "[fault][sqlite-only]") {
    TestFacility f;
    prepare(f);
    f.facility.reset();
    const QString folder = QFileInfo(f.location()).absolutePath();
    // A read-only bind mount of the folder stops root as it stops anybody; without the privilege, chattr +i on the
    // folder and the file; without that, chmod (which stops everybody but root).
    QString technique;
    std::function<void()> undo;
    if (run(u"mount"_s, {u"--bind"_s, folder, folder})) {
        if (run(u"mount"_s, {u"-o"_s, u"remount,bind,ro"_s, folder})) {
            technique = u"read-only bind mount"_s;
            undo = [folder] { CHECK(run(u"umount"_s, {folder})); };
        } else {
            run(u"umount"_s, {folder});
        }
    }
    if (technique.isEmpty() && ::geteuid() == 0 && setImmutable({f.location(), folder}, true)) {
        technique = u"chattr +i"_s;
        undo = [&] { CHECK(setImmutable({f.location(), folder}, false)); };
    }
    if (technique.isEmpty() && ::geteuid() != 0) {
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner);
        QFile::setPermissions(f.location(), QFile::ReadOwner);
        technique = u"chmod"_s;
        undo = [&] {
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            QFile::setPermissions(f.location(), QFile::ReadOwner | QFile::WriteOwner);
        };
    }
    if (technique.isEmpty()) {
        WARN("cannot make the folder read-only here: not checked");
        return;
    }
    QElapsedTimer timer;
    timer.start();
    auto database = Database::open(f.location(), Database::OpenMode::MustExist);
    const double ms = timer.nsecsElapsed() / 1e6;
    undo();
    REQUIRE_FALSE(database.ok());
    INFO(database.error().message);
    CHECK(database.error().code == ErrorCode::Storage);
    CHECK(database.error().message.contains(u"read-only"_s));
    report("database folder read-only at start: station refuses to start", technique.toStdString(), ms);
    f.reopen(); // writable again: the station starts
    registers(*f, 1);
}

TEST_CASE("A full disk refuses a registration clearly and the station goes on when there is room",
          "[fault][sqlite-only]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString folder = dir.filePath(u"disk"_s);
    REQUIRE(QDir().mkpath(folder));
    // A real, small file system that fills up, where the machine allows mounting one.
    const bool tmpfs = run(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=3m,mode=0700"_s, u"tmpfs"_s, folder});
    const Cleanup unmount([&] {
        if (tmpfs)
            run(u"umount"_s, {u"-l"_s, folder});
    });
    const QString path = QDir(folder).filePath(u"besuk.db"_s);
    FixedClock clock(QDateTime(QDate(2025, 12, 27), QTime(1, 0), Qt::UTC)); // 09:00 WITA
    {
        auto database = Database::open(path, Database::OpenMode::CreateIfMissing);
        REQUIRE(database.ok());
        auto made = Facility::initialise(std::move(database).value(), clock, u"Rutan Uji"_s, u"Asia/Makassar"_s,
                                         dir.filePath(u"facility.key"_s));
        REQUIRE(made.ok());
        Facility &facility = **made;
        REQUIRE(InmateStore(facility).add(u"WB-001"_s, u"Warga Satu"_s, {}, u"test"_s).ok());
        Rules rules = facility.rules();
        rules.visitsPerInmatePerWeek = 0;
        REQUIRE(facility.saveRules(rules, u"test"_s).ok());
        registers(facility, 1);

        const QString filler = QDir(folder).filePath(u"filler"_s);
        if (tmpfs) {
            QFile fill(filler);
            REQUIRE(fill.open(QIODevice::WriteOnly));
            const QByteArray block(4096, 'x');
            while (fill.write(block) == block.size() && fill.flush()) {
            }
            fill.close();
        } else {
            auto pages = SqlQuery(facility.database(), u"PRAGMA page_count"_s).scalar();
            REQUIRE(pages.ok());
            REQUIRE(facility.database().execute(u"PRAGMA max_page_count = %1"_s.arg(pages->toInt())).ok());
        }
        const std::string technique = tmpfs ? "tmpfs of 3 MB, filled" : "PRAGMA max_page_count";
        bool refused = false;
        for (int serial = 2; serial < 40 && !refused; ++serial) { // the WAL may still have room for one or two
            const Snapshot before = besuk::test::TestDatabase::snapshotOf(path);
            QElapsedTimer timer;
            timer.start();
            auto ticket = RegistrationService(facility).registerGroup(visitor(serial));
            if (ticket.ok())
                continue;
            refused = true;
            report("disk full: registration", technique, timer.nsecsElapsed() / 1e6);
            INFO(ticket.error().message);
            CHECK(ticket.error().code == ErrorCode::Storage);
            CHECK(ticket.error().message == u"The disk holding the database is full. Nothing was saved."_s);
            CHECK(besuk::test::TestDatabase::snapshotOf(path) == before);
        }
        REQUIRE(refused);
        CHECK_FALSE(RegistrationService(facility).registerGroup(visitor(99)).ok());

        if (tmpfs)
            REQUIRE(QFile::remove(filler));
        else
            REQUIRE(facility.database().execute(u"PRAGMA max_page_count = 1073741823"_s).ok());
        registers(facility, 99);
    }
    if (!tmpfs)
        WARN("no tmpfs could be mounted here: the disk was filled with PRAGMA max_page_count");
}

TEST_CASE("A database held by another program past the busy timeout is a clear busy error, then works",
          "[fault][sqlite-only]") {
    TestFacility f;
    prepare(f);
    registers(*f, 1);
    const Snapshot before = f.snapshot();
    // Stations wait 10 s for a lock; this test waits a short while, set through the same setting.
    Database &database = f->database();
    CHECK(database.busyTimeoutMs() == Database::DefaultBusyTimeoutMs);
    constexpr int BusyTimeoutMs = 300;
    REQUIRE(database.setBusyTimeoutMs(BusyTimeoutMs).ok());

    // Another process holds the write lock: the sqlite3 shell, inside BEGIN IMMEDIATE, with its input kept open.
    // Without the shell, a second connection of this process holds it (SQLite locks the same way).
    QProcess shell;
    QSqlDatabase other;
    const QString sqlite3 = QStandardPaths::findExecutable(u"sqlite3"_s);
    std::string technique;
    if (!sqlite3.isEmpty()) {
        technique = "sqlite3 process in BEGIN IMMEDIATE";
        shell.start(sqlite3, {f.location()});
        REQUIRE(shell.waitForStarted());
        shell.write("BEGIN IMMEDIATE;\nUPDATE settings SET value = value WHERE key = 'facility.name';\n"
                    ".print locked\n");
        REQUIRE(shell.waitForReadyRead(5000));
        REQUIRE(shell.readAll().contains("locked"));
    } else {
        technique = "second connection in BEGIN IMMEDIATE";
        other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"fault-holder"_s);
        other.setDatabaseName(f.location());
        REQUIRE(other.open());
        REQUIRE(QSqlQuery(other).exec(u"BEGIN IMMEDIATE"_s));
    }

    const auto dump = [&] { return f.snapshot(); };
    const Failure failed = refusedUnchanged(*f, 2, ErrorCode::Storage, u"busy"_s, dump);
    CHECK(failed.error.message == u"The database is busy in another program. Please try again in a moment."_s);
    // It waited the busy timeout: SQLite sleeps at least that long before giving up, so this lower bound holds on
    // any machine however slow (no upper bound: a loaded machine may take longer).
    CHECK(failed.ms >= BusyTimeoutMs);
    report("database locked by another program: registration", technique, failed.ms);
    CHECK(InmateStore(*f).search(u"Warga"_s, 10).ok()); // reading goes on meanwhile (WAL)

    if (!sqlite3.isEmpty()) {
        shell.write("ROLLBACK;\n.quit\n");
        shell.closeWriteChannel();
        REQUIRE(shell.waitForFinished(5000));
    } else {
        QSqlQuery(other).exec(u"ROLLBACK"_s);
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"fault-holder"_s);
    }
    CHECK(f.snapshot() == before);
    registers(*f, 2);
}

TEST_CASE("A damaged database without a backup is refused and says there is no backup", "[fault][sqlite-only]") {
    TestFacility f;
    prepare(f);
    registers(*f, 1);
    const QString backups = QFileInfo(f.location()).absoluteDir().filePath(u"backups"_s);
    f.facility.reset();
    scribble(f.location(), 0, 16); // the header
    auto database = Database::open(f.location(), Database::OpenMode::MustExist);
    REQUIRE_FALSE(database.ok());
    INFO(database.error().message);
    CHECK(database.error().message.contains(u"is damaged"_s));
    CHECK(database.error().message.contains(u"There is no backup in "_s + backups));
}

TEST_CASE("A damaged database is refused at start-up with the latest backup named", "[fault][sqlite-only]") {
    TestFacility f;
    prepare(f);
    registers(*f, 1);
    const QString backups = QFileInfo(f.location()).absoluteDir().filePath(u"backups"_s);
    auto backup = BackupService(*f).backup(backups, 5, u"test"_s);
    REQUIRE(backup.ok());
    auto pages = SqlQuery(f->database(), u"SELECT rootpage FROM sqlite_master WHERE name = 'visits'"_s).scalar();
    REQUIRE(pages.ok());
    const int visitsPage = pages->toInt();
    auto pageSize = SqlQuery(f->database(), u"PRAGMA page_size"_s).scalar();
    REQUIRE(pageSize.ok());
    f.facility.reset(); // checkpointed: everything is in the main file now
    REQUIRE_FALSE(QFile::exists(f.location() + u"-wal"_s));

    SECTION("a damaged header: no station and no besuk-cli opens it") {
        scribble(f.location(), 0, 16);
        QElapsedTimer timer;
        timer.start();
        auto database = Database::open(f.location(), Database::OpenMode::MustExist);
        report("corrupt database (header) at start: refused", "bytes 0-15 overwritten", timer.nsecsElapsed() / 1e6);
        REQUIRE_FALSE(database.ok());
        INFO(database.error().message);
        CHECK(database.error().code == ErrorCode::Storage);
        CHECK(database.error().message.contains(u"is damaged"_s));
        CHECK(database.error().message.contains(backup->path));
        CHECK(database.error().message.contains(u"besuk-cli --db "_s + f.location() + u" restore "_s + backup->path));

        QProcess cli;
        cli.start(QStringLiteral(BESUK_CLI_PATH), {u"--db"_s, f.location(), u"--key"_s, f.keyPath(), u"tally"_s});
        REQUIRE(cli.waitForFinished(10000));
        CHECK(cli.exitCode() == 1);
        const QString said = QString::fromLocal8Bit(cli.readAllStandardError());
        INFO(said);
        CHECK(said.contains(u"is damaged"_s));
        CHECK(said.contains(backup->path));
    }

    SECTION("a damaged table page: the start-up check finds it") {
        scribble(f.location(), qint64(visitsPage - 1) * pageSize->toInt(), pageSize->toInt());
        QElapsedTimer timer;
        timer.start();
        auto database = Database::open(f.location(), Database::OpenMode::MustExist);
        REQUIRE(database.ok()); // the pages read at open are intact ...
        auto intact = (*database)->checkIntegrity();
        report("corrupt database (a table page) at start: refused", "visits root page overwritten",
               timer.nsecsElapsed() / 1e6);
        REQUIRE_FALSE(intact.ok()); // ... but the check a station runs at start-up is not
        INFO(intact.error().message);
        CHECK(intact.error().code == ErrorCode::Storage);
        CHECK(intact.error().message.contains(u"is damaged"_s));
        CHECK(intact.error().message.contains(backup->path));
    }

    SECTION("the backup it names restores the facility") {
        scribble(f.location(), 0, 16);
        REQUIRE(BackupService::restore(backup->path, f.location()).ok());
        f.reopen();
        auto database = Database::open(f.location(), Database::OpenMode::MustExist);
        REQUIRE(database.ok());
        CHECK((*database)->checkIntegrity().ok());
        CHECK(f.rowCount(u"visits"_s) == 1);
    }
}

TEST_CASE("Without the facility key a registration is refused and stores nothing, then works with the key",
          "[fault][key]") {
    TestFacility f;
    prepare(f);
    f.reopen(); // a station that has not signed a ticket yet: the key is read at the first registration
    const QString moved = f.filePath(u"away.key"_s);
    REQUIRE(QFile::rename(f.keyPath(), moved));
    const auto dump = [&] { return f.snapshot(); };
    const Failure missing = refusedUnchanged(*f, 1, ErrorCode::KeyProblem, u"does not exist"_s, dump);
    report("facility key missing: registration", "key file moved away", missing.ms);

    SECTION("another facility's key") {
        REQUIRE(FacilityKey::generate().save(f.keyPath()).ok());
        const Failure wrong = refusedUnchanged(*f, 1, ErrorCode::KeyProblem, u"belongs to another facility"_s, dump);
        report("facility key of another facility: registration", "another key saved in its place", wrong.ms);
        REQUIRE(QFile::remove(f.keyPath()));
    }
    SECTION("a damaged key file") {
        QFile damaged(f.keyPath());
        REQUIRE(damaged.open(QIODevice::WriteOnly));
        damaged.write("not a key\n");
        damaged.close();
        const Failure broken = refusedUnchanged(*f, 1, ErrorCode::KeyProblem, u"not a valid Besuk key file"_s, dump);
        report("facility key damaged: registration", "key file overwritten", broken.ms);
        REQUIRE(QFile::remove(f.keyPath()));
    }
    REQUIRE(QFile::rename(moved, f.keyPath()));
    registers(*f, 1);
    CHECK(f.rowCount(u"visits"_s) == 1);
}
