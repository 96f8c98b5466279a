// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/Base32.h"

namespace besuk::Base32 {

namespace {

constexpr char Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

int valueOf(char16_t c) {
    if (c >= u'A' && c <= u'Z')
        return c - u'A';
    if (c >= u'2' && c <= u'7')
        return c - u'2' + 26;
    return -1;
}

// A Base32 string of n characters carries 5n bits; it is a possible encoder output only if the last character
// is needed for a whole byte, which rules out remainders 1, 3 and 6.
bool isPossibleLength(qsizetype length) {
    const qsizetype remainder = length % 8;
    return remainder != 1 && remainder != 3 && remainder != 6;
}

} // namespace

QString encode(const QByteArray &bytes) {
    QString text;
    text.reserve((bytes.size() * 8 + 4) / 5);
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : bytes) {
        buffer = (buffer << 8) | static_cast<quint8>(byte);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            text.append(QLatin1Char(Alphabet[(buffer >> bits) & 0x1f]));
        }
    }
    if (bits > 0)
        text.append(QLatin1Char(Alphabet[(buffer << (5 - bits)) & 0x1f]));
    return text;
}

std::optional<QByteArray> decode(const QString &text) {
    if (!isPossibleLength(text.size()))
        return std::nullopt;

    QByteArray bytes;
    bytes.reserve(text.size() * 5 / 8);
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : text) {
        const int value = valueOf(c.unicode());
        if (value < 0)
            return std::nullopt;
        buffer = (buffer << 5) | static_cast<quint32>(value);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            bytes.append(static_cast<char>((buffer >> bits) & 0xff));
        }
    }
    if ((buffer & ((1u << bits) - 1)) != 0)
        return std::nullopt;
    return bytes;
}

} // namespace besuk::Base32
