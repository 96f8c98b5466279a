// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Result.h"
#include "platform/devices/Announcer.h"

#include <QObject>
#include <QString>
#include <QThreadPool>

#include <functional>

namespace besuk {

// Speech made off the UI thread and played on it: each clip is synthesised on the queue's one worker thread (espeak-ng
// takes a few hundred ms), reported, then played after whatever still plays. Every enqueue() is answered by exactly
// one made() or notMade(), in the order of the calls.
class SpeechQueue : public QObject {
    Q_OBJECT
public:
    using Synthesis = std::function<Result<AudioClip>()>;

    explicit SpeechQueue(const QString &threadName, QObject *parent = nullptr);
    ~SpeechQueue() override;

    // Without playback the clips are still made and reported (tests, a station without speakers).
    void setPlaybackEnabled(bool enabled) { m_playback = enabled; }
    [[nodiscard]] bool playbackEnabled() const { return m_playback; }
    // Clips asked for and not reported yet.
    [[nodiscard]] int pending() const { return m_pending; }

    void enqueue(Synthesis synthesis);
    // Silences what plays and what waits; clips still being synthesised are reported but not played.
    void stop();

Q_SIGNALS:
    // On the queue's thread, in order, just before the clip is played.
    void made(const besuk::AudioClip &clip);
    void notMade(const QString &message);
    // The audio output refused the clip.
    void playbackFailed(const QString &message);

private:
    void deliver(const Result<AudioClip> &clip, quint64 generation);

    QThreadPool m_pool; // one thread: synthesis in order, one at a time
    Announcer m_announcer;
    bool m_playback = true;
    int m_pending = 0;
    quint64 m_generation = 0; // stop() makes clips still being synthesised stale
};

} // namespace besuk
