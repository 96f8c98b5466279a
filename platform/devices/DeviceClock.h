// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>

#include <functional>
#include <memory>

namespace besuk {

// Milliseconds since an arbitrary start, never going back: what the device adapters measure gaps with (key bursts,
// repeated QR reads). Tests inject their own to play any timing they like.
using ElapsedMs = std::function<qint64()>;

// The real thing: a monotonic clock started now.
inline ElapsedMs steadyElapsedMs() {
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    return [timer] { return timer->elapsed(); };
}

} // namespace besuk
