#include "AuditLog.h"

#include "Database.h"
#include "FacilityKey.h"

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

constexpr int AuditChainLock = 0x42e5'0002;

QString chainHash(const QString &previous, qint64 atMs, const QString &actor, const QString &action,
                  const QString &subject, const QString &detail) {
    // Fields joined with a separator that cannot occur in them (U+001F is refused by input validation).
    const QByteArray material =
        QStringList{previous, QString::number(atMs), actor, action, subject, detail}.join(QChar(0x1F)).toUtf8();
    unsigned char digest[32];
    crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char *>(material.constData()),
                       static_cast<unsigned long long>(material.size()), nullptr, 0);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), sizeof digest).toHex());
}

} // namespace

Result<void> AuditLog::append(Database &database, qint64 atMs, const QString &actor, const QString &action,
                              const QString &subject, const QString &detail) {
    ensureSodium();
    // Each entry links to the one before: appends from several stations must not read the same predecessor.
    if (auto locked = database.lockExclusively(AuditChainLock); !locked)
        return locked;
    SqlQuery last(database, u"SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"_s);
    auto previous = last.scalar();
    if (!previous)
        return previous.error();
    const QString previousHash = previous->isNull() ? u"genesis"_s : previous->toString();
    SqlQuery insert(database, u"INSERT INTO audit_log (at, actor, action, subject, detail, prev_hash, hash) "
                              u"VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    insert.bind(atMs)
        .bind(actor)
        .bind(action)
        .bind(subject)
        .bind(detail)
        .bind(previousHash)
        .bind(chainHash(previousHash, atMs, actor, action, subject, detail));
    return insert.exec();
}

} // namespace besuk
