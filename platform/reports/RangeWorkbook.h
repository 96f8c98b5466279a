// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Result.h"
#include "platform/reports/DayReport.h"

#include <QByteArray>
#include <QCoreApplication>

namespace besuk::reports {

// The tallies of a day or a range as an Excel workbook (.xlsx, libxlsxwriter): a title line, the columns of
// ExportService::rangeCsvHeader(), one row per day with the date as a real date cell and every count as a number,
// and a last row "Jumlah" with the domain's totals (numbers, not formulas, so any reader sees them).
class RangeWorkbook {
    Q_DECLARE_TR_FUNCTIONS(RangeWorkbook)
public:
    // Storage when the workbook cannot be made (e.g. no room for its temporary file).
    static Result<QByteArray> render(const ReportData &data);
};

} // namespace besuk::reports
