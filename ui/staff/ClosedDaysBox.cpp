// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/staff/ClosedDaysBox.h"

#include "db/BookingService.h"
#include "db/Facility.h"
#include "ui/staff/StaffDomain.h"

#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

enum Column { DateColumn, ReasonColumn, BookedColumn };

constexpr int ListedDays = 366; // upcoming closed days listed: a year ahead
constexpr int MaxReasonLength = 200;

// Bookings still expected on `date` (they see the reason when they look their booking up).
int expectedOn(Facility &facility, const QDate &date) {
    auto bookings = BookingService(facility).ofDay(date);
    if (!bookings)
        return 0;
    return int(std::count_if(bookings->cbegin(), bookings->cend(),
                             [](const Booking &booking) { return booking.status == BookingStatus::Booked; }));
}

// The closed days listed from `today` on, each with the bookings still expected on it.
Result<QList<std::pair<BookableDay, int>>> closedDaysFrom(Facility &facility, const QDate &today) {
    auto days = BookingService(facility).closedDays(today, today.addDays(ListedDays));
    if (!days)
        return days.error();
    QList<std::pair<BookableDay, int>> listed;
    for (const BookableDay &day : *days)
        listed.append({day, expectedOn(facility, day.date)});
    return listed;
}

} // namespace

ClosedDaysBox::ClosedDaysBox(StaffDomain &domain, std::function<QString()> actor, QWidget *parent)
    : QGroupBox(parent), m_domain(domain), m_actor(std::move(actor)), m_tableWidget(new QTableWidget),
      m_dateLabel(new QLabel), m_dateEdit(new QDateEdit), m_reasonLabel(new QLabel), m_reasonLineEdit(new QLineEdit),
      m_closePushButton(new QPushButton), m_reopenPushButton(new QPushButton), m_messageLabel(new QLabel),
      m_okLabel(new QLabel) {
    setObjectName(u"closedDaysBox"_s);
    build();
    connect(m_closePushButton, &QPushButton::clicked, this, &ClosedDaysBox::closeDay);
    connect(m_reasonLineEdit, &QLineEdit::returnPressed, this, &ClosedDaysBox::closeDay);
    connect(m_reopenPushButton, &QPushButton::clicked, this, &ClosedDaysBox::reopenSelected);
    connect(m_tableWidget, &QTableWidget::itemSelectionChanged, this,
            [this] { m_reopenPushButton->setEnabled(m_tableWidget->currentRow() >= 0); });
    retranslate();
    showMessage({});
}

void ClosedDaysBox::build() {
    m_tableWidget->setObjectName(u"closedDaysTableWidget"_s);
    m_tableWidget->setColumnCount(3);
    m_tableWidget->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableWidget->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tableWidget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableWidget->verticalHeader()->setVisible(false);
    m_tableWidget->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tableWidget->horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    m_tableWidget->setMinimumHeight(120);
    m_dateEdit->setObjectName(u"closeDateEdit"_s);
    m_dateEdit->setCalendarPopup(true);
    m_reasonLineEdit->setObjectName(u"closeReasonLineEdit"_s);
    m_reasonLineEdit->setMaxLength(MaxReasonLength);
    m_closePushButton->setObjectName(u"closeDayPushButton"_s);
    m_reopenPushButton->setObjectName(u"reopenDayPushButton"_s);
    m_reopenPushButton->setEnabled(false);
    m_messageLabel->setObjectName(u"closedDaysMessageLabel"_s);
    m_messageLabel->setProperty("role", u"error"_s);
    m_okLabel->setObjectName(u"closedDaysOkLabel"_s);
    m_okLabel->setProperty("role", u"ok"_s);
    for (QLabel *label : {m_messageLabel, m_okLabel})
        label->setWordWrap(true);
    m_dateLabel->setBuddy(m_dateEdit);
    m_reasonLabel->setBuddy(m_reasonLineEdit);

    auto *form = new QGridLayout;
    form->addWidget(m_dateLabel, 0, 0);
    form->addWidget(m_dateEdit, 0, 1);
    form->addWidget(m_reasonLabel, 1, 0);
    form->addWidget(m_reasonLineEdit, 1, 1);
    form->setColumnStretch(1, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_closePushButton);
    buttons->addStretch();
    buttons->addWidget(m_reopenPushButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tableWidget);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_okLabel);
}

void ClosedDaysBox::refresh() {
    auto [today, days] = m_domain.call([](Facility &facility) {
        const QDate facilityToday = facility.today();
        return std::pair{facilityToday, closedDaysFrom(facility, facilityToday)};
    });
    m_dateEdit->setMinimumDate(today);
    if (m_dateEdit->date() < today)
        m_dateEdit->setDate(today);
    if (!days) {
        showMessage(days.error().message);
        return;
    }
    const QDate selected =
        m_tableWidget->currentRow() >= 0
            ? m_tableWidget->item(m_tableWidget->currentRow(), DateColumn)->data(Qt::UserRole).toDate()
            : QDate();
    m_tableWidget->setRowCount(0);
    const QLocale locale;
    for (const auto &[day, expected] : *days) {
        const int row = m_tableWidget->rowCount();
        m_tableWidget->insertRow(row);
        auto *date = new QTableWidgetItem(locale.toString(day.date, QLocale::LongFormat));
        date->setData(Qt::UserRole, day.date);
        m_tableWidget->setItem(row, DateColumn, date);
        m_tableWidget->setItem(row, ReasonColumn, new QTableWidgetItem(day.closedReason));
        auto *booked = new QTableWidgetItem(locale.toString(expected));
        booked->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_tableWidget->setItem(row, BookedColumn, booked);
        if (day.date == selected)
            m_tableWidget->selectRow(row);
    }
    m_reopenPushButton->setEnabled(m_tableWidget->currentRow() >= 0 && !m_tableWidget->selectedItems().isEmpty());
}

bool ClosedDaysBox::closeDay() {
    const QDate date = m_dateEdit->date();
    auto closed = m_domain.call([date, reason = m_reasonLineEdit->text(), actor = m_actor()](Facility &facility) {
        return BookingService(facility).closeDay(date, reason, actor);
    });
    if (!closed) {
        showMessage(closed.error().message);
        return false;
    }
    m_reasonLineEdit->clear();
    refresh();
    showMessage({}, tr("%1 is closed for visits. Families who booked it see the reason.")
                        .arg(QLocale().toString(date, QLocale::LongFormat)));
    return true;
}

bool ClosedDaysBox::reopenSelected() {
    const int row = m_tableWidget->currentRow();
    if (row < 0 || m_tableWidget->selectedItems().isEmpty()) {
        showMessage(tr("Please choose the day to reopen in the list."));
        return false;
    }
    const QDate date = m_tableWidget->item(row, DateColumn)->data(Qt::UserRole).toDate();
    auto reopened = m_domain.call(
        [date, actor = m_actor()](Facility &facility) { return BookingService(facility).reopenDay(date, actor); });
    if (!reopened) {
        showMessage(reopened.error().message);
        return false;
    }
    m_tableWidget->clearSelection();
    m_tableWidget->setCurrentCell(-1, -1);
    refresh();
    showMessage({}, tr("%1 is open for visits again.").arg(QLocale().toString(date, QLocale::LongFormat)));
    return true;
}

void ClosedDaysBox::showMessage(const QString &error, const QString &ok) {
    m_messageLabel->setText(error);
    m_messageLabel->setVisible(!error.isEmpty());
    m_okLabel->setText(ok);
    m_okLabel->setVisible(!ok.isEmpty());
}

void ClosedDaysBox::retranslate() {
    setTitle(tr("Closed days (holiday, lockdown)"));
    m_tableWidget->setHorizontalHeaderLabels({tr("Day"), tr("Reason"), tr("Bookings")});
    m_dateLabel->setText(tr("Da&y"));
    m_reasonLabel->setText(tr("&Reason"));
    m_reasonLineEdit->setPlaceholderText(tr("Shown to families who booked this day"));
    m_closePushButton->setText(tr("Close day"));
    m_reopenPushButton->setText(tr("Reopen chosen day"));
}

void ClosedDaysBox::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QGroupBox::changeEvent(event);
}

} // namespace besuk
