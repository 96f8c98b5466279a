// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/display/DisplayModel.h"

#include "db/ChangeFeedThread.h"
#include "db/Facility.h"
#include "db/FacilityThread.h"

#include <algorithm>
#include <utility>

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
    : QObject(parent), m_facility(facility), m_domain(std::make_unique<FacilityThread>(facility)),
      m_recentCount(std::max(1, recent)) {
    m_safetyTimer.setInterval(SafetyRefreshMs);
    connect(&m_safetyTimer, &QTimer::timeout, this, &DisplayModel::refresh);
    m_safetyTimer.start();
    m_coalesceTimer.setSingleShot(true);
    m_coalesceTimer.setInterval(CoalesceMs);
    connect(&m_coalesceTimer, &QTimer::timeout, this, &DisplayModel::refresh);

    if (useChangeFeed) {
        m_feed = std::make_unique<ChangeFeedThread>(m_facility.database(), FeedPollMs);
        connect(m_feed.get(), &ChangeFeedThread::changed, this, &DisplayModel::onChange);
        connect(m_feed.get(), &ChangeFeedThread::problem, this, [this](const QString &message) {
            m_feedProblem = message;
            updateProblem();
        });
        connect(m_feed.get(), &ChangeFeedThread::started, this, &DisplayModel::refresh); // what changed meanwhile
    }
    refresh();
}

DisplayModel::~DisplayModel() = default;

bool DisplayModel::feedRunning() const {
    return m_feed && m_feed->running();
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
    if (m_reading) { // called by a timer or the feed while a read waits: one more read when it is done
        m_readAgain = true;
        return;
    }
    // Enough rows for the current number and the list, even with recalls and skips in between.
    const int limit = std::min(CallService::MaxRecent, (m_recentCount + 1) * 4);
    m_reading = true;
    auto board = m_domain->call([limit](Facility &facility) { return CallService(facility).board(limit); });
    m_reading = false;
    show(std::move(board));
    if (std::exchange(m_readAgain, false))
        scheduleRefresh();
}

void DisplayModel::show(Result<CallBoard> board) {
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
