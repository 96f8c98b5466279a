// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk meets a fault while a visitor confirms: a full disk, a read-only database, another program holding the
// database, a missing facility key. The review screen says what happened in the visitor's language, nothing is
// stored, the kiosk stays usable, and once the fault is gone the same confirmation gives a ticket. Techniques and
// their limits as in tests/unit/FaultTest.cpp; the time each fault took to show is printed ("kiosk fault: ...").
#include "KioskTest.h"

#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>

#include <iostream>
#include <unistd.h>

using namespace besuk;
using namespace besuk::test;
using namespace Qt::StringLiterals;

namespace {

bool run(const QString &program, const QStringList &arguments) {
    QProcess process;
    process.start(program, arguments);
    return process.waitForFinished(10000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

// Replaces the fixture's facility with one opened again from its files (a station just started: the key is read
// at the first ticket), after `beforeOpening` (e.g. making the file read-only).
void restartStation(KioskFixture &kiosk, const std::function<void()> &beforeOpening = {}) {
    kiosk.facility.reset();
    if (beforeOpening)
        beforeOpening();
    auto database = Database::open(kiosk.db.location(), Database::OpenMode::MustExist);
    REQUIRE(database.ok());
    auto opened = Facility::open(std::move(database).value(), kiosk.clock, kiosk.db.keyPath());
    REQUIRE(opened.ok());
    kiosk.facility = std::move(opened).value();
}

struct Fault {
    const char *name;
    QString indonesian; // what the review screen says, in part
    QString english;    // empty: checked in Indonesian only
};

// On the review screen: confirm under the fault (in Indonesian, then English), then without it.
void confirmThroughFault(KioskFixture &kiosk, const Fault &fault, const std::function<void()> &remove) {
    INFO("fault " << fault.name);
    const Snapshot before = kiosk.db.snapshot();
    const int visitsBefore = kiosk.db.rows(u"SELECT COUNT(*) FROM visits"_s).value(0).toInt();
    QElapsedTimer timer;
    timer.start();
    kiosk.click(u"confirmPushButton"_s);
    const qint64 ms = timer.elapsed();
    std::cout << "kiosk fault: " << fault.name << " shown in " << ms << " ms" << std::endl;
    CHECK(kiosk.screen() == u"reviewScreen"_s);
    auto *error = kiosk.find<QLabel>(u"errorLabel"_s);
    CHECK(error->isVisible());
    INFO(error->text());
    CHECK(error->text().contains(fault.indonesian));
    shoot(kiosk.window.get(), u"fault-%1"_s.arg(QString::fromLatin1(fault.name).replace(u' ', u'-')), u"id"_s);
    CHECK(kiosk.db.snapshot() == before);
    CHECK(kiosk.find<QPushButton>(u"confirmPushButton"_s)->isEnabled());

    if (!fault.english.isEmpty()) {
        kiosk.click(u"englishPushButton"_s);
        kiosk.click(u"confirmPushButton"_s);
        CHECK(kiosk.screen() == u"reviewScreen"_s);
        CHECK(kiosk.text(u"errorLabel"_s).contains(fault.english));
        CHECK(kiosk.db.snapshot() == before);
    }

    remove();
    kiosk.click(u"confirmPushButton"_s);
    REQUIRE(kiosk.screen() == u"ticketScreen"_s);
    CHECK(kiosk.db.rows(u"SELECT COUNT(*) FROM visits"_s).value(0).toInt() == visitsBefore + 1);
    CHECK(kiosk.window->flow().ticket()->visit.men == 1);
    CHECK(kiosk.window->flow().ticket()->visit.women == 1);
}

} // namespace

TEST_CASE("A full disk at the kiosk is said clearly, stores nothing, and the next try gives a ticket",
          "[kiosk][fault]") {
    KioskFixture kiosk;
    // A tmpfs cannot be slipped under a running facility: SQLite's page limit plays the full disk here (the real
    // full file system is in FaultTest). Other groups register until the last page is used.
    Rules rules = kiosk.facility->rules();
    rules.visitsPerInmatePerWeek = 0;
    REQUIRE(kiosk.facility->saveRules(rules, u"test"_s).ok());
    Database &db = kiosk.facility->database();
    auto pages = SqlQuery(db, u"PRAGMA page_count"_s).scalar();
    REQUIRE(pages.ok());
    REQUIRE(db.execute(u"PRAGMA max_page_count = %1"_s.arg(pages->toInt())).ok());
    bool full = false;
    for (int serial = 1000; serial < 1500 && !full; ++serial) {
        auto filler = RegistrationService(*kiosk.facility)
                          .registerGroup({u"B.I-002/2025"_s,
                                          {{u"647105050190%1"_s.arg(serial), u"Pengisi Disk"_s}},
                                          0,
                                          Service::Visit,
                                          u"filler"_s});
        full = !filler.ok();
        if (full)
            REQUIRE(filler.error().message.contains(u"full"_s));
    }
    REQUIRE(full);
    KioskWindow &window = kiosk.open();
    // The page limit belongs to a connection: the kiosk's own (on its domain thread) gets it too.
    const auto onKiosk = [&](const QString &sql) {
        return window.flow().domain().call([&](Facility &station) { return station.database().execute(sql); });
    };
    REQUIRE(onKiosk(u"PRAGMA max_page_count = %1"_s.arg(pages->toInt())).ok());
    kiosk.toReview();
    confirmThroughFault(kiosk,
                        {"disk full", u"Disk tempat basis data penuh. Tidak ada yang disimpan."_s,
                         u"The disk holding the database is full. Nothing was saved."_s},
                        [&] {
                            REQUIRE(db.execute(u"PRAGMA max_page_count = 1073741823"_s).ok());
                            REQUIRE(onKiosk(u"PRAGMA max_page_count = 1073741823"_s).ok());
                        });
    CHECK(window.isVisible());
}

TEST_CASE("A read-only database at the kiosk is said clearly, stores nothing, and recovers when writable",
          "[kiosk][fault]") {
    KioskFixture kiosk;
    // chattr +i stops root too (chmod does not); without it, chmod stops an ordinary user.
    const bool root = ::geteuid() == 0;
    const auto readOnly = [&](bool on) {
        if (root)
            return run(u"chattr"_s, {on ? u"+i"_s : u"-i"_s, kiosk.db.location()});
        // SQLite makes the -wal and -shm files with the database file's mode: they were made read-only too.
        bool done = true;
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            if (QFile::exists(kiosk.db.location() + suffix) || suffix.isEmpty())
                done = QFile::setPermissions(kiosk.db.location() + suffix,
                                             on ? QFile::ReadOwner : QFile::ReadOwner | QFile::WriteOwner) &&
                       done;
        return done;
    };
    bool made = false;
    restartStation(kiosk, [&] { made = readOnly(true); });
    if (!made) {
        readOnly(false);
        WARN("cannot make the database read-only here: not checked");
        return;
    }
    kiosk.open();
    kiosk.toReview(); // searching the roster reads the read-only file
    confirmThroughFault(kiosk,
                        {"read-only database", u"Basis data di sini hanya dapat dibaca. Tidak ada yang disimpan."_s,
                         u"The database is read-only here. Nothing was saved."_s},
                        [&] { REQUIRE(readOnly(false)); });
}

TEST_CASE("Another program holding the database past the busy timeout is said clearly, then the kiosk goes on",
          "[kiosk][fault]") {
    KioskFixture kiosk;
    // Stations wait 10 s for the lock; the test sets a short wait through the same setting.
    REQUIRE(kiosk.facility->database().setBusyTimeoutMs(300).ok());
    kiosk.open();
    kiosk.toReview();
    QProcess shell;
    QSqlDatabase other;
    const QString sqlite3 = QStandardPaths::findExecutable(u"sqlite3"_s);
    if (!sqlite3.isEmpty()) {
        shell.start(sqlite3, {kiosk.db.location()});
        REQUIRE(shell.waitForStarted());
        shell.write("BEGIN IMMEDIATE;\n.print locked\n");
        REQUIRE(shell.waitForReadyRead(5000));
        REQUIRE(shell.readAll().contains("locked"));
    } else {
        other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"kiosk-fault-holder"_s);
        other.setDatabaseName(kiosk.db.location());
        REQUIRE(other.open());
        REQUIRE(QSqlQuery(other).exec(u"BEGIN IMMEDIATE"_s));
    }
    const auto release = [&] {
        if (!sqlite3.isEmpty()) {
            shell.write("ROLLBACK;\n.quit\n");
            shell.closeWriteChannel();
            REQUIRE(shell.waitForFinished(5000));
        } else {
            QSqlQuery(other).exec(u"ROLLBACK"_s);
            other.close();
            other = QSqlDatabase();
            QSqlDatabase::removeDatabase(u"kiosk-fault-holder"_s);
        }
    };
    confirmThroughFault(kiosk,
                        {"database busy", u"Basis data sedang dipakai program lain. Silakan coba lagi sebentar lagi."_s,
                         u"The database is busy in another program. Please try again in a moment."_s},
                        release);
}

TEST_CASE("A missing facility key at the kiosk is said clearly, stores nothing, and the key back gives a ticket",
          "[kiosk][fault]") {
    KioskFixture kiosk;
    restartStation(kiosk);
    const QString moved = kiosk.db.filePath(u"away.key"_s);
    REQUIRE(QFile::rename(kiosk.db.keyPath(), moved));
    kiosk.open();
    kiosk.toReview();
    confirmThroughFault(kiosk,
                        {"facility key missing", u"Berkas kunci "_s + kiosk.db.keyPath() + u" tidak ada."_s,
                         u"The facility key file "_s + kiosk.db.keyPath() + u" does not exist."_s},
                        [&] { REQUIRE(QFile::rename(moved, kiosk.db.keyPath())); });
}
