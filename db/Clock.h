// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMutex>

namespace besuk {

// Everything that needs "now" asks a Clock, so tests and replays can set the time.
class Clock {
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual QDateTime now() const = 0; // always UTC
};

class SystemClock final : public Clock {
public:
    [[nodiscard]] QDateTime now() const override;
};

// A clock that stands still until told otherwise. Safe to set from one thread while a station's domain thread
// reads it.
class FixedClock final : public Clock {
public:
    explicit FixedClock(const QDateTime &now);
    [[nodiscard]] QDateTime now() const override;
    void set(const QDateTime &now);
    void advanceSeconds(qint64 seconds);

private:
    mutable QMutex m_mutex;
    QDateTime m_now;
};

} // namespace besuk
