// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Result.h"
#include "db/TallyService.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;

namespace besuk {
class Facility;
}

namespace besuk::reports {

// What a visiting report shows: the facility, one day or a range of days, and the inspections over it.
struct ReportData {
    QString facility;
    QDate from;
    QDate to;
    QList<DayTally> days; // every day from `from` to `to`
    InspectionSummary inspections;
    QDateTime generatedAt; // facility time, for the footer
    // Queue numbers kiosks gave while the server could not be reached (db/offline/QueueBlocks), and the reserved
    // numbers no kiosk used on those days: the only gaps in the days' numbers ("A-903–A-920 (kiosk-1)").
    int offlineNumbersUsed = 0;
    QStringList offlineNumbersUnused;
};

// The official visiting report, in Indonesian, as an A4 PDF: the facility's header, a summary paragraph in the
// style of the press release, the tally table (men / women / children by status), visitors per hour as a stacked
// bar chart, the belongings inspections and, for a range, one row per day. Text is set in DocumentFonts and embedded
// in the PDF, so names in any script print as written.
class DayReport {
public:
    // Reads the tallies and inspections of [from, to] (TallyService: InvalidInput for a bad range) and renders.
    static Result<QByteArray> build(Facility &facility, const QDate &from, const QDate &to);
    static Result<ReportData> collect(Facility &facility, const QDate &from, const QDate &to);
    // The PDF file (QPdfWriter). Needs a QGuiApplication (the offscreen platform will do).
    static QByteArray render(const ReportData &data);
    // Draws the report's pages on `device` (a QPdfWriter, or the QPrinter of a print preview): A4 portrait without
    // margins, one newPage() between pages.
    static void paint(const ReportData &data, QPagedPaintDevice &device);

    // The report's parts as text, for the PDF and for tests.
    static QString title(const ReportData &data);    // "Laporan Kunjungan Harian" or "Rekapitulasi Kunjungan"
    static QString dateLine(const ReportData &data); // "Sabtu, 27 Desember 2025"
    static QString summary(const ReportData &data);  // "Pada hari Sabtu, 27 Desember 2025, ... menerima 405 ..."
    // Empty on days without an outage; else how many numbers kiosks gave apart from the server and the gaps left.
    static QString offlineNote(const ReportData &data);
    static QString number(int value); // Indonesian digit grouping: 1.234
};

} // namespace besuk::reports
