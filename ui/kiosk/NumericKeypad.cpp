// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/kiosk/NumericKeypad.h"

#include <QEvent>
#include <QGridLayout>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

QPushButton *makeKey(QWidget *parent, const QString &objectName) {
    auto *key = new QPushButton(parent);
    key->setObjectName(objectName);
    key->setFocusPolicy(Qt::NoFocus);
    key->setProperty("role", u"key"_s);
    key->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    key->setMinimumSize(96, 64);
    return key;
}

} // namespace

NumericKeypad::NumericKeypad(QWidget *parent) : QWidget(parent) {
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(8);
    for (int digit = 1; digit <= 9; ++digit) {
        const QString text = QString::number(digit);
        QPushButton *key = makeKey(this, u"digit%1PushButton"_s.arg(digit));
        key->setText(text);
        connect(key, &QPushButton::clicked, this, [this, text] { press(text); });
        grid->addWidget(key, (digit - 1) / 3, (digit - 1) % 3);
    }
    m_clear = makeKey(this, u"clearPushButton"_s);
    connect(m_clear, &QPushButton::clicked, this, [this] { press(u"clear"_s); });
    m_clear->setProperty("action", true); // words, not a digit: smaller type, so that "Hapus semua" fits
    grid->addWidget(m_clear, 3, 0);
    QPushButton *zero = makeKey(this, u"digit0PushButton"_s);
    zero->setText(u"0"_s);
    connect(zero, &QPushButton::clicked, this, [this] { press(u"0"_s); });
    grid->addWidget(zero, 3, 1);
    m_backspace = makeKey(this, u"backspacePushButton"_s);
    m_backspace->setProperty("action", true);
    connect(m_backspace, &QPushButton::clicked, this, [this] { press(u"backspace"_s); });
    grid->addWidget(m_backspace, 3, 2);
    for (int column = 0; column < 3; ++column)
        grid->setColumnStretch(column, 1);
    retranslate();
}

void NumericKeypad::setTarget(QLineEdit *target) {
    m_target = target;
}

void NumericKeypad::press(const QString &text) {
    if (!m_target)
        return;
    if (text == u"clear")
        m_target->clear();
    else if (text == u"backspace")
        m_target->backspace();
    else
        m_target->insert(text);
    m_target->setFocus(Qt::OtherFocusReason);
    Q_EMIT typed();
}

void NumericKeypad::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void NumericKeypad::retranslate() {
    m_clear->setText(tr("Clear"));
    m_backspace->setText(tr("⌫ Delete"));
    m_backspace->setAccessibleName(tr("Delete the last digit"));
}

} // namespace besuk
