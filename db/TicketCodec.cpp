// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/TicketCodec.h"

#include "db/Base32.h"

#include <QtEndian>

#include <limits>

namespace besuk {

namespace {

constexpr int BodyBytes = 14;
constexpr int PayloadBytes = BodyBytes + FacilityKey::SignatureBytes;
constexpr qsizetype PayloadChars = (PayloadBytes * 8 + 4) / 5;

constexpr int VersionOffset = 0;
constexpr int FacilityOffset = 1;
constexpr int DaysOffset = 5;
constexpr int TicketIdOffset = 7;
constexpr int ServiceOffset = 11;
constexpr int QueueOffset = 12;

QDate epoch() {
    return QDate(2000, 1, 1);
}

// The signature covers this prefix and the body, so a ticket signature can never be mistaken for another use of
// the facility key.
QByteArray signedMessage(const QByteArray &body) {
    return QByteArrayLiteral("besuk-ticket-v1\0") + body;
}

template <typename T> T readBigEndian(const QByteArray &bytes, int offset) {
    return qFromBigEndian<T>(bytes.constData() + offset);
}

template <typename T> void writeBigEndian(QByteArray &bytes, int offset, T value) {
    qToBigEndian<T>(value, bytes.data() + offset);
}

} // namespace

QString TicketCodec::encode(const TicketClaims &claims, const FacilityKey &key) {
    const qint64 days = epoch().daysTo(claims.date);
    Q_ASSERT(claims.date.isValid() && days >= 0 && days <= std::numeric_limits<quint16>::max());
    Q_ASSERT(claims.service == 'A' || claims.service == 'B');

    QByteArray body(BodyBytes, '\0');
    body[VersionOffset] = static_cast<char>(Version);
    writeBigEndian<quint32>(body, FacilityOffset, claims.facilityCode);
    writeBigEndian<quint16>(body, DaysOffset, static_cast<quint16>(days));
    writeBigEndian<quint32>(body, TicketIdOffset, claims.ticketId);
    body[ServiceOffset] = claims.service;
    writeBigEndian<quint16>(body, QueueOffset, claims.queueNumber);

    return Base32::encode(body + key.sign(signedMessage(body)));
}

Result<TicketClaims> TicketCodec::decode(const QString &payload, const QByteArray &publicKey, quint32 facilityCode) {
    const auto invalid = [] {
        return makeError(ErrorCode::InvalidInput, tr("This is not a valid ticket of this facility."));
    };

    if (payload.size() != PayloadChars)
        return invalid();
    const std::optional<QByteArray> bytes = Base32::decode(payload);
    if (!bytes || bytes->size() != PayloadBytes)
        return invalid();

    const QByteArray body = bytes->left(BodyBytes);
    TicketClaims claims;
    claims.facilityCode = readBigEndian<quint32>(body, FacilityOffset);
    claims.date = epoch().addDays(readBigEndian<quint16>(body, DaysOffset));
    claims.ticketId = readBigEndian<quint32>(body, TicketIdOffset);
    claims.service = body.at(ServiceOffset);
    claims.queueNumber = readBigEndian<quint16>(body, QueueOffset);

    if (static_cast<quint8>(body.at(VersionOffset)) != Version || claims.facilityCode != facilityCode ||
        (claims.service != 'A' && claims.service != 'B')) {
        return invalid();
    }
    if (!FacilityKey::verify(publicKey, signedMessage(body), bytes->mid(BodyBytes)))
        return invalid();
    return claims;
}

QString TicketCodec::fromScanned(const QString &text) {
    QString payload = text.trimmed();
    for (QChar &c : payload) {
        if (c >= u'a' && c <= u'z')
            c = QChar(c.unicode() - u'a' + u'A');
    }
    return payload;
}

} // namespace besuk
