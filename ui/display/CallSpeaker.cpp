// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/display/CallSpeaker.h"

#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace besuk {

CallSpeaker::CallSpeaker(QList<Announcer::Language> languages, QObject *parent)
    : QObject(parent), m_languages(std::move(languages)) {
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(u"besuk-call-speaker"_s);
    connect(&m_announcer, &Announcer::failed, this, &CallSpeaker::failed);
}

CallSpeaker::~CallSpeaker() {
    // No synthesis may outlive the speaker: what it would deliver is dropped with the speaker's posted events.
    m_pool.clear();
    m_pool.waitForDone();
}

void CallSpeaker::speak(const CallRecord &call) {
    const QString label = call.queueLabel();
    const quint64 generation = m_generation;
    for (const Announcer::Language language : std::as_const(m_languages)) {
        ++m_pending;
        // The pool has one thread, and each result is posted to this object's thread as it is made: in order.
        [[maybe_unused]] auto future = QtConcurrent::run(&m_pool, [this, call, label, language, generation] {
            auto clip = Announcer::callAudio(label, call.gate, language);
            QMetaObject::invokeMethod(
                this, [this, call, language, clip, generation] { deliver(call, language, clip, generation); },
                Qt::QueuedConnection);
        });
    }
}

void CallSpeaker::stop() {
    ++m_generation;
    m_announcer.stop();
}

void CallSpeaker::deliver(const CallRecord &call, Announcer::Language language, const Result<AudioClip> &clip,
                          quint64 generation) {
    --m_pending;
    if (!clip) {
        qWarning("besuk: the call %s could not be spoken: %s", qPrintable(call.queueLabel()),
                 qPrintable(clip.error().message));
        Q_EMIT failed(clip.error().message);
        return;
    }
    Q_EMIT clipReady(call, language, *clip);
    if (m_playback && generation == m_generation)
        m_announcer.play(*clip);
}

} // namespace besuk
