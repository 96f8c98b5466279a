// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The only places the GUI tests let time pass. A test waits for the condition it expects (waitUntil), never for a
// fixed time; the deadline is generous and only decides how long a failing test takes to say so.

#include <QApplication>
#include <QDeadlineTimer>
#include <QTest>
#include <QTimer>

#include <functional>

namespace besuk::test {

// How long a condition may take before the test fails: long enough for a sanitizer build on a loaded machine.
inline constexpr int WaitDeadlineMs = 20'000;

// Processes events until `done` holds (returns true at once when it does) or `timeoutMs` passes (false).
inline bool waitUntil(const std::function<bool()> &done, int timeoutMs = WaitDeadlineMs) {
    const QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(5);
    }
    return true;
}

// For negative checks only ("nothing happens while a finger rests on the screen"): keeps the event loop running
// until `deadline`, so that whatever falls due by then gets its chance to happen. The deadline comes from the
// system under test (e.g. the platform's press-and-hold interval), never from a guess at how long work takes.
inline void processEventsUntil(QDeadlineTimer deadline) {
    while (!deadline.hasExpired())
        QTest::qWait(int(std::max<qint64>(1, std::min<qint64>(deadline.remainingTime(), 10))));
}

// Runs `act` from the event loop as soon as `ready` holds: a modal dialog runs its own loop, so a test acts inside
// it this way (e.g. `ready`: the dialog is the active modal widget). Past the deadline it gives up and closes the
// modal widget, so that the test goes on to fail instead of hanging.
inline void whenReady(const std::function<bool()> &ready, const std::function<void()> &act,
                      int timeoutMs = WaitDeadlineMs) {
    auto *poll = new QTimer;
    const QDeadlineTimer deadline(timeoutMs);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, deadline, ready, act] {
        const bool go = ready();
        if (!go && !deadline.hasExpired())
            return;
        poll->stop();
        poll->deleteLater();
        if (go)
            act();
        else if (QWidget *modal = QApplication::activeModalWidget())
            modal->close();
    });
    poll->start(5);
}

} // namespace besuk::test
