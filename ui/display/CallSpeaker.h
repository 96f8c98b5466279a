// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/CallService.h"
#include "platform/devices/SpeechQueue.h"

#include <QList>
#include <QObject>

#include <deque>
#include <utility>

namespace besuk {

// Speaks the display's calls: each call is synthesised off the UI thread, in each chosen language in turn, then
// played on the UI thread after whatever still plays. Calls are spoken in the order they were asked for.
class CallSpeaker : public QObject {
    Q_OBJECT
public:
    // `languages`: spoken in this order for every call (Indonesian then English for "id+en"); empty: silent.
    explicit CallSpeaker(QList<Announcer::Language> languages, QObject *parent = nullptr);

    [[nodiscard]] const QList<Announcer::Language> &languages() const { return m_languages; }
    // Without playback the clips are still made and reported by clipReady (tests, a display without speakers).
    void setPlaybackEnabled(bool enabled) { m_queue.setPlaybackEnabled(enabled); }
    [[nodiscard]] bool playbackEnabled() const { return m_queue.playbackEnabled(); }
    // Calls asked for whose audio is not ready yet.
    [[nodiscard]] int pending() const { return m_queue.pending(); }

    void speak(const besuk::CallRecord &call);
    // Drops what waits to be spoken or plays; a clip being synthesised is still reported but not played.
    void stop() { m_queue.stop(); }

Q_SIGNALS:
    // On the UI thread, in order, just before the clip is played.
    void clipReady(const besuk::CallRecord &call, besuk::Announcer::Language language, const besuk::AudioClip &clip);
    void failed(const QString &message);

private:
    QList<Announcer::Language> m_languages;
    SpeechQueue m_queue;
    std::deque<std::pair<CallRecord, Announcer::Language>> m_asked; // in the queue's order, not reported yet
};

} // namespace besuk
