// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/devices/Announcer.h"

namespace besuk {

// The gate's sounds, one per kind of verdict, so a guard hears the answer before looking:
// Positive = two rising notes, Warning = two equal beeps, Negative = a low buzz three times.
enum class GateCue { Positive, Warning, Negative };

AudioClip gateCueClip(GateCue cue, int sampleRate = Announcer::ChimeSampleRate);

} // namespace besuk
