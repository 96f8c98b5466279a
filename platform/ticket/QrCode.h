// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QString>

#include <optional>

namespace besuk {

// QR codes through ZXing-C++ 1.4: making the ticket's code, and reading one back from an image
// (tests; later the gate's camera and image-file paths).
class QrCode {
public:
    // Black modules on white with a quiet zone of 4 modules; each module `moduleSize` pixels. ECC level M.
    // Format_Mono or Format_Grayscale8, crisp (no smoothing), suitable for 1-bit printers.
    static QImage image(const QString &text, int moduleSize = 4);
    // The number of modules across the symbol (without the quiet zone) for `text`.
    static int modules(const QString &text);
    // The first QR code found in `image`, or nullopt.
    static std::optional<QString> decode(const QImage &image);
};

} // namespace besuk
