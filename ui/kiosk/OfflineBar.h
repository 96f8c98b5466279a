// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/devices/ServerProbe.h"

#include <QLabel>
#include <QTimer>

#include <memory>

namespace besuk {

class ChangeFeedThread;
class Database;
class Facility;
class KioskFlow;
class MirrorSchedule;

// The kiosk's calm line under the header while the server cannot be reached ("Server unreachable — offline mode",
// with the queue numbers this kiosk can still give), and for a moment after it is back (what was sent). It keeps
// the flow's copy fresh while the server is there and asks every second, without blocking, whether it is back.
class OfflineBar : public QLabel {
    Q_OBJECT
public:
    static constexpr int ProbeMs = 1'000;  // the way back shows within 2 s of the server's return
    static constexpr int FeedPollMs = 500; // SQLite only; PostgreSQL's feed is woken by NOTIFY
    static constexpr int BackOnlineMs = 10'000;

    OfflineBar(KioskFlow &flow, Facility &facility, QWidget *parent = nullptr);
    ~OfflineBar() override;
    void retranslate();

private:
    void offlineChanged(bool offline);
    void serverAnswered(bool reachable);
    void followChanges(Database &database);

    KioskFlow &m_flow;
    Facility &m_facility;
    ServerProbe m_probe;
    QTimer m_probeTimer;
    MirrorSchedule *m_mirror = nullptr;       // with a journal: keeps the flow's copy fresh while online
    std::unique_ptr<ChangeFeedThread> m_feed; // with a journal: what changed elsewhere
    QTimer m_backTimer;
    int m_uploaded = -1; // entries sent on the way back, shown until m_backTimer runs out
};

} // namespace besuk
