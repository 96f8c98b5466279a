// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/ticket/TicketLayout.h"

#include "platform/fonts/DocumentFonts.h"
#include "platform/ticket/QrCode.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainterPath>
#include <QTextLayout>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

// The layout is computed in hundredths of a millimetre, so that line breaks and the page length are the same on
// every device; paint() scales it to the device.
constexpr double Unit = 100.0;
constexpr double MmPerInch = 25.4;
constexpr double ThermalDpi = 203.0;
constexpr int QuietZoneModules = 4;

struct PaperSpec {
    QSizeF page;        // mm; height 0: as long as the content
    double marginX = 0; // mm
    double marginTop = 0;
    double marginBottom = 0;
    double maxBodyMm = 0;  // text grows with the printable width up to this em
    double qrTargetMm = 0; // width of the QR with its quiet zone, before rounding to whole printer dots
    bool besideQr = false; // A6, a fixed height: queue number beside the QR, field labels beside their values
};

PaperSpec spec(Paper paper) {
    switch (paper) {
    case Paper::Thermal58:
        return {{48, 0}, 1.5, 2, 8, 3.4, 38, false};
    case Paper::Thermal80:
        return {{72, 0}, 2, 2, 8, 4.4, 50, false};
    case Paper::A6:
        return {{105, 148}, 8, 8, 8, 4.8, 46, true};
    }
    return {};
}

struct TextItem {
    std::shared_ptr<QTextLayout> layout;
    QPointF at;
};

struct Laid {
    std::vector<TextItem> texts;
    std::vector<QLineF> rules;
    QRectF qrBox;          // units, including the quiet zone; empty without a payload
    double qrModuleMm = 0; // one module, a whole number of thermal printer dots
    double height = 0;     // units, bottom margin included
};

QFont font(double emMm, bool bold = false) {
    QFont f = QGuiApplication::font();
    f.setFamilies(TicketLayout::fontFamilies());
    f.setPixelSize(std::max(1, int(std::lround(emMm * Unit))));
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

// Non-breaking spaces inside a short phrase ("Anak 2"), so a line never ends between a label and its count.
QString unbroken(QString text) {
    return text.replace(u' ', QChar(0x00A0));
}

class Builder {
public:
    explicit Builder(Laid &laid) : m_laid(laid) {}

    // Lays `text` out in the column [x, x + width) from `y` down, wrapping at word boundaries (anywhere if a word
    // alone is too wide). Returns the height used.
    double text(const QString &text, const QFont &f, double x, double y, double width, Qt::Alignment align) {
        if (text.isEmpty())
            return 0;
        auto layout = std::make_shared<QTextLayout>(text, f);
        QTextOption option(align);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout->setTextOption(option);
        layout->setCacheEnabled(true);
        double height = 0;
        layout->beginLayout();
        for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
            line.setLineWidth(width);
            line.setPosition({0, height});
            height += line.height();
        }
        layout->endLayout();
        m_laid.texts.push_back({std::move(layout), {x, y}});
        return height;
    }

    // One line whose capital letters start exactly at `y` and end at the returned height (no leading, no
    // descender room): for the big queue number.
    double capitals(const QString &text, const QFont &f, double x, double y, double width) {
        const QFontMetricsF metrics(f);
        const double offset = metrics.ascent() - metrics.capHeight();
        this->text(text, f, x, y - offset, width, Qt::AlignHCenter);
        return metrics.capHeight();
    }

    void rule(double x, double y, double width) { m_laid.rules.emplace_back(x, y, x + width, y); }

private:
    Laid &m_laid;
};

// The biggest em (mm) at which `text` in bold fits `widthMm`, at most `maxEmMm`.
double fittingEm(const QString &text, double widthMm, double maxEmMm) {
    const double reference = 10;
    const double advance = QFontMetricsF(font(reference, true)).horizontalAdvance(text) / Unit;
    if (advance <= 0)
        return maxEmMm;
    return std::min(maxEmMm, reference * widthMm / advance);
}

QString groupText(const TicketView &ticket) {
    return unbroken(TicketLayout::tr("Men %1").arg(ticket.men)) + u"\u00A0\u00B7 "_s +
           unbroken(TicketLayout::tr("Women %1").arg(ticket.women)) + u"\u00A0\u00B7 "_s +
           unbroken(TicketLayout::tr("Children %1").arg(ticket.children));
}

QString joined(const QStringList &parts) {
    QStringList present;
    for (const QString &part : parts) {
        if (!part.isEmpty())
            present.append(part);
    }
    return present.join(u" \u00B7 "_s);
}

// A sentence whose last line is never a single word.
QString withoutOrphan(QString text) {
    const qsizetype lastSpace = text.lastIndexOf(u' ');
    if (lastSpace > 0)
        text[lastSpace] = QChar(0x00A0);
    return text;
}

// "Saturday, 27 December 2025": a narrow ticket breaks the line after the weekday, not inside the date.
QString dateText(const QString &text) {
    const qsizetype comma = text.indexOf(u", "_s);
    if (comma < 0)
        return unbroken(text);
    return text.left(comma + 2) + unbroken(text.mid(comma + 2));
}

// The black pixels of a one-pixel-per-module QR image as horizontal runs, `scale` device pixels per module.
QPainterPath blackRuns(const QImage &modules, QPointF at, int scale) {
    QPainterPath path;
    for (int y = 0; y < modules.height(); ++y) {
        const uchar *row = modules.constScanLine(y);
        for (int x = 0; x < modules.width();) {
            if (row[x] != 0) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < modules.width() && row[x] == 0)
                ++x;
            path.addRect(at.x() + start * scale, at.y() + y * scale, (x - start) * scale, scale);
        }
    }
    return path;
}

struct Field {
    QString label;
    QString value;  // bold
    QString detail; // regular, under the value
};

Laid layOut(const TicketView &ticket, Paper paper, double fontScale) {
    const PaperSpec paperSpec = spec(paper);
    const double inner = paperSpec.page.width() - 2 * paperSpec.marginX;
    const double body = std::clamp(inner * 0.072, 3.2, paperSpec.maxBodyMm) * fontScale;
    const double x = paperSpec.marginX * Unit;
    const double width = inner * Unit;
    const double gap = body * 0.5 * Unit;

    Laid laid;
    Builder b(laid);
    double y = paperSpec.marginTop * Unit;

    y += b.text(ticket.facilityName, font(body * 1.2, true), x, y, width, Qt::AlignHCenter);
    y += b.text(ticket.serviceText, font(body), x, y, width, Qt::AlignHCenter);
    y += gap;
    b.rule(x, y, width);
    y += gap;

    const int modules = ticket.payload.isEmpty() ? 0 : QrCode::modules(ticket.payload);
    double qrSide = 0;
    if (modules > 0) {
        const int total = modules + 2 * QuietZoneModules;
        const double maxDots = std::min(paperSpec.qrTargetMm, paperSpec.page.width()) / MmPerInch * ThermalDpi;
        const int dots = std::max(3, int(maxDots / total));
        laid.qrModuleMm = dots * MmPerInch / ThermalDpi;
        qrSide = total * laid.qrModuleMm * Unit;
    }
    const QString when = joined(
        {unbroken(ticket.sessionText),
         ticket.issuedAtText.isEmpty() ? QString() : unbroken(TicketLayout::tr("Issued %1").arg(ticket.issuedAtText))});

    // The queue number and the QR, side by side (A6) or stacked (rolls); then date and time.
    auto numberBlock = [&](double left, double top, double columnWidth, double maxEm) {
        const bool booked = !ticket.bookingCode.isEmpty();
        const QString label = booked ? TicketLayout::tr("Booking code") : TicketLayout::tr("Queue number");
        const QString big = booked ? ticket.bookingCode : ticket.queueLabel;
        double h = b.text(label, font(body * 0.85), left, top, columnWidth, Qt::AlignHCenter);
        h += body * 0.35 * Unit;
        const double em = fittingEm(big, columnWidth / Unit * 0.92, maxEm);
        h += b.capitals(big, font(em, true), left, top + h, columnWidth);
        return h + body * 0.3 * Unit;
    };
    auto dateBlock = [&](double left, double top, double columnWidth) {
        double h = b.text(dateText(ticket.dateText), font(body, true), left, top, columnWidth, Qt::AlignHCenter);
        h += b.text(when, font(body), left, top + h, columnWidth, Qt::AlignHCenter);
        return h;
    };

    if (paperSpec.besideQr && qrSide > 0) {
        // The QR's quiet zone is white paper: it may reach into the margin.
        const double quiet = QuietZoneModules * laid.qrModuleMm * Unit;
        const double qrLeft = x + width + quiet - qrSide;
        const double columnWidth = qrLeft + quiet - gap - x;
        const double qrTop = y - quiet + gap;
        laid.qrBox = QRectF(qrLeft, qrTop, qrSide, qrSide);
        const double symbolHeight = qrSide - 2 * quiet;
        const std::size_t first = laid.texts.size();
        const double h = numberBlock(x, y, columnWidth, inner * 0.2);
        const double centring = std::max(0.0, (symbolHeight - h) / 2 + gap);
        for (std::size_t i = first; i < laid.texts.size(); ++i)
            laid.texts[i].at.ry() += centring;
        y = std::max(y + centring + h, qrTop + qrSide - quiet) + gap;
        y += dateBlock(x, y, width);
    } else {
        y += numberBlock(x, y, width, inner * 0.3);
        if (qrSide > 0) {
            laid.qrBox = QRectF(x + (width - qrSide) / 2, y, qrSide, qrSide);
            y += qrSide;
        } else {
            y += gap;
        }
        y += dateBlock(x, y, width);
    }
    y += gap;
    b.rule(x, y, width);
    y += gap;

    QString nik;
    if (!ticket.leadMaskedNik.isEmpty())
        nik = unbroken(TicketLayout::tr("NIK %1").arg(ticket.leadMaskedNik));
    const Field fields[] = {
        {TicketLayout::tr("Inmate"), ticket.inmateName, joined({ticket.inmateNumber, ticket.inmateBlock})},
        {TicketLayout::tr("Visitors"), groupText(ticket), {}},
        {TicketLayout::tr("Lead visitor"), ticket.leadName, nik},
    };
    const QFont labelFont = font(body * 0.8);
    const QFont valueFont = font(body, true);
    const QFont detailFont = font(body);
    const double labelWidth = width * 0.3;
    for (const Field &field : fields) {
        if (field.value.isEmpty() && field.detail.isEmpty())
            continue;
        double valueX = x;
        double valueWidth = width;
        double labelHeight = 0;
        if (paperSpec.besideQr) {
            valueX = x + labelWidth + gap;
            valueWidth = width - labelWidth - gap;
            const double baseline = QFontMetricsF(valueFont).ascent() - QFontMetricsF(labelFont).ascent();
            labelHeight = baseline + b.text(field.label, labelFont, x, y + baseline, labelWidth, Qt::AlignLeft);
        } else {
            y += b.text(field.label, labelFont, x, y, width, Qt::AlignLeft);
        }
        double h = b.text(field.value, valueFont, valueX, y, valueWidth, Qt::AlignLeft);
        h += b.text(field.detail, detailFont, valueX, y + h, valueWidth, Qt::AlignLeft);
        y += std::max(h, labelHeight) + gap * 0.8;
    }

    y += gap * 0.2;
    b.rule(x, y, width);
    y += gap;
    const QString advice = ticket.bookingCode.isEmpty() ? TicketLayout::tr("Keep this ticket; show it at the gate.")
                                                        : TicketLayout::tr("Show this at the kiosk or the gate.");
    y += b.text(withoutOrphan(advice), font(body * 0.9), x, y, width, Qt::AlignHCenter);
    laid.height = y + paperSpec.marginBottom * Unit;
    return laid;
}

// Fixed-height paper (A6) gets smaller text when the content would not fit; rolls just grow longer.
Laid fitted(const TicketView &ticket, Paper paper) {
    const PaperSpec paperSpec = spec(paper);
    Laid laid = layOut(ticket, paper, 1.0);
    if (paperSpec.page.height() <= 0)
        return laid;
    for (double scale = 0.94; laid.height > paperSpec.page.height() * Unit && scale > 0.5; scale -= 0.06)
        laid = layOut(ticket, paper, scale);
    return laid;
}

QSizeF pageSize(const Laid &laid, Paper paper) {
    const PaperSpec paperSpec = spec(paper);
    if (paperSpec.page.height() > 0)
        return paperSpec.page;
    return {paperSpec.page.width(), std::ceil(laid.height / Unit)};
}

} // namespace

QStringList TicketLayout::fontFamilies() {
    return DocumentFonts::families();
}

std::vector<std::shared_ptr<const QTextLayout>> TicketLayout::textLayouts(const TicketView &ticket, Paper paper) {
    const Laid laid = fitted(ticket, paper);
    std::vector<std::shared_ptr<const QTextLayout>> layouts;
    layouts.reserve(laid.texts.size());
    for (const TextItem &item : laid.texts)
        layouts.push_back(item.layout);
    return layouts;
}

double TicketLayout::printableWidthMm(Paper paper) {
    return spec(paper).page.width();
}

QSizeF TicketLayout::pageSizeMm(const TicketView &ticket, Paper paper) {
    return pageSize(fitted(ticket, paper), paper);
}

namespace {

void draw(QPainter &painter, const QRectF &target, const Laid &laid, const TicketView &ticket, Paper paper) {
    const QSizeF page = pageSize(laid, paper);
    const double pxPerMm = std::min(target.width() / page.width(), target.height() / page.height());
    if (!(pxPerMm > 0))
        return;
    const QPointF origin = target.topLeft() + QPointF((target.width() - page.width() * pxPerMm) / 2, 0);

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(QRectF(origin, page * pxPerMm), Qt::white);

    painter.save();
    painter.translate(origin);
    painter.scale(pxPerMm / Unit, pxPerMm / Unit);
    painter.setPen(QPen(Qt::black, 0.25 * Unit, Qt::SolidLine, Qt::FlatCap));
    for (const QLineF &rule : laid.rules)
        painter.drawLine(rule);
    painter.setPen(Qt::black);
    for (const TextItem &item : laid.texts)
        item.layout->draw(&painter, item.at);
    painter.restore();

    // The QR in whole device pixels per module, as one unsmoothed path of black runs: sharp edges on a raster,
    // and on PDF a vector drawing without JPEG noise or a grey quiet zone.
    if (!laid.qrBox.isEmpty()) {
        // A raster's size is rounded to whole pixels; a module 0.9 px short of the next size still gets it.
        const int modulePx = std::max(1, int(std::floor(laid.qrModuleMm * pxPerMm + 0.1)));
        const QImage modules = QrCode::image(ticket.payload, 1);
        const QRectF box(origin + laid.qrBox.topLeft() * pxPerMm / Unit, laid.qrBox.size() * pxPerMm / Unit);
        const double side = double(modules.width()) * modulePx;
        const QPointF at(std::round(box.center().x() - side / 2), std::round(box.center().y() - side / 2));
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.fillRect(QRectF(at, QSizeF(side, side)), Qt::white);
        painter.fillPath(blackRuns(modules, at, modulePx), Qt::black);
    }
    painter.restore();
}

} // namespace

void TicketLayout::paint(QPainter &painter, const QRectF &target, const TicketView &ticket, Paper paper) {
    draw(painter, target, fitted(ticket, paper), ticket, paper);
}

QImage TicketLayout::render(const TicketView &ticket, Paper paper, int dpi) {
    const Laid laid = fitted(ticket, paper);
    const QSizeF page = pageSize(laid, paper);
    const QSize pixels(int(std::lround(page.width() * dpi / MmPerInch)),
                       int(std::lround(page.height() * dpi / MmPerInch)));
    QImage image(pixels, QImage::Format_RGB32);
    image.setDotsPerMeterX(int(std::lround(dpi / MmPerInch * 1000)));
    image.setDotsPerMeterY(image.dotsPerMeterX());
    image.fill(Qt::white);
    QPainter painter(&image);
    draw(painter, QRectF(QPointF(0, 0), QSizeF(pixels)), laid, ticket, paper);
    painter.end();
    return image;
}

} // namespace besuk
