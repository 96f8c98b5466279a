// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/printer/PrinterChoice.h"
#include "platform/ticket/TicketView.h"

#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QSizeF>
#include <QStringList>

#include <memory>
#include <vector>

class QTextLayout;

namespace besuk {

// The one ticket layout, drawn for every medium: screen preview, system printer, PDF, and (later) ESC/POS raster.
// Queue number very large, QR, date, session, inmate, group (men / women / children), lead visitor with masked NIK.
class TicketLayout {
    Q_DECLARE_TR_FUNCTIONS(TicketLayout)
public:
    // Printable width of the paper in millimetres (58 mm rolls print 48 mm, 80 mm rolls 72 mm; A6 is 105 x 148).
    static double printableWidthMm(Paper paper);
    // The page size for this ticket: thermal rolls are as long as the content needs.
    static QSizeF pageSizeMm(const TicketView &ticket, Paper paper);
    // Draws the ticket into `target` (device pixels of `painter`), scaled for the painter's device resolution.
    static void paint(QPainter &painter, const QRectF &target, const TicketView &ticket, Paper paper);
    // The typefaces the ticket's text is set in, in order: each character comes from the first that has it
    // (Latin and Arabic from DejaVu Sans, Chinese from Noto Sans CJK SC, Arabic DejaVu lacks from Noto).
    static QStringList fontFamilies();
    // Every text of the ticket as laid out for paint() and render(), in drawing order: to check glyphs and
    // direction.
    static std::vector<std::shared_ptr<const QTextLayout>> textLayouts(const TicketView &ticket, Paper paper);
    // A raster of the whole ticket at `dpi` (thermal printers: 203 dpi), white background.
    static QImage render(const TicketView &ticket, Paper paper, int dpi = 203);
};

} // namespace besuk
