// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/kiosk/OnScreenKeyboard.h"

#include "ui/kiosk/LengthLimit.h"

#include <QEvent>
#include <QGridLayout>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

constexpr int Columns = 10;

QString keyName(QChar key) {
    if (key.isLetterOrNumber())
        return key;
    switch (key.unicode()) {
    case '-':
        return u"Hyphen"_s;
    case '.':
        return u"Period"_s;
    case '/':
        return u"Slash"_s;
    case '\'':
        return u"Apostrophe"_s;
    case ',':
        return u"Comma"_s;
    default:
        return u"Other"_s;
    }
}

} // namespace

OnScreenKeyboard::OnScreenKeyboard(QWidget *parent) : QWidget(parent) {
    new QGridLayout(this);
    build();
}

void OnScreenKeyboard::setMode(Mode mode) {
    if (mode == m_mode)
        return;
    m_mode = mode;
    build();
}

void OnScreenKeyboard::setTarget(QLineEdit *target) {
    m_target = target;
}

void OnScreenKeyboard::build() {
    auto *grid = static_cast<QGridLayout *>(layout());
    while (QLayoutItem *item = grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(8);
    QStringList rows;
    switch (m_mode) {
    case Mode::Search:
        rows = {u"1234567890"_s, u"QWERTYUIOP"_s, u"ASDFGHJKL-"_s, u"ZXCVBNM./"_s};
        break;
    case Mode::Code: // a gap where I, L, O and U would be: booking codes never hold them
        rows = {u"1234567890"_s, u"QWERTY   P"_s, u"ASDFGHJK"_s, u"ZXCVBNM"_s};
        break;
    case Mode::Names:
        rows = {u"QWERTYUIOP"_s, u"ASDFGHJKL'"_s, u"ZXCVBNM-.,"_s};
        break;
    }
    const auto makeKey = [this](const QString &objectName) {
        auto *key = new QPushButton(this);
        key->setObjectName(objectName);
        key->setFocusPolicy(Qt::NoFocus);
        key->setProperty("role", u"key"_s);
        key->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        key->setMinimumSize(56, 64);
        return key;
    };
    for (int row = 0; row < rows.size(); ++row) {
        for (int column = 0; column < rows.at(row).size(); ++column) {
            const QChar character = rows.at(row).at(column);
            if (character == u' ')
                continue;
            QPushButton *key = makeKey(u"key%1PushButton"_s.arg(keyName(character)));
            key->setText(character);
            connect(key, &QPushButton::clicked, this, [this, character] { press(character); });
            grid->addWidget(key, row, column);
        }
    }
    m_backspace = makeKey(u"backspacePushButton"_s);
    connect(m_backspace, &QPushButton::clicked, this, [this] { press(QString()); });
    if (m_mode == Mode::Code) { // no space in a code: Delete beside the last row
        m_space = nullptr;
        grid->addWidget(m_backspace, int(rows.size()) - 1, Columns - 3, 1, 3);
    } else {
        m_space = makeKey(u"spacePushButton"_s);
        connect(m_space, &QPushButton::clicked, this, [this] { press(u" "_s); });
        grid->addWidget(m_space, int(rows.size()), 0, 1, Columns - 3);
        grid->addWidget(m_backspace, int(rows.size()), Columns - 3, 1, 3);
    }
    for (int column = 0; column < Columns; ++column)
        grid->setColumnStretch(column, 1);
    retranslate();
}

void OnScreenKeyboard::press(const QString &key) {
    if (!m_target)
        return;
    if (LengthLimit *limit = LengthLimit::of(m_target); limit && !key.isEmpty() && !limit->accepts(key)) {
        m_target->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (key.isEmpty()) {
        m_target->backspace();
    } else if (m_mode == Mode::Names && key.at(0).isLetter()) {
        const QString before = m_target->text().left(m_target->cursorPosition());
        const bool wordStart = before.isEmpty() || before.back() == u' ' || before.back() == u'-';
        m_target->insert(wordStart ? key.toUpper() : key.toLower());
    } else {
        m_target->insert(key);
    }
    m_target->setFocus(Qt::OtherFocusReason);
    Q_EMIT typed();
}

void OnScreenKeyboard::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OnScreenKeyboard::retranslate() {
    if (m_space)
        m_space->setText(tr("Space"));
    m_backspace->setText(tr("⌫ Delete"));
    m_backspace->setAccessibleName(tr("Delete the last letter"));
}

} // namespace besuk
