// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A PostgreSQL 15 server of a test's own (so that stopping it disturbs no test running beside it): a throw-away
// cluster like packaging/with-postgres.sh's (trust auth, loopback only, fsync off) on a free port. Include after
// catch.hpp; for tests registered only where PostgreSQL 15 is installed.

#include "db/Clock.h"
#include "db/Database.h"
#include "db/Facility.h"

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <iostream>
#include <memory>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace besuk::test {

class OwnPostgres {
public:
    OwnPostgres() : m_port(freePort()) {
        REQUIRE(m_dir.isValid());
        if (::geteuid() == 0) { // initdb refuses root: the cluster belongs to the postgres user
            REQUIRE(run(QStringLiteral("chown"), {QStringLiteral("postgres"), m_dir.path()}));
            m_asOwner = {QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--")};
        }
        REQUIRE(pg(QStringLiteral("initdb"),
                   {QStringLiteral("-D"), data(), QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-U"),
                    QStringLiteral("besuk"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                    QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync")}));
        start();
    }
    ~OwnPostgres() {
        pg(QStringLiteral("pg_ctl"),
           {QStringLiteral("-D"), data(), QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("stop")});
    }
    OwnPostgres(const OwnPostgres &) = delete;
    OwnPostgres &operator=(const OwnPostgres &) = delete;

    void start() {
        REQUIRE(
            pg(QStringLiteral("pg_ctl"),
               {QStringLiteral("-D"), data(), QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                QStringLiteral("-l"), m_dir.filePath(QStringLiteral("log")), QStringLiteral("-o"),
                QStringLiteral("-k %1 -p %2 -c listen_addresses=127.0.0.1 -c fsync=off").arg(m_dir.path()).arg(m_port),
                QStringLiteral("start")}));
    }
    void stop() {
        REQUIRE(pg(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), data(), QStringLiteral("-m"),
                                              QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")}));
    }
    [[nodiscard]] QString url() const { return QStringLiteral("postgresql://besuk@127.0.0.1:%1/postgres").arg(m_port); }
    // A facility ("Rutan Uji", Asia/Makassar) initialised on this server, its key among the test's files.
    [[nodiscard]] std::unique_ptr<Facility> initialiseFacility(const Clock &clock) const {
        auto opened = Database::open(url(), Database::OpenMode::CreateIfMissing);
        INFO((opened ? std::string()
                     : QString(opened.error().message + QStringLiteral(" / ") + opened.error().detail).toStdString()));
        REQUIRE(opened.ok());
        auto facility = Facility::initialise(std::move(opened).value(), clock, QStringLiteral("Rutan Uji"),
                                             QStringLiteral("Asia/Makassar"), filePath(QStringLiteral("facility.key")));
        REQUIRE(facility.ok());
        return std::move(facility).value();
    }
    // The facility as another program opens it (a kiosk, a console, the office): a connection of its own.
    [[nodiscard]] std::unique_ptr<Facility> openFacility(const Clock &clock, const QString &keyPath) const {
        auto database = Database::open(url(), Database::OpenMode::MustExist);
        REQUIRE(database.ok());
        auto facility = Facility::open(std::move(database).value(), clock, keyPath);
        REQUIRE(facility.ok());
        return std::move(facility).value();
    }
    // A file of the test's own (keys, station journals), removed with the server.
    [[nodiscard]] QString filePath(const QString &name) const { return m_files.filePath(name); }

private:
    static int freePort() {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        REQUIRE(fd >= 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        REQUIRE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0);
        socklen_t length = sizeof address;
        REQUIRE(::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0);
        ::close(fd);
        return ntohs(address.sin_port);
    }
    [[nodiscard]] QString data() const { return m_dir.filePath(QStringLiteral("data")); }
    bool pg(const QString &tool, const QStringList &arguments) {
        const QString program = QStringLiteral("/usr/lib/postgresql/15/bin/") + tool;
        if (m_asOwner.isEmpty())
            return run(program, arguments);
        return run(QStringLiteral("runuser"), m_asOwner + QStringList{program} + arguments);
    }
    static bool run(const QString &program, const QStringList &arguments) {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(program, arguments);
        const bool finished = process.waitForFinished(120'000);
        if (!finished || process.exitCode() != 0)
            std::cerr << program.toStdString() << " failed: " << process.readAll().toStdString() << '\n';
        return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }

    QTemporaryDir m_dir{QStringLiteral("/tmp/besuk-outage.XXXXXX")};
    QTemporaryDir m_files;
    int m_port;
    QStringList m_asOwner;
};

} // namespace besuk::test
