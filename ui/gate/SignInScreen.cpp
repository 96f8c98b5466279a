#include "SignInScreen.h"

#include "GateDesk.h"
#include "ui_SignInScreen.h"

namespace besuk {

SignInScreen::SignInScreen(GateDesk &desk, QWidget *parent)
    : QWidget(parent), m_desk(desk), m_ui(std::make_unique<Ui::SignInScreen>()) {
    m_ui->setupUi(this);
    m_ui->messageLabel->hide();
    connect(m_ui->signInPushButton, &QPushButton::clicked, this, &SignInScreen::submit);
    connect(m_ui->loginLineEdit, &QLineEdit::returnPressed, this,
            [this] { m_ui->secretLineEdit->setFocus(Qt::OtherFocusReason); });
    connect(m_ui->secretLineEdit, &QLineEdit::returnPressed, this, &SignInScreen::submit);
}

SignInScreen::~SignInScreen() = default;

void SignInScreen::activate() {
    m_ui->secretLineEdit->clear();
    m_ui->messageLabel->hide();
    auto users = m_desk.hasUsers();
    if (users && !*users)
        showMessage(tr("There are no staff accounts yet. An administrator creates them with: "
                       "besuk-cli user add NAME --name \"FULL NAME\" --role guard"));
    (m_ui->loginLineEdit->text().isEmpty() ? m_ui->loginLineEdit : m_ui->secretLineEdit)
        ->setFocus(Qt::OtherFocusReason);
}

void SignInScreen::submit() {
    auto user = m_desk.signIn(m_ui->loginLineEdit->text().trimmed(), m_ui->secretLineEdit->text());
    m_ui->secretLineEdit->clear();
    if (!user) {
        showMessage(user.error().message);
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
