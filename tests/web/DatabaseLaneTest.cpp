// SPDX-License-Identifier: GPL-3.0-or-later
// The site's database threads: jobs run there, in arrival order, and their failures reach the caller.
#include "web/DatabaseLane.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <functional>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>
#include <vector>

using namespace besuk;

TEST_CASE("A database lane runs each job on one of its own threads and waits for it", "[web]") {
    DatabaseLane lane(3);
    CHECK(lane.threads() == 3);
    CHECK_FALSE(DatabaseLane::onLaneThread());
    std::mutex mutex;
    std::set<std::thread::id> seen;
    std::vector<std::thread> callers;
    std::atomic<int> ran{0};
    for (int i = 0; i < 8; ++i) {
        callers.emplace_back([&] {
            for (int j = 0; j < 50; ++j) {
                bool onLane = false;
                lane.run([&] {
                    onLane = DatabaseLane::onLaneThread();
                    const std::lock_guard lock(mutex);
                    seen.insert(std::this_thread::get_id());
                });
                CHECK(onLane); // set inside the job, read after run() returned: run() waited for it
                ++ran;
            }
        });
    }
    for (std::thread &caller : callers)
        caller.join();
    CHECK(ran == 400);
    CHECK(seen.size() <= 3);
    CHECK_FALSE(seen.contains(std::this_thread::get_id()));
}

TEST_CASE("A database lane with one thread runs jobs in the order they came", "[web]") {
    DatabaseLane lane(1);
    std::atomic<bool> started{false};
    std::atomic<bool> release{false};
    std::thread blocker([&] {
        lane.run([&] {
            started = true;
            while (!release)
                std::this_thread::yield();
        });
    });
    while (!started)
        std::this_thread::yield();
    // While the first job holds the only thread, each caller queues after the one before has surely queued.
    std::vector<int> order;
    std::vector<std::thread> callers;
    for (int i = 0; i < 5; ++i) {
        callers.emplace_back([&lane, &order, i] { lane.run([&order, i] { order.push_back(i); }); });
        while (lane.waiting() != std::size_t(i + 1))
            std::this_thread::yield();
    }
    release = true;
    for (std::thread &caller : callers)
        caller.join();
    blocker.join();
    CHECK(order == std::vector<int>{0, 1, 2, 3, 4});
}

TEST_CASE("A job's exception reaches the caller of run, and the lane goes on", "[web]") {
    DatabaseLane lane(2);
    CHECK_THROWS_AS(lane.run([] { throw std::runtime_error("no database"); }), std::runtime_error);
    int value = 0;
    lane.run([&] { value = 42; });
    CHECK(value == 42);
}

TEST_CASE("A lane with a Batch takes the jobs queued meanwhile together and tells each caller how its batch ended",
          "[web]") {
    std::atomic<bool> started{false};
    std::atomic<bool> release{false};
    std::mutex mutex;
    std::vector<std::size_t> batches;
    DatabaseLane lane(1, DatabaseLane::Batch{4, [&](std::size_t jobs, const std::function<void()> &runJobs) {
                                                 runJobs();
                                                 const std::lock_guard lock(mutex);
                                                 batches.push_back(jobs);
                                                 return batches.size() != 3; // the third batch "fails to commit"
                                             }});
    std::thread blocker([&] {
        CHECK(lane.run([&] {
            started = true;
            while (!release)
                std::this_thread::yield();
        }));
    });
    while (!started)
        std::this_thread::yield();
    // Six callers queue behind the first job: the lane takes them four, then two.
    std::vector<int> ran(6, 0);
    std::vector<int> stood(6, -1);
    std::vector<std::thread> callers;
    for (int i = 0; i < 6; ++i) {
        callers.emplace_back([&, i] { stood[std::size_t(i)] = lane.run([&, i] { ran[std::size_t(i)] = 1; }) ? 1 : 0; });
        while (lane.waiting() != std::size_t(i + 1))
            std::this_thread::yield();
    }
    release = true;
    for (std::thread &caller : callers)
        caller.join();
    blocker.join();
    CHECK(batches == std::vector<std::size_t>{1, 4, 2});
    CHECK(ran == std::vector<int>(6, 1));
    CHECK(stood == std::vector<int>{1, 1, 1, 1, 0, 0}); // the last two were in the batch that failed
    const DatabaseLane::Stats stats = lane.stats();
    CHECK(stats.batches == 3);
    CHECK(stats.jobs == 7);
    CHECK(stats.largestBatch == 4);
}
