// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/devices/FrameDecoder.h"

#include <QPainter>
#include <QtConcurrent>

#include <ZXing/ReadBarcode.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <exception>
#include <vector>

namespace besuk {

namespace {

// Below this short side the cheap pass reads the image as it is instead of at half size.
constexpr int HalvingMinShortSide = 480;
// Photos are scaled down to this short side first: a ticket filling part of a phone photo stays several pixels
// per module, and the passes stay in the tens of milliseconds.
constexpr int StillImageMaxShortSide = 1600;

// Chosen on generated gate frames (tests/bench, docs/benchmarks.md): the cheap pass alone reads about three in four
// of them in well under a millisecond at 720p; the two costlier passes bring that to about 98 %. Global-histogram
// thresholds and tryHarder on the half-size image added nothing there, and ZXing 1.4 reports no "almost read"
// symbol that could tell when a costlier pass is worth it: so a camera frame gets one costlier pass, taking turns.
struct Pass {
    bool denoise;   // 3 × 3 mean, then the contrast stretched between its 1st and 99th percentile
    bool tryHarder; // every row searched for finder patterns, more candidate patterns tried
};
constexpr std::array<Pass, FrameDecoder::CostlierPassCount> CostlierPasses{{
    {true, true},  // noisy, dim and low-contrast codes: smoothed and stretched
    {false, true}, // small, blurred and slanted codes: the frame as it is, searched harder
}};

std::optional<QString> read(const QImage &gray, bool tryHarder) {
    // QR only, one symbol, local-average (hybrid) thresholds. tryDownscale stays off: in ZXing 1.4 it acts only
    // with maxNumberOfSymbols 1, and then builds downscaled copies on every call and reads them besides the full
    // image; our cheap pass is the downscaled read, done once. tryRotate only concerns 1-D codes.
    const auto hints = ZXing::DecodeHints()
                           .setFormats(ZXing::BarcodeFormat::QRCode)
                           .setMaxNumberOfSymbols(1)
                           .setTryDownscale(false)
                           .setTryRotate(false)
                           .setBinarizer(ZXing::Binarizer::LocalAverage)
                           .setTryHarder(tryHarder);
    const ZXing::ImageView view(gray.constBits(), gray.width(), gray.height(), ZXing::ImageFormat::Lum,
                                int(gray.bytesPerLine()));
    // ZXing reports some failures by throwing; nothing of it leaves here (this runs on a pool thread).
    try {
        const ZXing::Result result = ZXing::ReadBarcode(view, hints);
        if (result.isValid())
            return QString::fromStdString(result.text());
    } catch (const std::exception &) {
    }
    return std::nullopt;
}

// Each output pixel the mean of a 2 × 2 block: cheaper to decode and smoother than the camera's noise.
QImage halfSize(const QImage &gray) {
    QImage half(gray.width() / 2, gray.height() / 2, QImage::Format_Grayscale8);
    for (int y = 0; y < half.height(); ++y) {
        const uchar *top = gray.constScanLine(2 * y);
        const uchar *bottom = gray.constScanLine(2 * y + 1);
        uchar *out = half.scanLine(y);
        for (int x = 0; x < half.width(); ++x)
            out[x] = uchar((top[2 * x] + top[2 * x + 1] + bottom[2 * x] + bottom[2 * x + 1] + 2) / 4);
    }
    return half;
}

// A 3 × 3 mean (a third of the sensor noise) with the contrast stretched to the full range: ZXing's local
// thresholds take a block with less than 24 grey levels between its darkest and lightest pixel for background,
// which is what a dim or washed-out code looks like once it is blurred a little.
QImage denoised(const QImage &gray) {
    const int w = gray.width(), h = gray.height();
    QImage out(w, h, QImage::Format_Grayscale8);
    std::vector<int> columns(static_cast<std::size_t>(w)); // per column, the sum of three rows
    int histogram[256] = {};
    for (int y = 0; y < h; ++y) {
        const uchar *above = gray.constScanLine(std::max(0, y - 1));
        const uchar *row = gray.constScanLine(y);
        const uchar *below = gray.constScanLine(std::min(h - 1, y + 1));
        for (int x = 0; x < w; ++x)
            columns[std::size_t(x)] = above[x] + row[x] + below[x];
        uchar *target = out.scanLine(y);
        for (int x = 0; x < w; ++x) {
            const int sum = columns[std::size_t(std::max(0, x - 1))] + columns[std::size_t(x)] +
                            columns[std::size_t(std::min(w - 1, x + 1))];
            target[x] = uchar(sum / 9);
        }
        if (y % 4 == 0)
            for (int x = 0; x < w; x += 4)
                ++histogram[target[x]];
    }
    int samples = 0;
    for (int count : histogram)
        samples += count;
    int low = 0, high = 255;
    for (int seen = histogram[0]; low < 255 && seen < samples / 100; seen += histogram[++low]) {
    }
    for (int seen = histogram[255]; high > 0 && seen < samples / 100; seen += histogram[--high]) {
    }
    // A frame with good contrast stays as it is (stretching would only amplify its noise into more candidate finder
    // patterns, a slower search); a washed-out one is stretched, by 3 at most.
    if (high - low >= 160 || high - low < 8)
        return out;
    const int middle = (low + high) / 2;
    const int half = std::max(high - low, 85) / 2;
    low = middle - half;
    high = middle + half;
    uchar table[256];
    for (int v = 0; v < 256; ++v)
        table[v] = uchar(std::clamp((v - low) * 255 / (high - low), 0, 255));
    for (int y = 0; y < h; ++y) {
        uchar *line = out.scanLine(y);
        for (int x = 0; x < w; ++x)
            line[x] = table[line[x]];
    }
    return out;
}

std::optional<QString> cheapRead(const QImage &gray) {
    const bool halve = std::min(gray.width(), gray.height()) >= HalvingMinShortSide;
    return read(halve ? halfSize(gray) : gray, false);
}

std::optional<QString> costlierRead(const QImage &gray, const Pass &pass) {
    return read(pass.denoise ? denoised(gray) : gray, pass.tryHarder);
}

// `width` samples per row, `step` bytes apart from `offset`: the luma of planar, semi-planar and packed formats.
QImage copyLuma(const uchar *bits, int bytesPerLine, int width, int height, int offset, int step) {
    QImage gray(width, height, QImage::Format_Grayscale8);
    for (int y = 0; y < height; ++y) {
        const uchar *in = bits + qsizetype(y) * bytesPerLine + offset;
        uchar *out = gray.scanLine(y);
        if (step == 1) {
            std::memcpy(out, in, std::size_t(width));
            continue;
        }
        for (int x = 0; x < width; ++x)
            out[x] = in[x * step];
    }
    return gray;
}

} // namespace

FrameDecoder::FrameDecoder(QObject *parent) : QObject(parent), m_elapsed(steadyElapsedMs()) {
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcher<std::optional<QString>>::finished, this, &FrameDecoder::onDecodeFinished);
}

FrameDecoder::~FrameDecoder() {
    m_watcher.disconnect(this);
    m_pool.waitForDone();
}

void FrameDecoder::setVideoSink(QVideoSink *sink) {
    if (m_sink)
        disconnect(m_sink, nullptr, this, nullptr);
    m_sink = sink;
    if (sink)
        connect(sink, &QVideoSink::videoFrameChanged, this, &FrameDecoder::processFrame);
}

void FrameDecoder::setElapsedSource(ElapsedMs elapsed) {
    m_elapsed = elapsed ? std::move(elapsed) : steadyElapsedMs();
}

void FrameDecoder::processFrame(const QVideoFrame &frame) {
    ++m_counters.frames;
    if (m_busy) {
        ++m_counters.dropped;
        return;
    }
    const QImage gray = luminance(frame);
    if (gray.isNull()) {
        ++m_counters.dropped;
        return;
    }
    m_busy = true;
    const int costlierPass = costlierPassFor(m_decodedFrames++);
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [gray, costlierPass] { return decodeFrame(gray, costlierPass); }));
}

void FrameDecoder::onDecodeFinished() {
    m_busy = false;
    ++m_counters.decodes;
    const std::optional<QString> text = m_watcher.future().result();
    if (!text)
        return;
    ++m_counters.found;
    const qint64 now = m_elapsed();
    const bool repeated = *text == m_lastText && now - m_lastSeenMs < RepeatWindowMs;
    m_lastText = *text;
    m_lastSeenMs = now;
    if (!repeated)
        Q_EMIT decoded(*text);
}

std::optional<QString> FrameDecoder::decodeImage(const QImage &image, Effort effort) {
    if (image.isNull())
        return std::nullopt;
    QImage opaque = image;
    if (image.hasAlphaChannel()) { // transparent pixels would turn black: put the image on white paper first
        opaque = QImage(image.size(), QImage::Format_RGB32);
        opaque.fill(Qt::white);
        QPainter(&opaque).drawImage(0, 0, image);
    }
    const int shortSide = std::min(opaque.width(), opaque.height());
    if (shortSide > StillImageMaxShortSide)
        opaque = opaque.scaled(opaque.size() * (double(StillImageMaxShortSide) / shortSide), Qt::IgnoreAspectRatio,
                               Qt::SmoothTransformation);
    const QImage gray = opaque.convertToFormat(QImage::Format_Grayscale8);
    if (auto text = cheapRead(gray))
        return text;
    if (effort == Effort::Cheap)
        return std::nullopt;
    for (const Pass &pass : CostlierPasses) {
        if (auto text = costlierRead(gray, pass))
            return text;
    }
    return std::nullopt;
}

std::optional<QString> FrameDecoder::decodeFrame(const QImage &gray, int costlierPass) {
    if (auto text = cheapRead(gray))
        return text;
    if (costlierPass < 0)
        return std::nullopt;
    return costlierRead(gray, CostlierPasses[std::size_t(costlierPass) % CostlierPasses.size()]);
}

int FrameDecoder::costlierPassFor(int frameNumber) {
    if (frameNumber % CostlierStride != CostlierStride - 1)
        return -1;
    return frameNumber / CostlierStride % CostlierPassCount;
}

QImage FrameDecoder::luminance(const QVideoFrame &frame) {
    QVideoFrame mapped = frame;
    if (!mapped.isValid() || !mapped.map(QVideoFrame::ReadOnly))
        return {};
    const int width = mapped.width();
    const int height = mapped.height();
    const uchar *bits = mapped.bits(0);
    const int bytesPerLine = mapped.bytesPerLine(0);
    QImage gray;
    switch (mapped.pixelFormat()) {
    case QVideoFrameFormat::Format_YUV420P:
    case QVideoFrameFormat::Format_YUV422P:
    case QVideoFrameFormat::Format_YV12:
    case QVideoFrameFormat::Format_NV12:
    case QVideoFrameFormat::Format_NV21:
    case QVideoFrameFormat::Format_IMC1:
    case QVideoFrameFormat::Format_IMC2:
    case QVideoFrameFormat::Format_IMC3:
    case QVideoFrameFormat::Format_IMC4:
    case QVideoFrameFormat::Format_Y8:
        gray = copyLuma(bits, bytesPerLine, width, height, 0, 1);
        break;
    case QVideoFrameFormat::Format_Y16: // 16-bit little-endian luma: the high byte
    case QVideoFrameFormat::Format_P010:
    case QVideoFrameFormat::Format_P016:
    case QVideoFrameFormat::Format_YUV420P10:
        gray = copyLuma(bits, bytesPerLine, width, height, 1, 2);
        break;
    case QVideoFrameFormat::Format_YUYV:
        gray = copyLuma(bits, bytesPerLine, width, height, 0, 2);
        break;
    case QVideoFrameFormat::Format_UYVY:
        gray = copyLuma(bits, bytesPerLine, width, height, 1, 2);
        break;
    case QVideoFrameFormat::Format_AYUV:
    case QVideoFrameFormat::Format_AYUV_Premultiplied:
        gray = copyLuma(bits, bytesPerLine, width, height, 1, 4);
        break;
    default:
        if (const auto format = QVideoFrameFormat::imageFormatFromPixelFormat(mapped.pixelFormat());
            format != QImage::Format_Invalid) {
            gray = QImage(bits, width, height, bytesPerLine, format).convertToFormat(QImage::Format_Grayscale8);
        }
        break;
    }
    mapped.unmap();
    if (gray.isNull()) // anything else (MJPEG, textures): Qt's own conversion
        gray = frame.toImage().convertToFormat(QImage::Format_Grayscale8);
    return gray;
}

} // namespace besuk
