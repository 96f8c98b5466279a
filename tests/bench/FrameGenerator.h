// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QString>

#include <vector>

namespace besuk::bench {

// One generated camera frame of the gate's desk.
struct Frame {
    QImage gray;         // Format_Grayscale8: 1280 × 720 or 1920 × 1080, as the camera path hands it to the reader
    QString payload;     // the signed ticket the QR code holds; empty: the frame shows no code
    QString description; // how it was made, e.g. "1080p phone 212px rot 131 persp 0.08 blur 1 noise 6 contrast 0.45"
};

// Reproducible frames (the same seed gives the same frames on any machine): half 1280 × 720, half 1920 × 1080;
// a printed ticket on white paper or a phone's screen; codes 120-500 pixels across, turned through any angle,
// seen at a slant, blurred, noisy, under uneven light and at low contrast; one frame in ten with no code but with
// paper, text and a code-like pattern instead. Each code is a real ticket payload signed with a fixed test key.
std::vector<Frame> generateFrames(int count, quint32 seed);

} // namespace besuk::bench
