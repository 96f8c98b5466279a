// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/gate/TicketListDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace besuk {

TicketListDialog::TicketListDialog(const QList<VisitRecord> &tickets, const QTimeZone &zone, QWidget *parent)
    : QDialog(parent), m_tickets(tickets), m_filter(new QLineEdit(this)), m_table(new QTableWidget(this)) {
    setWindowTitle(tr("Today's tickets"));
    auto *layout = new QVBoxLayout(this);
    auto *hint =
        new QLabel(tr("Type a number, an inmate's or a visitor's name; Enter takes the highlighted ticket."), this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addWidget(m_filter);
    layout->addWidget(m_table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Use this ticket"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &TicketListDialog::choose);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_filter->setObjectName(u"ticketFilterLineEdit"_s);
    m_filter->setPlaceholderText(tr("Filter"));
    m_filter->installEventFilter(this);
    m_table->setObjectName(u"ticketTableWidget"_s);
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("Ticket"), tr("Time"), tr("Visiting"), tr("Visitors"), tr("Status")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setRowCount(int(tickets.size()));
    for (int row = 0; row < tickets.size(); ++row) {
        const VisitRecord &visit = tickets[row];
        QStringList names;
        for (const Member &member : visit.members)
            names.append(member.name);
        const QStringList cells{visit.queueLabel(), visit.registeredAt.toTimeZone(zone).toString(u"HH:mm"_s),
                                u"%1 (%2)"_s.arg(visit.inmate.name, visit.inmate.number), names.join(u", "_s),
                                statusText(visit.status)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setData(Qt::UserRole, visit.id);
            m_table->setItem(row, column, item);
        }
    }
    connect(m_filter, &QLineEdit::textChanged, this, &TicketListDialog::applyFilter);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &TicketListDialog::choose);
    applyFilter(QString());
    resize(900, 600);
}

QString TicketListDialog::statusText(VisitStatus status) {
    switch (status) {
    case VisitStatus::Registered:
        return tr("waiting");
    case VisitStatus::Admitted:
        return tr("inside");
    case VisitStatus::CheckedOut:
        return tr("left");
    case VisitStatus::Refused:
        return tr("refused");
    case VisitStatus::Cancelled:
        break;
    }
    return tr("cancelled");
}

void TicketListDialog::applyFilter(const QString &text) {
    const QString wanted = text.trimmed();
    int first = -1;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        bool match = wanted.isEmpty();
        for (int column = 0; column < m_table->columnCount() && !match; ++column)
            match = m_table->item(row, column)->text().contains(wanted, Qt::CaseInsensitive);
        m_table->setRowHidden(row, !match);
        if (match && first < 0)
            first = row;
    }
    if (first >= 0)
        m_table->selectRow(first);
    else
        m_table->clearSelection();
}

void TicketListDialog::choose() {
    const auto selected = m_table->selectionModel()->selectedRows();
    if (selected.isEmpty() || m_table->isRowHidden(selected.first().row()))
        return;
    m_chosen = m_table->item(selected.first().row(), 0)->data(Qt::UserRole).toLongLong();
    accept();
}

bool TicketListDialog::eventFilter(QObject *watched, QEvent *event) {
    // Up and down in the filter move through the list, so the hands stay on the keys.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            int row = m_table->currentRow();
            const int step = key->key() == Qt::Key_Down ? 1 : -1;
            for (int next = row + step; next >= 0 && next < m_table->rowCount(); next += step)
                if (!m_table->isRowHidden(next)) {
                    m_table->selectRow(next);
                    break;
                }
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            choose();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace besuk
