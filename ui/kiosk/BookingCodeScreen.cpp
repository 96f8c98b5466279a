// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/kiosk/BookingCodeScreen.h"

#include "ui/kiosk/KioskFlow.h"
#include "ui/kiosk/LengthLimit.h"
#include "ui/kiosk/MessageArea.h"
#include "ui_BookingCodeScreen.h"

namespace besuk {

BookingCodeScreen::BookingCodeScreen(KioskFlow &flow, QWidget *parent)
    : KioskScreen(parent), m_ui(std::make_unique<Ui::BookingCodeScreen>()), m_flow(flow) {
    m_ui->setupUi(this);
    makeEnterClickButtons();
    reserveMessageLines(m_ui->messageLabel, 2);
    new LengthLimit(m_ui->codeLineEdit, 12, m_ui->messageLabel);
    m_ui->codeKeyboard->setMode(OnScreenKeyboard::Mode::Code);
    m_ui->codeKeyboard->setTarget(m_ui->codeLineEdit);
    connect(m_ui->codeLineEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text != text.toUpper()) { // shown as printed on the booking, whatever the keyboard's case
            const int cursor = m_ui->codeLineEdit->cursorPosition();
            m_ui->codeLineEdit->setText(text.toUpper());
            m_ui->codeLineEdit->setCursorPosition(cursor);
            return;
        }
        m_error.clear();
        updateState();
    });
    connect(m_ui->findPushButton, &QPushButton::clicked, this, &BookingCodeScreen::find);
    connect(m_ui->backPushButton, &QPushButton::clicked, this, &BookingCodeScreen::back);
    updateState();
}

BookingCodeScreen::~BookingCodeScreen() = default;

void BookingCodeScreen::clear() {
    m_ui->codeLineEdit->clear();
    m_error.clear();
    updateState();
}

void BookingCodeScreen::activate() {
    updateState();
    m_ui->codeLineEdit->setFocus(Qt::OtherFocusReason);
}

void BookingCodeScreen::showError(const QString &message) {
    m_error = message;
    updateState();
}

void BookingCodeScreen::find() {
    if (m_ui->codeLineEdit->text().trimmed().isEmpty())
        return;
    auto booking = m_flow.findBooking(m_ui->codeLineEdit->text());
    if (booking) {
        Q_EMIT found();
    } else if (booking.error().code == ErrorCode::RuleRefused) {
        Q_EMIT refused(booking.error().message);
    } else {
        showError(booking.error().message);
        m_ui->codeLineEdit->setFocus(Qt::OtherFocusReason);
    }
}

void BookingCodeScreen::updateState() {
    m_ui->messageLabel->setText(m_error);
    m_ui->messageLabel->setVisible(!m_error.isEmpty());
    m_ui->findPushButton->setEnabled(!m_ui->codeLineEdit->text().trimmed().isEmpty());
}

void BookingCodeScreen::defaultAction() {
    find();
}

void BookingCodeScreen::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateState();
    }
    KioskScreen::changeEvent(event);
}

} // namespace besuk
