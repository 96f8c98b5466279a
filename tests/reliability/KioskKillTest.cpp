// SPDX-License-Identifier: GPL-3.0-or-later
// A kiosk killed with SIGKILL while it registers apart from the server, and again while it uploads its journal
// (besuk_offline_kiosk_sim, a process of its own): every ticket it handed out reaches the server exactly once.
// Registered only where PostgreSQL 15 is installed (the PostgreSQL block of tests/CMakeLists.txt).
#include "OwnPostgres.h"
#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/Facility.h"
#include "db/InmateStore.h"
#include "db/Visit.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QProcess>
#include <QSet>

#include <catch2/catch.hpp>

#include <csignal>
#include <iostream>

using namespace Qt::StringLiterals;
using namespace besuk;

namespace {

const QDateTime Morning = QDateTime(QDate(2025, 12, 27), QTime(1, 0), Qt::UTC); // 09:00 in Asia/Makassar

// One run of the simulator, read line by line.
class Sim {
public:
    Sim(const test::OwnPostgres &server, const QStringList &arguments) {
        m_process.setProgram(QStringLiteral(BESUK_OFFLINE_KIOSK_SIM_PATH));
        m_process.setArguments(QStringList{u"--db"_s, server.url(), u"--key"_s, server.filePath(u"facility.key"_s),
                                           u"--journal"_s, server.filePath(u"kiosk-1.db"_s), u"--station"_s,
                                           u"kiosk-1"_s, u"--now"_s, Morning.toString(Qt::ISODate)} +
                               arguments);
        m_process.start();
        REQUIRE(m_process.waitForStarted());
    }
    ~Sim() {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    // The next line on stdout; empty when the process ended first.
    QString line() {
        const QDeadlineTimer deadline(60'000);
        while (!m_process.canReadLine()) {
            if (m_process.state() == QProcess::NotRunning || deadline.hasExpired())
                return {};
            m_process.waitForReadyRead(100);
        }
        return QString::fromUtf8(m_process.readLine()).trimmed();
    }
    void write(const QByteArray &bytes) { m_process.write(bytes); }
    void killHard() {
        ::kill(pid_t(m_process.processId()), SIGKILL);
        REQUIRE(m_process.waitForFinished(30'000));
        CHECK(m_process.exitStatus() == QProcess::CrashExit);
    }
    int finish() {
        if (m_process.state() != QProcess::NotRunning)
            REQUIRE(m_process.waitForFinished(120'000));
        INFO(m_process.readAllStandardError().toStdString());
        return m_process.exitCode();
    }

private:
    QProcess m_process;
};

int count(Database &db, const QString &sql) {
    auto value = SqlQuery(db, sql).scalar();
    REQUIRE(value.ok());
    return value->toInt();
}

} // namespace

TEST_CASE("A kiosk killed while registering offline and again while uploading loses and repeats nothing",
          "[offline][postgres]") {
    test::OwnPostgres server;
    FixedClock clock(Morning);
    {
        auto facility = server.initialiseFacility(clock);
        Rules rules = facility->rules();
        rules.visitsPerInmatePerWeek = 0;
        REQUIRE(facility->saveRules(rules, u"test"_s).ok());
        for (int i = 1; i <= 20; ++i)
            REQUIRE(InmateStore(*facility)
                        .add(u"P-%1"_s.arg(i, 4, 10, QLatin1Char('0')), u"Warga Uji"_s, u"A"_s, u"test"_s)
                        .ok());
    }
    {
        Sim prepare(server, {u"prepare"_s});
        CHECK(prepare.line() == u"ready 40"_s);
        REQUIRE(prepare.finish() == 0);
    }

    // Registering apart from the server, killed after its eighth ticket.
    QHash<QString, qint64> acknowledged; // queue label -> visit id, as the visitors got them
    {
        Sim kiosk(server, {u"register"_s, u"--count"_s, u"15"_s, u"--pause-ms"_s, u"20"_s});
        REQUIRE(kiosk.line() == u"waiting"_s);
        server.stop();
        kiosk.write("go\n");
        while (acknowledged.size() < 8) {
            const QStringList parts = kiosk.line().split(u' ');
            REQUIRE(parts.size() == 2);
            acknowledged.insert(parts[0], parts[1].toLongLong());
        }
        kiosk.killHard();
    }
    server.start();

    // Uploading, killed after its third entry; then again to the end.
    {
        Sim upload(server, {u"upload"_s, u"--pause-ms"_s, u"200"_s});
        for (int i = 0; i < 3; ++i)
            REQUIRE(upload.line().startsWith(u"sent "_s));
        upload.killHard();
    }
    int stored = 0;
    {
        Sim upload(server, {u"upload"_s});
        QString last;
        for (QString line = upload.line(); !line.isEmpty(); line = upload.line())
            last = line;
        REQUIRE(upload.finish() == 0);
        REQUIRE(last.startsWith(u"done "_s));
        stored = last.split(u' ').value(1).toInt();
    }
    std::cout << "kiosk killed: " << acknowledged.size() << " tickets acknowledged offline, " << 3 + stored
              << " registrations uploaded over two runs" << std::endl;

    auto database = Database::open(server.url(), Database::OpenMode::MustExist);
    REQUIRE(database.ok());
    Database &db = **database;
    for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it) {
        auto visit = VisitRepository::load(db, it.value());
        REQUIRE(visit.ok());
        CHECK(visit->queueLabel() == it.key());
    }
    // Nothing twice; at most the one registration the kill cut between its journal entry and its ticket.
    const int visits = count(db, u"SELECT COUNT(*) FROM visits WHERE station = 'kiosk-1'"_s);
    CHECK(visits >= acknowledged.size());
    CHECK(visits <= acknowledged.size() + 1);
    CHECK(visits == 3 + stored);
    CHECK(count(db, u"SELECT COUNT(DISTINCT queue_number) FROM visits"_s) == visits);
    CHECK(count(db, u"SELECT COUNT(*) FROM visits v WHERE NOT EXISTS (SELECT 1 FROM offline_numbers o "
                    u"WHERE o.visit_id = v.id AND o.queue_number = v.queue_number)"_s) == 0);
    auto verified = AuditLog::verify(db);
    REQUIRE(verified.ok());
    CHECK(verified->intact);
}
