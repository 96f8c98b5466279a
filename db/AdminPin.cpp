// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/AdminPin.h"

#include "db/AuditLog.h"
#include "db/Facility.h"
#include "db/FacilityKey.h"

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

const QString HashKey = u"kiosk.admin_pin_hash"_s;
const QString FailuresKey = u"kiosk.admin_pin_failures"_s;
const QString LockedUntilKey = u"kiosk.admin_pin_locked_until"_s;

Result<QString> setting(Database &db, const QString &key) {
    SqlQuery query(db, u"SELECT value FROM settings WHERE key = ?"_s);
    query.bind(key);
    auto value = query.scalar();
    if (!value)
        return value.error();
    return value->toString();
}

Result<void> put(Database &db, const QString &key, const QString &value) {
    SqlQuery query(db, u"INSERT INTO settings (key, value) VALUES (?, ?) "
                       u"ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    query.bind(key).bind(value);
    return query.exec();
}

} // namespace

Result<void> AdminPin::set(const QString &pin, const QString &actor) {
    const bool digitsOnly = std::all_of(pin.begin(), pin.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (!digitsOnly || pin.size() < MinLength || pin.size() > MaxLength)
        return makeError(ErrorCode::InvalidInput, tr("The PIN must be %1 to %2 digits.").arg(MinLength).arg(MaxLength));
    ensureSodium();
    const QByteArray secret = pin.toLatin1();
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(hash, secret.constData(), quint64(secret.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return makeError(ErrorCode::Storage, tr("The PIN could not be stored (out of memory)."));
    Database &db = m_facility.database();
    const qint64 now = m_facility.now().toMSecsSinceEpoch();
    return db.write([&]() -> Result<void> {
        for (const auto &[key, value] : {std::pair{HashKey, QString::fromLatin1(hash)}, std::pair{FailuresKey, u"0"_s},
                                         std::pair{LockedUntilKey, u"0"_s}})
            if (auto done = put(db, key, value); !done)
                return done;
        return AuditLog::append(db, now, actor, u"kiosk.pin.set"_s, {});
    });
}

Result<bool> AdminPin::isSet() {
    auto hash = setting(m_facility.database(), HashKey);
    if (!hash)
        return hash.error();
    return !hash->isEmpty();
}

Result<bool> AdminPin::verify(const QString &pin) {
    ensureSodium();
    Database &db = m_facility.database();
    const QDateTime now = m_facility.now();
    return db.write([&]() -> Result<bool> {
        auto hash = setting(db, HashKey);
        if (!hash)
            return hash.error();
        if (hash->isEmpty())
            return makeError(ErrorCode::NotFound, tr("No admin PIN has been set."));
        auto lockedUntil = setting(db, LockedUntilKey);
        if (!lockedUntil)
            return lockedUntil.error();
        const QDateTime until = QDateTime::fromMSecsSinceEpoch(lockedUntil->toLongLong(), Qt::UTC);
        if (until > now)
            return makeError(
                ErrorCode::RuleRefused,
                tr("Too many wrong PINs. Try again after %1.").arg(m_facility.toLocal(until).toString(u"HH:mm"_s)));
        const QByteArray secret = pin.toLatin1();
        const QByteArray stored = hash->toLatin1();
        const bool right = pin.size() <= MaxLength && crypto_pwhash_str_verify(stored.constData(), secret.constData(),
                                                                               quint64(secret.size())) == 0;
        auto failures = setting(db, FailuresKey);
        if (!failures)
            return failures.error();
        const int count = right ? 0 : failures->toInt() + 1;
        if (auto done = put(db, FailuresKey, QString::number(count >= MaxFailures ? 0 : count)); !done)
            return done.error();
        if (count >= MaxFailures) {
            if (auto done = put(db, LockedUntilKey, QString::number(now.addSecs(LockoutSeconds).toMSecsSinceEpoch()));
                !done)
                return done.error();
        }
        if (auto logged = AuditLog::append(db, now.toMSecsSinceEpoch(), u"kiosk"_s,
                                           right ? u"kiosk.pin.ok"_s : u"kiosk.pin.wrong"_s, {});
            !logged)
            return logged.error();
        return right;
    });
}

} // namespace besuk
