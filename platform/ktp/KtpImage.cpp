// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/ktp/KtpImage.h"

#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>
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

// The light is evened out over tiles of Tile × Tile working pixels (a little under one row of the card's small
// print at the usual framing): each tile's ink and paper levels, a low and a high percentile so that noise does not
// decide them.
constexpr int Tile = 16;
constexpr int InkPercent = 2;
constexpr int PaperPercent = 90;
// Ink is never taken to lie closer than this below the paper: tiles of bare paper or desk keep their noise faint.
constexpr int MinInkGap = 80;

struct TileLevels {
    QImage ink;
    QImage paper;
};

// The level below which `percent` % of the histogram's `count` pixels lie.
int percentile(const std::array<int, 256> &histogram, int count, int percent) {
    int level = 0;
    for (int seen = histogram[0]; level < 255 && seen * 100 < count * percent;)
        seen += histogram[size_t(++level)];
    return level;
}

TileLevels tileLevels(const QImage &gray) {
    const int cols = (gray.width() + Tile - 1) / Tile;
    const int rows = (gray.height() + Tile - 1) / Tile;
    TileLevels levels{QImage(cols, rows, QImage::Format_Grayscale8), QImage(cols, rows, QImage::Format_Grayscale8)};
    for (int ty = 0; ty < rows; ++ty) {
        for (int tx = 0; tx < cols; ++tx) {
            std::array<int, 256> histogram{};
            int count = 0;
            for (int y = ty * Tile; y < std::min(gray.height(), (ty + 1) * Tile); ++y) {
                const uchar *line = gray.constScanLine(y);
                for (int x = tx * Tile; x < std::min(gray.width(), (tx + 1) * Tile); ++x, ++count)
                    ++histogram[line[x]];
            }
            levels.ink.scanLine(ty)[tx] = uchar(percentile(histogram, count, InkPercent));
            levels.paper.scanLine(ty)[tx] = uchar(percentile(histogram, count, PaperPercent));
        }
    }
    return levels;
}

// Each tile replaced by the darkest (or brightest) tile within `radius` tiles of it.
QImage spread(const QImage &tiles, int radius, bool darkest) {
    QImage out(tiles.size(), QImage::Format_Grayscale8);
    for (int y = 0; y < tiles.height(); ++y) {
        for (int x = 0; x < tiles.width(); ++x) {
            int level = darkest ? 255 : 0;
            for (int ny = std::max(0, y - radius); ny <= std::min(tiles.height() - 1, y + radius); ++ny) {
                const uchar *line = tiles.constScanLine(ny);
                for (int nx = std::max(0, x - radius); nx <= std::min(tiles.width() - 1, x + radius); ++nx)
                    level = darkest ? std::min(level, int(line[nx])) : std::max(level, int(line[nx]));
            }
            out.scanLine(y)[x] = uchar(level);
        }
    }
    return out;
}

// Per tile, how far the ink lies below the paper: the widest gap within three tiles, so that tiles between the
// strokes take the gap of the text around them rather than that of their noise.
QImage inkGaps(const QImage &ink, const QImage &paper) {
    QImage gap(ink.size(), QImage::Format_Grayscale8);
    for (int y = 0; y < ink.height(); ++y) {
        for (int x = 0; x < ink.width(); ++x)
            gap.scanLine(y)[x] = uchar(std::max(MinInkGap, paper.constScanLine(y)[x] - ink.constScanLine(y)[x]));
    }
    return spread(gap, 3, false);
}

QImage upscaled(const QImage &tiles, const QSize &size) {
    return tiles.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

} // namespace

QImage KtpImage::evenLight(const QImage &gray) {
    const TileLevels tiles = tileLevels(gray);
    const QImage paperTiles = spread(tiles.paper, 1, false);
    const QImage paper = upscaled(paperTiles, gray.size());
    const QImage gap = upscaled(inkGaps(spread(tiles.ink, 1, true), paperTiles), gray.size());
    QImage out(gray.size(), QImage::Format_Grayscale8);
    for (int y = 0; y < gray.height(); ++y) {
        const uchar *p = gray.constScanLine(y);
        const uchar *w = paper.constScanLine(y);
        const uchar *g = gap.constScanLine(y);
        uchar *o = out.scanLine(y);
        for (int x = 0; x < gray.width(); ++x)
            o[x] = uchar(std::clamp(255 - (w[x] - p[x]) * 255 / std::max(1, int(g[x])), 0, 255));
    }
    return out;
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
