// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/FacilityThread.h"

#include <QCoreApplication>
#include <QEventLoop>

using namespace Qt::StringLiterals;

namespace besuk {

FacilityThread::FacilityThread(Facility &facility, QObject *parent) : QObject(parent), m_facility(facility) {
    m_busyTimer.setSingleShot(true);
    m_busyTimer.setInterval(BusyAfterMs);
    connect(&m_busyTimer, &QTimer::timeout, this, [this] {
        if (m_depth > 0 && !m_busyShown) {
            m_busyShown = true;
            Q_EMIT busyChanged(true);
        }
    });
    if (!QCoreApplication::instance()) {
        m_inlineReason = u"no event loop"_s;
        return;
    }
    m_thread.setObjectName(u"besuk-domain"_s);
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start();
    openWorker();
}

void FacilityThread::openWorker() {
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            auto database = m_facility.database().openAnother();
            if (!database) {
                m_inlineReason = database.error().message;
                return;
            }
            auto opened = Facility::open(std::move(database).value(), m_facility.clock(), m_facility.keyPath());
            if (!opened) {
                m_inlineReason = opened.error().message;
                return;
            }
            m_worker = std::move(opened).value();
        },
        Qt::BlockingQueuedConnection);
    if (!m_worker)
        qWarning("besuk: the station's work runs on its screen's thread (%s)", qPrintable(m_inlineReason));
}

FacilityThread::~FacilityThread() {
    if (!m_context)
        return;
    // The connection belongs to the domain thread: it closes there, after the work already posted.
    QMetaObject::invokeMethod(
        m_context, [this] { m_worker.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_context;
}

void FacilityThread::finish(const std::function<void()> &job) {
    if (!m_worker || QThread::currentThread() == &m_thread)
        job();
    else
        QMetaObject::invokeMethod(m_context, job, Qt::BlockingQueuedConnection);
}

void FacilityThread::run(const std::function<void()> &job) {
    if (!m_worker || QThread::currentThread() == &m_thread) {
        job();
        return;
    }
    struct Wait {
        bool done = false;
        QEventLoop *loop = nullptr;
    };
    auto wait = std::make_shared<Wait>();
    if (m_depth++ == 0) {
        Q_EMIT waitStarted();
        m_busyTimer.start();
    }
    // The job's end is told to this object, in this thread, so `wait` is only ever touched here.
    QMetaObject::invokeMethod(
        m_context,
        [this, &job, wait] {
            job();
            QMetaObject::invokeMethod(
                this,
                [this, wait, profile = m_worker->profile()] {
                    m_facility.adopt(profile); // rules read again or saved there hold here too
                    wait->done = true;
                    if (wait->loop)
                        wait->loop->quit();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    QEventLoop loop;
    wait->loop = &loop;
    while (!wait->done)
        loop.exec();
    wait->loop = nullptr;
    if (--m_depth == 0) {
        m_busyTimer.stop();
        if (std::exchange(m_busyShown, false))
            Q_EMIT busyChanged(false);
        Q_EMIT waitEnded();
    }
}

} // namespace besuk
