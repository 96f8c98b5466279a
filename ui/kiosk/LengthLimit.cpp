// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/kiosk/LengthLimit.h"

#include <QApplication>
#include <QClipboard>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace besuk {

LengthLimit::LengthLimit(QLineEdit *field, int limit, QLabel *label)
    : QObject(field), m_field(field), m_label(label), m_limit(limit) {
    setObjectName(u"lengthLimit"_s);
    field->setMaxLength(limit); // a last guard; the filter below refuses before the field would cut
    field->installEventFilter(this);
    // Connected before the screen's own handlers, which then show what they show for the new text.
    connect(field, &QLineEdit::textChanged, this, [this] {
        if (m_refusal != Refusal::None)
            show(Refusal::None);
    });
}

LengthLimit *LengthLimit::of(const QLineEdit *field) {
    return field->findChild<LengthLimit *>(u"lengthLimit"_s, Qt::FindDirectChildrenOnly);
}

bool LengthLimit::accepts(const QString &text, bool pasted) {
    const qsizetype length = m_field->text().size() - m_field->selectedText().size() + text.size();
    if (length <= m_limit)
        return true;
    show(pasted ? Refusal::Paste : Refusal::Full);
    return false;
}

bool LengthLimit::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Paste))
            return !accepts(QApplication::clipboard()->text(), true);
        const QString text = key->text();
        const bool typing = !text.isEmpty() && text.at(0).isPrint() &&
                            !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
        return typing && !accepts(text);
    }
    if (watched == m_field && event->type() == QEvent::InputMethod) {
        const QString text = static_cast<QInputMethodEvent *>(event)->commitString();
        return !text.isEmpty() && !accepts(text, text.size() > 1);
    }
    if (event->type() == QEvent::LanguageChange && m_refusal != Refusal::None)
        show(m_refusal);
    return false;
}

void LengthLimit::show(Refusal refusal) {
    m_refusal = refusal;
    switch (refusal) {
    case Refusal::None:
        m_label->clear();
        break;
    case Refusal::Full:
        m_label->setText(tr("This field is full: at most %n characters.", nullptr, m_limit));
        break;
    case Refusal::Paste:
        m_label->setText(tr("Too long to paste here: at most %n characters. Nothing was pasted.", nullptr, m_limit));
        break;
    }
    m_label->setVisible(refusal != Refusal::None);
}

} // namespace besuk
