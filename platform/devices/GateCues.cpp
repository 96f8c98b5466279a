// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/devices/GateCues.h"

#include <QAudioFormat>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <vector>

namespace besuk {

namespace {

struct Beep {
    double startS, lengthS, frequency;
    bool square; // harsher, for refusals
};

std::vector<Beep> beepsOf(GateCue cue) {
    switch (cue) {
    case GateCue::Positive:
        return {{0.0, 0.12, 880.0, false}, {0.14, 0.22, 1318.5, false}};
    case GateCue::Warning:
        return {{0.0, 0.15, 740.0, false}, {0.25, 0.15, 740.0, false}};
    case GateCue::Negative:
        break;
    }
    return {{0.0, 0.18, 196.0, true}, {0.24, 0.18, 196.0, true}, {0.48, 0.30, 196.0, true}};
}

} // namespace

AudioClip gateCueClip(GateCue cue, int sampleRate) {
    const std::vector<Beep> beeps = beepsOf(cue);
    const double totalS = beeps.back().startS + beeps.back().lengthS + 0.05;
    const int count = int(totalS * sampleRate);
    QByteArray pcm(qsizetype(count) * qsizetype(sizeof(qint16)), '\0');
    auto *out = reinterpret_cast<qint16 *>(pcm.data());
    constexpr double Amplitude = 0.35 * 32767;
    constexpr double RampS = 0.008; // no clicks at the edges of a beep
    for (const Beep &beep : beeps) {
        const int first = int(beep.startS * sampleRate);
        const int length = int(beep.lengthS * sampleRate);
        for (int i = 0; i < length && first + i < count; ++i) {
            const double t = double(i) / sampleRate;
            const double ramp = std::min({1.0, t / RampS, (beep.lengthS - t) / RampS});
            const double sine = std::sin(2 * std::numbers::pi * beep.frequency * t);
            const double wave = beep.square ? (sine >= 0 ? 0.6 : -0.6) : sine;
            out[first + i] = qint16(std::clamp(wave * ramp * Amplitude, -32767.0, 32767.0));
        }
    }
    QAudioFormat format;
    format.setSampleRate(sampleRate);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    return {pcm, format};
}

} // namespace besuk
