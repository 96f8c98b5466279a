// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/staff/FirstAdminScreen.h"

#include "db/Facility.h"
#include "ui_FirstAdminScreen.h"

namespace besuk {

FirstAdminScreen::FirstAdminScreen(StaffDomain &domain, QWidget *parent)
    : QWidget(parent), m_domain(domain), m_ui(std::make_unique<Ui::FirstAdminScreen>()) {
    m_ui->setupUi(this);
    showMessage(QString());
    connect(m_ui->createPushButton, &QPushButton::clicked, this, &FirstAdminScreen::create);
    connect(m_ui->againLineEdit, &QLineEdit::returnPressed, this, &FirstAdminScreen::create);
    connect(m_ui->backPushButton, &QPushButton::clicked, this, &FirstAdminScreen::backRequested);
}

FirstAdminScreen::~FirstAdminScreen() = default;

void FirstAdminScreen::activate(bool canGoBack) {
    m_ui->backPushButton->setVisible(canGoBack);
    showMessage(QString());
    m_ui->loginLineEdit->setFocus(Qt::OtherFocusReason);
}

void FirstAdminScreen::showMessage(const QString &message) {
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setVisible(!message.isEmpty());
    fitForm();
}

// The screen's box layout asks the word-wrapped form for its height at the whole screen's width, not at the form's
// own fixed width, and so gives it too little: the buttons at the bottom were squeezed to nothing.
void FirstAdminScreen::fitForm() {
    m_ui->formFrame->setMinimumHeight(m_ui->formFrame->heightForWidth(m_ui->formFrame->maximumWidth()));
}

void FirstAdminScreen::create() {
    if (m_ui->pinLineEdit->text() != m_ui->againLineEdit->text()) {
        showMessage(tr("The two PINs are not the same. Please type the PIN again in both fields."));
        m_ui->againLineEdit->clear();
        m_ui->pinLineEdit->clear();
        m_ui->pinLineEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    auto admin =
        m_domain.call([login = m_ui->loginLineEdit->text().trimmed(), name = m_ui->nameLineEdit->text().trimmed(),
                       pin = m_ui->pinLineEdit->text()](Facility &facility) {
            return UserStore(facility).createFirstAdmin(login, name, pin);
        });
    m_ui->pinLineEdit->clear();
    m_ui->againLineEdit->clear();
    if (!admin) {
        showMessage(admin.error().message);
        return;
    }
    showMessage(QString());
    Q_EMIT created(*admin);
}

void FirstAdminScreen::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fitForm();
    }
    QWidget::changeEvent(event);
}

} // namespace besuk
