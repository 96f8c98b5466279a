// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Result.h"

#include <QAudioFormat>
#include <QBuffer>
#include <QByteArray>
#include <QObject>
#include <QString>

#include <deque>
#include <memory>

class QAudioSink;

namespace besuk {

// Mono signed 16-bit PCM, ready for a QAudioSink (or a WAV file).
struct AudioClip {
    QByteArray pcm;
    QAudioFormat format;

    [[nodiscard]] qint64 durationMs() const {
        return format.isValid() ? format.durationForBytes(pcm.size()) / 1000 : 0;
    }
};

// The display's voice: a chime, then the call spoken offline by espeak-ng ("Nomor antrian A, nol empat dua,
// silakan menuju pintu pemeriksaan satu."). Texts and audio are plain functions, testable headless; playing is
// the thin part on top.
class Announcer : public QObject {
    Q_OBJECT
public:
    // The spoken language is chosen per call (the lobby may hear both), so the texts do not follow tr().
    enum class Language { Indonesian, English };

    static constexpr int ChimeSampleRate = 22050; // espeak-ng's own rate, so chime and speech join without resampling
    static constexpr int ChimeDurationMs = 1200;
    static constexpr int PauseAfterChimeMs = 250;

    explicit Announcer(QObject *parent = nullptr);
    ~Announcer() override;

    // "A-042" at gate "1": "Nomor antrian A, nol empat dua, silakan menuju pintu pemeriksaan satu." — the number
    // digit by digit, as callers read it out; a numeric gate as a number, any other gate name as it is.
    static QString callText(const QString &label, const QString &gate, Language language);
    // Spoken numbers: digits("042") = "nol empat dua"; number(12) = "dua belas" / "twelve" (0 … 9999).
    static QString digits(const QString &digitString, Language language);
    static QString number(int value, Language language);

    // Two tones, ChimeDurationMs long.
    static AudioClip chime(int sampleRate = ChimeSampleRate);
    // `text` spoken with espeak-ng's "id" or "en" voice, synthesised to memory (no audio device, no network).
    // NotFound if espeak-ng's data or the voice is missing. Thread-safe (calls are serialised).
    static Result<AudioClip> speech(const QString &text, Language language);
    // Chime, a short pause, then callText() spoken.
    static Result<AudioClip> callAudio(const QString &label, const QString &gate, Language language);

    // Plays `clip` on the default audio output, after whatever is playing or queued.
    void play(const AudioClip &clip);
    // callAudio(), then play(); failures are reported by failed().
    void announce(const QString &label, const QString &gate, Language language);
    void stop();

Q_SIGNALS:
    void finished(); // the queue has played out
    void failed(const QString &message);

private:
    void playNext();

    std::deque<AudioClip> m_queue;
    std::unique_ptr<QAudioSink> m_sink;
    QBuffer m_buffer;
};

} // namespace besuk
