// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/TicketCodec.h"

#include "db/Base32.h"

#include <QtEndian>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace besuk;

namespace {

constexpr quint32 FacilityCode = 0x5eed1234;
const QString Alphabet = u"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"_s;
const QString QrAlphanumeric = u"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"_s;
constexpr qsizetype QrVersion7MAlphanumericCapacity = 154;

const FacilityKey &facilityKey() {
    static const FacilityKey key = FacilityKey::generate();
    return key;
}

TicketClaims sampleClaims() {
    TicketClaims claims;
    claims.facilityCode = FacilityCode;
    claims.date = QDate(2024, 6, 30);
    claims.ticketId = 123456;
    claims.service = 'A';
    claims.queueNumber = 17;
    return claims;
}

QByteArray body(quint8 version, quint32 facilityCode, quint16 days, quint32 ticketId, char service, quint16 queue) {
    QByteArray bytes(14, '\0');
    bytes[0] = static_cast<char>(version);
    qToBigEndian<quint32>(facilityCode, bytes.data() + 1);
    qToBigEndian<quint16>(days, bytes.data() + 5);
    qToBigEndian<quint32>(ticketId, bytes.data() + 7);
    bytes[11] = service;
    qToBigEndian<quint16>(queue, bytes.data() + 12);
    return bytes;
}

// Builds a payload by hand from the layout in TicketCodec.h, signed like the real thing.
QString handMadePayload(const QByteArray &bodyBytes, const FacilityKey &key = facilityKey()) {
    const QByteArray prefix("besuk-ticket-v1\0", 16);
    return Base32::encode(bodyBytes + key.sign(prefix + bodyBytes));
}

bool refused(const QString &payload, const QByteArray &publicKey = facilityKey().publicKey(),
             quint32 facilityCode = FacilityCode) {
    const Result<TicketClaims> decoded = TicketCodec::decode(payload, publicKey, facilityCode);
    return !decoded.ok() && decoded.error().code == ErrorCode::InvalidInput && !decoded.error().message.isEmpty();
}

} // namespace

TEST_CASE("Ticket claims survive encode and decode", "[ticket]") {
    QList<TicketClaims> samples;
    samples.append(sampleClaims());
    TicketClaims first{FacilityCode, QDate(2000, 1, 1), 0, 'A', 1};
    samples.append(first);
    TicketClaims last{FacilityCode, QDate(2000, 1, 1).addDays(65535), 0xffffffffu, 'B', 65535};
    samples.append(last);
    TicketClaims dropOff{FacilityCode, QDate(2031, 2, 28), 7, 'B', 256};
    samples.append(dropOff);

    for (const TicketClaims &claims : samples) {
        const QString payload = TicketCodec::encode(claims, facilityKey());
        INFO("payload " << payload.toStdString());
        const Result<TicketClaims> decoded = TicketCodec::decode(payload, facilityKey().publicKey(), FacilityCode);
        REQUIRE(decoded.ok());
        CHECK(decoded.value() == claims);
        CHECK(TicketCodec::encode(claims, facilityKey()) == payload);
    }
}

TEST_CASE("The payload follows the documented byte layout and signed prefix", "[ticket]") {
    const TicketClaims claims = sampleClaims();
    const QString payload = TicketCodec::encode(claims, facilityKey());
    const std::optional<QByteArray> bytes = Base32::decode(payload);
    REQUIRE(bytes.has_value());
    REQUIRE(bytes->size() == 78);

    const QByteArray expectedBody = body(1, FacilityCode, static_cast<quint16>(QDate(2000, 1, 1).daysTo(claims.date)),
                                         claims.ticketId, 'A', claims.queueNumber);
    CHECK(bytes->left(14) == expectedBody);
    CHECK(payload == handMadePayload(expectedBody));
    const QByteArray prefix("besuk-ticket-v1\0", 16);
    CHECK(FacilityKey::verify(facilityKey().publicKey(), prefix + expectedBody, bytes->mid(14)));
    CHECK_FALSE(FacilityKey::verify(facilityKey().publicKey(), expectedBody, bytes->mid(14)));
}

TEST_CASE("The payload is 125 QR alphanumeric characters and fits QR version 7-M", "[ticket]") {
    const QString payload = TicketCodec::encode(sampleClaims(), facilityKey());
    CHECK(payload.size() == 125);
    CHECK(payload.size() <= QrVersion7MAlphanumericCapacity);
    for (const QChar c : payload) {
        CHECK(QrAlphanumeric.contains(c));
        CHECK(Alphabet.contains(c));
    }
}

TEST_CASE("A ticket signed by another key is refused", "[ticket]") {
    const FacilityKey otherKey = FacilityKey::generate();
    const QString payload = TicketCodec::encode(sampleClaims(), otherKey);
    REQUIRE(TicketCodec::decode(payload, otherKey.publicKey(), FacilityCode).ok());
    CHECK(refused(payload));
}

TEST_CASE("A ticket of another facility is refused", "[ticket]") {
    TicketClaims claims = sampleClaims();
    claims.facilityCode = FacilityCode + 1;
    const QString payload = TicketCodec::encode(claims, facilityKey());
    REQUIRE(TicketCodec::decode(payload, facilityKey().publicKey(), FacilityCode + 1).ok());
    CHECK(refused(payload));

    const QString ours = TicketCodec::encode(sampleClaims(), facilityKey());
    CHECK(refused(ours, facilityKey().publicKey(), FacilityCode ^ 0x80000000u));
}

TEST_CASE("A public key of the wrong size refuses every ticket", "[ticket]") {
    const QString payload = TicketCodec::encode(sampleClaims(), facilityKey());
    CHECK(refused(payload, QByteArray()));
    CHECK(refused(payload, facilityKey().publicKey().left(31)));
    CHECK(refused(payload, facilityKey().publicKey() + '\0'));
}

TEST_CASE("Every single-character change of a payload is refused", "[ticket]") {
    const QString payload = TicketCodec::encode(sampleClaims(), facilityKey());
    REQUIRE(TicketCodec::decode(payload, facilityKey().publicKey(), FacilityCode).ok());

    int attempts = 0;
    for (qsizetype position = 0; position < payload.size(); ++position) {
        QList<QChar> replacements;
        for (const QChar c : Alphabet) {
            if (c != payload.at(position))
                replacements.append(c);
        }
        // Digits have no lower case; they get a second character outside the alphabet instead.
        const QChar original = payload.at(position);
        replacements.append(original.isLetter() ? original.toLower() : QChar(u'1'));
        replacements.append(u'=');

        for (const QChar replacement : replacements) {
            QString changed = payload;
            changed[position] = replacement;
            if (changed == payload)
                FAIL("the substitution at position " << position << " changed nothing");
            ++attempts;
            if (!refused(changed))
                FAIL("accepted with " << QString(replacement).toStdString() << " at position " << position);
        }
    }
    CHECK(attempts == 125 * 33);
}

TEST_CASE("Truncated, extended or padded payloads are refused", "[ticket]") {
    const QString payload = TicketCodec::encode(sampleClaims(), facilityKey());
    REQUIRE(TicketCodec::decode(payload, facilityKey().publicKey(), FacilityCode).ok());

    CHECK(refused(payload.chopped(1)));
    CHECK(refused(payload.mid(1)));
    for (const QChar c : Alphabet) {
        CHECK(refused(payload + c));
        CHECK(refused(c + payload));
    }
    CHECK(refused(payload + u' '));
    CHECK(refused(u' ' + payload));
    CHECK(refused(payload + u'\n'));
    CHECK(refused(payload + u"==="_s));
    CHECK(refused(payload.toLower()));
    CHECK(refused(QString()));
}

TEST_CASE("Well-signed payloads with impossible claims are refused", "[ticket]") {
    const quint16 days = 8947;
    REQUIRE_FALSE(refused(handMadePayload(body(1, FacilityCode, days, 5, 'A', 3))));

    CHECK(refused(handMadePayload(body(0, FacilityCode, days, 5, 'A', 3))));
    CHECK(refused(handMadePayload(body(2, FacilityCode, days, 5, 'A', 3))));
    CHECK(refused(handMadePayload(body(1, FacilityCode, days, 5, 'C', 3))));
    CHECK(refused(handMadePayload(body(1, FacilityCode, days, 5, 'a', 3))));
    CHECK(refused(handMadePayload(body(1, FacilityCode, days, 5, '\0', 3))));
    CHECK(refused(handMadePayload(body(1, FacilityCode - 1, days, 5, 'A', 3))));
}

TEST_CASE("A booked ticket carries queue number 0 and the booking's id", "[ticket][booking]") {
    TicketClaims claims = sampleClaims();
    claims.queueNumber = 0;
    claims.ticketId = 4242;
    const QString payload = TicketCodec::encode(claims, facilityKey());
    auto decoded = TicketCodec::decode(payload, facilityKey().publicKey(), FacilityCode);
    REQUIRE(decoded.ok());
    CHECK(*decoded == claims);
    CHECK(decoded->booked());
    CHECK_FALSE(sampleClaims().booked());
    CHECK(refused(handMadePayload(body(1, FacilityCode, 8947, 4242, 'C', 0))));
}

TEST_CASE("A signature without the domain prefix is refused", "[ticket]") {
    const QByteArray bytes = body(1, FacilityCode, 9000, 5, 'B', 3);
    CHECK(refused(Base32::encode(bytes + facilityKey().sign(bytes))));
    const QByteArray otherPrefix("besuk-ticket-v2\0", 16);
    CHECK(refused(Base32::encode(bytes + facilityKey().sign(otherPrefix + bytes))));
}
