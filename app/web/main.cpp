// SPDX-License-Identifier: GPL-3.0-or-later
// besuk-web: the booking site. Reads the command line, opens (or makes, with --demo) the facility and serves
// until SIGINT or SIGTERM. TLS belongs to a reverse proxy in front (packaging/: Caddy, nginx).
#include "app/web/WebDemo.h"
#include "db/Database.h"
#include "db/Locations.h"
#include "web/RequestLanguage.h"
#include "web/Site.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <pthread.h>
#include <thread>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace besuk {
namespace {

struct Options {
    QString host = u"127.0.0.1"_s;
    int port = 8080;
    SiteConfig config;
    bool demo = false;
};

void say(const QString &line) {
    QTextStream(stderr) << u"besuk-web: "_s << line << u'\n';
}

bool intOption(const QCommandLineParser &parser, const QString &name, int min, int max, int &out) {
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < min || value > max) {
        say(QCoreApplication::translate("besuk-web", "--%1 needs a whole number from %2 to %3.")
                .arg(name)
                .arg(min)
                .arg(max));
        return false;
    }
    out = value;
    return true;
}

std::optional<Options> parse(const QCoreApplication &app) {
    QCommandLineParser parser;
    parser.setApplicationDescription(u"The booking site of Besuk: families book a visit slot and get the QR ticket."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {u"demo"_s, u"Serve a throw-away demo facility (removed on exit)."_s},
        {u"listen"_s, u"Address and port to listen on (default 127.0.0.1:8080)."_s, u"ADDRESS:PORT"_s},
        {u"db"_s, u"The database: a SQLite file or postgresql://USER@HOST/DBNAME."_s, u"LOCATION"_s},
        {u"key"_s, u"The facility's signing key file."_s, u"PATH"_s},
        {u"secret"_s, u"The site's secret file (default web.secret beside the key)."_s, u"PATH"_s},
        {u"behind-proxy"_s, u"Trust X-Forwarded-For and X-Forwarded-Proto from a reverse proxy."_s},
        {u"bookings-per-hour"_s, u"Bookings one client address may make an hour (default 10)."_s, u"N"_s},
        {u"requests-per-minute"_s, u"Requests one client address may make a minute (default 300)."_s, u"N"_s},
        {u"threads"_s, u"HTTP threads, one per open connection (default 384)."_s, u"N"_s},
        {u"db-threads"_s,
         u"Database threads for pages that read, one connection each (default 4 on SQLite, 8 on PostgreSQL). "
         u"Pages that write have their own: one on SQLite, half as many on PostgreSQL."_s,
         u"N"_s},
        {u"group-commit"_s,
         u"SQLite: at most this many bookings, cancellations and changes that queued together are committed in one "
         u"transaction, and answered after it (default 64; 1 commits each alone)."_s,
         u"N"_s},
    });
    parser.process(app);
    Options options;
    options.demo = parser.isSet(u"demo"_s);
    if (parser.isSet(u"listen"_s)) {
        const QString listen = parser.value(u"listen"_s);
        const qsizetype colon = listen.lastIndexOf(u':');
        bool ok = false;
        options.port = colon > 0 ? listen.mid(colon + 1).toInt(&ok) : 0;
        options.host = listen.left(colon);
        if (options.host.startsWith(u'[') && options.host.endsWith(u']'))
            options.host = options.host.mid(1, options.host.size() - 2);
        if (!ok || options.port < 0 || options.port > 65535 || options.host.isEmpty()) {
            say(QCoreApplication::translate("besuk-web", "--listen needs ADDRESS:PORT, e.g. 127.0.0.1:8080."));
            return std::nullopt;
        }
    }
    SiteConfig &config = options.config;
    config.databaseLocation = parser.isSet(u"db"_s) ? parser.value(u"db"_s) : defaultDatabasePath();
    config.keyPath = parser.isSet(u"key"_s) ? parser.value(u"key"_s) : defaultKeyPath(config.databaseLocation);
    config.secretPath = parser.isSet(u"secret"_s) ? parser.value(u"secret"_s)
                                                  : QFileInfo(config.keyPath).absoluteDir().filePath(u"web.secret"_s);
    config.behindProxy = parser.isSet(u"behind-proxy"_s);
    if (!intOption(parser, u"bookings-per-hour"_s, 0, 100000, config.limits.bookingsPerHour) ||
        !intOption(parser, u"requests-per-minute"_s, 0, 10000000, config.limits.requestsPerMinute) ||
        !intOption(parser, u"threads"_s, 2, 4096, config.threads) ||
        !intOption(parser, u"db-threads"_s, 1, 256, config.databaseThreads) ||
        !intOption(parser, u"group-commit"_s, 1, 1024, config.groupCommitMax))
        return std::nullopt;
    return options;
}

} // namespace
} // namespace besuk

int main(int argc, char *argv[]) {
    using namespace besuk;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // tickets are drawn with Qt Gui; there is no screen
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"besuk-web"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(BESUK_VERSION));
    RequestTranslator translator;
    if (translator.load())
        QCoreApplication::installTranslator(&translator);

    auto options = parse(app);
    if (!options)
        return 2;
    SystemClock clock;
    WebDemo demo;
    if (options->demo) {
        if (auto made = demo.create(clock); !made) {
            say(made.error().message);
            return 1;
        }
        options->config.databaseLocation = demo.databasePath();
        options->config.keyPath = demo.keyPath();
        options->config.secretPath = demo.secretPath();
    }
    auto site = Site::create(options->config, clock, [](const QString &line) { say(line); });
    if (!site) {
        say(site.error().message);
        return 1;
    }
    auto port = (*site)->bind(options->host, options->port);
    if (!port) {
        say(port.error().message);
        return 1;
    }
    // Signals go to this thread alone, which waits for them; the workers serve.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
    bool served = true;
    std::thread server([&] {
        served = (*site)->run();
        if (!served)
            ::kill(::getpid(), SIGTERM);
    });
    const QString shown = options->host.contains(u':') ? u"[%1]"_s.arg(options->host) : options->host;
    say(u"serving http://%1:%2/"_s.arg(shown).arg(*port));
    int received = 0;
    sigwait(&stopSignals, &received);
    (*site)->stop();
    server.join();
    say(u"stopped"_s);
    return served ? 0 : 1;
}
