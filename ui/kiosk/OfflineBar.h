// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/devices/ServerProbe.h"

#include <QLabel>
#include <QTimer>

namespace besuk {

class Facility;
class KioskFlow;

// The kiosk's calm line under the header while the server cannot be reached ("Server unreachable — offline mode",
// with the queue numbers this kiosk can still give), and for a moment after it is back (what was sent). It keeps
// the flow's copy fresh while the server is there and asks every second, without blocking, whether it is back.
class OfflineBar : public QLabel {
    Q_OBJECT
public:
    static constexpr int ProbeMs = 1'000; // the way back shows within 2 s of the server's return
    static constexpr int MirrorMs = 15'000;
    static constexpr int BackOnlineMs = 10'000;

    OfflineBar(KioskFlow &flow, Facility &facility, QWidget *parent = nullptr);
    void retranslate();

private:
    void offlineChanged(bool offline);
    void serverAnswered(bool reachable);

    KioskFlow &m_flow;
    Facility &m_facility;
    ServerProbe m_probe;
    QTimer m_probeTimer;
    QTimer m_mirrorTimer;
    QTimer m_backTimer;
    int m_uploaded = -1; // entries sent on the way back, shown until m_backTimer runs out
};

} // namespace besuk
