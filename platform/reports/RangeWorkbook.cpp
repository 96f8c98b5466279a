// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/reports/RangeWorkbook.h"

#include "db/ExportService.h"

#include <QFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace besuk::reports {

namespace {

constexpr int HeaderRow = 1;

struct Formats {
    lxw_format *title;
    lxw_format *header;
    lxw_format *date;
    lxw_format *total;
};

Formats addFormats(lxw_workbook *book) {
    Formats formats{workbook_add_format(book), workbook_add_format(book), workbook_add_format(book),
                    workbook_add_format(book)};
    format_set_bold(formats.title);
    format_set_font_size(formats.title, 13);
    format_set_bold(formats.header);
    format_set_bottom(formats.header, LXW_BORDER_THIN);
    format_set_num_format(formats.date, "dd/mm/yyyy");
    format_set_bold(formats.total);
    format_set_top(formats.total, LXW_BORDER_THIN);
    return formats;
}

void writeSheet(lxw_workbook *book, const ReportData &data) {
    lxw_worksheet *sheet = workbook_add_worksheet(book, "Rekapitulasi");
    const Formats formats = addFormats(book);
    const QByteArray title =
        u"%1 - %2 - %3"_s.arg(DayReport::title(data), data.facility, DayReport::dateLine(data)).toUtf8();
    worksheet_write_string(sheet, 0, 0, title.constData(), formats.title);
    const QStringList header = ExportService::rangeCsvHeader();
    for (qsizetype column = 0; column < header.size(); ++column)
        worksheet_write_string(sheet, HeaderRow, lxw_col_t(column), header.at(column).toUtf8().constData(),
                               formats.header);
    lxw_row_t row = HeaderRow + 1;
    for (const DayTally &day : data.days) {
        lxw_datetime date{day.date.year(), day.date.month(), day.date.day(), 0, 0, 0.0};
        worksheet_write_datetime(sheet, row, 0, &date, formats.date);
        worksheet_write_string(sheet, row, 1, IndonesianDate::weekday(day.date).toUtf8().constData(), nullptr);
        const QList<int> values = ExportService::rangeValues(day);
        for (qsizetype i = 0; i < values.size(); ++i)
            worksheet_write_number(sheet, row, lxw_col_t(i + 2), values.at(i), nullptr);
        ++row;
    }
    worksheet_write_string(sheet, row, 0, "Jumlah", formats.total);
    worksheet_write_blank(sheet, row, 1, formats.total);
    const QList<int> totals = ExportService::rangeTotals(data.days);
    for (qsizetype i = 0; i < totals.size(); ++i)
        worksheet_write_number(sheet, row, lxw_col_t(i + 2), totals.at(i), formats.total);
    worksheet_set_column(sheet, 0, 0, 12, nullptr);
    worksheet_set_column(sheet, 1, 1, 9, nullptr);
    worksheet_set_column(sheet, 2, lxw_col_t(header.size() - 1), 11, nullptr);
    worksheet_freeze_panes(sheet, HeaderRow + 1, 2);
}

} // namespace

Result<QByteArray> RangeWorkbook::render(const ReportData &data) {
    // libxlsxwriter writes to a file; a private temporary folder holds it until it is read back.
    QTemporaryDir dir;
    if (!dir.isValid())
        return makeError(ErrorCode::Storage, tr("The spreadsheet could not be made: %1").arg(dir.errorString()));
    const QString path = dir.filePath(u"rekapitulasi.xlsx"_s);
    lxw_workbook *book = workbook_new(QFile::encodeName(path).constData());
    if (!book)
        return makeError(ErrorCode::Storage, tr("The spreadsheet could not be made: %1").arg(path));
    lxw_doc_properties properties{};
    const QByteArray title = DayReport::title(data).toUtf8();
    properties.title = const_cast<char *>(title.constData());
    properties.author = const_cast<char *>("Besuk");
    workbook_set_properties(book, &properties);
    writeSheet(book, data);
    if (const lxw_error closed = workbook_close(book); closed != LXW_NO_ERROR)
        return makeError(ErrorCode::Storage,
                         tr("The spreadsheet could not be made: %1").arg(QString::fromUtf8(lxw_strerror(closed))));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Storage, tr("The spreadsheet could not be made: %1").arg(file.errorString()));
    return file.readAll();
}

} // namespace besuk::reports
