// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/kiosk/BookingScreen.h"

#include "db/BookingService.h"
#include "ui/kiosk/KioskFlow.h"
#include "ui/kiosk/MessageArea.h"
#include "ui/kiosk/ReviewScreen.h"
#include "ui_BookingScreen.h"

#include <QLocale>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace besuk {

BookingScreen::BookingScreen(KioskFlow &flow, QWidget *parent)
    : KioskScreen(parent), m_ui(std::make_unique<Ui::BookingScreen>()), m_flow(flow) {
    m_ui->setupUi(this);
    makeEnterClickButtons();
    reserveMessageLines(m_ui->errorLabel, 3);
    connect(m_ui->confirmPushButton, &QPushButton::clicked, this, &BookingScreen::confirm);
    connect(m_ui->backPushButton, &QPushButton::clicked, this, &BookingScreen::back);
    refresh();
}

BookingScreen::~BookingScreen() = default;

void BookingScreen::clear() {
    m_error.clear();
    refresh();
}

void BookingScreen::activate() {
    m_error.clear();
    refresh();
    m_ui->confirmPushButton->setFocus(Qt::OtherFocusReason);
}

void BookingScreen::confirm() {
    m_ui->confirmPushButton->setEnabled(false); // one arrival per tap, however impatient
    auto issued = m_flow.confirmBooking();
    m_ui->confirmPushButton->setEnabled(true);
    if (issued) {
        m_error.clear();
        Q_EMIT arrived();
    } else if (issued.error().code == ErrorCode::RuleRefused) {
        Q_EMIT refused(issued.error().message);
    } else {
        m_error = issued.error().message;
        refresh();
    }
}

void BookingScreen::refresh() {
    const auto &booking = m_flow.booking();
    if (!booking) {
        for (QLabel *label :
             {m_ui->codeValueLabel, m_ui->slotValueLabel, m_ui->serviceValueLabel, m_ui->inmateValueLabel,
              m_ui->visitorsValueLabel, m_ui->childrenValueLabel, m_ui->statusValueLabel, m_ui->noteLabel})
            label->clear();
    } else {
        m_ui->codeValueLabel->setText(BookingService::displayCode(booking->code));
        m_ui->slotValueLabel->setText(
            u"%1 · %2"_s.arg(QLocale().toString(booking->date, u"dddd, d MMMM yyyy"_s),
                             BookingService::slotLabel(booking->slotStart, booking->slotEnd)));
        m_ui->serviceValueLabel->setText(serviceText(booking->service));
        m_ui->inmateValueLabel->setText(booking->inmate.name);
        QStringList visitors;
        for (const Member &member : booking->members)
            if (!member.maskedNik.isEmpty())
                visitors.append(u"%1 (%2)"_s.arg(isolatedName(member.name), member.maskedNik));
        m_ui->visitorsValueLabel->setText(visitors.join(u'\n'));
        m_ui->childrenValueLabel->setText(QString::number(booking->children));
        m_ui->statusValueLabel->setText(BookingService::statusText(booking->status));
        m_ui->noteLabel->setText(booking->status == BookingStatus::Arrived
                                     ? tr("This booking has already been used to check in. Confirm to see the "
                                          "same ticket and queue number again.")
                                     : tr("Please check that this is your booking, then confirm to get your "
                                          "queue number and ticket."));
    }
    m_ui->errorLabel->setText(m_error);
    m_ui->errorLabel->setVisible(!m_error.isEmpty());
    m_ui->confirmPushButton->setEnabled(booking.has_value());
}

void BookingScreen::defaultAction() {
    if (m_ui->confirmPushButton->isEnabled())
        confirm();
}

void BookingScreen::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        refresh();
    }
    KioskScreen::changeEvent(event);
}

} // namespace besuk
