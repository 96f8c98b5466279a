// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/kiosk/ChildrenScreen.h"

#include "ui/kiosk/KioskFlow.h"
#include "ui/kiosk/MessageArea.h"
#include "ui_ChildrenScreen.h"

#include <QKeyEvent>

namespace besuk {

ChildrenScreen::ChildrenScreen(KioskFlow &flow, QWidget *parent)
    : KioskScreen(parent), m_ui(std::make_unique<Ui::ChildrenScreen>()), m_flow(flow) {
    m_ui->setupUi(this);
    makeEnterClickButtons();
    reserveMessageLines(m_ui->errorLabel, 3);
    m_ui->minusPushButton->setAutoDefault(false);
    m_ui->plusPushButton->setAutoDefault(false);
    connect(m_ui->minusPushButton, &QPushButton::clicked, this, [this] { step(-1); });
    connect(m_ui->plusPushButton, &QPushButton::clicked, this, [this] { step(+1); });
    connect(m_ui->nextPushButton, &QPushButton::clicked, this, &ChildrenScreen::next);
    connect(m_ui->backPushButton, &QPushButton::clicked, this, &ChildrenScreen::back);
    refresh();
}

ChildrenScreen::~ChildrenScreen() = default;

void ChildrenScreen::clear() {
    m_atLimit = false;
    refresh();
}

void ChildrenScreen::activate() {
    m_atLimit = false;
    refresh();
    m_ui->plusPushButton->setFocus(Qt::OtherFocusReason);
}

void ChildrenScreen::step(int delta) {
    const int wanted = m_flow.children() + delta;
    m_atLimit = wanted > m_flow.maxChildren();
    if (wanted >= 0 && !m_atLimit)
        m_flow.setChildren(wanted);
    refresh();
}

void ChildrenScreen::refresh() {
    const int count = m_flow.children();
    m_ui->countLabel->setText(QString::number(count));
    m_ui->countLabel->setAccessibleName(tr("%n child(ren)", nullptr, count));
    m_ui->hintLabel->setText(tr("How many children under %1 without their own NIK come with you? "
                                "Children with a NIK were counted on the previous screen.")
                                 .arg(m_flow.adultAge()));
    m_ui->limitLabel->setText(
        tr("A group may have at most %n people, children included.", nullptr, m_flow.maxGroupSize()) + u' ' +
        tr("Room for %n more child(ren).", nullptr, m_flow.maxChildren() - count));
    const QString error =
        m_atLimit ? tr("No more children fit in this group: at most %n people, children included. Please register "
                       "fewer people.",
                       nullptr, m_flow.maxGroupSize())
                  : QString();
    m_ui->errorLabel->setText(error);
    m_ui->errorLabel->setVisible(!error.isEmpty());
    m_ui->minusPushButton->setAccessibleName(tr("One child fewer"));
    m_ui->plusPushButton->setAccessibleName(tr("One child more"));
}

void ChildrenScreen::defaultAction() {
    Q_EMIT next();
}

void ChildrenScreen::keyPressEvent(QKeyEvent *event) {
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Up:
        step(+1);
        return;
    case Qt::Key_Minus:
    case Qt::Key_Down:
        step(-1);
        return;
    default:
        KioskScreen::keyPressEvent(event);
    }
}

void ChildrenScreen::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        refresh();
    }
    KioskScreen::changeEvent(event);
}

} // namespace besuk
