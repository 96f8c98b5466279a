// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Whether a screen's texts fit the room the layout gave them, for the layout tests (StaffLayoutTest, StaffFitTest,
// DemoTest): labels, buttons and column headers whose text is cut, widgets outside their window.

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QCheckBox>
#include <QFontMetrics>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QRadioButton>
#include <QStringList>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTableView>

#include <algorithm>

namespace besuk::test {

// How far right a label's text reaches when drawn at x = 0 in `font` as QLabel draws it (the mnemonic underlined),
// measured in pixels: the ink may reach past what the size hint asks for. "&To" in DejaVu Sans at 15 px: the size
// hint asks for 16 px, but with "T" underlined the pair is no longer kerned and inks 18 px, and the "o" is cut.
inline int inkWidth(const QFont &font, const QString &text, int flags) {
    const QFontMetrics metrics(font);
    constexpr int Pad = 20;
    QImage image(metrics.horizontalAdvance(text) * 2 + 2 * Pad, metrics.height() + 2 * Pad, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setFont(font);
    painter.setPen(Qt::black);
    painter.drawText(image.rect().adjusted(Pad, Pad, -Pad, -Pad), Qt::AlignLeft | Qt::AlignTop | flags, text);
    painter.end();
    for (int x = image.width() - 1; x >= 0; --x)
        for (int y = 0; y < image.height(); ++y)
            if (qAlpha(image.pixel(x, y)) > 0)
                return x + 1 - Pad;
    return 0;
}

// The room `label`'s text needs: its size hint, and on one line also the ink of its text.
inline QSize roomNeeded(const QLabel *label) {
    QSize needed = label->sizeHint();
    if (!label->wordWrap() && label->textFormat() != Qt::RichText && !Qt::mightBeRichText(label->text())) {
        const int flags = label->buddy() ? Qt::TextShowMnemonic : 0;
        const QMargins margins = label->contentsMargins();
        const int ink = inkWidth(label->font(), label->text(), flags);
        needed.setWidth(std::max(needed.width(), ink + margins.left() + margins.right() + 2 * label->margin()));
    }
    return needed;
}

// Labels showing on `page` whose text does not fit the room the layout gave them.
inline QStringList clippedLabels(QWidget *page) {
    QStringList clipped;
    for (QLabel *label : page->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(page) || label->text().isEmpty() || !label->pixmap().isNull())
            continue;
        const QSize needed = roomNeeded(label);
        const bool fits = label->wordWrap() ? label->heightForWidth(label->width()) <= label->height()
                                            : needed.width() <= label->width() && needed.height() <= label->height();
        if (!fits)
            clipped.append(QStringLiteral("%1 \"%2\": needs %3x%4, has %5x%6")
                               .arg(label->objectName(), label->text())
                               .arg(needed.width())
                               .arg(needed.height())
                               .arg(label->width())
                               .arg(label->height()));
    }
    return clipped;
}

// Column headers of tables showing on `page` narrower than their caption.
inline QStringList clippedHeaders(QWidget *page) {
    QStringList clipped;
    for (QTableView *table : page->findChildren<QTableView *>()) {
        QHeaderView *header = table->horizontalHeader();
        if (!table->isVisibleTo(page) || !header->isVisible() || !table->model())
            continue;
        const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        for (int section = 0; section < header->count(); ++section) {
            if (header->isSectionHidden(section))
                continue;
            const QString caption = table->model()->headerData(section, Qt::Horizontal).toString();
            // The size hint follows the style sheet's header font (bold); the metrics, the widget's own font.
            const int needed = std::max(header->sectionSizeHint(section),
                                        header->fontMetrics().horizontalAdvance(caption) + 2 * margin);
            if (header->sectionSize(section) < needed)
                clipped.append(QStringLiteral("%1 column \"%2\": needs %3, has %4")
                                   .arg(table->objectName(), caption)
                                   .arg(needed)
                                   .arg(header->sectionSize(section)));
        }
    }
    return clipped;
}

// A widget inside a scroll area's viewport or an item view may be scrolled out of sight: that is not a cut.
inline bool scrolls(const QWidget *widget, const QWidget *window) {
    for (const QWidget *parent = widget->parentWidget(); parent && parent != window; parent = parent->parentWidget())
        if (qobject_cast<const QAbstractScrollArea *>(parent))
            return true;
    return false;
}

// A button's text as drawn: "&&" is one '&', a single '&' marks the shortcut letter and takes no room.
inline QString withoutMnemonic(const QString &text) {
    QString plain;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'&' && i + 1 < text.size())
            ++i;
        plain.append(text[i]);
    }
    return plain;
}

// The width a button's text gets: its contents rectangle as the style (and style sheet) lays it out.
inline int buttonTextRoom(QAbstractButton *button) {
    QStyleOptionButton option;
    option.initFrom(button);
    option.text = button->text();
    option.icon = button->icon();
    option.iconSize = button->iconSize();
    QStyle::SubElement element = QStyle::SE_PushButtonContents;
    if (qobject_cast<QCheckBox *>(button))
        element = QStyle::SE_CheckBoxContents;
    else if (qobject_cast<QRadioButton *>(button))
        element = QStyle::SE_RadioButtonContents;
    else if (!qobject_cast<QPushButton *>(button))
        return button->contentsRect().width();
    int room = button->style()->subElementRect(element, &option, button).width();
    if (!button->icon().isNull())
        room -= button->iconSize().width() + 4;
    return room;
}

// Buttons showing in `window` whose text is wider than the room the style gives it.
inline QStringList clippedButtons(QWidget *window) {
    QStringList clipped;
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (!button->isVisibleTo(window) || button->text().isEmpty() || scrolls(button, window))
            continue;
        const int needed = button->fontMetrics().horizontalAdvance(withoutMnemonic(button->text()));
        const int room = buttonTextRoom(button);
        if (needed > room)
            clipped.append(QStringLiteral("%1 \"%2\": needs %3, has %4")
                               .arg(button->objectName(), button->text())
                               .arg(needed)
                               .arg(room));
    }
    return clipped;
}

// Widgets showing in `window` that reach outside it (or outside the widget they sit in), so part of them is cut.
inline QStringList widgetsOutside(QWidget *window) {
    QStringList outside;
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(window) || widget->isWindow() || scrolls(widget, window) ||
            widget->parentWidget()->inherits("QAbstractSpinBox") || widget->parentWidget()->inherits("QComboBox"))
            continue;
        const QRect inWindow(widget->mapTo(window, QPoint(0, 0)), widget->size());
        const QRect inParent = widget->geometry();
        if (!window->rect().contains(inWindow) || !widget->parentWidget()->rect().contains(inParent))
            outside.append(QStringLiteral("%1 (%2) at %3,%4 %5x%6")
                               .arg(widget->objectName(), QString::fromLatin1(widget->metaObject()->className()))
                               .arg(inWindow.x())
                               .arg(inWindow.y())
                               .arg(inWindow.width())
                               .arg(inWindow.height()));
    }
    return outside;
}

} // namespace besuk::test
