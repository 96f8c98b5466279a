// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/ChangeFeedThread.h"

#include "db/Database.h"

using namespace Qt::StringLiterals;

namespace besuk {

ChangeFeedThread::ChangeFeedThread(const Database &database, int pollIntervalMs, QObject *parent)
    : QObject(parent), m_location(database.openedAs().isEmpty() ? database.location() : database.openedAs()),
      m_pollIntervalMs(pollIntervalMs) {
    m_thread.setObjectName(u"besuk-feed"_s);
    m_host = new QObject;
    m_host->moveToThread(&m_thread);
    m_thread.start();
    m_retry.setInterval(RetryMs);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        if (!m_running)
            start();
    });
    m_retry.start();
    start();
}

ChangeFeedThread::~ChangeFeedThread() {
    m_retry.stop();
    // The feed, its timer and its database connection belong to the feed thread: they end there.
    QMetaObject::invokeMethod(
        m_host,
        [this] {
            delete m_feed;
            m_feed = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_host;
}

void ChangeFeedThread::start() {
    if (m_running || m_starting)
        return;
    m_starting = true;
    QMetaObject::invokeMethod(
        m_host,
        [this] {
            if (!m_feed) {
                m_feed = new ChangeFeed(m_location);
                connect(m_feed, &ChangeFeed::changed, this, &ChangeFeedThread::changed, Qt::QueuedConnection);
                connect(m_feed, &ChangeFeed::problem, this, &ChangeFeedThread::problem, Qt::QueuedConnection);
            }
            const auto begun = m_feed->start(m_pollIntervalMs);
            const QString message = begun ? QString() : begun.error().message;
            QMetaObject::invokeMethod(
                this,
                [this, message] {
                    m_starting = false;
                    m_running = message.isEmpty();
                    Q_EMIT problem(message);
                    if (m_running)
                        Q_EMIT started();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace besuk
