// SPDX-License-Identifier: GPL-3.0-or-later
#include "web/DatabaseLane.h"

#include <algorithm>
#include <exception>
#include <semaphore>

namespace besuk {

namespace {
thread_local bool t_laneThread = false;
} // namespace

struct DatabaseLane::Job {
    const std::function<void()> &work;
    std::exception_ptr error;
    bool stands = true;
    std::binary_semaphore done{0};
};

DatabaseLane::DatabaseLane(int threads) : DatabaseLane(threads, Batch{1, {}}) {}

DatabaseLane::DatabaseLane(int threads, Batch batch) : m_batch(std::move(batch)) {
    m_batch.maxJobs = std::max<std::size_t>(1, m_batch.maxJobs);
    const int count = std::max(1, threads);
    m_threads.reserve(std::size_t(count));
    for (int i = 0; i < count; ++i)
        m_threads.emplace_back([this] { loop(); });
}

DatabaseLane::~DatabaseLane() {
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    for (std::thread &thread : m_threads)
        thread.join();
}

std::size_t DatabaseLane::waiting() const {
    const std::lock_guard lock(m_mutex);
    return m_queue.size();
}

DatabaseLane::Stats DatabaseLane::stats() const {
    const std::lock_guard lock(m_mutex);
    return m_stats;
}

bool DatabaseLane::onLaneThread() {
    return t_laneThread;
}

bool DatabaseLane::run(const std::function<void()> &job) {
    if (t_laneThread) { // already on a lane (a job calling back in): no second hop, no deadlock
        job();
        return true;
    }
    Job queued{job, {}};
    {
        const std::lock_guard lock(m_mutex);
        m_queue.push_back(&queued);
    }
    m_wake.notify_one();
    queued.done.acquire();
    if (queued.error)
        std::rethrow_exception(queued.error);
    return queued.stands;
}

void DatabaseLane::loop() {
    t_laneThread = true;
    std::vector<Job *> jobs;
    for (;;) {
        jobs.clear();
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty())
                return;
            while (!m_queue.empty() && jobs.size() < m_batch.maxJobs) {
                jobs.push_back(m_queue.front());
                m_queue.pop_front();
            }
            ++m_stats.batches;
            m_stats.jobs += jobs.size();
            m_stats.largestBatch = std::max<std::uint64_t>(m_stats.largestBatch, jobs.size());
        }
        runBatch(jobs);
    }
}

void DatabaseLane::runBatch(const std::vector<Job *> &jobs) {
    std::size_t ran = 0;
    const std::function<void()> runJobs = [&] {
        for (; ran < jobs.size(); ++ran) {
            try {
                jobs[ran]->work();
            } catch (...) {
                jobs[ran]->error = std::current_exception();
            }
        }
    };
    bool stands = true;
    try {
        if (m_batch.around)
            stands = m_batch.around(jobs.size(), runJobs);
        else
            runJobs();
    } catch (...) {
        stands = false;
    }
    for (std::size_t i = 0; i < jobs.size(); ++i) {
        // A job `around` never got to (it failed first) did not run: its caller hears the batch failed.
        jobs[i]->stands = stands && i < ran;
        jobs[i]->done.release();
    }
}

} // namespace besuk
