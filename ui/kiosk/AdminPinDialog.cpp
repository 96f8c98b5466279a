// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/kiosk/AdminPinDialog.h"

#include "db/AdminPin.h"
#include "db/FacilityThread.h"
#include "ui/kiosk/MessageArea.h"
#include "ui_AdminPinDialog.h"

#include <QRegularExpressionValidator>

using namespace Qt::StringLiterals;

namespace besuk {

AdminPinDialog::AdminPinDialog(FacilityThread &domain, Purpose purpose, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AdminPinDialog>()), m_domain(domain), m_purpose(purpose) {
    m_ui->setupUi(this);
    setObjectName(u"adminPinDialog"_s);
    m_ui->pinLineEdit->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[0-9]{0,12}"_s), this));
    m_ui->pinKeypad->setTarget(m_ui->pinLineEdit);
    reserveMessageLines(m_ui->messageLabel, 2);
    connect(m_ui->okPushButton, &QPushButton::clicked, this, &AdminPinDialog::check);
    connect(m_ui->cancelPushButton, &QPushButton::clicked, this, &AdminPinDialog::reject);
    connect(m_ui->pinLineEdit, &QLineEdit::textEdited, this, [this] { showMessage(QString()); });
    auto isSet = m_domain.call([](Facility &facility) { return AdminPin(facility).isSet(); });
    m_pinSet = !isSet || *isSet; // when the database cannot say, ask for the PIN anyway
    if (!isSet)
        m_message = isSet.error().message;
    m_ui->pinLineEdit->setVisible(m_pinSet);
    m_ui->pinKeypad->setVisible(m_pinSet);
    retranslate();
    showMessage(m_message);
    m_ui->pinLineEdit->setFocus(Qt::OtherFocusReason);
}

AdminPinDialog::~AdminPinDialog() = default;

void AdminPinDialog::check() {
    if (!m_pinSet) {
        accept();
        return;
    }
    auto verified =
        m_domain.call([pin = m_ui->pinLineEdit->text()](Facility &facility) { return AdminPin(facility).verify(pin); });
    m_ui->pinLineEdit->clear();
    if (!verified) {
        if (verified.error().code == ErrorCode::NotFound) { // the PIN was removed meanwhile
            accept();
            return;
        }
        showMessage(verified.error().message);
        return;
    }
    if (!*verified) {
        showMessage(tr("Wrong PIN. Please try again."));
        return;
    }
    accept();
}

void AdminPinDialog::done(int result) {
    m_ui->pinLineEdit->clear();
    QDialog::done(result);
}

void AdminPinDialog::showMessage(const QString &message) {
    m_message = message;
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setVisible(!message.isEmpty());
}

void AdminPinDialog::retranslate() {
    const QString action = m_purpose == Purpose::Quit ? tr("close the kiosk") : tr("leave full screen");
    if (m_pinSet) {
        m_ui->promptLabel->setText(tr("Enter the admin PIN to %1.").arg(action));
        m_ui->okPushButton->setText(tr("Unlock"));
    } else {
        m_ui->promptLabel->setText(tr("No admin PIN has been set yet, so anyone can %1. Set one for this facility "
                                      "with: besuk-cli admin-pin set PIN")
                                       .arg(action));
        m_ui->okPushButton->setText(tr("Continue"));
    }
}

void AdminPinDialog::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace besuk
