// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/display/DisplayModel.h"

#include "db/ChangeFeed.h"
#include "db/Facility.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

constexpr int CoalesceMs = 10;

// What the window shows, to tell whether a refresh changed anything.
bool sameBoard(const CallBoard &a, const CallBoard &b) {
    if (a.waitingVisits != b.waitingVisits || a.waitingDeposits != b.waitingDeposits ||
        a.recent.size() != b.recent.size())
        return false;
    for (qsizetype i = 0; i < a.recent.size(); ++i)
        if (a.recent.at(i).id != b.recent.at(i).id)
            return false;
    return true;
}

} // namespace

DisplayModel::DisplayModel(Facility &facility, int recent, bool useChangeFeed, QObject *parent)
    : QObject(parent), m_facility(facility), m_calls(facility), m_recentCount(std::max(1, recent)) {
    m_safetyTimer.setInterval(SafetyRefreshMs);
    connect(&m_safetyTimer, &QTimer::timeout, this, [this] {
        if (m_feedHost && !m_feedRunning && !m_feedStarting)
            startFeed();
        refresh();
    });
    m_safetyTimer.start();
    m_coalesceTimer.setSingleShot(true);
    m_coalesceTimer.setInterval(CoalesceMs);
    connect(&m_coalesceTimer, &QTimer::timeout, this, &DisplayModel::refresh);

    if (useChangeFeed) {
        m_feedThread.setObjectName(u"besuk-display-feed"_s);
        m_feedHost = new QObject;
        m_feedHost->moveToThread(&m_feedThread);
        m_feedThread.start();
        startFeed();
    }
    refresh();
}

DisplayModel::~DisplayModel() {
    m_safetyTimer.stop();
    m_coalesceTimer.stop();
    if (m_feedHost) {
        // The feed, its timer and its database connection belong to the feed thread: they end there.
        QMetaObject::invokeMethod(
            m_feedHost,
            [this] {
                delete m_feed;
                m_feed = nullptr;
            },
            Qt::BlockingQueuedConnection);
        m_feedThread.quit();
        m_feedThread.wait();
        delete m_feedHost;
        m_feedHost = nullptr;
    }
}

void DisplayModel::startFeed() {
    if (!m_feedHost || m_feedRunning || m_feedStarting)
        return;
    m_feedStarting = true;
    const QString location = m_facility.database().location();
    // The feed is made in its own thread, so that its timer and its database connection live there.
    QMetaObject::invokeMethod(
        m_feedHost,
        [this, location] {
            if (!m_feed) {
                m_feed = new ChangeFeed(location);
                connect(m_feed, &ChangeFeed::changed, this, &DisplayModel::onChange, Qt::QueuedConnection);
                connect(
                    m_feed, &ChangeFeed::problem, this,
                    [this](const QString &message) {
                        m_feedProblem = message;
                        updateProblem();
                    },
                    Qt::QueuedConnection);
            }
            const auto started = m_feed->start(FeedPollMs);
            const QString message = started ? QString() : started.error().message;
            QMetaObject::invokeMethod(
                this,
                [this, message] {
                    m_feedStarting = false;
                    m_feedRunning = message.isEmpty();
                    m_feedProblem = message;
                    updateProblem();
                    if (m_feedRunning)
                        refresh(); // what changed while the feed was not running
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void DisplayModel::onChange(const Change &change) {
    if (!m_feedProblem.isEmpty()) { // the feed reads again
        m_feedProblem.clear();
        updateProblem();
    }
    if (CallService::changesBoard(change.kind))
        scheduleRefresh();
}

void DisplayModel::scheduleRefresh() {
    if (!m_coalesceTimer.isActive())
        m_coalesceTimer.start();
}

void DisplayModel::updateProblem() {
    const QString message = m_boardProblem.isEmpty() ? m_feedProblem : m_boardProblem;
    if (message == m_problem)
        return;
    m_problem = message;
    Q_EMIT problem(message);
}

void DisplayModel::refresh() {
    // Enough rows for the current number and the list, even with recalls and skips in between.
    const int limit = std::min(CallService::MaxRecent, (m_recentCount + 1) * 4);
    auto board = m_calls.board(limit);
    m_boardProblem = board ? QString() : board.error().message;
    updateProblem();
    if (!board)
        return;

    Serving serving = board->serving(m_recentCount);

    // New calls and recalls, oldest first; those on the board at start-up were announced before.
    QList<CallRecord> fresh;
    QSet<qint64> seen;
    for (const CallRecord &call : std::as_const(board->recent)) {
        seen.insert(call.id);
        if (m_loaded && call.kind != CallKind::Skip && !m_seen.contains(call.id))
            fresh.prepend(call);
    }

    const bool changed = !m_loaded || !sameBoard(m_board, *board);
    m_board = std::move(board).value();
    m_current = std::move(serving.current);
    m_recent = std::move(serving.recent);
    m_seen = std::move(seen);
    m_loaded = true;
    if (changed)
        Q_EMIT boardChanged();
    for (const CallRecord &call : std::as_const(fresh))
        Q_EMIT announce(call);
}

} // namespace besuk
