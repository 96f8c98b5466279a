// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Booking.h"
#include "db/Facility.h"
#include "web/DatabaseLane.h"
#include "web/Security.h"
#include "web/Site.h"
#include "web/Templates.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QString>

#include <atomic>
#include <functional>
#include <httplib.h>
#include <memory>
#include <mutex>
#include <optional>

namespace besuk {

// One request as the pages see it: its form or query fields, the browser's CSRF id, the client's address.
struct Exchange {
    const httplib::Request &request;
    httplib::Response &response;
    QByteArray browserId;
    QString address;

    [[nodiscard]] QString field(const char *name) const;
};

// Field errors of a form, by field name; a page shows each beside its field.
using FieldErrors = QMap<QString, QString>;

// The journey's answers so far, carried from page to page in hidden fields of POST forms (never in a URL).
struct Journey {
    QString service;
    QString date;
    QString inmateNumber;
    QString inmateName;
    QString slot;
    QStringList niks;
    QStringList names;
    QString children;

    static Journey from(const Exchange &exchange, int maxAdults);
    // The hidden fields up to and including `step` (0 service and day, 1 inmate, 2 slot, 3 visitors).
    [[nodiscard]] Templates::Data hidden(int step) const;
};

class SiteServer {
    Q_DECLARE_TR_FUNCTIONS(Site)
public:
    SiteServer(SiteConfig config, const Clock &clock, Site::LogSink log, SiteSecret secret);

    Result<int> bind(const QString &host, int port);
    bool run();
    void stop() { m_http.stop(); }
    bool running() const { return m_http.is_running(); }

private:
    void routes();
    void security();
    httplib::Server::HandlerResponse beforeRouting(const httplib::Request &request, httplib::Response &response);
    void logRequest(const httplib::Request &request, const httplib::Response &response);
    // Which database lane a page runs on: pages that write queue apart from those that only read.
    enum class Access { Reads, Writes };
    void serveStaticFiles();
    void page(const char *pattern, bool post, void (SiteServer::*handler)(Exchange &), Access access = Access::Reads);
    // A form whose checks run on a reader and, when they pass (true), whose change runs on the writers: the
    // writers spend their time on nothing but the change.
    void checkedChange(const char *pattern, bool (SiteServer::*check)(Exchange &),
                       void (SiteServer::*change)(Exchange &));
    void route(const char *pattern, bool post, std::function<void(Exchange &)> serve);
    // Runs `work` on the lane, in this request's language, and waits for it. A change whose group commit failed
    // gets the "nothing was changed" page instead of what `work` answered.
    void onLane(Access access, Exchange &exchange, const std::function<void()> &work);
    DatabaseLane &laneFor(Access access);
    // SQLite's writer: the changes taken together run in one write transaction, each in a nested write of its own
    // (a refused or failed one rolls back alone); true when that transaction committed.
    bool commitTogether(std::size_t changes, const std::function<void()> &runChanges);
    void runChange(const std::function<void()> &work);

    // This thread's facility, opened on first use; only on a lane's thread (an error otherwise).
    Result<Facility *> facility();
    // The facility's name for the page header: from the facility on a lane's thread, else the last one seen.
    QString facilityName();
    [[nodiscard]] QDateTime now() const { return m_clock.now(); }

    // Rendering.
    void render(Exchange &exchange, const QString &title, const char *templateName, Templates::Data data,
                int status = 200);
    void errorPage(Exchange &exchange, int status, const QString &title, const QString &message);
    void failure(Exchange &exchange, const Error &error);
    [[nodiscard]] QString dateText(const QDate &date) const;
    [[nodiscard]] static QString codeText(const QString &code); // "K7QM-4ZPX"
    [[nodiscard]] static QString normalisedCode(const QString &typed);

    // The journey (JourneyPages.cpp).
    void home(Exchange &exchange);
    void inmateStep(Exchange &exchange);
    void slotStep(Exchange &exchange);
    void visitorsStep(Exchange &exchange);
    void reviewStep(Exchange &exchange);
    bool confirmChecks(Exchange &exchange); // the review's fields again; false when it answered already
    void confirmStep(Exchange &exchange);   // books, after confirmChecks
    void showHome(Exchange &exchange, const Journey &journey, const FieldErrors &errors);
    void showInmate(Exchange &exchange, const Journey &journey, const FieldErrors &errors);
    void showSlots(Exchange &exchange, const Journey &journey, const FieldErrors &errors);
    void showVisitors(Exchange &exchange, const Journey &journey, const FieldErrors &errors);
    bool checkDay(Exchange &exchange, const Journey &journey, FieldErrors &errors);
    FieldErrors checkVisitors(Facility &facility, const Journey &journey);

    // A booking after the journey (BookingPages.cpp).
    void findForm(Exchange &exchange);
    void findBooking(Exchange &exchange);
    void showBooking(Exchange &exchange);
    void cancelBooking(Exchange &exchange);
    void changeBooking(Exchange &exchange);
    void qrImage(Exchange &exchange);
    void ticketPng(Exchange &exchange);
    void ticketPdf(Exchange &exchange);
    void showFindForm(Exchange &exchange, const QString &code, const FieldErrors &errors, int status = 200);
    void bookingPage(Exchange &exchange, const Booking &booking, const QString &notice, const FieldErrors &errors);
    Templates::Data changeForm(const Booking &booking, const QString &token, const QString &problem);
    // The booking of the path's code when the link's token proves an earlier NIK check; otherwise a 403 page.
    std::optional<Booking> provenBooking(Exchange &exchange);
    [[nodiscard]] QString bookingLink(const QString &code) const;

    SiteConfig m_config;
    const Clock &m_clock;
    Site::LogSink m_log;
    std::mutex m_logMutex;
    SiteSecret m_secret;
    CsrfGuard m_csrf;
    TicketToken m_tickets;
    RateLimiter m_limiter;
    Templates m_templates;
    std::unique_ptr<DatabaseLane> m_readers;
    std::unique_ptr<DatabaseLane> m_writers; // the pages that book, cancel or move
    std::mutex m_nameMutex;
    QString m_facilityName;
    httplib::Server m_http;
    std::atomic<int> m_listenSocket{-1};
};

} // namespace besuk
