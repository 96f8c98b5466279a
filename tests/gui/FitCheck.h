// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Whether everything a window shows fits: every visible label and button shows its whole text, and every visible
// widget lies inside the window. For the walkers that visit each screen in each language and screen size.

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QStringList>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTextDocument>

namespace besuk::test {

namespace fit {

inline QString plainText(const QLabel *label) {
    if (label->textFormat() == Qt::RichText ||
        (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()))) {
        QTextDocument document;
        document.setHtml(label->text());
        return document.toPlainText();
    }
    return label->text();
}

inline int widestLine(const QFontMetrics &metrics, const QString &text) {
    int widest = 0;
    for (const QString &line : text.split(u'\n'))
        widest = std::max(widest, metrics.horizontalAdvance(line));
    return widest;
}

inline QString describe(const QWidget *widget, const QString &text) {
    return QStringLiteral("%1 (%2) \"%3\"")
        .arg(widget->objectName(), QString::fromLatin1(widget->metaObject()->className()), text.left(80));
}

// Empty when the label shows all of its text.
inline QString labelProblem(const QLabel *label) {
    const QString text = plainText(label);
    if (text.isEmpty())
        return {};
    const QRect room = label->contentsRect().marginsRemoved(
        QMargins(label->margin(), label->margin(), label->margin(), label->margin()));
    if (label->wordWrap()) {
        const int needed = label->heightForWidth(label->width());
        if (needed > label->height())
            return describe(label, text) +
                   QStringLiteral(": needs %1 px high, has %2").arg(needed).arg(label->height());
        return {};
    }
    const int wide = widestLine(label->fontMetrics(), text);
    if (wide > room.width())
        return describe(label, text) + QStringLiteral(": needs %1 px wide, has %2").arg(wide).arg(room.width());
    const int high = int(text.count(u'\n') + 1) * label->fontMetrics().height();
    if (high > room.height())
        return describe(label, text) + QStringLiteral(": needs %1 px high, has %2").arg(high).arg(room.height());
    return {};
}

// Empty when the button shows all of its text (its icon beside it), inside its border and padding.
inline QString buttonProblem(const QAbstractButton *button) {
    QString text = button->text();
    text.remove(u'&');
    if (text.isEmpty())
        return {};
    QRect room = button->contentsRect();
    if (const auto *push = qobject_cast<const QPushButton *>(button)) {
        QStyleOptionButton option;
        option.initFrom(push);
        option.text = push->text();
        option.icon = push->icon();
        option.iconSize = push->iconSize();
        room = push->style()->subElementRect(QStyle::SE_PushButtonContents, &option, push);
    }
    int wide = widestLine(button->fontMetrics(), text);
    if (!button->icon().isNull())
        wide += button->iconSize().width() + 4;
    if (wide > room.width())
        return describe(button, text) + QStringLiteral(": needs %1 px wide, has %2").arg(wide).arg(room.width());
    const int high = int(text.count(u'\n') + 1) * button->fontMetrics().height();
    if (high > room.height())
        return describe(button, text) + QStringLiteral(": needs %1 px high, has %2").arg(high).arg(room.height());
    return {};
}

inline bool insideScrollArea(const QWidget *widget, const QWidget *window) {
    for (const QWidget *up = widget->parentWidget(); up && up != window; up = up->parentWidget())
        if (qobject_cast<const QAbstractScrollArea *>(up))
            return true;
    return false;
}

} // namespace fit

// What does not fit in `window` (a top-level widget: a kiosk window or a dialog), one line each; empty when all does.
inline QStringList fitProblems(QWidget *window) {
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QStringList problems;
    const auto widgets = window->findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        if (!widget->isVisible() || widget->isWindow())
            continue;
        const QRect placed(widget->mapTo(window, QPoint(0, 0)), widget->size());
        if (!window->rect().contains(placed) && !fit::insideScrollArea(widget, window))
            problems << fit::describe(widget, QString()) +
                            QStringLiteral(": at %1,%2 %3x%4, outside the window's %5x%6")
                                .arg(placed.x())
                                .arg(placed.y())
                                .arg(placed.width())
                                .arg(placed.height())
                                .arg(window->width())
                                .arg(window->height());
        QString problem;
        if (const auto *label = qobject_cast<const QLabel *>(widget))
            problem = fit::labelProblem(label);
        else if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
            problem = fit::buttonProblem(button);
        if (!problem.isEmpty())
            problems << problem;
    }
    return problems;
}

} // namespace besuk::test
