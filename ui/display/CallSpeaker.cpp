// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/display/CallSpeaker.h"

using namespace Qt::StringLiterals;

namespace besuk {

CallSpeaker::CallSpeaker(QList<Announcer::Language> languages, QObject *parent)
    : QObject(parent), m_languages(std::move(languages)), m_queue(u"besuk-call-speaker"_s) {
    connect(&m_queue, &SpeechQueue::playbackFailed, this, &CallSpeaker::failed);
    connect(&m_queue, &SpeechQueue::made, this, [this](const AudioClip &clip) {
        const auto [call, language] = m_asked.front();
        m_asked.pop_front();
        Q_EMIT clipReady(call, language, clip);
    });
    connect(&m_queue, &SpeechQueue::notMade, this, [this](const QString &message) {
        qWarning("besuk: the call %s could not be spoken: %s", qPrintable(m_asked.front().first.queueLabel()),
                 qPrintable(message));
        m_asked.pop_front();
        Q_EMIT failed(message);
    });
}

void CallSpeaker::speak(const CallRecord &call) {
    const QString label = call.queueLabel();
    for (const Announcer::Language language : std::as_const(m_languages)) {
        m_asked.emplace_back(call, language);
        m_queue.enqueue([label, gate = call.gate, language] { return Announcer::callAudio(label, gate, language); });
    }
}

} // namespace besuk
