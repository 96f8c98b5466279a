// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Clock.h"
#include "db/Result.h"
#include "web/Security.h"

#include <QCoreApplication>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>

namespace besuk {

struct SiteConfig {
    QString databaseLocation; // as for the stations: a SQLite file or a postgresql:// URL
    QString keyPath;          // the facility's signing key (tickets are signed here)
    QString secretPath;       // the site's own secret (CSRF tokens, ticket links); made when missing
    bool behindProxy = false; // trust X-Forwarded-For / X-Forwarded-Proto from the reverse proxy
    RateLimiter::Limits limits;
    // HTTP: one thread per open connection (cpp-httplib's model), enough for wrk's 256 keep-alive connections and
    // a crowd of slow ones. These threads only parse, wait and send; they never touch the database.
    int threads = 384;
    // Database work: this many threads with one connection each for the pages that only read (0: 4 on SQLite, 8
    // on PostgreSQL), and a lane of their own for the pages that write (book, cancel, move): one thread on SQLite,
    // the single writer; half as many as the readers on PostgreSQL.
    int databaseThreads = 0;
    int readTimeoutSeconds = 5;
    int writeTimeoutSeconds = 5;
    int keepAliveTimeoutSeconds = 5;
    int keepAliveMaxCount = 100;
    std::size_t payloadMaxBytes = 16 * 1024;
    std::chrono::seconds ticketLinkLifetime{std::chrono::hours(6)};
    // SQLite: the writer commits the changes queued together (up to this many) in one transaction, and answers
    // them once it committed (group commit: one fsync for many bookings). 1 commits each change alone.
    int groupCommitMax = 64;
    // Tests only: called on the writer before each group commit with the number of changes in it; true makes that
    // commit fail, as a full or failing disk would.
    std::function<bool(std::size_t changes)> groupCommitProbe;
};

class SiteServer;

// The booking site: cpp-httplib's server, the pages, and the security around them. The pages run on a few database
// threads (web/DatabaseLane.h), each with its own connection to the facility (a QSqlDatabase belongs to the thread
// that opened it).
class Site {
    Q_DECLARE_TR_FUNCTIONS(Site)
public:
    using LogSink = std::function<void(const QString &line)>;

    static Result<std::unique_ptr<Site>> create(SiteConfig config, const Clock &clock, LogSink log);
    ~Site();
    Site(const Site &) = delete;
    Site &operator=(const Site &) = delete;

    // Binds the listening socket; port 0 takes a free one. Returns the port.
    Result<int> bind(const QString &host, int port);
    // Serves until stop() (from any thread). Returns false when the server failed.
    bool run();
    void stop();
    // Blocks until run() accepts connections or `timeout` passes.
    bool waitUntilRunning(std::chrono::milliseconds timeout) const;

private:
    Site(SiteConfig config, const Clock &clock, LogSink log, SiteSecret secret);

    std::unique_ptr<SiteServer> m_server;
};

} // namespace besuk
