// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/SignInScreen.h"

#include "ui_SignInScreen.h"

namespace besuk {

SignInScreen::SignInScreen(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::SignInScreen>()) {
    m_ui->setupUi(this);
    m_ui->messageLabel->hide();
    m_ui->alternativePushButton->hide();
    connect(m_ui->alternativePushButton, &QPushButton::clicked, this, &SignInScreen::alternativeChosen);
    connect(m_ui->signInPushButton, &QPushButton::clicked, this, &SignInScreen::submit);
    connect(m_ui->loginLineEdit, &QLineEdit::returnPressed, this,
            [this] { m_ui->secretLineEdit->setFocus(Qt::OtherFocusReason); });
    connect(m_ui->secretLineEdit, &QLineEdit::returnPressed, this, &SignInScreen::submit);
}

SignInScreen::~SignInScreen() = default;

void SignInScreen::setTitle(const QString &title) {
    m_ui->titleLabel->setText(title);
}

void SignInScreen::setNoAccountsHint(const QString &hint) {
    const bool showing = !m_ui->messageLabel->isHidden() && m_ui->messageLabel->text() == m_noAccountsHint;
    m_noAccountsHint = hint;
    if (showing && hint.isEmpty())
        m_ui->messageLabel->hide();
    else if (showing) // e.g. in the other language now
        showMessage(hint);
}

void SignInScreen::setAlternative(const QString &text) {
    m_ui->alternativePushButton->setText(text);
    m_ui->alternativePushButton->setVisible(!text.isEmpty());
}

void SignInScreen::activate() {
    m_ui->secretLineEdit->clear();
    m_ui->messageLabel->hide();
    if (!m_noAccountsHint.isEmpty())
        showMessage(m_noAccountsHint);
    (m_ui->loginLineEdit->text().isEmpty() ? m_ui->loginLineEdit : m_ui->secretLineEdit)
        ->setFocus(Qt::OtherFocusReason);
}

void SignInScreen::submit() {
    if (!m_authenticator)
        return;
    auto accepted = m_authenticator(m_ui->loginLineEdit->text().trimmed(), m_ui->secretLineEdit->text());
    m_ui->secretLineEdit->clear();
    if (!accepted) {
        showMessage(accepted.error().message);
        m_ui->secretLineEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_ui->messageLabel->hide();
    Q_EMIT signedIn();
}

void SignInScreen::showMessage(const QString &message) {
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->show();
}

void SignInScreen::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QWidget::changeEvent(event);
}

} // namespace besuk
