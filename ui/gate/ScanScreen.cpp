// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/gate/ScanScreen.h"

#include "ui/gate/CameraView.h"
#include "ui_ScanScreen.h"

#include <QShortcut>

namespace besuk {

ScanScreen::ScanScreen(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::ScanScreen>()) {
    m_ui->setupUi(this);
    m_ui->messageLabel->hide();
    m_ui->cameraView->hide();
    const auto submit = [this] {
        if (!m_ui->queueLineEdit->text().trimmed().isEmpty())
            Q_EMIT queueNumberEntered(m_ui->queueLineEdit->text());
    };
    connect(m_ui->queueLineEdit, &QLineEdit::returnPressed, this, submit);
    connect(m_ui->findPushButton, &QPushButton::clicked, this, submit);
    connect(m_ui->listPushButton, &QPushButton::clicked, this, &ScanScreen::listRequested);
    connect(m_ui->imagePushButton, &QPushButton::clicked, this, &ScanScreen::imageRequested);
    connect(m_ui->cameraPushButton, &QPushButton::toggled, this, &ScanScreen::cameraToggled);
    const std::pair<Qt::Key, QAbstractButton *> keys[] = {
        {Qt::Key_F3, m_ui->listPushButton}, {Qt::Key_F4, m_ui->imagePushButton}, {Qt::Key_F9, m_ui->cameraPushButton}};
    for (const auto &[key, button] : keys) {
        auto *shortcut = new QShortcut(QKeySequence(key), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, button, &QAbstractButton::click);
    }
    auto *typeNumber = new QShortcut(QKeySequence(Qt::Key_F2), this);
    typeNumber->setContext(Qt::WidgetWithChildrenShortcut);
    connect(typeNumber, &QShortcut::activated, this, [this] {
        m_ui->queueLineEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->queueLineEdit->selectAll();
    });
}

ScanScreen::~ScanScreen() = default;

void ScanScreen::activate() {
    m_ui->queueLineEdit->clear();
    m_ui->messageLabel->hide();
    m_ui->queueLineEdit->setFocus(Qt::OtherFocusReason);
}

void ScanScreen::showError(const QString &message) {
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setVisible(!message.isEmpty());
}

void ScanScreen::setCameraOn(bool on) {
    const QSignalBlocker blocker(m_ui->cameraPushButton);
    m_ui->cameraPushButton->setChecked(on);
    m_ui->cameraView->setVisible(on);
    if (!on)
        m_ui->cameraView->clear();
}

CameraView *ScanScreen::cameraView() const {
    return m_ui->cameraView;
}

void ScanScreen::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QWidget::changeEvent(event);
}

} // namespace besuk
