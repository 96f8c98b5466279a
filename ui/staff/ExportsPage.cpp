// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/staff/ExportsPage.h"

#include "db/ExportService.h"
#include "db/Facility.h"
#include "platform/reports/DayReport.h"
#include "platform/reports/RangeWorkbook.h"
#include "ui_ExportsPage.h"

#include <QDialog>
#include <QFileDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QSaveFile>
#include <QStyle>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

// Writes the bytes in full or not at all (a temporary file renamed into place).
QString writeFile(const QString &path, const QByteArray &bytes) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return file.errorString();
    return {};
}

// The file's bytes in `format`, then written; the problem, or empty when written.
QString renderAndWrite(const QString &format, const reports::ReportData &data, const QString &path) {
    if (format == u"pdf")
        return writeFile(path, reports::DayReport::render(data));
    if (format == u"xlsx") {
        auto workbook = reports::RangeWorkbook::render(data);
        return workbook ? writeFile(path, *workbook) : workbook.error().message;
    }
    return writeFile(path, ExportService::rangeCsv(data.days));
}

} // namespace

ExportsPage::ExportsPage(Facility &facility, QWidget *parent)
    : StaffPage(facility, Permission::ExportData, parent), m_ui(std::make_unique<Ui::ExportsPage>()) {
    m_ui->setupUi(this);
    m_ui->progressBar->hide();
    m_ui->resultLabel->hide();
    const QDate today = facility.today();
    m_ui->fromDateEdit->setDate(today);
    m_ui->toDateEdit->setDate(today);
    connect(m_ui->exportPushButton, &QPushButton::clicked, this, &ExportsPage::exportNow);
    connect(m_ui->previewPushButton, &QPushButton::clicked, this, &ExportsPage::showPreview);
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, &ExportsPage::onWritten);
    m_chooseFile = [this](const QString &suggested) {
        const QString filter = m_format == u"pdf"    ? tr("PDF files (*.pdf)")
                               : m_format == u"xlsx" ? tr("XLSX files (*.xlsx)")
                                                     : tr("CSV files (*.csv)");
        return QFileDialog::getSaveFileName(this, tr("Export to"), suggested, filter);
    };
}

ExportsPage::~ExportsPage() {
    m_watcher.waitForFinished();
}

QString ExportsPage::title() const {
    return tr("Exports");
}

void ExportsPage::setRange(const QDate &from, const QDate &to) {
    m_ui->fromDateEdit->setDate(from);
    m_ui->toDateEdit->setDate(to);
}

void ExportsPage::setFormat(const QString &format) {
    (format == u"pdf"    ? m_ui->pdfRadioButton
     : format == u"xlsx" ? m_ui->xlsxRadioButton
                         : m_ui->csvRadioButton)
        ->setChecked(true);
}

QPrintPreviewWidget *ExportsPage::preview() const {
    return m_previewDialog ? m_previewDialog->findChild<QPrintPreviewWidget *>() : nullptr;
}

void ExportsPage::exportNow() {
    if (busy())
        return;
    const QDate from = m_ui->fromDateEdit->date();
    const QDate to = m_ui->toDateEdit->date();
    m_format = m_ui->pdfRadioButton->isChecked() ? u"pdf"_s : m_ui->xlsxRadioButton->isChecked() ? u"xlsx"_s : u"csv"_s;
    const QString range =
        from == to ? from.toString(Qt::ISODate) : u"%1_%2"_s.arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    const QString path = m_chooseFile(u"besuk-%1.%2"_s.arg(range, m_format));
    if (path.isEmpty())
        return;
    // Read on the console's domain thread; rendered and written on a worker, so the window goes on answering.
    auto report = collect(from, to);
    if (!report) {
        showResult(report.error().message, false);
        Q_EMIT finished({}, report.error().message);
        return;
    }
    m_path = path;
    m_ui->progressBar->show();
    m_ui->exportPushButton->setEnabled(false);
    showResult(tr("Exporting…"), true);
    m_watcher.setFuture(
        QtConcurrent::run([format = m_format, data = *report, path] { return renderAndWrite(format, data, path); }));
}

Result<reports::ReportData> ExportsPage::collect(const QDate &from, const QDate &to) {
    return onDomain([from, to](Facility &facility) { return reports::DayReport::collect(facility, from, to); });
}

// The report's pages drawn by the same code as the PDF, in a window beside the console.
void ExportsPage::showPreview() {
    auto report = collect(m_ui->fromDateEdit->date(), m_ui->toDateEdit->date());
    if (!report) {
        showResult(report.error().message, false);
        return;
    }
    if (m_previewDialog)
        m_previewDialog->close();
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Report preview"));
    dialog->resize(760, 900);
    auto *previewWidget = new QPrintPreviewWidget(dialog);
    previewWidget->setObjectName(u"reportPreviewWidget"_s);
    (new QVBoxLayout(dialog))->addWidget(previewWidget);
    connect(previewWidget, &QPrintPreviewWidget::paintRequested, dialog, [data = *report](QPrinter *printer) {
        printer->setFullPage(true);
        reports::DayReport::paint(data, *printer);
    });
    previewWidget->fitToWidth();
    m_previewDialog = dialog;
    dialog->show();
}

void ExportsPage::onWritten() {
    m_ui->progressBar->hide();
    m_ui->exportPushButton->setEnabled(true);
    const QString problem = m_watcher.result();
    if (!problem.isEmpty()) {
        const QString message = tr("The file could not be written: %1").arg(problem);
        showResult(message, false);
        Q_EMIT finished({}, message);
        return;
    }
    auto recorded = onDomain([format = m_format, from = m_ui->fromDateEdit->date(), to = m_ui->toDateEdit->date(),
                              by = actor(), path = m_path](Facility &facility) {
        return ExportService::recordExport(facility, format, from, to, by, path);
    });
    if (!recorded) {
        showResult(recorded.error().message, false);
        Q_EMIT finished({}, recorded.error().message);
        return;
    }
    showResult(tr("Saved: %1").arg(m_path), true);
    Q_EMIT finished(m_path, {});
}

void ExportsPage::showResult(const QString &text, bool ok) {
    m_ui->resultLabel->setText(text);
    m_ui->resultLabel->setProperty("role", ok ? u"ok"_s : u"error"_s);
    m_ui->resultLabel->style()->unpolish(m_ui->resultLabel);
    m_ui->resultLabel->style()->polish(m_ui->resultLabel);
    m_ui->resultLabel->show();
}

void ExportsPage::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    StaffPage::changeEvent(event);
}

} // namespace besuk
