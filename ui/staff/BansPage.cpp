// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/staff/BansPage.h"

#include "db/Facility.h"
#include "db/Nik.h"
#include "ui_BansPage.h"

#include <QLocale>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace besuk {

BansPage::BansPage(Facility &facility, QWidget *parent)
    : StaffPage(facility, Permission::ManageBans, parent), m_ui(std::make_unique<Ui::BansPage>()) {
    m_ui->setupUi(this);
    m_ui->messageLabel->hide();
    m_ui->okLabel->hide();
    QHeaderView *header = m_ui->bansTableWidget->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(false);
    m_ui->expiresDateEdit->setEnabled(false);
    connect(m_ui->bansTableWidget, &QTableWidget::itemSelectionChanged, this, &BansPage::showSelected);
    connect(m_ui->bansTableWidget, &QTableWidget::itemActivated, this, &BansPage::liftSelected);
    connect(m_ui->liftPushButton, &QPushButton::clicked, this, &BansPage::liftSelected);
    connect(m_ui->addPushButton, &QPushButton::clicked, this, &BansPage::addBan);
    connect(m_ui->reasonLineEdit, &QLineEdit::returnPressed, this, &BansPage::addBan);
    connect(m_ui->expiresCheckBox, &QCheckBox::toggled, m_ui->expiresDateEdit, &QDateEdit::setEnabled);
    m_confirmLift = [this](const Ban &ban) {
        return QMessageBox::question(
                   this, tr("Lift ban"),
                   tr("Lift the ban on %1? They can register for visits again.").arg(Nik::mask(ban.nik))) ==
               QMessageBox::Yes;
    };
    retranslate();
    showSelected();
}

BansPage::~BansPage() = default;

QString BansPage::title() const {
    return tr("Bans");
}

void BansPage::refresh() {
    // A ban may end on any day from today on; reset the proposal only when the day changed.
    const QDate today = facility().today();
    if (m_ui->expiresDateEdit->minimumDate() != today) {
        m_ui->expiresDateEdit->setMinimumDate(today);
        m_ui->expiresDateEdit->setDate(today.addDays(30));
    }
    auto bans = onDomain([](Facility &facility) { return BanStore(facility).active(); });
    if (!bans) {
        showMessage(bans.error().message);
        return;
    }
    const qint64 keep = selected() ? selected()->id : 0;
    m_bans = *bans;
    fill();
    if (keep != 0)
        select(keep);
    showSelected();
}

QDate BansPage::lastDay(const QDateTime &expiresAt) {
    return facility().toLocal(expiresAt).addMSecs(-1).date();
}

void BansPage::fill() {
    QTableWidget *table = m_ui->bansTableWidget;
    const QSignalBlocker blocker(table);
    table->clearSelection();
    table->setRowCount(int(m_bans.size()));
    const QLocale locale;
    for (int row = 0; row < m_bans.size(); ++row) {
        const Ban &ban = m_bans[row];
        const QStringList cells{Nik::mask(ban.nik), ban.reason, ban.createdBy,
                                locale.toString(facility().toLocal(ban.createdAt), QLocale::ShortFormat),
                                ban.expiresAt.isValid() ? locale.toString(lastDay(ban.expiresAt), QLocale::ShortFormat)
                                                        : tr("no end")};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setData(Qt::UserRole, ban.id);
            if (column == 1)
                item->setToolTip(ban.reason);
            table->setItem(row, column, item);
        }
    }
    table->resizeColumnsToContents();
    // The reason takes what is left, so a long one does not push the dates out of view.
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_ui->emptyLabel->setVisible(m_bans.isEmpty());
}

const Ban *BansPage::selected() const {
    const auto rows = m_ui->bansTableWidget->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_bans.size())
        return nullptr;
    return &m_bans[rows.first().row()];
}

bool BansPage::select(qint64 banId) {
    for (int row = 0; row < m_bans.size(); ++row) {
        if (m_bans[row].id == banId) {
            m_ui->bansTableWidget->selectRow(row);
            return true;
        }
    }
    return false;
}

void BansPage::showSelected() {
    m_ui->liftPushButton->setEnabled(selected() != nullptr);
}

void BansPage::addBan() {
    QDateTime expires;
    if (m_ui->expiresCheckBox->isChecked()) // in force through the chosen day, facility time
        expires =
            QDateTime(m_ui->expiresDateEdit->date().addDays(1), QTime(0, 0), facility().profile().timeZone).toUTC();
    auto added = onDomain([nik = m_ui->nikLineEdit->text(), reason = m_ui->reasonLineEdit->text(), by = actor(),
                           expires](Facility &facility) { return BanStore(facility).add(nik, reason, by, expires); });
    if (!added) {
        showMessage(added.error().message);
        return;
    }
    m_ui->nikLineEdit->clear();
    m_ui->reasonLineEdit->clear();
    m_ui->expiresCheckBox->setChecked(false);
    showMessage(
        {}, added->expiresAt.isValid()
                ? tr("%1 may not visit until %2 (inclusive).")
                      .arg(Nik::mask(added->nik), QLocale().toString(lastDay(added->expiresAt), QLocale::ShortFormat))
                : tr("%1 may not visit until the ban is lifted.").arg(Nik::mask(added->nik)));
    refresh();
    select(added->id);
}

void BansPage::liftSelected() {
    const Ban *ban = selected();
    if (!ban)
        return;
    const Ban chosen = *ban;
    if (!m_confirmLift(chosen))
        return;
    auto lifted =
        onDomain([id = chosen.id, by = actor()](Facility &facility) { return BanStore(facility).lift(id, by); });
    if (!lifted) {
        showMessage(lifted.error().message);
        refresh();
        return;
    }
    showMessage({}, tr("The ban on %1 was lifted.").arg(Nik::mask(chosen.nik)));
    refresh();
}

void BansPage::showMessage(const QString &message, const QString &ok) {
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setVisible(!message.isEmpty());
    m_ui->okLabel->setText(ok);
    m_ui->okLabel->setVisible(!ok.isEmpty());
}

void BansPage::retranslate() {
    m_ui->nikLineEdit->setPlaceholderText(tr("16 digits"));
    m_ui->reasonLineEdit->setPlaceholderText(tr("For staff and guards only"));
    m_ui->expiresHintLabel->setText(tr("Without an end date the ban lasts until it is lifted."));
    m_ui->expiresDateEdit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_ui->bansTableWidget->setColumnCount(5);
    m_ui->bansTableWidget->setHorizontalHeaderLabels(
        {tr("NIK"), tr("Reason"), tr("Banned by"), tr("Since"), tr("Until (last day)")});
}

void BansPage::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        fill();
        showSelected();
    }
    StaffPage::changeEvent(event);
}

} // namespace besuk
