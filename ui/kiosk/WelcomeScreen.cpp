// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/kiosk/WelcomeScreen.h"

#include "ui_WelcomeScreen.h"

namespace besuk {

WelcomeScreen::WelcomeScreen(QWidget *parent) : KioskScreen(parent), m_ui(std::make_unique<Ui::WelcomeScreen>()) {
    m_ui->setupUi(this);
    makeEnterClickButtons();
    connect(m_ui->visitPushButton, &QPushButton::clicked, this, [this] { Q_EMIT serviceChosen(Service::Visit); });
    connect(m_ui->depositPushButton, &QPushButton::clicked, this, [this] { Q_EMIT serviceChosen(Service::Deposit); });
    connect(m_ui->bookedPushButton, &QPushButton::clicked, this, &WelcomeScreen::bookedChosen);
    connect(m_ui->repeatPushButton, &QPushButton::clicked, this, &WelcomeScreen::repeatChosen);
    m_ui->messageLabel->hide();
}

WelcomeScreen::~WelcomeScreen() = default;

void WelcomeScreen::clear() {
    showMessage({});
}

void WelcomeScreen::activate() {
    m_ui->visitPushButton->setFocus(Qt::OtherFocusReason);
}

void WelcomeScreen::showMessage(const QString &message) {
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setVisible(!message.isEmpty());
}

void WelcomeScreen::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    KioskScreen::changeEvent(event);
}

} // namespace besuk
