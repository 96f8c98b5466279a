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
    std::binary_semaphore done{0};
};

DatabaseLane::DatabaseLane(int threads) {
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

bool DatabaseLane::onLaneThread() {
    return t_laneThread;
}

void DatabaseLane::run(const std::function<void()> &job) {
    if (t_laneThread) { // already on a lane (a job calling back in): no second hop, no deadlock
        job();
        return;
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
}

void DatabaseLane::loop() {
    t_laneThread = true;
    for (;;) {
        Job *job = nullptr;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty())
                return;
            job = m_queue.front();
            m_queue.pop_front();
        }
        try {
            job->work();
        } catch (...) {
            job->error = std::current_exception();
        }
        job->done.release();
    }
}

} // namespace besuk
