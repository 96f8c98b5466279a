// SPDX-License-Identifier: GPL-3.0-or-later
#include "web/Security.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {
constexpr qsizetype SecretBytes = 32;
const auto Base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
} // namespace

Result<SiteSecret> SiteSecret::loadOrCreate(const QString &path) {
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Storage, tr("Could not read the site secret %1.").arg(path),
                             file.errorString());
        const QByteArray key = file.read(SecretBytes + 1);
        if (key.size() != SecretBytes)
            return makeError(ErrorCode::KeyProblem,
                             tr("The site secret %1 is damaged; remove it to make a new one.").arg(path));
        return SiteSecret(key);
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QByteArray key(SecretBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), SecretBytes / 4);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        out.write(key) != key.size() || !out.commit())
        return makeError(ErrorCode::Storage, tr("Could not write the site secret %1.").arg(path), out.errorString());
    return SiteSecret(key);
}

QByteArray SiteSecret::sign(const QByteArray &message) const {
    return QMessageAuthenticationCode::hash(message, m_key, QCryptographicHash::Sha256).toBase64(Base64Url);
}

bool SiteSecret::same(const QByteArray &a, const QByteArray &b) {
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

QByteArray SiteSecret::randomId() {
    QByteArray id(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(id.data()), 6);
    return id.toBase64(Base64Url);
}

QByteArray CsrfGuard::tokenFor(const QByteArray &browserId) const {
    return m_secret.sign("csrf|" + browserId);
}

bool CsrfGuard::accepts(const QByteArray &browserId, const QByteArray &token) const {
    return !browserId.isEmpty() && !token.isEmpty() && SiteSecret::same(tokenFor(browserId), token);
}

QByteArray TicketToken::make(const QString &code, const QDateTime &now, std::chrono::seconds lifetime) const {
    const QByteArray expiry = QByteArray::number(now.toSecsSinceEpoch() + lifetime.count());
    return expiry + '.' + m_secret.sign("ticket|" + code.toUtf8() + '|' + expiry);
}

bool TicketToken::accepts(const QString &code, const QByteArray &token, const QDateTime &now) const {
    const qsizetype dot = token.indexOf('.');
    if (dot <= 0)
        return false;
    const QByteArray expiry = token.left(dot);
    bool ok = false;
    const qint64 until = expiry.toLongLong(&ok);
    if (!ok || until < now.toSecsSinceEpoch())
        return false;
    return SiteSecret::same(m_secret.sign("ticket|" + code.toUtf8() + '|' + expiry), token.mid(dot + 1));
}

bool RateLimiter::allowRequest(const QString &address, qint64 nowSeconds) {
    return take(m_requests, address, nowSeconds, 60, m_limits.requestsPerMinute);
}

bool RateLimiter::allowBooking(const QString &address, qint64 nowSeconds) {
    return take(m_bookings, address, nowSeconds, 3600, m_limits.bookingsPerHour);
}

bool RateLimiter::take(QHash<QString, Window> &windows, const QString &address, qint64 now, qint64 length, int budget) {
    if (budget <= 0)
        return true;
    const std::lock_guard lock(m_mutex);
    if (windows.size() > 100000) { // forget finished windows so that many addresses cannot grow the table forever
        for (auto it = windows.begin(); it != windows.end();)
            it = now - it->start >= length ? windows.erase(it) : std::next(it);
    }
    Window &window = windows[address];
    if (now - window.start >= length)
        window = Window{now, 0};
    if (window.count >= budget)
        return false;
    ++window.count;
    return true;
}

} // namespace besuk
