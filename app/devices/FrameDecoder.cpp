#include "FrameDecoder.h"

#include <QPainter>
#include <QtConcurrent>

#include <ZXing/ReadBarcode.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <exception>

namespace besuk {

namespace {

// Below this short side the cheap pass reads the image as it is instead of at half size.
constexpr int HalvingMinShortSide = 480;
// Photos are scaled down to this short side first: a ticket filling part of a phone photo stays several pixels
// per module, and the passes stay in the tens of milliseconds.
constexpr int StillImageMaxShortSide = 1600;

struct Pass {
    ZXing::Binarizer binarizer;
    bool tryHarder;
};

// First: local-average thresholds (uneven light), finder patterns searched on fewer rows.
constexpr Pass CheapPass{ZXing::Binarizer::LocalAverage, false};
// Then, at full resolution: every row searched (small or distant codes), and one global threshold (blur, codes
// that fill the frame).
constexpr std::array<Pass, 2> CostlierPasses{{
    {ZXing::Binarizer::LocalAverage, true},
    {ZXing::Binarizer::GlobalHistogram, true},
}};

std::optional<QString> read(const QImage &gray, const Pass &pass) {
    // QR only, one symbol. tryDownscale stays off: in ZXing 1.4 it acts only with maxNumberOfSymbols 1, and then
    // builds downscaled copies on every call and reads them besides the full image; our cheap pass is the
    // downscaled read, done once. tryRotate only concerns 1-D codes.
    const auto hints = ZXing::DecodeHints()
                           .setFormats(ZXing::BarcodeFormat::QRCode)
                           .setMaxNumberOfSymbols(1)
                           .setTryDownscale(false)
                           .setTryRotate(false)
                           .setBinarizer(pass.binarizer)
                           .setTryHarder(pass.tryHarder);
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

std::optional<QString> cheapRead(const QImage &gray) {
    const bool halve = std::min(gray.width(), gray.height()) >= HalvingMinShortSide;
    return read(halve ? halfSize(gray) : gray, CheapPass);
}

// A camera frame: the cheap pass, then (if needed) the one costlier pass whose turn it is.
std::optional<QString> decodeFrame(const QImage &gray, int costlierPass) {
    if (auto text = cheapRead(gray))
        return text;
    return read(gray, CostlierPasses[std::size_t(costlierPass) % CostlierPasses.size()]);
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
    const int costlierPass = m_nextCostlierPass;
    m_nextCostlierPass = (m_nextCostlierPass + 1) % int(CostlierPasses.size());
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
        if (auto text = read(gray, pass))
            return text;
    }
    return std::nullopt;
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
