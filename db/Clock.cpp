// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/Clock.h"

namespace besuk {

QDateTime SystemClock::now() const {
    return QDateTime::currentDateTimeUtc();
}

FixedClock::FixedClock(const QDateTime &now) : m_now(now.toUTC()) {}

QDateTime FixedClock::now() const {
    const QMutexLocker lock(&m_mutex);
    return m_now;
}

void FixedClock::set(const QDateTime &now) {
    const QMutexLocker lock(&m_mutex);
    m_now = now.toUTC();
}

void FixedClock::advanceSeconds(qint64 seconds) {
    const QMutexLocker lock(&m_mutex);
    m_now = m_now.addSecs(seconds);
}

} // namespace besuk
