// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Result.h"
#include "db/TallyService.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace besuk {

class Facility;

// Staff exports of the tallies (CSV for spreadsheets; PDF and XLSX through app/reports) and their audit entries.
// Qt Core only.
class ExportService {
public:
    // The columns of rangeCsv(), in order: date, weekday (Indonesian), then for each of registered, admitted,
    // refused, checked_out, inside, cancelled, walk_in, booked, arrived and no_show: _groups, _men, _women,
    // _children, _total. registered = walk_in + arrived; booked counts bookings still expected, no_show those
    // whose day passed unused (DayTally::bookings).
    static QStringList rangeCsvHeader();
    // One row per day and a last row "total" (weekday empty) summing them. RFC 4180, UTF-8 with a byte-order mark
    // (so that spreadsheet programs read it as UTF-8), CRLF line ends.
    static QByteArray rangeCsv(const QList<DayTally> &days);
    // A day's numbers as in rangeCsv(), after the date and weekday; and their sums over `days` (the total row).
    static QList<int> rangeValues(const DayTally &day);
    static QList<int> rangeTotals(const QList<DayTally> &days);

    // Records in the audit log that staff exported [from, to]: action "export.<format>" (format "csv", "xlsx" or
    // "pdf"), subject "YYYY-MM-DD..YYYY-MM-DD", detail e.g. the file written. Its own write transaction.
    static Result<void> recordExport(Facility &facility, const QString &format, const QDate &from, const QDate &to,
                                     const QString &actor, const QString &detail = {});
};

// Indonesian names for an official document, independent of the system's locale.
namespace IndonesianDate {
QString weekday(const QDate &date);                // "Sabtu"
QString month(int month);                          // 1-12: "Desember"
QString longDate(const QDate &date);               // "27 Desember 2025"
QString weekdayDate(const QDate &date);            // "Sabtu, 27 Desember 2025"
QString range(const QDate &from, const QDate &to); // "27 Desember 2025 - 2 Januari 2026", or one date
} // namespace IndonesianDate

} // namespace besuk
