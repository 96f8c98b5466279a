// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Facility.h"

#include <QObject>
#include <QThread>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

namespace besuk {

// A station's domain work on a thread of its own, so that a database file locked by another program (up to the
// 10 s busy timeout) or a server out of reach (a 5 s connect timeout) never stops its screen.
//
// The thread has a Facility of its own: another connection to the same database (a connection belongs to the
// thread that opened it), the same clock, key file and rules; after each call the given facility adopts the name and
// rules the thread's holds (read again or saved there). call() runs work there while the calling thread
// goes on handling events (repaints, timers) in a local event loop, and returns its result, so that the code of
// a screen stays in order. While a call waits, waitStarted()/waitEnded() let the screen hold back the user's input;
// busyChanged(true) comes BusyAfterMs into a wait, for a busy indicator.
//
// When no second connection can be opened (an in-memory database, no event loop), the work runs on the calling
// thread with the given facility (inlined() is true), as before.
class FacilityThread : public QObject {
    Q_OBJECT
public:
    static constexpr int BusyAfterMs = 150;

    explicit FacilityThread(Facility &facility, QObject *parent = nullptr);
    ~FacilityThread() override; // lets the work already given finish, then ends the thread and its connection

    FacilityThread(const FacilityThread &) = delete;
    FacilityThread &operator=(const FacilityThread &) = delete;

    // The facility the work is given. Objects that keep it (a journal, an offline controller) must be used only
    // inside call().
    [[nodiscard]] Facility &facility() { return m_worker ? *m_worker : m_facility; }
    [[nodiscard]] bool inlined() const { return !m_worker; }
    // Why the work runs inline (empty when it has a thread).
    [[nodiscard]] const QString &inlineReason() const { return m_inlineReason; }

    // Runs `work(facility())` on the domain thread and returns what it returns. Called from the domain thread
    // itself (work calling work), it runs at once.
    template <typename Work> auto call(Work &&work) -> std::invoke_result_t<Work &, Facility &> {
        using Out = std::invoke_result_t<Work &, Facility &>;
        if constexpr (std::is_void_v<Out>) {
            run([&] { work(facility()); });
        } else {
            std::optional<Out> out;
            run([&] { out.emplace(work(facility())); });
            return std::move(*out);
        }
    }

    // Runs `job` on the domain thread and blocks until it is done, without handling events: for ending objects
    // that live there (a journal's connection) from a destructor.
    void finish(const std::function<void()> &job);

    // True while a call from the screen's thread waits (calls started by timers may then wait for the next tick).
    [[nodiscard]] bool waiting() const { return m_depth > 0; }

Q_SIGNALS:
    void waitStarted();
    void waitEnded();
    void busyChanged(bool busy);

private:
    void run(const std::function<void()> &job);
    void openWorker();

    Facility &m_facility;
    std::unique_ptr<Facility> m_worker; // lives in m_thread
    QString m_inlineReason;
    QThread m_thread;
    QObject *m_context = nullptr; // in m_thread: the work is posted to it
    QTimer m_busyTimer;
    int m_depth = 0;
    bool m_busyShown = false;
};

} // namespace besuk
