// SPDX-License-Identifier: GPL-3.0-or-later
#include "FrameGenerator.h"

#include "db/FacilityKey.h"
#include "db/TicketCodec.h"
#include "platform/ticket/QrCode.h"

#include <QDate>
#include <QFile>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>
#include <QTemporaryDir>
#include <QTransform>

#include <sodium.h>

#include <algorithm>
#include <cmath>
#include <random>

using namespace Qt::StringLiterals;

namespace besuk::bench {

namespace {

using Random = std::mt19937;

double uniform(Random &random, double low, double high) {
    return std::uniform_real_distribution<double>(low, high)(random);
}
int uniformInt(Random &random, int low, int high) {
    return std::uniform_int_distribution<int>(low, high)(random);
}
bool chance(Random &random, double probability) {
    return uniform(random, 0, 1) < probability;
}

// A facility key made from a fixed seed, so that the payloads (and so the codes) are the same on every run.
FacilityKey fixedKey(Random &random) {
    if (sodium_init() < 0)
        qFatal("libsodium could not be initialised");
    unsigned char seed[crypto_sign_SEEDBYTES];
    for (unsigned char &byte : seed)
        byte = static_cast<unsigned char>(random() & 0xff);
    unsigned char publicKey[crypto_sign_PUBLICKEYBYTES];
    unsigned char secretKey[crypto_sign_SECRETKEYBYTES];
    crypto_sign_seed_keypair(publicKey, secretKey, seed);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bench.key"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write the bench key");
    file.write("besuk-facility-key v1\n" + QByteArray(reinterpret_cast<const char *>(seed), sizeof seed).toHex() +
               '\n' + QByteArray(reinterpret_cast<const char *>(publicKey), sizeof publicKey).toHex() + '\n');
    file.close();
    auto key = FacilityKey::load(path);
    if (!key)
        qFatal("the bench key does not load: %s", qPrintable(key.error().message));
    return *key;
}

// The desk seen by the camera: a wooden or grey surface with soft blotches, papers, a keyboard's keys, text.
void paintDesk(QImage &frame, Random &random) {
    QPainter painter(&frame);
    const int base = uniformInt(random, 70, 170);
    // Low-frequency blotches: a tiny random image scaled up smoothly.
    QImage blotches(24, 14, QImage::Format_RGB32);
    for (int y = 0; y < blotches.height(); ++y)
        for (int x = 0; x < blotches.width(); ++x) {
            const int v = std::clamp(base + uniformInt(random, -25, 25), 0, 255);
            blotches.setPixel(x, y, qRgb(v, std::max(0, v - 12), std::max(0, v - 25)));
        }
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(frame.rect(), blotches);
    // Wood grain.
    for (int i = 0; i < 60; ++i) {
        const int y = uniformInt(random, 0, frame.height());
        painter.setPen(QPen(QColor(0, 0, 0, uniformInt(random, 5, 25)), uniform(random, 1, 4)));
        painter.drawLine(0, y, frame.width(), y + uniformInt(random, -40, 40));
    }
    painter.setRenderHint(QPainter::Antialiasing);
    // Papers, a keyboard, a pen, words.
    for (int i = 0, n = uniformInt(random, 1, 4); i < n; ++i) {
        painter.save();
        painter.translate(uniform(random, 0, frame.width()), uniform(random, 0, frame.height()));
        painter.rotate(uniform(random, 0, 360));
        const QRectF sheet(0, 0, uniform(random, 150, 500), uniform(random, 150, 500));
        const int shade = uniformInt(random, 170, 245);
        painter.fillRect(sheet, QColor(shade, shade, shade - 5));
        painter.setPen(QColor(40, 40, 50));
        QFont font = painter.font();
        font.setPixelSize(uniformInt(random, 10, 22));
        painter.setFont(font);
        for (qreal y = 20; y < sheet.height() - 10; y += font.pixelSize() * 1.6)
            painter.drawText(QPointF(12, y), u"Daftar kunjungan 2025 - No. %1 blok %2"_s.arg(uniformInt(random, 1, 999))
                                                 .arg(QChar(u'A' + uniformInt(random, 0, 5))));
        painter.restore();
    }
    if (chance(random, 0.5)) { // a keyboard: rows of square keys, a grid a QR finder could be fooled by
        painter.save();
        painter.translate(uniform(random, 0, frame.width() * 0.6),
                          uniform(random, frame.height() * 0.5, frame.height()));
        painter.rotate(uniform(random, -20, 20));
        painter.fillRect(QRectF(0, 0, 600, 200), QColor(30, 30, 32));
        for (int row = 0; row < 5; ++row)
            for (int column = 0; column < 15; ++column)
                painter.fillRect(QRectF(8 + column * 39, 8 + row * 38, 33, 32), QColor(55, 55, 60));
        painter.restore();
    }
}

// A printed ticket: white thermal paper, the QR code, the queue number and a few lines of text.
QImage printedTicket(const QImage &code, double codePixels, Random &random, QPolygonF &codeCorners) {
    const double margin = codePixels * 0.12;
    const QSizeF size(codePixels + 2 * margin, codePixels * 1.7);
    QImage ticket(size.toSize(), QImage::Format_RGB32);
    const int paper = uniformInt(random, 225, 252);
    const int ink = uniformInt(random, 15, 70);
    ticket.fill(QColor(paper, paper, paper - uniformInt(random, 0, 8)));
    QPainter painter(&ticket);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QColor(ink, ink, ink));
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(std::max(8, int(codePixels * 0.16)));
    painter.setFont(font);
    painter.drawText(QRectF(0, codePixels * 0.02, size.width(), codePixels * 0.22), Qt::AlignCenter,
                     u"A-%1"_s.arg(uniformInt(random, 1, 400), 3, 10, QLatin1Char('0')));
    const QRectF codeRect(margin, codePixels * 0.25, codePixels, codePixels);
    // Thermal print: ink a little grey, modules as crisp as the printer's dots.
    QImage inked = code.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < inked.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(inked.scanLine(y));
        for (int x = 0; x < inked.width(); ++x)
            line[x] = qGray(line[x]) ? ticket.pixel(1, 1) : qRgb(ink, ink, ink);
    }
    painter.drawImage(codeRect, inked);
    font.setBold(false);
    font.setPixelSize(std::max(6, int(codePixels * 0.06)));
    painter.setFont(font);
    const QStringList lines{u"Rutan Kelas IIA Balikpapan"_s, u"Sabtu, 27 Desember 2025 - Sesi 1"_s,
                            u"Andi Wijaya (B.I-001/2025)"_s, u"1 laki-laki, 1 perempuan, 2 anak"_s};
    double y = codeRect.bottom() + codePixels * 0.05;
    for (const QString &line : lines) {
        painter.drawText(QRectF(margin, y, size.width() - 2 * margin, codePixels * 0.08), Qt::AlignLeft, line);
        y += codePixels * 0.09;
    }
    // A soft shadow across the paper (a hand, the lamp).
    QLinearGradient shade(QPointF(0, 0), QPointF(size.width(), size.height()));
    shade.setColorAt(0, QColor(0, 0, 0, uniformInt(random, 0, 60)));
    shade.setColorAt(1, QColor(0, 0, 0, 0));
    painter.fillRect(ticket.rect(), shade);
    codeCorners = QPolygonF(codeRect);
    codeCorners.removeLast();
    return ticket;
}

// A phone: dark body, bright screen showing the ticket's QR code, glare and, sometimes, moiré from the pixels.
QImage phoneScreen(const QImage &code, double codePixels, Random &random, QPolygonF &codeCorners) {
    const double border = codePixels * 0.08;
    const QSizeF screen(codePixels + 2 * border, codePixels * 1.9);
    const double bezel = codePixels * 0.06;
    const QSizeF size(screen.width() + 2 * bezel, screen.height() + 4 * bezel);
    QImage phone(size.toSize(), QImage::Format_RGB32);
    phone.fill(Qt::transparent);
    phone.fill(QColor(0, 0, 0, 0));
    QImage body(size.toSize(), QImage::Format_ARGB32_Premultiplied);
    body.fill(Qt::transparent);
    QPainter painter(&body);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(uniformInt(random, 10, 40), uniformInt(random, 10, 40), uniformInt(random, 10, 45)));
    painter.drawRoundedRect(QRectF(QPointF(0, 0), size), bezel * 2.5, bezel * 2.5);
    const QRectF screenRect(bezel, 2 * bezel, screen.width(), screen.height());
    const int light = uniformInt(random, 185, 255);
    const int dark = uniformInt(random, 20, 75);
    painter.fillRect(screenRect, QColor(light, light, std::min(255, light + 5)));
    painter.setPen(QColor(dark, dark, dark + 10));
    QFont font = painter.font();
    font.setPixelSize(std::max(8, int(codePixels * 0.1)));
    painter.setFont(font);
    painter.drawText(
        QRectF(screenRect.left(), screenRect.top() + codePixels * 0.05, screenRect.width(), codePixels * 0.15),
        Qt::AlignCenter, u"Tiket A-%1"_s.arg(uniformInt(random, 1, 400), 3, 10, QLatin1Char('0')));
    const QRectF codeRect(screenRect.left() + border, screenRect.top() + codePixels * 0.3, codePixels, codePixels);
    QImage shown = code.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < shown.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(shown.scanLine(y));
        for (int x = 0; x < shown.width(); ++x)
            line[x] = qGray(line[x]) ? qRgb(light, light, std::min(255, light + 5)) : qRgb(dark, dark, dark + 10);
    }
    painter.drawImage(codeRect, shown);
    if (chance(random, 0.4)) { // moiré: the camera sampling the screen's pixel grid, as faint stripes
        const int period = uniformInt(random, 3, 9);
        QImage stripe(period, 1, QImage::Format_ARGB32_Premultiplied);
        stripe.fill(Qt::transparent);
        const int amplitude = uniformInt(random, 8, 30);
        for (int x = 0; x < period / 2; ++x)
            stripe.setPixelColor(x, 0, QColor(0, 0, 0, amplitude));
        QBrush brush(stripe);
        brush.setTransform(QTransform().rotate(uniform(random, 0, 180)));
        painter.fillRect(screenRect, brush);
    }
    // Glare: a bright band across the glass.
    QLinearGradient glare(QPointF(0, uniform(random, 0, size.height())),
                          QPointF(size.width(), uniform(random, 0, size.height())));
    const double middle = uniform(random, 0.3, 0.7);
    glare.setColorAt(0, QColor(255, 255, 255, 0));
    glare.setColorAt(middle, QColor(255, 255, 255, uniformInt(random, 0, 110)));
    glare.setColorAt(1, QColor(255, 255, 255, 0));
    painter.fillRect(screenRect, glare);
    painter.end();
    codeCorners = QPolygonF(codeRect);
    codeCorners.removeLast();
    return body;
}

// A sheet with words and a random block pattern without finder patterns: what a no-code frame holds instead.
QImage distractor(double pixels, Random &random) {
    QImage sheet(int(pixels * 1.3), int(pixels * 1.6), QImage::Format_RGB32);
    const int paper = uniformInt(random, 215, 250);
    sheet.fill(QColor(paper, paper, paper));
    QPainter painter(&sheet);
    painter.setPen(QColor(30, 30, 30));
    QFont font = painter.font();
    font.setPixelSize(std::max(8, int(pixels * 0.07)));
    painter.setFont(font);
    for (int i = 0; i < 6; ++i)
        painter.drawText(QPointF(pixels * 0.1, pixels * (0.12 + i * 0.1)), u"SURAT IZIN KUNJUNGAN %1"_s.arg(i + 1));
    const int cells = 29;
    const double cell = pixels * 0.8 / cells;
    for (int y = 0; y < cells; ++y)
        for (int x = 0; x < cells; ++x)
            if (chance(random, 0.5))
                painter.fillRect(QRectF(pixels * 0.25 + x * cell, pixels * 0.75 + y * cell, cell, cell), Qt::black);
    return sheet;
}

// Where `object` lands in the frame: turned, seen at a slant, somewhere the whole code stays in view.
QTransform placement(const QSizeF &object, const QPolygonF &code, const QSize &frame, double angle, double slant,
                     Random &random) {
    QTransform turn;
    turn.translate(-object.width() / 2, -object.height() / 2);
    QTransform rotation;
    rotation.rotate(angle);
    QPolygonF corners =
        QTransform().translate(-object.width() / 2, -object.height() / 2).map(QPolygonF(QRectF(QPointF(0, 0), object)));
    corners.removeLast();
    corners = rotation.map(corners);
    const double side = std::max(object.width(), object.height());
    for (QPointF &corner : corners)
        corner += QPointF(uniform(random, -slant, slant) * side, uniform(random, -slant, slant) * side);
    QPolygonF source(QRectF(QPointF(0, 0), object));
    source.removeLast();
    QTransform warp;
    QTransform::quadToQuad(source, corners, warp);
    // Keep the code's corners inside the frame (with a small margin): shift, and shrink if it cannot fit.
    QRectF bounds = warp.map(code).boundingRect();
    const double fit = std::min({1.0, (frame.width() - 20) / bounds.width(), (frame.height() - 20) / bounds.height()});
    QTransform scale = QTransform::fromScale(fit, fit);
    bounds = (warp * scale).map(code).boundingRect();
    const double x = uniform(random, 10 - bounds.left(), frame.width() - 10 - bounds.right());
    const double y = uniform(random, 10 - bounds.top(), frame.height() - 10 - bounds.bottom());
    return warp * scale * QTransform::fromTranslate(x, y);
}

void boxBlur(QImage &gray, int radius) {
    if (radius <= 0)
        return;
    const int w = gray.width(), h = gray.height();
    QImage across(gray.size(), QImage::Format_Grayscale8);
    std::vector<int> sums(std::size_t(w + 1));
    for (int y = 0; y < h; ++y) { // horizontal
        const uchar *row = gray.constScanLine(y);
        for (int x = 0; x < w; ++x)
            sums[std::size_t(x + 1)] = sums[std::size_t(x)] + row[x];
        uchar *out = across.scanLine(y);
        for (int x = 0; x < w; ++x) {
            const int a = std::max(0, x - radius), b = std::min(w, x + radius + 1);
            out[x] = uchar((sums[std::size_t(b)] - sums[std::size_t(a)]) / (b - a));
        }
    }
    // Vertical, row by row: running column sums of the rows inside the window.
    std::vector<int> window(std::size_t(w), 0);
    for (int y = 0; y < std::min(h, radius); ++y)
        for (int x = 0; x < w; ++x)
            window[std::size_t(x)] += across.constScanLine(y)[x];
    for (int y = 0; y < h; ++y) {
        if (y + radius < h)
            for (int x = 0; x < w; ++x)
                window[std::size_t(x)] += across.constScanLine(y + radius)[x];
        if (y - radius - 1 >= 0)
            for (int x = 0; x < w; ++x)
                window[std::size_t(x)] -= across.constScanLine(y - radius - 1)[x];
        const int count = std::min(h, y + radius + 1) - std::max(0, y - radius);
        uchar *out = gray.scanLine(y);
        for (int x = 0; x < w; ++x)
            out[x] = uchar(window[std::size_t(x)] / count);
    }
}

// Sensor and light: uneven illumination, contrast squeezed towards a mid grey, Gaussian noise.
void degrade(QImage &gray, double contrast, double noise, Random &random) {
    const int w = gray.width(), h = gray.height();
    const double mid = uniform(random, 90, 170);
    const double lightX = uniform(random, -0.25, 0.25), lightY = uniform(random, -0.25, 0.25);
    // Gaussian grain from a table of samples, picked by a cheap generator seeded from `random`.
    std::normal_distribution<double> grain(0, noise);
    std::vector<float> table(65536);
    for (float &sample : table)
        sample = float(grain(random));
    quint32 state = random();
    for (int y = 0; y < h; ++y) {
        uchar *row = gray.scanLine(y);
        const double fy = double(y) / h - 0.5;
        for (int x = 0; x < w; ++x) {
            state = state * 1664525u + 1013904223u;
            const double light = 1 + lightX * (double(x) / w - 0.5) * 2 + lightY * fy * 2;
            const double value = (mid + (row[x] - mid) * contrast) * light + table[state >> 16];
            row[x] = uchar(std::clamp(int(std::lround(value)), 0, 255));
        }
    }
}

} // namespace

std::vector<Frame> generateFrames(int count, quint32 seed) {
    Random random(seed);
    const FacilityKey key = fixedKey(random);
    std::vector<Frame> frames;
    frames.reserve(std::size_t(count));
    for (int index = 0; index < count; ++index) {
        const bool hd = index % 2 == 1;
        const QSize size = hd ? QSize(1920, 1080) : QSize(1280, 720);
        const bool withCode = (index / 2) % 10 != 4; // one pair in ten: no code, in both sizes
        QImage frame(size, QImage::Format_RGB32);
        paintDesk(frame, random);

        const TicketClaims claims{0x5A17C0DEu, QDate(2025, 12, 27).addDays(uniformInt(random, 0, 30)),
                                  quint32(uniformInt(random, 1, 2'000'000)), chance(random, 0.8) ? 'A' : 'B',
                                  quint16(uniformInt(random, 1, 400))};
        const QString payload = TicketCodec::encode(claims, key);
        const double codePixels = uniform(random, 120, 500);
        const bool phone = chance(random, 0.4);
        const double angle = uniform(random, 0, 360);
        const double slant = chance(random, 0.6) ? uniform(random, 0.02, 0.12) : 0.0;
        QPolygonF codeCorners;
        QImage object;
        if (withCode) {
            const QImage code = QrCode::image(payload, 1);
            object = phone ? phoneScreen(code, codePixels * code.width() / (code.width() - 8), random, codeCorners)
                           : printedTicket(code, codePixels * code.width() / (code.width() - 8), random, codeCorners);
        } else {
            object = distractor(codePixels, random);
            codeCorners = QPolygonF(QRectF(object.rect()));
            codeCorners.removeLast();
        }
        const QTransform where = placement(object.size(), codeCorners, size, angle, slant, random);
        {
            QPainter painter(&frame);
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setTransform(where);
            painter.drawImage(QPointF(0, 0), object);
        }
        QImage gray = frame.convertToFormat(QImage::Format_Grayscale8);
        // Blur: 40 % of frames out of focus or moving; low contrast: 30 %; noise: every frame, some a lot.
        const int blur = chance(random, 0.4) ? (hd ? uniformInt(random, 1, 2) : 1) : 0;
        const double contrast = chance(random, 0.3) ? uniform(random, 0.25, 0.55) : uniform(random, 0.7, 1.0);
        const double noise = chance(random, 0.3) ? uniform(random, 6, 14) : uniform(random, 1, 5);
        boxBlur(gray, blur);
        degrade(gray, contrast, noise, random);
        const QString kind = withCode ? (phone ? u"phone"_s : u"ticket"_s) : u"no code"_s;
        frames.push_back(
            Frame{gray, withCode ? payload : QString(),
                  u"%1 %2 %3px rot %4 slant %5 blur %6 contrast %7 noise %8"_s.arg(hd ? u"1080p"_s : u"720p"_s, kind)
                      .arg(int(codePixels))
                      .arg(int(angle))
                      .arg(slant, 0, 'f', 2)
                      .arg(blur)
                      .arg(contrast, 0, 'f', 2)
                      .arg(noise, 0, 'f', 1)});
    }
    return frames;
}

} // namespace besuk::bench
