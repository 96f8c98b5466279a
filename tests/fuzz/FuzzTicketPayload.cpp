// SPDX-License-Identifier: GPL-3.0-or-later
// Ticket payloads as the gate reads them from a QR code or a scanner: any text.
// Property: decode never crashes, and whatever it accepts carries the facility's code, a queue number (0 on a
// booked ticket) and a
// service that a real ticket can have, and re-encodes to exactly the text that was read (one canonical form).
// A second half of the input mutates a genuinely signed payload: any change that still decodes must give the
// same claims (so no edit of a real ticket ever passes as another ticket).
#include "FuzzSupport.h"
#include "db/FacilityKey.h"
#include "db/TicketCodec.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

#include <cstdint>
#include <optional>

using namespace Qt::StringLiterals;
using namespace besuk;

namespace {

constexpr quint32 FacilityCode = 0x5A17C0DE;

const FacilityKey &facilityKey() {
    static const FacilityKey key = FacilityKey::generate();
    return key;
}

TicketClaims claimsFrom(const uint8_t *data, size_t size) {
    auto byte = [&](size_t i) { return i < size ? data[i] : uint8_t(0); };
    TicketClaims claims;
    claims.facilityCode = FacilityCode;
    claims.date = QDate(2025, 12, 27).addDays(byte(0));
    claims.ticketId = quint32(byte(1)) << 8 | byte(2);
    claims.service = byte(3) % 2 ? 'B' : 'A';
    claims.queueNumber = quint16(quint32(byte(4)) << 8 | byte(5));
    return claims;
}

void checkAccepted(const QString &payload, const TicketClaims &claims) {
    fuzz::require(claims.facilityCode == FacilityCode, "accepted ticket of another facility");
    fuzz::require(claims.service == 'A' || claims.service == 'B', "accepted ticket with an unknown service");
    fuzz::require(claims.date.isValid(), "accepted ticket without a valid date");
    fuzz::require(TicketCodec::encode(claims, facilityKey()) == payload, "accepted a non-canonical payload", payload);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size == 0)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QByteArray publicKey = facilityKey().publicKey();

    if (data[0] % 2 == 0) {
        // Raw text, as scanned.
        const QString payload = QString::fromUtf8(bytes.mid(1));
        auto decoded = TicketCodec::decode(payload, publicKey, FacilityCode);
        if (decoded.ok())
            checkAccepted(payload, *decoded);
        return 0;
    }

    // A real ticket, then edits: pairs of (position, replacement character) from the rest of the input.
    const TicketClaims original = claimsFrom(data + 1, size - 1);
    QString payload = TicketCodec::encode(original, facilityKey());
    for (size_t i = 7; i + 1 < size; i += 2) {
        const int position = data[i] % (payload.size() + 1);
        const char16_t replacement = char16_t(data[i + 1]);
        if (position == payload.size())
            payload.append(QChar(replacement));
        else if (replacement == 0)
            payload.remove(position, 1);
        else
            payload[position] = QChar(replacement);
    }
    auto decoded = TicketCodec::decode(payload, publicKey, FacilityCode);
    if (decoded.ok()) {
        fuzz::require(*decoded == original, "an edited ticket decoded to other claims", payload);
        checkAccepted(payload, *decoded);
    }
    return 0;
}
