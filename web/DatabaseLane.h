// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <condition_variable>
#include <cstdint>
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
//
// Group commit: a lane made with a Batch takes every job queued when its thread comes free (up to `maxJobs`) and
// hands them to `around` together; `around` runs them (runJobs, each in turn) inside whatever it wraps them in, say
// one database transaction, and answers whether their work stands, say whether that transaction committed. Each
// caller learns the answer for its own job's batch from run().
class DatabaseLane {
public:
    struct Batch {
        std::size_t maxJobs = 64;
        std::function<bool(std::size_t jobs, const std::function<void()> &runJobs)> around;
    };
    struct Stats {
        std::uint64_t batches = 0; // times the lane's threads took jobs from the queue
        std::uint64_t jobs = 0;
        std::uint64_t largestBatch = 0;
    };

    explicit DatabaseLane(int threads);
    DatabaseLane(int threads, Batch batch);
    ~DatabaseLane(); // runs what is queued, then joins
    DatabaseLane(const DatabaseLane &) = delete;
    DatabaseLane &operator=(const DatabaseLane &) = delete;

    // Runs `job` on one of the lane's threads and waits for it; an exception thrown by the job is rethrown here.
    // False when the job ran but its batch's work does not stand (always true on a lane without a Batch).
    bool run(const std::function<void()> &job);
    [[nodiscard]] int threads() const { return int(m_threads.size()); }
    [[nodiscard]] std::size_t waiting() const; // jobs queued, not yet taken by a thread
    [[nodiscard]] Stats stats() const;
    // True on any lane's thread: the only threads that may open the facility.
    [[nodiscard]] static bool onLaneThread();

private:
    struct Job;
    void loop();
    void runBatch(const std::vector<Job *> &jobs);

    Batch m_batch;
    mutable std::mutex m_mutex;
    Stats m_stats;
    std::condition_variable m_wake;
    std::deque<Job *> m_queue;
    bool m_stopping = false;
    std::vector<std::thread> m_threads;
};

} // namespace besuk
