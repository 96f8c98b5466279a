// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <chrono>
#include <ctime>
#include <vector>

namespace besuk::bench {

// What a list of timings says: count, median, 95th percentile (nearest rank), mean and worst.
struct Summary {
    int n = 0;
    double median = 0;
    double p95 = 0;
    double mean = 0;
    double max = 0;
};

Summary summarize(std::vector<double> samples);

// Milliseconds since `start` on the steady clock.
inline double msSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

// CPU time this thread has used, in milliseconds: unlike the wall clock, it does not count the time other
// processes on a busy machine had the core. For single-threaded CPU-bound work (decoding a frame) it is the cost.
inline double threadCpuMs() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// "0.412", "12.3", "1 234": three significant digits, for tables.
QString number(double value);
// "met" or "**missed**".
QString verdict(bool met);

// A Markdown table: header once, then rows; written to standard output (run.sh collects it into
// docs/benchmarks.md). Progress and diagnostics go to standard error.
void printTable(const QStringList &header, const std::vector<QStringList> &rows);
void printLine(const QString &text = {});

} // namespace besuk::bench
