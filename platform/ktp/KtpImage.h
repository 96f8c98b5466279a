// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>

namespace besuk::ktp {

// Preparing a photo of a card for OCR, without OCR: grey, a fixed working width, contrast, straightened.
class KtpImage {
public:
    static constexpr int WorkWidth = 1280;
    static constexpr double MaxTiltDegrees = 14.0;

    // The photo as Format_Grayscale8, WorkWidth wide, its contrast stretched.
    static QImage prepare(const QImage &photo);
    // `gray` (Format_Grayscale8) with its light evened out (glare, shade) by Leptonica's local contrast
    // normalisation: each pixel set between the darkest ink and the brightest paper around it, so that the paper turns
    // white and the ink black wherever they lie at least 80 grey levels apart; where they lie closer (bare paper,
    // desk), the levels of the tiles around are used. Images under 32 pixels either way are given back as they are.
    static QImage evenLight(const QImage &gray);
    // The angle (degrees, clockwise positive as QTransform::rotate) the text lines of `gray` run at, within
    // ±MaxTiltDegrees: the angle whose horizontal ink profile is sharpest.
    static double textAngle(const QImage &gray);
    // `gray` turned by -degrees about its centre, same size; uncovered corners white.
    static QImage straighten(const QImage &gray, double degrees);
};

} // namespace besuk::ktp
