// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/devices/SpeechQueue.h"

#include <QtConcurrent/QtConcurrentRun>

namespace besuk {

SpeechQueue::SpeechQueue(const QString &threadName, QObject *parent) : QObject(parent) {
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(threadName);
    connect(&m_announcer, &Announcer::failed, this, &SpeechQueue::playbackFailed);
}

SpeechQueue::~SpeechQueue() {
    // No synthesis may outlive the queue: what it would deliver is dropped with the queue's posted events.
    m_pool.clear();
    m_pool.waitForDone();
}

void SpeechQueue::enqueue(Synthesis synthesis) {
    ++m_pending;
    const quint64 generation = m_generation;
    // The pool has one thread, and each result is posted to this object's thread as it is made: in order.
    [[maybe_unused]] auto future = QtConcurrent::run(&m_pool, [this, synthesis = std::move(synthesis), generation] {
        auto clip = synthesis();
        QMetaObject::invokeMethod(
            this, [this, clip, generation] { deliver(clip, generation); }, Qt::QueuedConnection);
    });
}

void SpeechQueue::stop() {
    ++m_generation;
    m_announcer.stop();
}

void SpeechQueue::deliver(const Result<AudioClip> &clip, quint64 generation) {
    --m_pending;
    if (!clip) {
        Q_EMIT notMade(clip.error().message);
        return;
    }
    Q_EMIT made(*clip);
    if (m_playback && generation == m_generation)
        m_announcer.play(*clip);
}

} // namespace besuk
