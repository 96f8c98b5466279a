// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QGroupBox>

#include <functional>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace besuk {

class StaffDomain;

// The Rules page's closed days: the upcoming days staff closed (holiday, lockdown) with their reason and the
// bookings still expected on them; close a day with a reason, reopen a listed one. Takes effect at once, in the
// signed-in person's name (BookingService::closeDay / reopenDay); families who booked see the reason.
class ClosedDaysBox : public QGroupBox {
    Q_OBJECT
public:
    ClosedDaysBox(StaffDomain &domain, std::function<QString()> actor, QWidget *parent = nullptr);

    void refresh();
    bool closeDay(); // the date and reason of the form
    bool reopenSelected();

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    void retranslate();
    void showMessage(const QString &error, const QString &ok = {});

    StaffDomain &m_domain;
    std::function<QString()> m_actor;
    QTableWidget *m_tableWidget;
    QLabel *m_dateLabel;
    QDateEdit *m_dateEdit;
    QLabel *m_reasonLabel;
    QLineEdit *m_reasonLineEdit;
    QPushButton *m_closePushButton;
    QPushButton *m_reopenPushButton;
    QLabel *m_messageLabel;
    QLabel *m_okLabel;
};

} // namespace besuk
