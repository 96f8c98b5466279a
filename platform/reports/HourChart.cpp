// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/reports/HourChart.h"

#include "platform/reports/DayReport.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace besuk::reports {

namespace {

const QColor Ink = QColor::fromRgbF(0.1f, 0.1f, 0.1f);
const QColor Muted = QColor::fromRgbF(0.4f, 0.4f, 0.4f);
const QColor Rule = QColor::fromRgbF(0.75f, 0.75f, 0.75f);
const QColor MenColor(47, 107, 178);
const QColor WomenColor(206, 84, 122);
const QColor ChildrenColor(237, 170, 48);

enum class Align { Start, Center, End };

class Painter {
public:
    Painter(QPainter &painter, const HourChart::FontFor &fontFor) : m_painter(painter), m_fontFor(fontFor) {}

    void text(double x, double baseline, const QString &text, bool bold, double size, const QColor &color,
              Align align = Align::Start) {
        const QFont font = m_fontFor(bold, size);
        const double width =
            align == Align::Start ? 0 : QFontMetricsF(font, m_painter.device()).horizontalAdvance(text);
        m_painter.setFont(font);
        m_painter.setPen(color);
        m_painter.drawText(QPointF(align == Align::End      ? x - width
                                   : align == Align::Center ? x - width / 2
                                                            : x,
                                   baseline),
                           text);
    }

    double width(const QString &text, double size) {
        return QFontMetricsF(m_fontFor(false, size), m_painter.device()).horizontalAdvance(text);
    }

    void line(double x1, double y1, double x2, double y2, double lineWidth, const QColor &color) {
        m_painter.setPen(QPen(color, lineWidth));
        m_painter.drawLine(QPointF(x1, y1), QPointF(x2, y2));
    }

    QPainter &m_painter;
    const HourChart::FontFor &m_fontFor;
};

QList<HourTally> widened(QList<HourTally> hours) {
    while (!hours.isEmpty() && hours.size() < 6) {
        if (hours.last().hour < 23)
            hours.append(HourTally{hours.last().hour + 1, {}, {}, {}});
        else
            hours.prepend(HourTally{hours.first().hour - 1, {}, {}, {}});
    }
    return hours;
}

void legend(Painter &p, const QRectF &plot) {
    double x = plot.right();
    const double y = plot.top() - 16;
    const QList<QPair<QString, QColor>> entries{
        {u"Anak-anak"_s, ChildrenColor}, {u"Perempuan"_s, WomenColor}, {u"Laki-laki"_s, MenColor}};
    for (const auto &[label, color] : entries) {
        x -= p.width(label, 8.5);
        p.text(x, y + 7.5, label, false, 8.5, Ink);
        x -= 13;
        p.m_painter.fillRect(QRectF(x, y, 9, 9), color);
        x -= 14;
    }
}

} // namespace

int HourChart::axisStep(int maxTotal) {
    const double raw = maxTotal / 5.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(std::max(raw, 1.0))));
    for (const double m : {1.0, 2.0, 5.0, 10.0})
        if (m * magnitude >= raw)
            return std::max(1, int(m * magnitude));
    return std::max(1, int(magnitude));
}

void HourChart::paint(QPainter &painter, const QRectF &plot, const QList<HourTally> &byHour, const FontFor &fontFor) {
    Painter p(painter, fontFor);
    legend(p, plot);
    const QList<HourTally> hours = widened(byHour);
    int maxTotal = 0;
    for (const HourTally &hour : hours)
        maxTotal = std::max(maxTotal, hour.registered.total());
    if (maxTotal == 0) {
        painter.setPen(QPen(Rule, 0.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(plot);
        p.text(plot.center().x(), plot.center().y() + 4, u"Tidak ada pendaftaran."_s, false, 10, Muted, Align::Center);
        return;
    }

    const int step = axisStep(maxTotal);
    const int axisMax = ((maxTotal + step - 1) / step) * step;
    const double scale = plot.height() / axisMax;
    for (int value = 0; value <= axisMax; value += step) {
        const double y = plot.bottom() - value * scale;
        p.line(plot.left(), y, plot.right(), y, value == 0 ? 0.9 : 0.4, value == 0 ? Ink : Rule);
        p.text(plot.left() - 5, y + 3, DayReport::number(value), false, 8, Muted, Align::End);
    }
    p.line(plot.left(), plot.top(), plot.left(), plot.bottom(), 0.9, Ink);

    const double slot = plot.width() / double(hours.size());
    const double barWidth = std::min(slot * 0.62, 42.0);
    for (qsizetype i = 0; i < hours.size(); ++i) {
        const Counts &counts = hours.at(i).registered;
        const double center = plot.left() + slot * (double(i) + 0.5);
        double y = plot.bottom();
        for (const auto &[value, color] :
             {std::pair{counts.men, MenColor}, {counts.women, WomenColor}, {counts.children, ChildrenColor}}) {
            if (value <= 0)
                continue;
            const double height = value * scale;
            painter.fillRect(QRectF(center - barWidth / 2, y - height, barWidth, height), color);
            y -= height;
        }
        if (counts.total() > 0)
            p.text(center, y - 3, DayReport::number(counts.total()), true, 7.5, Ink, Align::Center);
        const int hour = hours.at(i).hour;
        const QString label =
            slot >= 26 ? u"%1.00"_s.arg(hour, 2, 10, QLatin1Char('0')) : u"%1"_s.arg(hour, 2, 10, QLatin1Char('0'));
        p.text(center, plot.bottom() + 11, label, false, 7.5, Ink, Align::Center);
    }
    p.text(plot.left() - 5, plot.bottom() + 11, u"Pukul"_s, false, 7.5, Muted, Align::End);
}

} // namespace besuk::reports
