// SPDX-License-Identifier: GPL-3.0-or-later
#include "WebFixture.h"

#include "db/InmateStore.h"

#include <QCoreApplication>

#include <regex>

using namespace Qt::StringLiterals;

namespace besuk::test {

WebFixture::WebFixture(const Options &options) {
    REQUIRE(m_translator.load());
    QCoreApplication::installTranslator(&m_translator);
    fx.importDemoRoster();
    Rules rules = fx.facility->rules();
    rules.bookingSlots = Rules::demoBookingSlots(rules.anyVisitingDays());
    REQUIRE(fx.facility->saveRules(rules, u"test"_s).ok());

    SiteConfig config;
    config.databaseLocation = fx.db.location();
    config.keyPath = fx.db.keyPath();
    config.secretPath = fx.db.filePath(u"web.secret"_s);
    config.behindProxy = options.behindProxy;
    config.limits = options.limits;
    config.threads = options.threads;
    config.readTimeoutSeconds = options.readTimeoutSeconds;
    config.databaseThreads = options.databaseThreads;
    config.groupCommitProbe = options.groupCommitProbe;
    auto site = Site::create(config, fx.clock, [this](const QString &line) {
        const std::lock_guard lock(m_logMutex);
        m_log.append(line);
    });
    REQUIRE(site.ok());
    m_site = std::move(site).value();
    auto port = m_site->bind(u"127.0.0.1"_s, 0);
    REQUIRE(port.ok());
    m_port = *port;
    m_thread = std::thread([this] { m_site->run(); });
    REQUIRE(m_site->waitUntilRunning(std::chrono::seconds(30)));
}

WebFixture::~WebFixture() {
    m_site->stop();
    m_thread.join();
}

QStringList WebFixture::log() const {
    const std::lock_guard lock(m_logMutex);
    return m_log;
}

std::string inputValue(const std::string &html, const std::string &name) {
    const std::regex pattern("name=\"" + name + "\"[^>]*?value=\"([^\"]*)\"");
    std::smatch match;
    return std::regex_search(html, match, pattern) ? match[1].str() : std::string();
}

Browser::Browser(int port) : client("127.0.0.1", port) {
    client.set_read_timeout(60, 0);
    client.set_connection_timeout(30, 0);
}

httplib::Result Browser::get(const std::string &path, const httplib::Headers &headers) {
    httplib::Headers sent = headers;
    if (!cookie.empty())
        sent.emplace("Cookie", cookie);
    auto result = client.Get(path, sent);
    if (result) {
        const std::string made = result->get_header_value("Set-Cookie");
        if (made.rfind("besuk_browser=", 0) == 0)
            cookie = made.substr(0, made.find(';'));
        if (const std::string token = inputValue(result->body, "csrf"); !token.empty())
            csrf = token;
    }
    return result;
}

httplib::Result Browser::post(const std::string &path, httplib::Params fields, const char *token) {
    fields.emplace("csrf", token ? std::string(token) : csrf);
    httplib::Headers headers;
    if (!cookie.empty())
        headers.emplace("Cookie", cookie);
    auto result = client.Post(path, headers, fields);
    if (result) {
        if (const std::string made = inputValue(result->body, "csrf"); !made.empty())
            csrf = made;
    }
    return result;
}

httplib::Params Browser::journeyFields(const QString &inmateNumber, const QString &inmateName, const QDate &date,
                                       const QString &slot, const QList<std::pair<QString, QString>> &adults,
                                       int children) const {
    httplib::Params fields{{"service", "visit"},
                           {"date", date.toString(Qt::ISODate).toStdString()},
                           {"inmate_number", inmateNumber.toStdString()},
                           {"inmate_name", inmateName.toStdString()},
                           {"slot", slot.toStdString()},
                           {"children", std::to_string(children)}};
    for (qsizetype i = 0; i < adults.size(); ++i) {
        fields.emplace("nik" + std::to_string(i + 1), adults[i].first.toStdString());
        fields.emplace("name" + std::to_string(i + 1), adults[i].second.toStdString());
    }
    return fields;
}

httplib::Result Browser::review(const QString &inmateNumber, const QString &inmateName, const QDate &date,
                                const QString &slot, const QList<std::pair<QString, QString>> &adults, int children) {
    REQUIRE(get("/")->status == 200);
    const httplib::Params all = journeyFields(inmateNumber, inmateName, date, slot, adults, children);
    auto only = [&](std::initializer_list<const char *> names) {
        httplib::Params some;
        for (const char *name : names) {
            for (auto [it, end] = all.equal_range(name); it != end; ++it)
                some.emplace(it->first, it->second);
        }
        return some;
    };
    auto step = post("/book/inmate", only({"service", "date"}));
    REQUIRE(step);
    REQUIRE(step->status == 200);
    step = post("/book/slot", only({"service", "date", "inmate_number", "inmate_name"}));
    REQUIRE(step);
    REQUIRE(step->status == 200);
    step = post("/book/visitors", only({"service", "date", "inmate_number", "inmate_name", "slot"}));
    REQUIRE(step);
    REQUIRE(step->status == 200);
    return post("/book/review", all);
}

} // namespace besuk::test
