// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/ktp/KtpImage.h"

#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>
#include <leptonica/allheaders.h>
#include <memory>
#include <vector>

namespace besuk::ktp {

namespace {

constexpr int ProfileWidth = 480;

struct Ink {
    float x;
    float y;
};

// Pixels clearly darker than their neighbourhood (text strokes), from a small copy of `gray`.
std::vector<Ink> inkPixels(const QImage &gray) {
    const QImage small = gray.scaledToWidth(ProfileWidth, Qt::SmoothTransformation);
    const QSize blurSize(std::max(1, small.width() / 24), std::max(1, small.height() / 24));
    const QImage local = small.scaled(blurSize, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                             .scaled(small.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    std::vector<Ink> ink;
    const float cx = small.width() / 2.0F;
    const float cy = small.height() / 2.0F;
    for (int y = 0; y < small.height(); ++y) {
        const uchar *p = small.constScanLine(y);
        const uchar *m = local.constScanLine(y);
        for (int x = 0; x < small.width(); ++x) {
            if (int(p[x]) + 28 < int(m[x]))
                ink.push_back({float(x) - cx, float(y) - cy});
        }
    }
    return ink;
}

// How sharply the ink falls into horizontal lines when turned by `degrees`: the sum of squared row counts.
double profileSharpness(const std::vector<Ink> &ink, double degrees, int rows) {
    const double radians = degrees * M_PI / 180.0;
    const auto s = float(std::sin(radians));
    const auto c = float(std::cos(radians));
    std::vector<int> profile(size_t(rows) * 2, 0);
    for (const Ink &i : ink) {
        const int row = int(std::lround(i.y * c - i.x * s)) + rows;
        if (row >= 0 && row < int(profile.size()))
            ++profile[size_t(row)];
    }
    double sum = 0;
    for (const int count : profile)
        sum += double(count) * count;
    return sum;
}

// Leptonica's pixContrastNorm evens the light: per Tile × Tile working pixels (a row or two of the card's small print
// at the usual framing) the darkest and the brightest level, smoothed over Smoothing tiles either way, and each tile
// stretched between them. A tile whose levels lie under MinContrast apart (bare paper, desk) takes its neighbours'
// levels instead, so that its noise stays faint.
constexpr int Tile = 32;
constexpr int MinContrast = 80;
constexpr int Smoothing = 2;

struct PixDeleter {
    void operator()(PIX *pix) const { pixDestroy(&pix); }
};
using PixPtr = std::unique_ptr<PIX, PixDeleter>;

// Leptonica keeps an 8-bit image's bytes in 32-bit words, in the machine's byte order: its macros place them.
PixPtr toPix(const QImage &gray) {
    PixPtr pix(pixCreate(gray.width(), gray.height(), 8));
    if (!pix)
        return pix;
    l_uint32 *data = pixGetData(pix.get());
    const int wpl = pixGetWpl(pix.get());
    for (int y = 0; y < gray.height(); ++y) {
        const uchar *in = gray.constScanLine(y);
        l_uint32 *line = data + qsizetype(y) * wpl;
        for (int x = 0; x < gray.width(); ++x)
            SET_DATA_BYTE(line, x, in[x]);
    }
    return pix;
}

QImage fromPix(PIX *pix) {
    QImage out(pixGetWidth(pix), pixGetHeight(pix), QImage::Format_Grayscale8);
    const l_uint32 *data = pixGetData(pix);
    const int wpl = pixGetWpl(pix);
    for (int y = 0; y < out.height(); ++y) {
        const l_uint32 *line = data + qsizetype(y) * wpl;
        uchar *o = out.scanLine(y);
        for (int x = 0; x < out.width(); ++x)
            o[x] = uchar(GET_DATA_BYTE(line, x));
    }
    return out;
}

} // namespace

QImage KtpImage::evenLight(const QImage &gray) {
    if (gray.width() < Tile || gray.height() < Tile || gray.format() != QImage::Format_Grayscale8)
        return gray;
    const PixPtr in = toPix(gray);
    const PixPtr out(in ? pixContrastNorm(nullptr, in.get(), Tile, Tile, MinContrast, Smoothing, Smoothing) : nullptr);
    return out ? fromPix(out.get()) : gray;
}

QImage KtpImage::prepare(const QImage &photo) {
    QImage gray = photo.convertToFormat(QImage::Format_Grayscale8);
    if (gray.width() != WorkWidth)
        gray = gray.scaledToWidth(WorkWidth, Qt::SmoothTransformation);
    std::array<int, 256> histogram{};
    for (int y = 0; y < gray.height(); ++y) {
        const uchar *line = gray.constScanLine(y);
        for (int x = 0; x < gray.width(); ++x)
            ++histogram[line[x]];
    }
    const qint64 total = qint64(gray.width()) * gray.height();
    int low = 0;
    int high = 255;
    for (qint64 seen = 0; low < 255 && (seen += histogram[size_t(low)]) < total / 100;)
        ++low;
    for (qint64 seen = 0; high > 0 && (seen += histogram[size_t(high)]) < total / 100;)
        --high;
    if (high - low < 16)
        return gray;
    std::array<uchar, 256> map{};
    for (int v = 0; v < 256; ++v)
        map[size_t(v)] = uchar(std::clamp((v - low) * 255 / (high - low), 0, 255));
    for (int y = 0; y < gray.height(); ++y) {
        uchar *line = gray.scanLine(y);
        for (int x = 0; x < gray.width(); ++x)
            line[x] = map[line[x]];
    }
    return gray;
}

double KtpImage::textAngle(const QImage &gray) {
    const std::vector<Ink> ink = inkPixels(gray);
    if (ink.size() < 200)
        return 0;
    const int rows = ProfileWidth;
    double best = 0;
    double bestScore = -1;
    for (double a = -MaxTiltDegrees; a <= MaxTiltDegrees; a += 1.0) {
        const double score = profileSharpness(ink, a, rows);
        if (score > bestScore)
            bestScore = score, best = a;
    }
    const double coarse = best;
    for (double a = coarse - 0.75; a <= coarse + 0.75; a += 0.25) {
        const double score = profileSharpness(ink, a, rows);
        if (score > bestScore)
            bestScore = score, best = a;
    }
    return best;
}

QImage KtpImage::straighten(const QImage &gray, double degrees) {
    if (std::abs(degrees) < 0.2)
        return gray;
    QImage out(gray.size(), QImage::Format_Grayscale8);
    out.fill(255);
    QPainter painter(&out);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.translate(gray.width() / 2.0, gray.height() / 2.0);
    painter.rotate(-degrees);
    painter.drawImage(QPointF(-gray.width() / 2.0, -gray.height() / 2.0), gray);
    painter.end();
    return out;
}

} // namespace besuk::ktp
