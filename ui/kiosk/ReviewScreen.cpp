// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/kiosk/ReviewScreen.h"

#include "ui/kiosk/KioskFlow.h"
#include "ui/kiosk/MessageArea.h"
#include "ui_ReviewScreen.h"

#include <QKeyEvent>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace besuk {

QString groupText(int men, int women, int children) {
    return ReviewScreen::tr("%n man/men", nullptr, men) + u", "_s + ReviewScreen::tr("%n woman/women", nullptr, women) +
           u", "_s + ReviewScreen::tr("%n child(ren)", nullptr, children);
}

QString serviceText(Service service) {
    return service == Service::Deposit ? ReviewScreen::tr("Item drop-off (queue B)")
                                       : ReviewScreen::tr("Face-to-face visit (queue A)");
}

ReviewScreen::ReviewScreen(KioskFlow &flow, QWidget *parent)
    : KioskScreen(parent), m_ui(std::make_unique<Ui::ReviewScreen>()), m_flow(flow) {
    m_ui->setupUi(this);
    makeEnterClickButtons();
    reserveMessageLines(m_ui->errorLabel, 3);
    connect(m_ui->minusPushButton, &QPushButton::clicked, this, [this] { step(-1); });
    connect(m_ui->plusPushButton, &QPushButton::clicked, this, [this] { step(+1); });
    connect(m_ui->confirmPushButton, &QPushButton::clicked, this, &ReviewScreen::confirm);
    connect(m_ui->backPushButton, &QPushButton::clicked, this, &ReviewScreen::back);
    refresh();
}

ReviewScreen::~ReviewScreen() = default;

void ReviewScreen::clear() {
    m_error.clear();
    refresh();
}

void ReviewScreen::activate() {
    m_error.clear();
    refresh();
    m_ui->confirmPushButton->setFocus(Qt::OtherFocusReason);
}

// The flow keeps the count within KioskFlow::maxChildren(); one more than fits says why instead of doing nothing.
void ReviewScreen::step(int delta) {
    const int wanted = m_flow.children() + delta;
    if (wanted >= 0 && wanted <= m_flow.maxChildren()) {
        m_flow.setChildren(wanted);
        m_error.clear();
    } else if (wanted > m_flow.maxChildren()) {
        m_error = tr("No more children fit in this group: at most %n people, children included.", nullptr,
                     m_flow.maxGroupSize());
    }
    refresh();
}

void ReviewScreen::confirm() {
    m_ui->confirmPushButton->setEnabled(false); // one registration per tap, however impatient
    auto issued = m_flow.submit();
    m_ui->confirmPushButton->setEnabled(true);
    if (!issued) {
        m_error = issued.error().message;
        refresh();
        return;
    }
    m_error.clear();
    Q_EMIT registered();
}

void ReviewScreen::refresh() {
    m_ui->serviceValueLabel->setText(serviceText(m_flow.service()));
    const auto &inmate = m_flow.inmate();
    m_ui->inmateValueLabel->setText(
        inmate ? u"%1 · %2"_s.arg(inmate->name, inmate->block.isEmpty() ? tr("no block") : inmate->block) : QString());
    QStringList visitors;
    for (const AdultDraft &adult : m_flow.adults())
        visitors.append(u"%1 (%2)"_s.arg(isolatedName(adult.name), Nik::mask(adult.nik)));
    m_ui->visitorsValueLabel->setText(visitors.join(u'\n'));
    m_ui->childrenValueLabel->setText(QString::number(m_flow.children()));
    m_ui->childrenValueLabel->setAccessibleName(tr("%n child(ren)", nullptr, m_flow.children()));
    m_ui->childrenHintLabel->setText(
        tr("Under %1, without their own NIK. Children with a NIK are counted with the adults.").arg(m_flow.adultAge()));
    m_ui->minusPushButton->setAccessibleName(tr("One child fewer"));
    m_ui->plusPushButton->setAccessibleName(tr("One child more"));
    m_ui->groupValueLabel->setText(groupText(m_flow.men(), m_flow.women(), m_flow.childrenTotal()));
    m_ui->errorLabel->setText(m_error);
    m_ui->errorLabel->setVisible(!m_error.isEmpty());
}

void ReviewScreen::defaultAction() {
    if (m_ui->confirmPushButton->isEnabled())
        confirm();
}

void ReviewScreen::keyPressEvent(QKeyEvent *event) {
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

void ReviewScreen::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        refresh();
    }
    KioskScreen::changeEvent(event);
}

} // namespace besuk
