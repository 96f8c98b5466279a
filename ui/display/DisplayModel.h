// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/CallService.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

#include <memory>
#include <optional>

namespace besuk {

class ChangeFeedThread;
class Facility;
class FacilityThread;
struct Change;

// What the lobby board shows, read through CallService on a domain thread of its own (a server that does not answer
// holds that thread for its connect timeout, never the screen): the number now serving, the calls before
// it and how many wait per queue. A ChangeFeed on a thread of its own says when another station (a gate calling, a
// kiosk registering) committed something, and a slow timer refreshes anyway as a safety net. Every new call or
// recall (not a skip, not one already on the board at start-up) is announced once.
class DisplayModel : public QObject {
    Q_OBJECT
public:
    static constexpr int SafetyRefreshMs = 5000;
    static constexpr int FeedPollMs = 200;

    // `recent`: how many earlier calls recent() lists. With `useChangeFeed` false only refresh() and the safety
    // timer update the board (tests drive it by hand).
    DisplayModel(Facility &facility, int recent, bool useChangeFeed = true, QObject *parent = nullptr);
    ~DisplayModel() override;

    // The newest call or recall whose number has not been skipped since; nullopt before the first call of the day.
    [[nodiscard]] const std::optional<CallRecord> &current() const { return m_current; }
    // The numbers called before it, newest first, each once, skipped ones left out; at most `recent`.
    [[nodiscard]] const QList<CallRecord> &recent() const { return m_recent; }
    [[nodiscard]] int waiting(Service service) const { return m_board.waitingFor(service); }
    [[nodiscard]] const CallBoard &board() const { return m_board; }
    // False until the first successful refresh.
    [[nodiscard]] bool loaded() const { return m_loaded; }
    [[nodiscard]] bool feedRunning() const;
    [[nodiscard]] QString problemText() const { return m_problem; }

    // Reads the board again; announces what is new. Cheap (a few indexed reads).
    void refresh();

Q_SIGNALS:
    void boardChanged();
    void announce(const besuk::CallRecord &call);
    // The board or the change feed could not be read (the model keeps trying); an empty message: all is well again.
    void problem(const QString &message);

private:
    void onChange(const besuk::Change &change);
    void scheduleRefresh();
    void updateProblem();

    void show(Result<CallBoard> board);

    Facility &m_facility;
    std::unique_ptr<FacilityThread> m_domain;
    bool m_reading = false;   // a read waits on the domain thread
    bool m_readAgain = false; // something changed meanwhile
    int m_recentCount;
    CallBoard m_board;
    std::optional<CallRecord> m_current;
    QList<CallRecord> m_recent;
    QSet<qint64> m_seen; // call ids already on the board (announced, or there at start-up)
    bool m_loaded = false;
    QString m_boardProblem; // the last refresh failed
    QString m_feedProblem;  // the change feed could not start, or cannot read
    QString m_problem;      // what problem() said last

    QTimer m_safetyTimer;
    QTimer m_coalesceTimer; // several changes committed together make one refresh
    std::unique_ptr<ChangeFeedThread> m_feed;
};

} // namespace besuk
