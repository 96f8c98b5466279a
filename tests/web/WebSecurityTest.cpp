// SPDX-License-Identifier: GPL-3.0-or-later
// The booking site's defences, through real sockets: headers, CSRF, limits, slow clients, the log.
#include "WebFixture.h"

#include <QElapsedTimer>
#include <QThread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;
using namespace besuk;
using namespace besuk::test;

namespace {

const std::string Csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                        "form-action 'self'; frame-ancestors 'none'";

void checkHeaders(const httplib::Result &result) {
    REQUIRE(result);
    INFO("status " << result->status);
    CHECK(result->get_header_value("Content-Security-Policy") == Csp);
    CHECK(result->get_header_value("X-Frame-Options") == "DENY");
    CHECK(result->get_header_value("Referrer-Policy") == "no-referrer");
    CHECK(result->get_header_value("X-Content-Type-Options") == "nosniff");
    CHECK_FALSE(result->has_header("Strict-Transport-Security"));
}

// A connection that sent half a request line and then says nothing more.
int halfOpen(int port) {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    REQUIRE(fd >= 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(quint16(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0);
    const char partial[] = "GET / HTTP/1.1\r\nHost: 127.0";
    REQUIRE(::send(fd, partial, sizeof partial - 1, 0) == ssize_t(sizeof partial - 1));
    return fd;
}

// A connection that sent a POST's head and a few bytes of its body, then stalls.
int stalledPost(int port) {
    const int fd = halfOpen(port);
    const char rest[] = ".0.1\r\n\r\n"; // ends the GET: answered at once, then the connection is kept
    REQUIRE(::send(fd, rest, sizeof rest - 1, 0) == ssize_t(sizeof rest - 1));
    const char post[] = "POST /book/slot HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 500\r\n\r\nservice=vi";
    REQUIRE(::send(fd, post, sizeof post - 1, 0) == ssize_t(sizeof post - 1));
    return fd;
}

const QString Nik = u"6471054501900003"_s;

} // namespace

TEST_CASE("The style sheet and script and icon may be kept an hour while pages are never stored", "[web]") {
    WebFixture web;
    Browser browser(web.port());
    for (const char *file : {"/static/site.css", "/static/app.js", "/static/icon.svg"}) {
        auto result = browser.get(file);
        REQUIRE(result);
        CHECK(result->status == 200);
        CHECK(result->get_header_value_count("Cache-Control") == 1);
        CHECK(result->get_header_value("Cache-Control") == "public, max-age=3600");
    }
    auto icon = browser.get("/static/icon.svg");
    CHECK(icon->get_header_value("Content-Type") == "image/svg+xml");
    CHECK(icon->body.find("<svg") != std::string::npos);
    auto favicon = browser.get("/favicon.ico");
    REQUIRE(favicon);
    CHECK(favicon->status == 301);
    CHECK(favicon->get_header_value("Location") == "/static/icon.svg");
    auto page = browser.get("/");
    REQUIRE(page);
    CHECK(page->get_header_value("Cache-Control") == "no-store");
    CHECK(page->body.find("href=\"/static/icon.svg\"") != std::string::npos);
}

TEST_CASE("Every response carries the security headers, HSTS only behind a TLS proxy", "[web]") {
    WebFixture web;
    Browser browser(web.port());
    checkHeaders(browser.get("/"));
    checkHeaders(browser.get("/static/site.css"));
    checkHeaders(browser.get("/static/app.js"));
    checkHeaders(browser.get("/no/such/page"));
    checkHeaders(browser.get("/booking/ABCD2345/qr.png?t=1.forged"));
    checkHeaders(browser.post("/book/confirm", {}, "wrong"));
    checkHeaders(browser.get("/booking"));

    WebFixture::Options proxiedOptions;
    proxiedOptions.behindProxy = true;
    WebFixture proxied(proxiedOptions);
    Browser behind(proxied.port());
    auto tls = behind.get("/", {{"X-Forwarded-Proto", "https"}, {"X-Forwarded-For", "203.0.113.9"}});
    REQUIRE(tls);
    CHECK(tls->get_header_value("Strict-Transport-Security") == "max-age=31536000");
    CHECK(tls->get_header_value("Set-Cookie").find("; Secure") != std::string::npos);
    auto plain = behind.get("/", {{"X-Forwarded-Proto", "http"}});
    REQUIRE(plain);
    CHECK_FALSE(plain->has_header("Strict-Transport-Security"));
}

TEST_CASE("A POST without the right CSRF token is refused with 403 and stores nothing", "[web]") {
    WebFixture web;
    Browser browser(web.port());
    REQUIRE(browser.get("/booking"));
    REQUIRE_FALSE(browser.csrf.empty());
    const Snapshot before = web.fx.snapshot();
    const httplib::Params fields = browser.journeyFields(u"B.I-001/2025"_s, u"Andi Wijaya"_s, web.tomorrow(),
                                                         u"09:00"_s, {{Nik, u"Sri Wahyuni"_s}}, 0);
    Browser stranger(web.port());
    REQUIRE(stranger.get("/booking"));
    for (const char *token : {"", "forged", stranger.csrf.c_str()}) {
        INFO("token '" << token << "'");
        auto refused = browser.post("/book/confirm", fields, token);
        REQUIRE(refused);
        CHECK(refused->status == 403);
        CHECK(refused->body.find("Tidak ada yang diubah") != std::string::npos);
    }
    // Without the browser's cookie its own token is worth nothing either.
    httplib::Client bare("127.0.0.1", web.port());
    httplib::Params withToken = fields;
    withToken.emplace("csrf", browser.csrf);
    auto cookieless = bare.Post("/book/confirm", withToken);
    REQUIRE(cookieless);
    CHECK(cookieless->status == 403);
    CHECK(web.fx.snapshot() == before);
    // The browser's own token does pass.
    auto accepted = browser.post("/booking", {{"code", "ABCD2345"}, {"nik", Nik.toStdString()}});
    REQUIRE(accepted);
    CHECK(accepted->status != 403);
}

TEST_CASE("A crowd of 300 half-open connections does not stop an ordinary visitor", "[web]") {
    WebFixture::Options options;
    options.threads = 384;
    WebFixture web(options);
    std::vector<int> crowd;
    for (int i = 0; i < 300; ++i)
        crowd.push_back(halfOpen(web.port()));
    Browser visitor(web.port()); // its read timeout (60 s) is the generous deadline
    auto page = visitor.get("/static/site.css");
    REQUIRE(page);
    CHECK(page->status == 200);
    auto again = visitor.get("/static/app.js");
    REQUIRE(again);
    CHECK(again->status == 200);
    for (int fd : crowd)
        ::close(fd);
}

TEST_CASE("Clients that stall in the middle of a request hold no database thread", "[web]") {
    // One database thread; the stalled clients may keep their HTTP threads for 60 s.
    WebFixture::Options options;
    options.readTimeoutSeconds = 60;
    options.databaseThreads = 1;
    WebFixture web(options);
    std::vector<int> crowd;
    for (int i = 0; i < 40; ++i)
        crowd.push_back(stalledPost(web.port()));
    Browser visitor(web.port());
    visitor.client.set_read_timeout(20, 0); // far less than the stalled clients may take: they must not be waited for
    auto home = visitor.get("/");           // the home page asks the database for the bookable days
    REQUIRE(home);
    CHECK(home->status == 200);
    auto slotPage = visitor.post("/book/slot", {{"service", "visit"},
                                                {"date", web.tomorrow().toString(Qt::ISODate).toStdString()},
                                                {"inmate_number", "B.I-001/2025"},
                                                {"inmate_name", "Andi Wijaya"}});
    REQUIRE(slotPage);
    CHECK(slotPage->status == 200);
    for (int fd : crowd)
        ::close(fd);
}

TEST_CASE("Requests beyond an address's budget get the 429 page", "[web]") {
    WebFixture::Options options;
    options.limits = {5, 10};
    WebFixture web(options);
    Browser browser(web.port());
    for (int i = 0; i < 5; ++i)
        REQUIRE(browser.get("/static/site.css")->status == 200);
    auto refused = browser.get("/booking");
    REQUIRE(refused);
    CHECK(refused->status == 429);
    CHECK(refused->get_header_value("Retry-After") == "60");
    CHECK(refused->body.find("Terlalu banyak permintaan") != std::string::npos);
    CHECK(refused->body.find("<h1>") != std::string::npos);
}

TEST_CASE("Oversized requests are refused with 413 and change nothing", "[web]") {
    WebFixture web;
    Browser browser(web.port());
    REQUIRE(browser.get("/booking"));
    const Snapshot before = web.fx.snapshot();
    auto refused = browser.post("/booking", {{"code", "ABCD2345"}, {"nik", std::string(100 * 1024, '1')}});
    REQUIRE(refused);
    CHECK(refused->status == 413);
    CHECK(refused->body.find("Data terlalu banyak") != std::string::npos);
    CHECK(web.fx.snapshot() == before);
}

TEST_CASE("The log holds method, path, status and time, never a NIK or a name", "[web]") {
    WebFixture web;
    Browser browser(web.port());
    REQUIRE(browser.get("/booking"));
    REQUIRE(browser.post("/booking", {{"code", "ABCD-2345"}, {"nik", Nik.toStdString()}}));
    REQUIRE(browser.get("/booking/" + Nik.toStdString()));
    REQUIRE(browser.get("/?name=Sri+Wahyuni&nik=" + Nik.toStdString()));
    // A request's line is written once its answer is sent: wait until all four are there.
    QStringList log;
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        log = web.log().filter(QRegularExpression(u"^(GET|POST) "_s));
        if (log.size() >= 4 || waited.elapsed() > 30000)
            break;
        QThread::msleep(5);
    }
    INFO(web.log().join(u"\n"_s).toStdString());
    REQUIRE(log.size() == 4);
    CHECK(log.filter(QRegularExpression(u"^GET /booking 200 \\d+ ms$"_s)).size() == 1);
    CHECK(log.filter(QRegularExpression(u"^POST /booking \\d{3} \\d+ ms$"_s)).size() == 1);
    CHECK(log.filter(QRegularExpression(u"^GET \\(other path\\) 404 \\d+ ms$"_s)).size() == 1);
    CHECK(log.filter(QRegularExpression(u"^GET / \\d{3} \\d+ ms$"_s)).size() == 1);
    log = web.log();
    for (const QString &line : log) {
        INFO(line.toStdString());
        CHECK_FALSE(line.contains(Nik));
        CHECK_FALSE(line.contains(u"6471"_s));
        CHECK_FALSE(line.contains(u"Wahyuni"_s));
        CHECK_FALSE(line.contains(u"?"_s));
    }
}
