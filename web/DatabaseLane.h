// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace besuk {

// A few threads that do the site's database work. Each keeps its own connection to the facility (a QSqlDatabase
// belongs to the thread that opened it), so the site holds as many connections as its lanes have threads, however
// many HTTP connections are open. Jobs run in the order they came: callers queue fairly instead of busy-waiting on
// a database lock.
class DatabaseLane {
public:
    explicit DatabaseLane(int threads);
    ~DatabaseLane(); // runs what is queued, then joins
    DatabaseLane(const DatabaseLane &) = delete;
    DatabaseLane &operator=(const DatabaseLane &) = delete;

    // Runs `job` on one of the lane's threads and waits for it; an exception thrown by the job is rethrown here.
    void run(const std::function<void()> &job);
    [[nodiscard]] int threads() const { return int(m_threads.size()); }
    [[nodiscard]] std::size_t waiting() const; // jobs queued, not yet taken by a thread
    // True on any lane's thread: the only threads that may open the facility.
    [[nodiscard]] static bool onLaneThread();

private:
    struct Job;
    void loop();

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job *> m_queue;
    bool m_stopping = false;
    std::vector<std::thread> m_threads;
};

} // namespace besuk
