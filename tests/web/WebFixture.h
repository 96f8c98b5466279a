// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FacilityFixture.h"
#include "web/RequestLanguage.h"
#include "web/Site.h"

#include <QStringList>

#include <catch2/catch.hpp>

#include <functional>
#include <httplib.h>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

namespace besuk::test {

// A facility with the demo roster and the demo booking slots, its clock at 09:00 on Saturday 27 December 2025, and
// the booking site serving it on a free loopback port in this process.
class WebFixture {
public:
    struct Options {
        int threads = 64;
        RateLimiter::Limits limits{100000, 100000};
        bool behindProxy = false;
        int readTimeoutSeconds = 5;
        int databaseThreads = 0;                                   // 0: the site's default
        std::function<bool(std::size_t changes)> groupCommitProbe; // see SiteConfig
    };
    WebFixture() : WebFixture(Options()) {}
    explicit WebFixture(const Options &options);
    ~WebFixture();

    [[nodiscard]] int port() const { return m_port; }
    [[nodiscard]] QStringList log() const;
    [[nodiscard]] QDate tomorrow() const { return FacilityFixture::reportDay().addDays(1); }

private:
    // Answers every tr() of the site in the request's language for as long as the fixture lives; declared first so
    // it is removed only after the site has stopped.
    RequestTranslator m_translator;

public:
    FacilityFixture fx;

private:
    std::unique_ptr<Site> m_site;
    std::thread m_thread;
    int m_port = 0;
    mutable std::mutex m_logMutex;
    QStringList m_log;
};

// One browser: keeps the site's cookie and the CSRF token of the last page it saw, as a real one would.
class Browser {
public:
    explicit Browser(int port);

    httplib::Result get(const std::string &path, const httplib::Headers &headers = {});
    // Sends the last page's CSRF token with `fields` unless `csrf` says otherwise.
    httplib::Result post(const std::string &path, httplib::Params fields, const char *csrf = nullptr);

    // The whole journey by POSTs up to the review page; `adults` as {nik, name}. Returns the review page.
    httplib::Result review(const QString &inmateNumber, const QString &inmateName, const QDate &date,
                           const QString &slot, const QList<std::pair<QString, QString>> &adults, int children);
    // The fields the review page's confirm form sends.
    [[nodiscard]] httplib::Params journeyFields(const QString &inmateNumber, const QString &inmateName,
                                                const QDate &date, const QString &slot,
                                                const QList<std::pair<QString, QString>> &adults, int children) const;

    std::string csrf;
    std::string cookie;
    httplib::Client client;
};

// The value of `<input ... name="NAME" value="...">` in `html`, or empty.
std::string inputValue(const std::string &html, const std::string &name);

} // namespace besuk::test
