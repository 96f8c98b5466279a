// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/ticket/QrCode.h"

#include <QPainter>

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>
#include <ZXing/ReadBarcode.h>

#include <cstring>
#include <exception>

namespace besuk {

namespace {

constexpr int QuietZoneModules = 4;
// MultiFormatWriter takes 0-8 for every 2-D format; for QR it maps (level - 1) / 2 to L, M, Q, H: 3 or 4 is M.
constexpr int EccLevelM = 4;

// One pixel per module, no quiet zone. Empty when the text cannot be encoded (too long for a QR code).
std::optional<ZXing::BitMatrix> encode(const QString &text) {
    ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
    writer.setEncoding(ZXing::CharacterSet::UTF8).setEccLevel(EccLevelM).setMargin(0);
    // ZXing reports unencodable input by throwing; nothing of it leaves this function.
    try {
        return writer.encode(text.toStdWString(), 0, 0);
    } catch (const std::exception &) {
        return std::nullopt;
    }
}

} // namespace

QImage QrCode::image(const QString &text, int moduleSize) {
    const auto matrix = encode(text);
    if (!matrix || moduleSize < 1)
        return {};
    const int modules = matrix->width();
    const int side = (modules + 2 * QuietZoneModules) * moduleSize;
    QImage result(side, side, QImage::Format_Grayscale8);
    result.fill(Qt::white);
    for (int y = 0; y < modules; ++y) {
        uchar *row = result.scanLine((y + QuietZoneModules) * moduleSize);
        for (int x = 0; x < modules; ++x) {
            if (matrix->get(x, y))
                std::memset(row + (x + QuietZoneModules) * moduleSize, 0, std::size_t(moduleSize));
        }
        for (int copy = 1; copy < moduleSize; ++copy)
            std::memcpy(result.scanLine((y + QuietZoneModules) * moduleSize + copy), row, std::size_t(side));
    }
    return result;
}

int QrCode::modules(const QString &text) {
    const auto matrix = encode(text);
    return matrix ? matrix->width() : 0;
}

std::optional<QString> QrCode::decode(const QImage &image) {
    if (image.isNull())
        return std::nullopt;
    QImage opaque = image;
    if (image.hasAlphaChannel()) { // transparent pixels would turn black: put the image on white paper first
        opaque = QImage(image.size(), QImage::Format_RGB32);
        opaque.fill(Qt::white);
        QPainter(&opaque).drawImage(0, 0, image);
    }
    const QImage gray = opaque.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(gray.constBits(), gray.width(), gray.height(), ZXing::ImageFormat::Lum,
                                int(gray.bytesPerLine()));
    const auto hints = ZXing::DecodeHints().setFormats(ZXing::BarcodeFormat::QRCode).setTryHarder(true);
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    if (!result.isValid())
        return std::nullopt;
    return QString::fromStdString(result.text());
}

} // namespace besuk
