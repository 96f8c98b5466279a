// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace besuk {

class Facility;

// The PIN that unlocks a kiosk (leaving full screen, quitting, settings). Stored only as a libsodium
// crypto_pwhash string; five wrong PINs in a row lock it for five minutes.
class AdminPin {
    Q_DECLARE_TR_FUNCTIONS(AdminPin)
public:
    static constexpr int MinLength = 4;
    static constexpr int MaxLength = 12;
    static constexpr int MaxFailures = 5;
    static constexpr int LockoutSeconds = 300;

    explicit AdminPin(Facility &facility) : m_facility(facility) {}

    // 4-12 digits. InvalidInput otherwise.
    Result<void> set(const QString &pin, const QString &actor);
    Result<bool> isSet();
    // true: the PIN is right (failures reset). false: wrong (counted). RuleRefused while locked out, saying
    // until when. NotFound when no PIN has been set.
    Result<bool> verify(const QString &pin);

private:
    Facility &m_facility;
};

} // namespace besuk
