// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/FacilityKey.h"
#include "db/Result.h"

#include <QByteArray>
#include <QDate>
#include <QString>

namespace besuk {

// What a ticket's QR says. No personal data: only which facility, which day, which ticket, which number.
struct TicketClaims {
    quint32 facilityCode = 0; // random per facility, made at init
    QDate date;               // the facility day the ticket is for
    quint32 ticketId = 0;     // the visit's database id
    char service = 'A';       // 'A' face-to-face visit, 'B' item drop-off
    quint16 queueNumber = 0;  // 1..65535; 0 on a booked ticket (ticketId is then the booking's id)

    // A booking's ticket, issued before the group arrived: no queue number yet.
    [[nodiscard]] bool booked() const { return queueNumber == 0; }

    bool operator==(const TicketClaims &) const = default;
};

// Payload = Base32( version(1) | facilityCode(4) | days since 2000-01-01(2) | ticketId(4) | service(1) |
//                   queueNumber(2) | Ed25519 signature(64) ), integers big-endian.
// The signature covers a fixed domain-separation prefix followed by the first 14 bytes.
class TicketCodec {
    Q_DECLARE_TR_FUNCTIONS(TicketCodec)
public:
    static constexpr quint8 Version = 1;

    static QString encode(const TicketClaims &claims, const FacilityKey &key);

    // InvalidInput error ("not a valid ticket") for anything that is not a canonical payload of this version
    // for `facilityCode` carrying a good signature by `publicKey`. Needs no database.
    static Result<TicketClaims> decode(const QString &payload, const QByteArray &publicKey, quint32 facilityCode);

    // A payload as a scanner or camera read it, made canonical for decode(): the white space around it dropped and
    // ASCII letters in upper case (scanners set to lower case, or typing under Caps Lock). Base32 letters are the
    // same in either case, so this never turns one ticket into another; the signature still decides.
    static QString fromScanned(const QString &text);
};

} // namespace besuk
