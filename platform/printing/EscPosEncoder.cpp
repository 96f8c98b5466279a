// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/printing/EscPosEncoder.h"

#include <algorithm>

namespace besuk {

namespace {

constexpr char ESC = 0x1B;
constexpr char GS = 0x1D;
constexpr char DLE = 0x10;
constexpr char EOT = 0x04;

void appendWord(QByteArray &bytes, int value) {
    bytes.append(char(value & 0xFF));
    bytes.append(char((value >> 8) & 0xFF));
}

// GS ( k pL pH cn fn parameters: cn 49 is QR Code.
QByteArray qrFunction(char fn, const QByteArray &parameters) {
    QByteArray bytes{"\x1D(k", 3};
    appendWord(bytes, int(parameters.size()) + 2);
    bytes.append(char(49));
    bytes.append(fn);
    bytes.append(parameters);
    return bytes;
}

bool bit(char byte, int index) {
    return (uchar(byte) >> index) & 1;
}

} // namespace

bool EscPosStatus::problem() const {
    return offline || coverOpen || paperOut || error || cutterError || unrecoverable || autoRecovering;
}

bool EscPosStatus::apply(int n, char byte) {
    if ((uchar(byte) & 0x93) != 0x12)
        return false;
    switch (n) {
    case 1:
        offline = bit(byte, 3);
        return true;
    case 2:
        coverOpen = bit(byte, 2);
        feeding = bit(byte, 3);
        paperOut = paperOut || bit(byte, 5);
        error = bit(byte, 6);
        return true;
    case 3:
        cutterError = bit(byte, 3);
        unrecoverable = bit(byte, 5);
        autoRecovering = bit(byte, 6);
        return true;
    case 4:
        paperNearEnd = bit(byte, 2) || bit(byte, 3);
        paperOut = paperOut || bit(byte, 5) || bit(byte, 6);
        return true;
    default:
        return false;
    }
}

QByteArray EscPosEncoder::encode(const Job &job) {
    QByteArray bytes = initialise();
    bytes += raster(job.raster, job.bandRows);
    if (!job.nativeQr.isEmpty()) {
        const int module = std::clamp(job.qrModuleDots, 1, 16);
        bytes += qrCode(job.nativeQr, module);
        bytes += feedDots(4 * module); // the quiet zone under the symbol
        bytes += raster(job.belowQr, job.bandRows);
    }
    bytes += feedAndCut(job.feedLines);
    return bytes;
}

QByteArray EscPosEncoder::initialise() {
    return QByteArray{"\x1B@", 2};
}

QByteArray EscPosEncoder::raster(const QImage &image, int bandRows) {
    QByteArray bytes;
    if (image.isNull())
        return bytes;
    const QImage mono = monochrome(image);
    const int rowBytes = (mono.width() + 7) / 8;
    const int band = std::clamp(bandRows, 1, 2047);
    for (int top = 0; top < mono.height(); top += band) {
        const int rows = std::min(band, mono.height() - top);
        bytes.append(QByteArray{"\x1Dv0\x00", 4});
        appendWord(bytes, rowBytes);
        appendWord(bytes, rows);
        for (int y = top; y < top + rows; ++y) {
            // Format_Mono is most significant bit first, as ESC/POS wants; index 1 is black, as 1 prints.
            const auto *line = reinterpret_cast<const char *>(mono.constScanLine(y));
            QByteArray row(line, rowBytes);
            if (const int spare = rowBytes * 8 - mono.width(); spare > 0)
                row[rowBytes - 1] = char(uchar(row[rowBytes - 1]) & uchar(0xFF << spare));
            bytes.append(row);
        }
    }
    return bytes;
}

QByteArray EscPosEncoder::qrCode(const QString &text, int moduleDots) {
    QByteArray bytes{"\x1B\x61\x01", 3};                              // ESC a 1: centred
    bytes += qrFunction(65, QByteArray{"\x32\x00", 2});               // model 2
    bytes += qrFunction(67, QByteArray(1, char(moduleDots)));         // module size in dots
    bytes += qrFunction(69, QByteArray(1, char(49)));                 // error correction M, as the raster QR
    bytes += qrFunction(80, QByteArray(1, char(48)) + text.toUtf8()); // store the data
    bytes += qrFunction(81, QByteArray(1, char(48)));                 // print it
    bytes += QByteArray{"\x1B\x61\x00", 3};                           // ESC a 0: left again
    return bytes;
}

QByteArray EscPosEncoder::feedDots(int dots) {
    QByteArray bytes;
    for (int left = dots; left > 0; left -= 255) {
        bytes.append(ESC);
        bytes.append('J');
        bytes.append(char(std::min(left, 255)));
    }
    return bytes;
}

QByteArray EscPosEncoder::feedAndCut(int lines) {
    QByteArray bytes;
    bytes.append(ESC);
    bytes.append('d');
    bytes.append(char(std::clamp(lines, 0, 255)));
    bytes.append(GS);
    bytes.append('V');
    bytes.append(char(1));
    return bytes;
}

QByteArray EscPosEncoder::statusRequest(int n) {
    QByteArray bytes;
    bytes.append(DLE);
    bytes.append(EOT);
    bytes.append(char(n));
    return bytes;
}

QImage EscPosEncoder::monochrome(const QImage &image) {
    if (image.format() == QImage::Format_Mono && image.colorCount() == 2 && image.color(1) == qRgb(0, 0, 0) &&
        image.color(0) == qRgb(255, 255, 255))
        return image;
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    QImage mono(grey.size(), QImage::Format_Mono);
    mono.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
    mono.fill(0);
    for (int y = 0; y < grey.height(); ++y) {
        const uchar *in = grey.constScanLine(y);
        uchar *out = mono.scanLine(y);
        for (int x = 0; x < grey.width(); ++x) {
            if (in[x] < 128)
                out[x >> 3] |= uchar(0x80 >> (x & 7));
        }
    }
    return mono;
}

} // namespace besuk
