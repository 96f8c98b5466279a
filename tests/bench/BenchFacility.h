// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Clock.h"
#include "db/Facility.h"
#include "db/Result.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <memory>
#include <random>

namespace besuk::bench {

inline constexpr auto BenchZone = "Asia/Makassar";

// The day the benchmarks act on: Saturday 27 December 2025, the news report's day. The history ends the day before.
QDate benchDay();
// A wall-clock time in the facility's zone, as a UTC instant.
QDateTime facilityTime(const QDate &date, const QTime &time);

// Opens the facility at `location` (SQLite file or postgresql:// URL); `create` initialises a new one first.
Result<std::unique_ptr<Facility>> openFacility(const QString &location, const QString &keyPath, const Clock &clock,
                                               bool create);

// A valid NIK (region 6471xx) for person `serial` of a numbered population: birth date and sex follow from it.
QString benchNik(int serial, bool female, int ageYears);

// Inmates PREFIX-00001 ... PREFIX-<count>, named with letters only, through the roster's CSV import.
Result<void> addInmates(Facility &facility, const QString &prefix, int count);

// A visitor group as a kiosk would send it: 1-3 adults with NIKs of their own (serials from `serial` on, advanced),
// 0-2 children, at most 4 people; for inmate `inmateNumber`.
struct GroupShape {
    int adults = 1;
    int children = 0;
};
GroupShape randomGroup(std::mt19937 &random);

// Whether a Result failed; prints its message to standard error with `what`.
template <typename T> bool failed(const Result<T> &result, const char *what) {
    if (result.ok())
        return false;
    std::fprintf(stderr, "%s: %s\n", what, qPrintable(result.error().message));
    return true;
}

} // namespace besuk::bench
