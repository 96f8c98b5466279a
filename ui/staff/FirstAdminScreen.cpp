// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/staff/FirstAdminScreen.h"

#include "ui_FirstAdminScreen.h"

namespace besuk {

FirstAdminScreen::FirstAdminScreen(Facility &facility, QWidget *parent)
    : QWidget(parent), m_facility(facility), m_ui(std::make_unique<Ui::FirstAdminScreen>()) {
    m_ui->setupUi(this);
    m_ui->messageLabel->hide();
    connect(m_ui->createPushButton, &QPushButton::clicked, this, &FirstAdminScreen::create);
    connect(m_ui->againLineEdit, &QLineEdit::returnPressed, this, &FirstAdminScreen::create);
    connect(m_ui->backPushButton, &QPushButton::clicked, this, &FirstAdminScreen::backRequested);
}

FirstAdminScreen::~FirstAdminScreen() = default;

void FirstAdminScreen::activate(bool canGoBack) {
    m_ui->backPushButton->setVisible(canGoBack);
    m_ui->messageLabel->hide();
    m_ui->loginLineEdit->setFocus(Qt::OtherFocusReason);
}

void FirstAdminScreen::create() {
    if (m_ui->pinLineEdit->text() != m_ui->againLineEdit->text()) {
        m_ui->messageLabel->setText(tr("The two PINs are not the same. Please type the PIN again in both fields."));
        m_ui->messageLabel->show();
        m_ui->againLineEdit->clear();
        m_ui->pinLineEdit->clear();
        m_ui->pinLineEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    auto admin = UserStore(m_facility)
                     .createFirstAdmin(m_ui->loginLineEdit->text().trimmed(), m_ui->nameLineEdit->text().trimmed(),
                                       m_ui->pinLineEdit->text());
    m_ui->pinLineEdit->clear();
    m_ui->againLineEdit->clear();
    if (!admin) {
        m_ui->messageLabel->setText(admin.error().message);
        m_ui->messageLabel->show();
        return;
    }
    m_ui->messageLabel->hide();
    Q_EMIT created(*admin);
}

void FirstAdminScreen::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QWidget::changeEvent(event);
}

} // namespace besuk
