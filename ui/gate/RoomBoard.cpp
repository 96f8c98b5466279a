// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/gate/RoomBoard.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

enum Column { TicketColumn, InmateColumn, PeopleColumn, SinceColumn, MinutesColumn, ColumnCount };

} // namespace

RoomBoard::RoomBoard(QWidget *parent) : QWidget(parent), m_title(new QLabel(this)), m_table(new QTableWidget(this)) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_table);
    m_title->setProperty("role", u"subtitle"_s);
    m_title->setWordWrap(true);
    m_table->setObjectName(u"roomTableWidget"_s);
    m_table->setColumnCount(ColumnCount);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(InmateColumn, QHeaderView::Stretch);
    m_table->installEventFilter(this);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        Q_EMIT groupChosen(m_table->item(row, TicketColumn)->data(Qt::UserRole).toLongLong());
    });
    retranslate();
}

void RoomBoard::setGroups(const QList<VisitRecord> &inside, int limitMinutes) {
    m_inside = inside;
    m_limitMinutes = limitMinutes;
    rebuild();
}

void RoomBoard::setNow(const QDateTime &now) {
    m_now = now;
    rebuild();
}

int RoomBoard::overdueCount() const {
    return int(std::count_if(m_inside.begin(), m_inside.end(),
                             [this](const VisitRecord &visit) { return visit.overstayed(m_now, m_limitMinutes); }));
}

void RoomBoard::rebuild() {
    const int selected = m_table->currentRow();
    m_table->setRowCount(int(m_inside.size()));
    for (int row = 0; row < m_inside.size(); ++row) {
        const VisitRecord &visit = m_inside[row];
        const qint64 minutes = visit.minutesInside(m_now);
        const bool overdue = visit.overstayed(m_now, m_limitMinutes);
        const QStringList cells{visit.queueLabel(), visit.inmate.name, QString::number(visit.people()),
                                visit.admittedAt.toTimeZone(m_now.timeZone()).toString(u"HH:mm"_s),
                                tr("%n min", nullptr, int(minutes))};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (column == TicketColumn)
                item->setData(Qt::UserRole, visit.id);
            if (overdue) {
                item->setBackground(QColor(0xFD, 0xE6, 0xC4));
                item->setForeground(QColor(0x7C, 0x2D, 0x12));
                if (column == MinutesColumn)
                    item->setToolTip(tr("Longer than the visit time limit of %n minute(s)", nullptr, m_limitMinutes));
            }
            m_table->setItem(row, column, item);
        }
    }
    if (selected >= 0 && selected < m_table->rowCount())
        m_table->selectRow(selected);
    const int overdue = overdueCount();
    m_title->setText(overdue > 0 ? tr("Visiting room: %n group(s) inside", nullptr, int(m_inside.size())) + u" — "_s +
                                       tr("%n over time", nullptr, overdue)
                                 : tr("Visiting room: %n group(s) inside", nullptr, int(m_inside.size())));
}

void RoomBoard::retranslate() {
    m_table->setHorizontalHeaderLabels(
        {tr("Ticket"), tr("Visiting"), tr("People"), tr("Admitted at"), tr("Time inside")});
    rebuild();
}

bool RoomBoard::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && m_table->currentRow() >= 0) {
            Q_EMIT groupChosen(m_table->item(m_table->currentRow(), TicketColumn)->data(Qt::UserRole).toLongLong());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RoomBoard::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace besuk
