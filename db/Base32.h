// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace besuk::Base32 {

// RFC 4648 alphabet (A-Z, 2-7), upper case, no padding. Every output character is in QR's alphanumeric set,
// and keyboard-wedge scanners type it the same under any keyboard layout.
QString encode(const QByteArray &bytes);

// Strict inverse of encode(): only the canonical encoding is accepted (upper case, no padding, unused trailing
// bits zero, length a possible output length). Anything else gives nullopt, so no two strings decode alike.
std::optional<QByteArray> decode(const QString &text);

} // namespace besuk::Base32
