// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/kiosk/NumericKeypad.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

constexpr int KeyHeight = 64;
constexpr int CompactKeyHeight = 54; // with the prefix keys' row
constexpr int PrefixKeyHeight = 40;

QPushButton *makeKey(QWidget *parent, const QString &objectName) {
    auto *key = new QPushButton(parent);
    key->setObjectName(objectName);
    key->setFocusPolicy(Qt::NoFocus);
    key->setProperty("role", u"key"_s);
    key->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    key->setMinimumSize(96, KeyHeight);
    return key;
}

} // namespace

NumericKeypad::NumericKeypad(QWidget *parent) : QWidget(parent) {
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(8);
    m_prefixRow = new QWidget(this);
    m_prefixRow->setObjectName(u"prefixKeysWidget"_s);
    m_prefixRow->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *prefixLayout = new QHBoxLayout(m_prefixRow);
    prefixLayout->setContentsMargins(0, 0, 0, 0);
    prefixLayout->setSpacing(8);
    for (int slot = 0; slot < MaxPrefixKeys; ++slot) {
        QPushButton *key = makeKey(m_prefixRow, QString());
        key->setMinimumHeight(PrefixKeyHeight);
        key->setProperty("prefix", true); // resources/kiosk/kiosk.qss: shorter, in the smaller type of Clear
        QSizePolicy policy = key->sizePolicy();
        policy.setRetainSizeWhenHidden(true); // the row keeps its height while the visitor types after the prefix
        key->setSizePolicy(policy);
        key->hide();
        connect(key, &QPushButton::clicked, this, [this, slot] { press(m_prefixDigits[slot]); });
        prefixLayout->addWidget(key, 1);
        m_prefix[slot] = key;
    }
    m_prefixRow->hide();
    grid->addWidget(m_prefixRow, 0, 0, 1, 3);
    for (int digit = 1; digit <= 9; ++digit) {
        const QString text = QString::number(digit);
        QPushButton *key = makeKey(this, u"digit%1PushButton"_s.arg(digit));
        key->setText(text);
        connect(key, &QPushButton::clicked, this, [this, text] { press(text); });
        grid->addWidget(key, 1 + (digit - 1) / 3, (digit - 1) % 3);
    }
    m_clear = makeKey(this, u"clearPushButton"_s);
    connect(m_clear, &QPushButton::clicked, this, [this] { press(u"clear"_s); });
    m_clear->setProperty("action", true); // words, not a digit: smaller type, so that "Hapus semua" fits
    grid->addWidget(m_clear, 4, 0);
    QPushButton *zero = makeKey(this, u"digit0PushButton"_s);
    zero->setText(u"0"_s);
    connect(zero, &QPushButton::clicked, this, [this] { press(u"0"_s); });
    grid->addWidget(zero, 4, 1);
    m_backspace = makeKey(this, u"backspacePushButton"_s);
    m_backspace->setProperty("action", true);
    connect(m_backspace, &QPushButton::clicked, this, [this] { press(u"backspace"_s); });
    grid->addWidget(m_backspace, 4, 2);
    for (int column = 0; column < 3; ++column)
        grid->setColumnStretch(column, 1);
    retranslate();
}

void NumericKeypad::setTarget(QLineEdit *target) {
    if (m_target)
        disconnect(m_target, nullptr, this, nullptr);
    m_target = target;
    if (m_target)
        connect(m_target, &QLineEdit::textChanged, this, &NumericKeypad::updatePrefixKeys);
    updatePrefixKeys();
}

void NumericKeypad::setPrefixKeys(const QList<PrefixKey> &keys) {
    bool any = false;
    for (int slot = 0; slot < MaxPrefixKeys; ++slot) {
        const PrefixKey key = slot < keys.size() ? keys.at(slot) : PrefixKey{};
        m_prefixDigits[slot] = key.digits;
        m_prefix[slot]->setObjectName(key.objectName);
        m_prefix[slot]->setText(key.digits.isEmpty() ? QString() : key.digits + u"\u2026"_s);
        m_prefix[slot]->setToolTip(key.description);
        m_prefix[slot]->setAccessibleName(key.description);
        any = any || !key.digits.isEmpty();
    }
    // The extra row fits in the keypad's height on a 768-pixel screen: the digit keys give up a little of theirs.
    for (QPushButton *key : findChildren<QPushButton *>(Qt::FindDirectChildrenOnly)) {
        if (key->property("compact").toBool() == any)
            continue;
        key->setProperty("compact", any); // the style sheet's height for keys wins over setMinimumHeight
        key->setMinimumHeight(any ? CompactKeyHeight : KeyHeight);
        key->style()->unpolish(key);
        key->style()->polish(key);
    }
    m_prefixRow->setVisible(any);
    updatePrefixKeys();
}

// A prefix is how a NIK starts: its keys show only while the field is empty, and go with the first digit typed.
void NumericKeypad::updatePrefixKeys() {
    const bool empty = m_target && m_target->text().isEmpty();
    for (int slot = 0; slot < MaxPrefixKeys; ++slot)
        m_prefix[slot]->setVisible(empty && !m_prefixDigits[slot].isEmpty());
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
