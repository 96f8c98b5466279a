// SPDX-License-Identifier: GPL-3.0-or-later
#include "web/SiteServer.h"

#include "web/RequestLanguage.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QThread>
#include <QUrl>

#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

constexpr const char *BrowserCookie = "besuk_browser";
constexpr const char *LanguageCookie = "besuk_lang";

thread_local QElapsedTimer t_requestTimer;
// Set by beforeRouting for the handler that follows on the same thread.
thread_local QByteArray t_browserId;
thread_local QString t_address;

QString cookie(const httplib::Request &request, const char *name) {
    const QString header = QString::fromStdString(request.get_header_value("Cookie"));
    const QString prefix = QLatin1StringView(name) + u'=';
    for (const QString &part : header.split(u';')) {
        const QString trimmed = part.trimmed();
        if (trimmed.startsWith(prefix))
            return trimmed.mid(prefix.size());
    }
    return {};
}

bool plausibleId(const QString &id) {
    static const QRegularExpression shape(u"^[A-Za-z0-9_-]{16,64}$"_s);
    return shape.match(id).hasMatch();
}

} // namespace

QString Exchange::field(const char *name) const {
    if (!request.has_param(name))
        return {};
    return QString::fromUtf8(request.get_param_value(name).c_str());
}

SiteServer::SiteServer(SiteConfig config, const Clock &clock, Site::LogSink log, SiteSecret secret)
    : m_config(std::move(config)), m_clock(clock), m_log(std::move(log)), m_secret(std::move(secret)), m_csrf(m_secret),
      m_tickets(m_secret), m_limiter(m_config.limits) {
    const bool postgres = Database::isPostgresUrl(m_config.databaseLocation);
    const int readers = m_config.databaseThreads > 0 ? m_config.databaseThreads : (postgres ? 8 : 4);
    m_readers = std::make_unique<DatabaseLane>(readers);
    // SQLite takes one writer at a time anyway: one thread, so writers queue in order instead of retrying on the
    // busy lock, and what queued while it committed is committed together next (one fsync for all). PostgreSQL
    // writes in parallel (row locks); its own lane keeps slow commits from delaying pages.
    if (postgres)
        m_writers = std::make_unique<DatabaseLane>(std::max(1, readers / 2));
    else
        m_writers = std::make_unique<DatabaseLane>(
            1, DatabaseLane::Batch{std::size_t(std::max(1, m_config.groupCommitMax)),
                                   [this](std::size_t changes, const std::function<void()> &runChanges) {
                                       return commitTogether(changes, runChanges);
                                   }});
    security();
    routes();
}

void SiteServer::security() {
    const int threads = std::max(2, m_config.threads);
    m_http.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
    m_http.set_read_timeout(m_config.readTimeoutSeconds, 0);
    m_http.set_write_timeout(m_config.writeTimeoutSeconds, 0);
    m_http.set_keep_alive_timeout(m_config.keepAliveTimeoutSeconds);
    m_http.set_keep_alive_max_count(std::size_t(std::max(1, m_config.keepAliveMaxCount)));
    // An answer goes out as head and body in separate writes: with Nagle's algorithm the body waits for the
    // client's delayed acknowledgement of the head, 40 ms a page on Linux (docs/benchmarks.md, section 6).
    m_http.set_tcp_nodelay(true);
    m_http.set_payload_max_length(m_config.payloadMaxBytes);
    m_http.set_socket_options([this](socket_t socket) {
        httplib::default_socket_options(socket);
        m_listenSocket = socket;
    });
    m_http.set_default_headers({
        {"Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                                    "form-action 'self'; frame-ancestors 'none'"},
        {"X-Frame-Options", "DENY"},
        {"Referrer-Policy", "no-referrer"},
        {"X-Content-Type-Options", "nosniff"},
        {"Cache-Control", "no-store"},
    });
    m_http.set_pre_routing_handler([this](const httplib::Request &request, httplib::Response &response) {
        return beforeRouting(request, response);
    });
    m_http.set_logger(
        [this](const httplib::Request &request, const httplib::Response &response) { logRequest(request, response); });
    m_http.set_error_handler([this](const httplib::Request &request, httplib::Response &response) {
        if (!response.body.empty())
            return;
        Exchange exchange{request, response, {}, {}};
        const int status = response.status;
        if (status == 404)
            errorPage(exchange, 404, tr("Page not found"),
                      tr("This page does not exist. Start again from the home page."));
        else if (status == 413)
            errorPage(exchange, 413, tr("Too much data"), tr("The form sent more data than this site accepts."));
        else
            errorPage(exchange, status, tr("Request refused"),
                      tr("The request could not be handled. Please try again."));
    });
    m_http.set_exception_handler(
        [this](const httplib::Request &request, httplib::Response &response, std::exception_ptr) {
            Exchange exchange{request, response, {}, {}};
            errorPage(exchange, 500, tr("Something went wrong"),
                      tr("The site could not answer just now. Nothing was booked. Please try again."));
        });
}

httplib::Server::HandlerResponse SiteServer::beforeRouting(const httplib::Request &request,
                                                           httplib::Response &response) {
    t_requestTimer.start();
    QString language = QString::fromStdString(request.get_param_value("lang"));
    if (language == u"id"_s || language == u"en"_s)
        response.set_header("Set-Cookie", ("besuk_lang=" + language.toStdString() +
                                           "; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly"));
    else
        language = cookie(request, LanguageCookie);
    RequestLanguage::set(RequestLanguage::fromCode(language));

    const bool https = m_config.behindProxy && request.get_header_value("X-Forwarded-Proto") == "https";
    if (https)
        response.set_header("Strict-Transport-Security", "max-age=31536000");

    QString address = QString::fromStdString(request.remote_addr);
    if (m_config.behindProxy && request.has_header("X-Forwarded-For")) {
        const QString forwarded = QString::fromStdString(request.get_header_value("X-Forwarded-For"));
        address = forwarded.split(u',').last().trimmed(); // the hop our own proxy added
    }
    Exchange exchange{request, response, cookie(request, BrowserCookie).toLatin1(), address};
    if (!m_limiter.allowRequest(address, now().toSecsSinceEpoch())) {
        response.set_header("Retry-After", "60");
        errorPage(exchange, 429, tr("Too many requests"),
                  tr("Too many requests came from your connection. Please wait a minute and try again."));
        return httplib::Server::HandlerResponse::Handled;
    }
    if (!plausibleId(QString::fromLatin1(exchange.browserId))) {
        exchange.browserId = SiteSecret::randomId();
        response.headers.emplace("Set-Cookie", std::string(BrowserCookie) + "=" + exchange.browserId.toStdString() +
                                                   "; Path=/; HttpOnly; SameSite=Strict" + (https ? "; Secure" : ""));
    }
    t_browserId = exchange.browserId;
    t_address = exchange.address;
    return httplib::Server::HandlerResponse::Unhandled;
}

void SiteServer::logRequest(const httplib::Request &request, const httplib::Response &response) {
    if (!m_log)
        return;
    // The path only when a route took it: routes hold nothing but booking codes; a stray path could hold anything.
    static const QRegularExpression known(
        u"^/(|favicon\\.ico|static/[a-z.]+|book/[a-z]+|booking(/[0-9A-Z]{8}(/[a-z]+(\\.png|\\.pdf)?)?)?)$"_s);
    QString path = QString::fromStdString(request.path);
    if (!known.match(path).hasMatch())
        path = u"(other path)"_s;
    const qint64 ms = t_requestTimer.isValid() ? t_requestTimer.elapsed() : 0;
    const QString line =
        u"%1 %2 %3 %4 ms"_s.arg(QString::fromStdString(request.method).left(8), path).arg(response.status).arg(ms);
    const std::lock_guard lock(m_logMutex);
    m_log(line);
}

Result<int> SiteServer::bind(const QString &host, int port) {
    int bound = port;
    if (port == 0)
        bound = m_http.bind_to_any_port(host.toStdString());
    else if (!m_http.bind_to_port(host.toStdString(), port))
        bound = -1;
    if (bound <= 0)
        return makeError(ErrorCode::Storage, tr("Could not listen on %1:%2 (in use, or not an address of this "
                                                "machine).")
                                                 .arg(host)
                                                 .arg(port));
    // cpp-httplib listens with a backlog of 5; 256 clients connecting at once need more.
    if (m_listenSocket >= 0)
        ::listen(m_listenSocket, SOMAXCONN);
    return bound;
}

bool SiteServer::run() {
    return m_http.listen_after_bind();
}

Result<Facility *> SiteServer::facility() {
    if (!DatabaseLane::onLaneThread())
        return makeError(ErrorCode::Storage, u"the facility was asked for outside a database lane"_s);
    thread_local std::unique_ptr<Facility> opened;
    thread_local const SiteServer *owner = nullptr;
    if (opened && owner == this)
        return opened.get();
    opened.reset();
    auto database = Database::open(m_config.databaseLocation, Database::OpenMode::MustExist);
    if (!database)
        return database.error();
    auto facility = Facility::open(std::move(database).value(), m_clock, m_config.keyPath);
    if (!facility)
        return facility.error();
    opened = std::move(facility).value();
    owner = this;
    return opened.get();
}

DatabaseLane &SiteServer::laneFor(Access access) {
    return access == Access::Writes ? *m_writers : *m_readers;
}

QString SiteServer::facilityName() {
    if (DatabaseLane::onLaneThread()) {
        if (auto opened = facility()) {
            const QString name = (*opened)->profile().name;
            const std::lock_guard lock(m_nameMutex);
            m_facilityName = name;
            return name;
        }
        return {};
    }
    {
        const std::lock_guard lock(m_nameMutex);
        if (!m_facilityName.isEmpty())
            return m_facilityName;
    }
    QString name; // before any page: ask a lane once
    m_readers->run([&] { name = facilityName(); });
    return name;
}

void SiteServer::render(Exchange &exchange, const QString &title, const char *templateName, Templates::Data data,
                        int status) {
    const bool english = RequestLanguage::current() == Language::English;
    QString facilityName = this->facilityName();
    if (facilityName.isEmpty())
        facilityName = tr("Visit booking");
    Templates::Data layout;
    layout.set("lang", RequestLanguage::code().toStdString());
    layout.set("title", Templates::text(title));
    layout.set("facility", Templates::text(facilityName));
    layout.set("otherLang", english ? "id" : "en");
    layout.set("otherLangName", english ? "Bahasa Indonesia" : "English");
    const bool get = exchange.request.method == "GET" && exchange.response.status != 404;
    std::string langHref = (get ? exchange.request.path : std::string("/")) + "?lang=" + (english ? "id" : "en");
    if (get && exchange.request.has_param("t"))
        langHref += "&t=" + httplib::detail::encode_query_param(exchange.request.get_param_value("t"));
    layout.set("langHref", langHref);
    layout.set("home", Templates::text(tr("Book a visit")));
    layout.set("mine", Templates::text(tr("My booking")));
    layout.set("skip", Templates::text(tr("Skip to the content")));
    data.set("csrf", m_csrf.tokenFor(exchange.browserId).toStdString());
    exchange.response.status = status;
    exchange.response.set_content(m_templates.page(templateName, data, layout), "text/html; charset=utf-8");
}

void SiteServer::errorPage(Exchange &exchange, int status, const QString &title, const QString &message) {
    Templates::Data data;
    data.set("message", Templates::text(message));
    data.set("again", Templates::text(tr("Back to the start")));
    render(exchange, title, "error", data, status);
}

void SiteServer::failure(Exchange &exchange, const Error &error) {
    switch (error.code) {
    case ErrorCode::Storage:
    case ErrorCode::KeyProblem:
    case ErrorCode::NotInitialised:
        if (m_log) {
            const std::lock_guard lock(m_logMutex);
            m_log(u"server problem: %1"_s.arg(error.message.simplified())); // no request data in it
        }
        errorPage(exchange, 503, tr("Not available just now"),
                  tr("The booking service cannot answer just now. Nothing was changed. Please try again later."));
        return;
    default:
        errorPage(exchange, 422, tr("Not possible"), error.message);
    }
}

QString SiteServer::dateText(const QDate &date) const {
    return RequestLanguage::locale().toString(date, u"dddd, d MMMM yyyy"_s);
}

QString SiteServer::codeText(const QString &code) {
    return code.size() == 8 ? code.left(4) + u'-' + code.mid(4) : code;
}

QString SiteServer::normalisedCode(const QString &typed) {
    QString code;
    for (const QChar c : typed) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            code.append(c.toUpper());
        else if (c != u'-' && c != u' ')
            return {};
    }
    return code.size() == 8 ? code : QString();
}

void SiteServer::page(const char *pattern, bool post, void (SiteServer::*handler)(Exchange &), Access access) {
    route(pattern, post, [this, handler, access](Exchange &exchange) {
        onLane(access, exchange, [&] { (this->*handler)(exchange); });
    });
}

void SiteServer::checkedChange(const char *pattern, bool (SiteServer::*check)(Exchange &),
                               void (SiteServer::*change)(Exchange &)) {
    route(pattern, true, [this, check, change](Exchange &exchange) {
        bool passed = false;
        onLane(Access::Reads, exchange, [&] { passed = (this->*check)(exchange); });
        if (passed)
            onLane(Access::Writes, exchange, [&] { (this->*change)(exchange); });
    });
}

void SiteServer::route(const char *pattern, bool post, std::function<void(Exchange &)> serve) {
    auto wrapped = [this, serve = std::move(serve)](const httplib::Request &request, httplib::Response &response) {
        Exchange exchange{request, response, t_browserId, t_address};
        // Every form carries the token (checked here: the body is read after the pre-routing handler ran).
        if (request.method == "POST" &&
            !m_csrf.accepts(exchange.browserId, QByteArray::fromStdString(request.get_param_value("csrf")))) {
            return errorPage(exchange, 403, tr("Form expired"),
                             tr("This form has expired or did not come from this site. Nothing was changed. "
                                "Please open the page again and repeat."));
        }
        serve(exchange);
    };
    if (post)
        m_http.Post(pattern, wrapped);
    else
        m_http.Get(pattern, wrapped);
}

void SiteServer::onLane(Access access, Exchange &exchange, const std::function<void()> &work) {
    // The HTTP thread waits while a database thread answers, in the request's language.
    const Language language = RequestLanguage::current();
    const bool stands = laneFor(access).run([&] {
        RequestLanguage::set(language);
        if (access == Access::Writes)
            runChange(work);
        else
            work();
    });
    if (stands)
        return;
    // Its change was rolled back with the rest of the batch: the page it made (a ticket, a redirect to one) is
    // not what happened.
    exchange.response.headers.erase("Location");
    errorPage(exchange, 503, tr("Not available just now"),
              tr("The booking service cannot answer just now. Nothing was changed. Please try again later."));
}

void SiteServer::runChange(const std::function<void()> &work) {
    auto opened = facility();
    if (!opened || !(*opened)->database().writing())
        return work();
    // Inside a group commit: the whole change, page included, in a savepoint of its own, so that a change that
    // throws half way leaves nothing of itself behind in the transaction the others commit.
    (void)(*opened)->database().write([&]() -> Result<void> {
        work();
        return {};
    });
}

bool SiteServer::commitTogether(std::size_t changes, const std::function<void()> &runChanges) {
    auto opened = facility();
    if (!opened) {
        runChanges(); // each meets the same failure and says so
        return true;
    }
    auto committed = (*opened)->database().write([&]() -> Result<void> {
        runChanges();
        if (m_config.groupCommitProbe && m_config.groupCommitProbe(changes))
            return makeError(ErrorCode::Storage, u"the commit failed (test)"_s);
        return {};
    });
    if (!committed && m_log) {
        const std::lock_guard lock(m_logMutex);
        m_log(u"server problem: %1 changes rolled back: %2"_s.arg(changes).arg(committed.error().message.simplified()));
    }
    return committed.ok();
}

void SiteServer::routes() {
    page("/", false, &SiteServer::home);
    page("/book/inmate", true, &SiteServer::inmateStep);
    page("/book/slot", true, &SiteServer::slotStep);
    page("/book/visitors", true, &SiteServer::visitorsStep);
    page("/book/review", true, &SiteServer::reviewStep);
    checkedChange("/book/confirm", &SiteServer::confirmChecks, &SiteServer::confirmStep);
    page("/booking", false, &SiteServer::findForm);
    page("/booking", true, &SiteServer::findBooking);
    page(R"(/booking/([0-9A-Z]{8}))", false, &SiteServer::showBooking);
    page(R"(/booking/([0-9A-Z]{8})/cancel)", true, &SiteServer::cancelBooking, Access::Writes);
    page(R"(/booking/([0-9A-Z]{8})/change)", true, &SiteServer::changeBooking, Access::Writes);
    page(R"(/booking/([0-9A-Z]{8})/qr\.png)", false, &SiteServer::qrImage);
    page(R"(/booking/([0-9A-Z]{8})/ticket\.png)", false, &SiteServer::ticketPng);
    page(R"(/booking/([0-9A-Z]{8})/ticket\.pdf)", false, &SiteServer::ticketPdf);
    serveStaticFiles();
}

// The style sheet, the script and the icon: the same for everyone, so a phone may keep them for an hour (pages
// themselves are never stored: they carry tokens and personal data).
void SiteServer::serveStaticFiles() {
    const std::pair<const char *, const char *> files[] = {{"site.css", "text/css; charset=utf-8"},
                                                           {"app.js", "text/javascript; charset=utf-8"},
                                                           {"icon.svg", "image/svg+xml"}};
    for (const auto &[name, type] : files) {
        QFile file(u":/web/static/"_s + QLatin1StringView(name));
        const std::string body = file.open(QIODevice::ReadOnly) ? file.readAll().toStdString() : std::string();
        m_http.Get(std::string("/static/") + name,
                   [body, type = std::string(type)](const httplib::Request &, httplib::Response &response) {
                       response.headers.erase("Cache-Control");
                       response.set_header("Cache-Control", "public, max-age=3600");
                       response.set_content(body, type.c_str());
                   });
    }
    // Browsers ask for /favicon.ico whatever the page says: the same icon, not a 404.
    m_http.Get("/favicon.ico", [](const httplib::Request &, httplib::Response &response) {
        response.status = 301;
        response.set_header("Location", "/static/icon.svg");
    });
}

} // namespace besuk
