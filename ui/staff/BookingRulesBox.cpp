// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/staff/BookingRulesBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

enum SlotColumn { StartColumn, EndColumn, CapacityColumn };

constexpr int DefaultCapacity = 20;
constexpr int DefaultHorizon = 7;

QTimeEdit *slotTimeEdit(const QTime &time) {
    auto *edit = new QTimeEdit(time);
    edit->setDisplayFormat(u"HH:mm"_s);
    edit->setFrame(false);
    edit->setButtonSymbols(QAbstractSpinBox::NoButtons); // too narrow a cell for arrows: typed or wheeled
    return edit;
}

QSpinBox *spinBox(const QString &name, int minimum, int maximum) {
    auto *spin = new QSpinBox;
    spin->setObjectName(name);
    spin->setRange(minimum, maximum);
    spin->setMinimumWidth(110);
    return spin;
}

} // namespace

BookingRulesBox::BookingRulesBox(QWidget *parent)
    : QGroupBox(parent), m_bookingCheckBox(new QCheckBox), m_horizonLabel(new QLabel),
      m_horizonSpinBox(spinBox(u"horizonSpinBox"_s, 1, Rules::MaxBookingHorizonDays)), m_closesAtLabel(new QLabel),
      m_closesAtTimeEdit(new QTimeEdit), m_toleranceLabel(new QLabel),
      m_toleranceSpinBox(spinBox(u"toleranceSpinBox"_s, 0, Rules::MaxArrivalToleranceMinutes)),
      m_maxOpenLabel(new QLabel), m_maxOpenSpinBox(spinBox(u"maxOpenSpinBox"_s, 1, Rules::MaxOpenBookingsLimit)),
      m_dayLabel(new QLabel), m_dayComboBox(new QComboBox), m_slotsTableWidget(new QTableWidget),
      m_slotsHintLabel(new QLabel), m_addSlotPushButton(new QPushButton), m_removeSlotPushButton(new QPushButton),
      m_copySlotsPushButton(new QPushButton) {
    setObjectName(u"bookingRulesBox"_s);
    build();
    connect(m_bookingCheckBox, &QCheckBox::toggled, this, &BookingRulesBox::updateEnabled);
    connect(m_dayComboBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            showDay(index + 1);
    });
    connect(m_addSlotPushButton, &QPushButton::clicked, this, &BookingRulesBox::addSlot);
    connect(m_removeSlotPushButton, &QPushButton::clicked, this, [this] {
        if (const int row = m_slotsTableWidget->currentRow(); row >= 0)
            m_slotsTableWidget->removeRow(row);
    });
    connect(m_copySlotsPushButton, &QPushButton::clicked, this, &BookingRulesBox::copyToVisitingDays);
    retranslate();
    updateEnabled();
}

void BookingRulesBox::build() {
    m_bookingCheckBox->setObjectName(u"bookingCheckBox"_s);
    m_closesAtTimeEdit->setObjectName(u"closesAtTimeEdit"_s);
    m_closesAtTimeEdit->setDisplayFormat(u"HH:mm"_s);
    m_dayComboBox->setObjectName(u"slotDayComboBox"_s);
    m_slotsTableWidget->setObjectName(u"slotsTableWidget"_s);
    m_slotsTableWidget->setColumnCount(3);
    m_slotsTableWidget->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_slotsTableWidget->setSelectionMode(QAbstractItemView::SingleSelection);
    m_slotsTableWidget->verticalHeader()->setVisible(false);
    m_slotsTableWidget->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_slotsTableWidget->setMinimumHeight(150);
    m_slotsHintLabel->setObjectName(u"slotsHintLabel"_s);
    m_slotsHintLabel->setProperty("role", u"hint"_s);
    m_slotsHintLabel->setWordWrap(true);
    m_addSlotPushButton->setObjectName(u"addSlotPushButton"_s);
    m_removeSlotPushButton->setObjectName(u"removeSlotPushButton"_s);
    m_copySlotsPushButton->setObjectName(u"copySlotsPushButton"_s);
    for (QLabel *label : {m_horizonLabel, m_closesAtLabel, m_toleranceLabel, m_maxOpenLabel, m_dayLabel})
        label->setWordWrap(true);
    m_horizonLabel->setBuddy(m_horizonSpinBox);
    m_closesAtLabel->setBuddy(m_closesAtTimeEdit);
    m_toleranceLabel->setBuddy(m_toleranceSpinBox);
    m_maxOpenLabel->setBuddy(m_maxOpenSpinBox);
    m_dayLabel->setBuddy(m_dayComboBox);

    auto *fields = new QGridLayout;
    const QList<QPair<QLabel *, QWidget *>> rows{{m_horizonLabel, m_horizonSpinBox},
                                                 {m_closesAtLabel, m_closesAtTimeEdit},
                                                 {m_toleranceLabel, m_toleranceSpinBox},
                                                 {m_maxOpenLabel, m_maxOpenSpinBox},
                                                 {m_dayLabel, m_dayComboBox}};
    for (int row = 0; row < rows.size(); ++row) {
        fields->addWidget(rows[row].first, row, 0);
        fields->addWidget(rows[row].second, row, 1);
    }
    fields->setColumnStretch(0, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addSlotPushButton);
    buttons->addWidget(m_removeSlotPushButton);
    buttons->addStretch();
    auto *copy = new QHBoxLayout;
    copy->addStretch();
    copy->addWidget(m_copySlotsPushButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_bookingCheckBox);
    layout->addLayout(fields);
    layout->addWidget(m_slotsTableWidget);
    layout->addLayout(buttons);
    layout->addLayout(copy);
    layout->addWidget(m_slotsHintLabel);
}

void BookingRulesBox::load(const Rules &rules) {
    m_visitingDays = rules.anyVisitingDays();
    m_opens = rules.opens;
    m_closes = rules.closes;
    m_bookingCheckBox->setChecked(rules.bookingHorizonDays > 0);
    m_horizonSpinBox->setValue(rules.bookingHorizonDays > 0 ? rules.bookingHorizonDays : DefaultHorizon);
    m_closesAtTimeEdit->setTime(rules.bookingClosesAt);
    m_toleranceSpinBox->setValue(rules.arrivalToleranceMinutes);
    m_maxOpenSpinBox->setValue(rules.maxOpenBookingsPerNik);
    m_slots = rules.bookingSlots;
    m_slotsTableWidget->setRowCount(0);
    for (const BookingSlot &slot : m_slots.value(m_day))
        addSlotRow(slot);
    updateEnabled();
}

void BookingRulesBox::applyTo(Rules &rules) const {
    rules.bookingHorizonDays = m_bookingCheckBox->isChecked() ? m_horizonSpinBox->value() : 0;
    rules.bookingClosesAt = m_closesAtTimeEdit->time();
    rules.arrivalToleranceMinutes = m_toleranceSpinBox->value();
    rules.maxOpenBookingsPerNik = m_maxOpenSpinBox->value();
    rules.bookingSlots = allSlots();
}

void BookingRulesBox::showDay(int day) {
    if (day < 1 || day > 7)
        return;
    if (day != m_day) {
        m_slots.insert(m_day, tableSlots());
        m_day = day;
        m_slotsTableWidget->setRowCount(0);
        for (const BookingSlot &slot : m_slots.value(m_day))
            addSlotRow(slot);
    }
    if (m_dayComboBox->currentIndex() != day - 1) {
        const QSignalBlocker blocker(m_dayComboBox);
        m_dayComboBox->setCurrentIndex(day - 1);
    }
}

QList<BookingSlot> BookingRulesBox::tableSlots() const {
    QList<BookingSlot> slotList;
    for (int row = 0; row < m_slotsTableWidget->rowCount(); ++row)
        slotList.append(
            BookingSlot{qobject_cast<QTimeEdit *>(m_slotsTableWidget->cellWidget(row, StartColumn))->time(),
                        qobject_cast<QTimeEdit *>(m_slotsTableWidget->cellWidget(row, EndColumn))->time(),
                        qobject_cast<QSpinBox *>(m_slotsTableWidget->cellWidget(row, CapacityColumn))->value()});
    return slotList;
}

QMap<int, QList<BookingSlot>> BookingRulesBox::allSlots() const {
    QMap<int, QList<BookingSlot>> all = m_slots;
    all.insert(m_day, tableSlots());
    all.removeIf([](const auto &entry) { return entry.value().isEmpty(); });
    return all;
}

void BookingRulesBox::addSlotRow(const BookingSlot &slot) {
    const int row = m_slotsTableWidget->rowCount();
    m_slotsTableWidget->insertRow(row);
    m_slotsTableWidget->setCellWidget(row, StartColumn, slotTimeEdit(slot.start));
    m_slotsTableWidget->setCellWidget(row, EndColumn, slotTimeEdit(slot.end));
    auto *capacity = new QSpinBox;
    capacity->setRange(0, Rules::MaxSlotCapacity);
    capacity->setFrame(false);
    capacity->setButtonSymbols(QAbstractSpinBox::NoButtons);
    capacity->setValue(slot.capacity);
    m_slotsTableWidget->setCellWidget(row, CapacityColumn, capacity);
}

// A new slot of an hour after the last one (or from opening time), with a usual capacity, to be corrected.
void BookingRulesBox::addSlot() {
    const QList<BookingSlot> current = tableSlots();
    const QTime start = current.isEmpty() ? m_opens : current.last().end;
    addSlotRow(BookingSlot{start, start.addSecs(3600), DefaultCapacity});
    m_slotsTableWidget->setCurrentCell(m_slotsTableWidget->rowCount() - 1, StartColumn);
    m_slotsTableWidget->cellWidget(m_slotsTableWidget->rowCount() - 1, StartColumn)->setFocus();
}

void BookingRulesBox::copyToVisitingDays() {
    const QList<BookingSlot> shown = tableSlots();
    const QList<int> days = m_visitingDaysSource ? m_visitingDaysSource() : m_visitingDays;
    for (const int day : days)
        m_slots.insert(day, shown);
}

void BookingRulesBox::updateEnabled() {
    const bool on = m_bookingCheckBox->isChecked();
    for (QWidget *widget : {static_cast<QWidget *>(m_horizonSpinBox), static_cast<QWidget *>(m_horizonLabel)})
        widget->setEnabled(on);
}

void BookingRulesBox::retranslate() {
    setTitle(tr("Booking ahead (booking site)"));
    m_bookingCheckBox->setText(tr("Families may &book visits ahead"));
    m_horizonLabel->setText(tr("Days that can be booked a&head"));
    m_closesAtLabel->setText(tr("Booking for a day closes the eve&ning before at"));
    m_toleranceLabel->setText(tr("Arrival tolerance before and after the slot (&minutes)"));
    m_maxOpenLabel->setText(tr("O&pen bookings per person (NIK)"));
    m_dayLabel->setText(tr("Slots &for"));
    const QLocale locale;
    const int index = m_dayComboBox->currentIndex();
    {
        const QSignalBlocker blocker(m_dayComboBox);
        m_dayComboBox->clear();
        for (int day = 1; day <= 7; ++day)
            m_dayComboBox->addItem(locale.dayName(day, QLocale::LongFormat));
        m_dayComboBox->setCurrentIndex(index >= 0 ? index : m_day - 1);
    }
    m_slotsTableWidget->setHorizontalHeaderLabels({tr("Starts"), tr("Ends"), tr("Visitors")});
    m_addSlotPushButton->setText(tr("Add slot"));
    m_removeSlotPushButton->setText(tr("Remove slot"));
    m_copySlotsPushButton->setText(tr("Copy these slots to every visiting day"));
    m_slotsHintLabel->setText(tr("A visiting day without slots cannot be booked. Capacity counts every visitor, "
                                 "children included."));
}

void BookingRulesBox::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

} // namespace besuk
