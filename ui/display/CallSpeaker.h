// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/CallService.h"
#include "platform/devices/Announcer.h"

#include <QList>
#include <QObject>
#include <QThreadPool>

namespace besuk {

// Speaks the display's calls: each call is synthesised off the UI thread (espeak-ng takes a few hundred ms), in
// each chosen language in turn, then played on the UI thread through an Announcer, after whatever still plays.
// Calls are spoken in the order they were asked for.
class CallSpeaker : public QObject {
    Q_OBJECT
public:
    // `languages`: spoken in this order for every call (Indonesian then English for "id+en"); empty: silent.
    explicit CallSpeaker(QList<Announcer::Language> languages, QObject *parent = nullptr);
    ~CallSpeaker() override;

    [[nodiscard]] const QList<Announcer::Language> &languages() const { return m_languages; }
    // Without playback the clips are still made and reported by clipReady (tests, a display without speakers).
    void setPlaybackEnabled(bool enabled) { m_playback = enabled; }
    [[nodiscard]] bool playbackEnabled() const { return m_playback; }
    // Calls asked for whose audio is not ready yet.
    [[nodiscard]] int pending() const { return m_pending; }

    void speak(const besuk::CallRecord &call);
    // Drops what waits to be spoken or plays; a clip being synthesised is still reported but not played.
    void stop();

Q_SIGNALS:
    // On the UI thread, in order, just before the clip is played.
    void clipReady(const besuk::CallRecord &call, besuk::Announcer::Language language, const besuk::AudioClip &clip);
    void failed(const QString &message);

private:
    void deliver(const CallRecord &call, Announcer::Language language, const Result<AudioClip> &clip,
                 quint64 generation);

    QList<Announcer::Language> m_languages;
    QThreadPool m_pool; // one thread: synthesis in order, one at a time
    Announcer m_announcer;
    bool m_playback = true;
    int m_pending = 0;
    quint64 m_generation = 0; // stop() makes clips still being synthesised stale
};

} // namespace besuk
