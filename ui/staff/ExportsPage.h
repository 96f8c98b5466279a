// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Result.h"
#include "platform/reports/DayReport.h"
#include "ui/staff/StaffPage.h"

#include <QFutureWatcher>
#include <QPointer>

#include <functional>
#include <memory>

class QDialog;
class QPrintPreviewWidget;

namespace besuk {

namespace Ui {
class ExportsPage;
}

// CSV (RFC 4180, UTF-8 with BOM) or XLSX for a date or a range, and the PDF day report, written off the UI thread
// with a progress bar; each export is recorded in the audit log. Preview shows the report's pages as they will print.
class ExportsPage : public StaffPage {
    Q_OBJECT
public:
    // Asks where to save (empty: not now). Tests answer without a file dialog.
    using FileChooser = std::function<QString(const QString &suggestedName)>;

    explicit ExportsPage(Facility &facility, QWidget *parent = nullptr);
    ~ExportsPage() override;

    [[nodiscard]] QString title() const override;
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }
    void setRange(const QDate &from, const QDate &to);
    void setFormat(const QString &format); // "pdf", "xlsx" or "csv"
    // The open preview of the report, if any.
    [[nodiscard]] QPrintPreviewWidget *preview() const;
    [[nodiscard]] bool busy() const { return m_watcher.isRunning(); }

public Q_SLOTS:
    void exportNow();
    void showPreview();

Q_SIGNALS:
    // The export ended: the file written, or an empty path and the reason.
    void finished(const QString &path, const QString &problem);

protected:
    void changeEvent(QEvent *event) override;

private:
    Result<reports::ReportData> collect(const QDate &from, const QDate &to);
    void onWritten();
    void showResult(const QString &text, bool ok);

    std::unique_ptr<Ui::ExportsPage> m_ui;
    FileChooser m_chooseFile;
    QFutureWatcher<QString> m_watcher; // the file's problem, empty when written
    QString m_path;
    QString m_format;
    QPointer<QDialog> m_previewDialog;
};

} // namespace besuk
