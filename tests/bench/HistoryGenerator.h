// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Facility.h"
#include "db/Result.h"

#include <QDate>

namespace besuk::bench {

// Five years of a large facility's past visits, written straight into an initialised facility's database in big
// batched transactions (setup for the benchmarks, not a path the product takes). The schema is the product's own
// (Database + Migrations); rows are what RegistrationService and GateService would have left: visits with their
// members, the visitors, entry inspections (some with items), the day's queue counters. The audit log and the
// change feed are left out (neither is read by the paths measured on this history).
struct HistoryOptions {
    int visits = 2'000'000;
    int days = 5 * 365 + 1; // ending the day before `lastDay + 1`
    QDate lastDay;          // the history's last day
    int inmates = 3'000;    // inmates HIST-00001 ... (added through the roster import)
    int visitors = 400'000; // distinct NIKs
    quint32 seed = 8;
};

struct HistoryReport {
    qint64 visits = 0;
    qint64 members = 0;
    qint64 inspections = 0;
    double seconds = 0;
};

Result<HistoryReport> generateHistory(Facility &facility, const HistoryOptions &options);

} // namespace besuk::bench
