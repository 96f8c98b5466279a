// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <chrono>
#include <mutex>

namespace besuk {

// The site's own secret (32 random bytes in a file of the data folder, mode 0600): the key of its CSRF tokens and
// of the short-lived ticket links. Made on first start; a new secret only invalidates open forms and links.
class SiteSecret {
    Q_DECLARE_TR_FUNCTIONS(SiteSecret)
public:
    static Result<SiteSecret> loadOrCreate(const QString &path);
    explicit SiteSecret(QByteArray key) : m_key(std::move(key)) {}

    // HMAC-SHA256 of `message`, base64url without padding.
    [[nodiscard]] QByteArray sign(const QByteArray &message) const;
    // Constant-time comparison of two tokens.
    [[nodiscard]] static bool same(const QByteArray &a, const QByteArray &b);
    // A random browser id for the CSRF cookie.
    [[nodiscard]] static QByteArray randomId();

private:
    QByteArray m_key;
};

// Double-submit CSRF protection bound to the server: the browser holds a random id in a cookie; every form
// carries HMAC(secret, "csrf|" + id). A form from another site has neither the cookie (SameSite=Strict) nor the
// token.
class CsrfGuard {
public:
    explicit CsrfGuard(const SiteSecret &secret) : m_secret(secret) {}
    [[nodiscard]] QByteArray tokenFor(const QByteArray &browserId) const;
    [[nodiscard]] bool accepts(const QByteArray &browserId, const QByteArray &token) const;

private:
    const SiteSecret &m_secret;
};

// The proof a ticket link carries: made only after the booking code and an adult's NIK were checked, bound to the
// code, valid for a limited time. "EXPIRY.SIGNATURE" with EXPIRY in seconds since the epoch.
class TicketToken {
public:
    explicit TicketToken(const SiteSecret &secret) : m_secret(secret) {}
    [[nodiscard]] QByteArray make(const QString &code, const QDateTime &now, std::chrono::seconds lifetime) const;
    [[nodiscard]] bool accepts(const QString &code, const QByteArray &token, const QDateTime &now) const;

private:
    const SiteSecret &m_secret;
};

// Fixed-window counters per client address: a general request budget per minute and a booking budget per hour.
class RateLimiter {
public:
    struct Limits {
        int requestsPerMinute = 300;
        int bookingsPerHour = 10;
    };
    explicit RateLimiter(Limits limits) : m_limits(limits) {}

    // Counts one request from `address`; false when its budget for this minute is spent.
    bool allowRequest(const QString &address, qint64 nowSeconds);
    // Counts one booking attempt from `address`; false when its budget for this hour is spent.
    bool allowBooking(const QString &address, qint64 nowSeconds);

private:
    struct Window {
        qint64 start = 0;
        int count = 0;
    };
    bool take(QHash<QString, Window> &windows, const QString &address, qint64 now, qint64 length, int budget);

    Limits m_limits;
    std::mutex m_mutex;
    QHash<QString, Window> m_requests;
    QHash<QString, Window> m_bookings;
};

} // namespace besuk
