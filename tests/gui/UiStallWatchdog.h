// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How long the GUI thread goes without handling events, as a person at the screen would notice it: a thread of its
// own posts a probe to the GUI thread every few milliseconds and notes how long each takes to be handled. The time
// the GUI thread spent ready but waiting for a core (its run-queue time, /proc/thread-self/schedstat) is taken off:
// on a loaded test machine that is the machine's stall, not the program's. What is left is the GUI thread working
// or blocked (in a lock, a socket, a sleep) while events wait.

#include <QCoreApplication>
#include <QFile>
#include <QMetaObject>

#include <atomic>
#include <chrono>
#include <memory>
#include <sys/syscall.h>
#include <thread>
#include <unistd.h>

namespace besuk::test {

class UiStallWatchdog {
public:
    // The longest stall allowed while the database is held or the server cannot be reached and the screen only
    // waits (issue #21): no wait on the database may be felt.
    static constexpr double WaitingLimitMs = 50;
    // Where the screen also changes (the visitor goes from screen to screen), painting a whole window under the
    // sanitizers takes about 50 ms by itself (measured with an event-notify hook: a KioskWindow UpdateRequest took
    // 55 ms). What such a test must tell apart is painting from a database wait, which lasts the lock's 10 s busy
    // timeout or the server's 5 s connect timeout: one second does that without timing the machine.
    static constexpr double FrozenMs = 1000;

    // Starts watching; call on the GUI thread.
    UiStallWatchdog() : m_schedstat(QStringLiteral("/proc/self/task/%1/schedstat").arg(::syscall(SYS_gettid))) {
        m_thread = std::thread([this] { watch(); });
    }
    ~UiStallWatchdog() { stop(); }
    UiStallWatchdog(const UiStallWatchdog &) = delete;
    UiStallWatchdog &operator=(const UiStallWatchdog &) = delete;

    void stop() {
        m_stopping = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    // The longest stall seen so far, in milliseconds, and how many probes were handled.
    [[nodiscard]] double longestStallMs() const { return m_longestUs / 1000.0; }
    [[nodiscard]] int probes() const { return m_probes; }
    // Runs `work` on the GUI thread unwatched: the test's own work (a screenshot), not the program's.
    template <typename Work> void unwatched(Work &&work) {
        ++m_epoch;
        work();
        ++m_epoch;
    }
    // Forgets what was seen (e.g. after setting up, before the part under watch).
    void restart() {
        m_longestUs = 0;
        m_probes = 0;
    }

private:
    // Nanoseconds the GUI thread has waited on a run queue since it started.
    qint64 runQueueNs() const {
        QFile file(m_schedstat);
        if (!file.open(QIODevice::ReadOnly))
            return 0;
        const QList<QByteArray> fields = file.readAll().split(' ');
        return fields.size() >= 2 ? fields.at(1).trimmed().toLongLong() : 0;
    }

    void watch() {
        using Clock = std::chrono::steady_clock;
        while (!m_stopping) {
            auto handled = std::make_shared<std::atomic<bool>>(false);
            const int epoch = m_epoch;
            const auto posted = Clock::now();
            const qint64 queuedBefore = runQueueNs();
            QMetaObject::invokeMethod(
                QCoreApplication::instance(), [handled] { handled->store(true); }, Qt::QueuedConnection);
            while (!handled->load() && !m_stopping)
                std::this_thread::sleep_for(std::chrono::microseconds(500));
            if (!handled->load())
                break;
            const qint64 waitedUs =
                std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - posted).count();
            const qint64 stalledUs = waitedUs - (runQueueNs() - queuedBefore) / 1000;
            if (epoch == m_epoch && epoch % 2 == 0) {
                m_longestUs = std::max<qint64>(m_longestUs, stalledUs);
                ++m_probes;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
    }

    QString m_schedstat;
    std::thread m_thread;
    std::atomic<bool> m_stopping = false;
    std::atomic<qint64> m_longestUs = 0;
    std::atomic<int> m_probes = 0;
    std::atomic<int> m_epoch = 0; // odd while the test works unwatched
};

} // namespace besuk::test
