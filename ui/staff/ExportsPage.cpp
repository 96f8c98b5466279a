#include "ui/staff/ExportsPage.h"

#include "db/ExportService.h"
#include "db/Facility.h"
#include "db/TallyService.h"
#include "platform/reports/DayReport.h"
#include "ui_ExportsPage.h"

#include <QFileDialog>
#include <QSaveFile>
#include <QStyle>
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
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, &ExportsPage::onWritten);
    m_chooseFile = [this](const QString &suggested) {
        return QFileDialog::getSaveFileName(this, tr("Export to"), suggested,
                                            m_format == u"pdf" ? tr("PDF files (*.pdf)") : tr("CSV files (*.csv)"));
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

void ExportsPage::setFormat(bool pdf) {
    (pdf ? m_ui->pdfRadioButton : m_ui->csvRadioButton)->setChecked(true);
}

void ExportsPage::exportNow() {
    if (busy())
        return;
    const QDate from = m_ui->fromDateEdit->date();
    const QDate to = m_ui->toDateEdit->date();
    m_format = m_ui->pdfRadioButton->isChecked() ? u"pdf"_s : u"csv"_s;
    const QString range =
        from == to ? from.toString(Qt::ISODate) : u"%1_%2"_s.arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    const QString path = m_chooseFile(u"besuk-%1.%2"_s.arg(range, m_format));
    if (path.isEmpty())
        return;
    // Reading the database stays on this thread (its connection lives here); rendering and writing do not.
    QByteArray bytes;
    if (m_format == u"pdf") {
        auto report = reports::DayReport::collect(facility(), from, to);
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
            QtConcurrent::run([data = *report, path] { return writeFile(path, reports::DayReport::render(data)); }));
        return;
    }
    auto days = TallyService(facility()).range(from, to);
    if (!days) {
        showResult(days.error().message, false);
        Q_EMIT finished({}, days.error().message);
        return;
    }
    m_path = path;
    m_ui->progressBar->show();
    m_ui->exportPushButton->setEnabled(false);
    m_watcher.setFuture(
        QtConcurrent::run([days = *days, path] { return writeFile(path, ExportService::rangeCsv(days)); }));
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
    auto recorded = ExportService::recordExport(facility(), m_format, m_ui->fromDateEdit->date(),
                                                m_ui->toDateEdit->date(), actor(), m_path);
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
