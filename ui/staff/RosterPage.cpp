// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/staff/RosterPage.h"

#include "ui_RosterPage.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

constexpr int SearchLimit = 2000;

} // namespace

RosterPage::RosterPage(Facility &facility, QWidget *parent)
    : StaffPage(facility, Permission::ManageRoster, parent), m_ui(std::make_unique<Ui::RosterPage>()) {
    m_ui->setupUi(this);
    m_ui->messageLabel->hide();
    m_ui->okLabel->hide();
    m_ui->reportWidget->hide();
    for (QTableWidget *table : {m_ui->inmatesTableWidget, m_ui->reportTableWidget}) {
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        table->horizontalHeader()->setStretchLastSection(true);
    }
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, this, &RosterPage::refresh);
    connect(m_ui->inmatesTableWidget, &QTableWidget::itemSelectionChanged, this, &RosterPage::showSelected);
    connect(m_ui->newPushButton, &QPushButton::clicked, this, &RosterPage::startNew);
    connect(m_ui->addPushButton, &QPushButton::clicked, this, &RosterPage::addInmate);
    connect(m_ui->savePushButton, &QPushButton::clicked, this, &RosterPage::saveInmate);
    connect(m_ui->deactivatePushButton, &QPushButton::clicked, this, [this] { setSelectedActive(false); });
    connect(m_ui->reactivatePushButton, &QPushButton::clicked, this, [this] { setSelectedActive(true); });
    connect(m_ui->importPushButton, &QPushButton::clicked, this, &RosterPage::importCsv);
    connect(m_ui->closeReportPushButton, &QPushButton::clicked, this, [this] {
        m_report.clear();
        m_ui->reportWidget->hide();
    });
    for (QLineEdit *edit : {m_ui->numberLineEdit, m_ui->nameLineEdit, m_ui->blockLineEdit})
        connect(edit, &QLineEdit::returnPressed, this, &RosterPage::submit);
    m_chooseCsv = [this] {
        return QFileDialog::getOpenFileName(this, tr("Import the roster from a CSV file"), QString(),
                                            tr("CSV files (*.csv);;All files (*)"));
    };
    retranslate();
    showSelected();
}

RosterPage::~RosterPage() = default;

QString RosterPage::title() const {
    return tr("Roster");
}

void RosterPage::refresh() {
    auto found = onDomain([text = m_ui->searchLineEdit->text()](Facility &facility) {
        return InmateStore(facility).search(text, SearchLimit);
    });
    if (!found) {
        showMessage(found.error().message);
        return;
    }
    const QString keep = selected() ? selected()->number : QString();
    m_inmates = *found;
    fill();
    const QSignalBlocker blocker(m_ui->inmatesTableWidget);
    if (keep.isEmpty() || !select(keep))
        m_ui->inmatesTableWidget->clearSelection();
    showSelected();
}

void RosterPage::fill() {
    QTableWidget *table = m_ui->inmatesTableWidget;
    const QSignalBlocker blocker(table);
    table->clearSelection();
    table->setRowCount(int(m_inmates.size()));
    for (int row = 0; row < m_inmates.size(); ++row) {
        const Inmate &inmate = m_inmates[row];
        const QStringList cells{inmate.number, inmate.name, inmate.block,
                                inmate.active ? tr("active") : tr("inactive")};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (!inmate.active)
                item->setForeground(QColor(0x6B, 0x72, 0x80));
            table->setItem(row, column, item);
        }
    }
}

const Inmate *RosterPage::selected() const {
    const auto rows = m_ui->inmatesTableWidget->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_inmates.size())
        return nullptr;
    return &m_inmates[rows.first().row()];
}

bool RosterPage::select(const QString &number) {
    for (int row = 0; row < m_inmates.size(); ++row) {
        if (m_inmates[row].number == number) {
            m_ui->inmatesTableWidget->selectRow(row);
            return true;
        }
    }
    return false;
}

void RosterPage::showSelected() {
    const Inmate *inmate = selected();
    m_ui->numberLineEdit->setReadOnly(inmate != nullptr);
    m_ui->addPushButton->setVisible(inmate == nullptr);
    m_ui->savePushButton->setVisible(inmate != nullptr);
    m_ui->deactivatePushButton->setEnabled(inmate && inmate->active);
    m_ui->reactivatePushButton->setEnabled(inmate && !inmate->active);
    if (!inmate) {
        if (!m_formNumber.isEmpty()) { // the inmate in the form is no longer listed
            m_formNumber.clear();
            m_ui->numberLineEdit->clear();
            m_ui->nameLineEdit->clear();
            m_ui->blockLineEdit->clear();
        }
        m_ui->inmateGroupBox->setTitle(tr("New inmate"));
        m_ui->statusLabel->setText(tr("Choose an inmate in the list to correct or deactivate them."));
        return;
    }
    m_ui->inmateGroupBox->setTitle(tr("Inmate %1").arg(inmate->number));
    m_ui->statusLabel->setText(inmate->active ? tr("On the roster: visitors can register for this inmate.")
                                              : tr("Inactive (released or transferred): no new visits; past "
                                                   "visits stay in the history."));
    if (inmate->number != m_formNumber) { // a refresh keeps what is being typed
        m_formNumber = inmate->number;
        m_ui->numberLineEdit->setText(inmate->number);
        m_ui->nameLineEdit->setText(inmate->name);
        m_ui->blockLineEdit->setText(inmate->block);
    }
}

void RosterPage::startNew() {
    m_ui->inmatesTableWidget->clearSelection();
    m_ui->numberLineEdit->clear();
    m_ui->nameLineEdit->clear();
    m_ui->blockLineEdit->clear();
    showSelected();
    m_ui->numberLineEdit->setFocus();
}

void RosterPage::submit() {
    if (selected())
        saveInmate();
    else
        addInmate();
}

void RosterPage::addInmate() {
    auto added = onDomain(
        [number = m_ui->numberLineEdit->text(), name = m_ui->nameLineEdit->text(), block = m_ui->blockLineEdit->text(),
         by = actor()](Facility &facility) { return InmateStore(facility).add(number, name, block, by); });
    if (!added) {
        showMessage(added.error().message);
        return;
    }
    showMessage({}, tr("%1 (%2) was added to the roster.").arg(added->name, added->number));
    refresh();
    select(added->number);
}

void RosterPage::saveInmate() {
    const Inmate *inmate = selected();
    if (!inmate)
        return;
    auto updated =
        onDomain([number = inmate->number, name = m_ui->nameLineEdit->text(), block = m_ui->blockLineEdit->text(),
                  by = actor()](Facility &facility) { return InmateStore(facility).update(number, name, block, by); });
    if (!updated) {
        showMessage(updated.error().message);
        return;
    }
    showMessage({}, tr("The changes to %1 were saved.").arg(updated->number));
    m_formNumber.clear();
    refresh();
}

void RosterPage::setSelectedActive(bool active) {
    const Inmate *inmate = selected();
    if (!inmate)
        return;
    const Inmate before = *inmate;
    auto changed = onDomain([&before, active, by = actor()](Facility &facility) {
        return InmateStore(facility).setActive(before.number, active, by);
    });
    if (!changed) {
        showMessage(changed.error().message);
        return;
    }
    showMessage(
        {},
        active ? tr("%1 (%2) is on the roster again.").arg(before.name, before.number)
               : tr("%1 (%2) was deactivated. Their past visits stay in the history.").arg(before.name, before.number));
    refresh();
}

void RosterPage::importCsv() {
    const QString path = m_chooseCsv();
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showMessage(tr("The file %1 could not be read.").arg(QFileInfo(path).fileName()));
        return;
    }
    // The page keeps the good rows and lists the rejected ones beside them (besuk-cli asks for --partial).
    auto report = onDomain([csv = file.readAll(), by = actor()](Facility &facility) {
        return InmateStore(facility).importCsv(csv, by, ImportMode::Partial);
    });
    if (!report) {
        showMessage(report.error().message);
        return;
    }
    m_report = report->rows;
    showReport();
    showMessage({}, tr("Import from %1: %2 added, %3 updated, %4 rejected.")
                        .arg(QFileInfo(path).fileName())
                        .arg(report->added)
                        .arg(report->updated)
                        .arg(report->rejected.size()));
    refresh();
}

void RosterPage::showReport() {
    QTableWidget *table = m_ui->reportTableWidget;
    table->setRowCount(int(m_report.size()));
    for (int row = 0; row < m_report.size(); ++row) {
        const ImportReport::Row &line = m_report[row];
        QString outcome;
        switch (line.outcome) {
        case ImportReport::Row::Outcome::Added:
            outcome = tr("added");
            break;
        case ImportReport::Row::Outcome::Updated:
            outcome = tr("updated");
            break;
        case ImportReport::Row::Outcome::Rejected:
            outcome = tr("rejected");
            break;
        }
        const QStringList cells{QString::number(line.line), line.number, outcome, line.reason};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (line.outcome == ImportReport::Row::Outcome::Rejected)
                item->setForeground(QColor(0x7A, 0x10, 0x10));
            table->setItem(row, column, item);
        }
    }
    m_ui->reportWidget->setVisible(!m_report.isEmpty());
}

void RosterPage::showMessage(const QString &message, const QString &ok) {
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setVisible(!message.isEmpty());
    m_ui->okLabel->setText(ok);
    m_ui->okLabel->setVisible(!ok.isEmpty());
}

void RosterPage::retranslate() {
    m_ui->searchLineEdit->setPlaceholderText(tr("Search: number or name"));
    m_ui->inmatesTableWidget->setColumnCount(4);
    m_ui->inmatesTableWidget->setHorizontalHeaderLabels({tr("Number"), tr("Name"), tr("Block"), tr("Status")});
    m_ui->reportTableWidget->setColumnCount(4);
    m_ui->reportTableWidget->setHorizontalHeaderLabels({tr("Line"), tr("Number"), tr("Result"), tr("Reason")});
}

void RosterPage::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        refresh();
        showReport();
    }
    StaffPage::changeEvent(event);
}

} // namespace besuk
