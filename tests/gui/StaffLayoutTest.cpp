// SPDX-License-Identifier: GPL-3.0-or-later
// The staff console on a 1366x768 screen (the office laptops' size) in both languages: on every page an admin
// opens, no label is cut off, i.e. each label has at least the room its size hint asks for. Screenshots are saved
// as staff-layout-<page>-<language>.png.
#include "StaffTestSupport.h"

#include <QAbstractItemModel>
#include <QFontMetrics>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QStyle>
#include <QTableView>

#include <cmath>

using namespace besuk;
using namespace besuk::test;
using namespace Qt::StringLiterals;

namespace {

// How far right a label's text reaches when drawn at x = 0 in `font` as QLabel draws it (the mnemonic underlined),
// measured in pixels: the ink may reach past what the size hint asks for. "&To" in DejaVu Sans at 15 px: the size
// hint asks for 16 px, but with "T" underlined the pair is no longer kerned and inks 18 px, and the "o" is cut.
int inkWidth(const QFont &font, const QString &text, int flags) {
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
QSize roomNeeded(const QLabel *label) {
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
QStringList clippedLabels(QWidget *page) {
    QStringList clipped;
    for (QLabel *label : page->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(page) || label->text().isEmpty() || !label->pixmap().isNull())
            continue;
        const QSize needed = roomNeeded(label);
        const bool fits = label->wordWrap() ? label->heightForWidth(label->width()) <= label->height()
                                            : needed.width() <= label->width() && needed.height() <= label->height();
        if (!fits)
            clipped.append(u"%1 \"%2\": needs %3x%4, has %5x%6"_s.arg(label->objectName(), label->text())
                               .arg(needed.width())
                               .arg(needed.height())
                               .arg(label->width())
                               .arg(label->height()));
    }
    return clipped;
}

// Column headers of tables showing on `page` narrower than their caption.
QStringList clippedHeaders(QWidget *page) {
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
                clipped.append(u"%1 column \"%2\": needs %3, has %4"_s.arg(table->objectName(), caption)
                                   .arg(needed)
                                   .arg(header->sectionSize(section)));
        }
    }
    return clipped;
}

} // namespace

TEST_CASE("At 1366x768 no label on any staff page is cut off, in either language", "[gui][staff][layout]") {
    const QString language = GENERATE(u"en"_s, u"id"_s);
    StaffFixture f;
    f.open(language);
    f.window->resize(1366, 768);
    f.signIn(AdminLogin);
    for (StaffPage *page : f.window->pages()) {
        if (!f.window->openPage(page))
            continue;                      // not for this role
        QCoreApplication::processEvents(); // pending layouts
        INFO(language << ", page " << page->title());
        CHECK(clippedLabels(page) == QStringList());
        CHECK(clippedHeaders(page) == QStringList());
        f.shoot(u"layout-%1"_s.arg(QString::fromLatin1(page->metaObject()->className()).remove(u"besuk::"_s)));
    }
}
