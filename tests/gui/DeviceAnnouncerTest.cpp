// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeviceTestSupport.h"
#include "platform/devices/Announcer.h"

#include <QElapsedTimer>

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdlib>
#include <iostream>

using namespace Qt::StringLiterals;
using namespace besuk;
using namespace besuk::test;

namespace {

using Language = Announcer::Language;

struct Level {
    double rms = 0; // of full scale, 0 … 1
    int peak = 0;
};

Level level(const AudioClip &clip, qsizetype from = 0, qsizetype to = -1) {
    const auto *samples = reinterpret_cast<const qint16 *>(clip.pcm.constData());
    const qsizetype count = clip.pcm.size() / qsizetype(sizeof(qint16));
    if (to < 0 || to > count)
        to = count;
    Level result;
    double sum = 0;
    for (qsizetype i = from; i < to; ++i) {
        sum += double(samples[i]) * samples[i];
        result.peak = std::max(result.peak, std::abs(int(samples[i])));
    }
    result.rms = to > from ? std::sqrt(sum / double(to - from)) / 32768.0 : 0;
    return result;
}

void requireMono16(const AudioClip &clip) {
    REQUIRE(clip.format.isValid());
    CHECK(clip.format.channelCount() == 1);
    CHECK(clip.format.sampleFormat() == QAudioFormat::Int16);
    CHECK(clip.pcm.size() % 2 == 0);
}

} // namespace

TEST_CASE("A call is worded in Indonesian and in English", "[devices][announcer]") {
    CHECK(Announcer::callText(u"A-042"_s, u"1"_s, Language::Indonesian) ==
          u"Nomor antrian A, nol empat dua, silakan menuju pintu pemeriksaan satu."_s);
    CHECK(Announcer::callText(u"A-042"_s, u"1"_s, Language::English) ==
          u"Queue number A, zero four two, please go to inspection gate one."_s);
    CHECK(Announcer::callText(u"A-001"_s, u"2"_s, Language::Indonesian) ==
          u"Nomor antrian A, nol nol satu, silakan menuju pintu pemeriksaan dua."_s);
    CHECK(Announcer::callText(u"A-001"_s, u"2"_s, Language::English) ==
          u"Queue number A, zero zero one, please go to inspection gate two."_s);
    CHECK(Announcer::callText(u"B-120"_s, u"3"_s, Language::Indonesian) ==
          u"Nomor antrian B, satu dua nol, silakan menuju pintu pemeriksaan tiga."_s);
    CHECK(Announcer::callText(u"B-120"_s, u"3"_s, Language::English) ==
          u"Queue number B, one two zero, please go to inspection gate three."_s);
    CHECK(Announcer::callText(u"A-1000"_s, u"12"_s, Language::Indonesian) ==
          u"Nomor antrian A, satu nol nol nol, silakan menuju pintu pemeriksaan dua belas."_s);
    CHECK(Announcer::callText(u"A-1000"_s, u"12"_s, Language::English) ==
          u"Queue number A, one zero zero zero, please go to inspection gate twelve."_s);
    // A gate with a name instead of a number, and a label without the dash.
    CHECK(Announcer::callText(u"b7"_s, u"Utara"_s, Language::Indonesian) ==
          u"Nomor antrian B, tujuh, silakan menuju pintu pemeriksaan Utara."_s);
}

TEST_CASE("Numbers are spoken as numbers", "[devices][announcer]") {
    const QList<std::tuple<int, QString, QString>> cases{
        {0, u"nol"_s, u"zero"_s},
        {10, u"sepuluh"_s, u"ten"_s},
        {11, u"sebelas"_s, u"eleven"_s},
        {19, u"sembilan belas"_s, u"nineteen"_s},
        {21, u"dua puluh satu"_s, u"twenty-one"_s},
        {100, u"seratus"_s, u"one hundred"_s},
        {105, u"seratus lima"_s, u"one hundred and five"_s},
        {342, u"tiga ratus empat puluh dua"_s, u"three hundred and forty-two"_s},
        {1000, u"seribu"_s, u"one thousand"_s},
        {2025, u"dua ribu dua puluh lima"_s, u"two thousand and twenty-five"_s},
    };
    for (const auto &[value, indonesian, english] : cases) {
        INFO(value);
        CHECK(Announcer::number(value, Language::Indonesian) == indonesian);
        CHECK(Announcer::number(value, Language::English) == english);
    }
    CHECK(Announcer::digits(u"042"_s, Language::Indonesian) == u"nol empat dua"_s);
}

TEST_CASE("The chime is two tones of fixed length, loud but not clipped", "[devices][announcer]") {
    const AudioClip chime = Announcer::chime();
    requireMono16(chime);
    CHECK(chime.format.sampleRate() == Announcer::ChimeSampleRate);
    CHECK(chime.durationMs() == Announcer::ChimeDurationMs);
    const Level whole = level(chime);
    CHECK(whole.rms > 0.05);
    CHECK(whole.peak < 32767);
    const qsizetype second = Announcer::ChimeSampleRate / 2; // the second tone has started
    CHECK(level(chime, second, second + 2000).rms > 0.05);
    CHECK(std::abs(reinterpret_cast<const qint16 *>(chime.pcm.constData())[chime.pcm.size() / 2 - 1]) < 100);
    CHECK(Announcer::chime(48000).durationMs() == Announcer::ChimeDurationMs);
}

TEST_CASE("A call is spoken offline to audio of plausible length", "[devices][announcer]") {
    for (const auto &[language, minMs, maxMs] :
         {std::tuple{Language::Indonesian, 2000, 8000}, std::tuple{Language::English, 2000, 8000}}) {
        const QString text = Announcer::callText(u"A-042"_s, u"1"_s, language);
        INFO(text.toStdString());
        QElapsedTimer timer;
        timer.start();
        const auto speech = Announcer::speech(text, language);
        const qint64 synthesisMs = timer.elapsed();
        INFO((speech ? QString() : speech.error().message).toStdString());
        REQUIRE(speech.ok());
        requireMono16(*speech);
        const Level spoken = level(*speech);
        std::cout << (language == Language::Indonesian ? "id" : "en") << " speech: " << speech->durationMs()
                  << " ms of audio at " << speech->format.sampleRate() << " Hz, synthesised in " << synthesisMs
                  << " ms, RMS " << spoken.rms << '\n';
        CHECK(speech->durationMs() >= minMs);
        CHECK(speech->durationMs() <= maxMs);
        CHECK(spoken.rms > 0.02);
    }
    // For a person to listen to: the whole call, chime and both languages.
    for (const auto &[language, name] : {std::pair{Language::Indonesian, "id"}, std::pair{Language::English, "en"}}) {
        const auto call = Announcer::callAudio(u"A-042"_s, u"1"_s, language);
        REQUIRE(call.ok());
        CHECK(saveWav(call->pcm, call->format.sampleRate(),
                      QStringLiteral(BESUK_DEVICE_MEDIA_DIR "/call-A-042-%1.wav").arg(QLatin1String(name))));
    }
}

TEST_CASE("The whole call is the chime, a pause, then the speech", "[devices][announcer]") {
    const auto call = Announcer::callAudio(u"B-120"_s, u"2"_s, Language::Indonesian);
    REQUIRE(call.ok());
    const auto speech =
        Announcer::speech(Announcer::callText(u"B-120"_s, u"2"_s, Language::Indonesian), Language::Indonesian);
    REQUIRE(speech.ok());
    requireMono16(*call);
    const int rate = call->format.sampleRate();
    const AudioClip chime = Announcer::chime(rate);
    const qsizetype pauseSamples = qsizetype(rate) * Announcer::PauseAfterChimeMs / 1000;
    CHECK(call->pcm.startsWith(chime.pcm));
    const qsizetype pauseStart = chime.pcm.size() / 2;
    CHECK(level(*call, pauseStart, pauseStart + pauseSamples).peak == 0);
    // espeak-ng varies its output by a few samples from one synthesis to the next.
    const double spokenMs = double(call->durationMs() - Announcer::ChimeDurationMs - Announcer::PauseAfterChimeMs);
    CHECK(spokenMs == Approx(double(speech->durationMs())).margin(50));
    CHECK(level(*call, pauseStart + pauseSamples).rms > 0.02);
}
