// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/TallyService.h"

#include <QFont>
#include <QList>
#include <QRectF>

#include <functional>

class QPainter;

namespace besuk::reports {

// Visitors per hour of registration as stacked bars (men, women, children) with a legend above the plot and the
// hours below it: drawn by the same code in the PDF report and on screen.
class HourChart {
public:
    // The font for a size given in the painter's units (points in the report, pixels on screen).
    using FontFor = std::function<QFont(bool bold, double size)>;

    // Draws into `plot` (the legend takes about 16 units above it, the hour labels about 14 below). Hours without
    // registrations between the first and the last are expected in `hours`; at least six hours are shown.
    static void paint(QPainter &painter, const QRectF &plot, const QList<HourTally> &hours, const FontFor &fontFor);
    // Gridline step: 1, 2 or 5 times a power of ten, for about five gridlines up to `maxTotal`.
    static int axisStep(int maxTotal);
};

} // namespace besuk::reports
