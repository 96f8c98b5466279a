// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Rules.h"

#include <QGroupBox>
#include <QList>
#include <QMap>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimeEdit;

namespace besuk {

// The Rules page's booking-ahead part: booking on or off, how far ahead, when booking for a day closes the evening
// before, the arrival tolerance, open bookings per NIK, and the slots (start, end, capacity in visitors) of each
// weekday. It only holds the form; the page saves it with the other rules, and the domain checks it.
class BookingRulesBox : public QGroupBox {
    Q_OBJECT
public:
    explicit BookingRulesBox(QWidget *parent = nullptr);

    void load(const Rules &rules);
    // Writes the booking fields of the form into `rules` (a weekday without slots is left out).
    void applyTo(Rules &rules) const;
    // The weekday whose slots the table shows (ISO, 1 = Monday).
    void showDay(int day);
    [[nodiscard]] int shownDay() const { return m_day; }
    // Where "copy to every visiting day" learns the visiting days as the page's form holds them now (without it:
    // those of the rules last loaded).
    void setVisitingDaysSource(std::function<QList<int>()> source) { m_visitingDaysSource = std::move(source); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    void retranslate();
    void addSlotRow(const BookingSlot &slot);
    void addSlot();
    void copyToVisitingDays();
    void updateEnabled();
    [[nodiscard]] QList<BookingSlot> tableSlots() const;
    [[nodiscard]] QMap<int, QList<BookingSlot>> allSlots() const;

    QCheckBox *m_bookingCheckBox;
    QLabel *m_horizonLabel;
    QSpinBox *m_horizonSpinBox;
    QLabel *m_closesAtLabel;
    QTimeEdit *m_closesAtTimeEdit;
    QLabel *m_toleranceLabel;
    QSpinBox *m_toleranceSpinBox;
    QLabel *m_maxOpenLabel;
    QSpinBox *m_maxOpenSpinBox;
    QLabel *m_dayLabel;
    QComboBox *m_dayComboBox;
    QTableWidget *m_slotsTableWidget;
    QLabel *m_slotsHintLabel;
    QPushButton *m_addSlotPushButton;
    QPushButton *m_removeSlotPushButton;
    QPushButton *m_copySlotsPushButton;

    QMap<int, QList<BookingSlot>> m_slots; // every weekday's slots but the shown one's, which the table holds
    QList<int> m_visitingDays;
    std::function<QList<int>()> m_visitingDaysSource;
    QTime m_opens;
    QTime m_closes;
    int m_day = 1;
};

} // namespace besuk
