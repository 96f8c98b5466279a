// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/kiosk/OfflineBar.h"

#include "db/Facility.h"
#include "ui/kiosk/KioskFlow.h"

#include <QStyle>

using namespace Qt::StringLiterals;

namespace besuk {

OfflineBar::OfflineBar(KioskFlow &flow, Facility &facility, QWidget *parent)
    : QLabel(parent), m_flow(flow), m_facility(facility) {
    setObjectName(u"offlineBanner"_s);
    setWordWrap(true);
    hide();
    m_probe.setServer(facility.database().location());
    connect(&m_flow, &KioskFlow::offlineChanged, this, &OfflineBar::offlineChanged);
    connect(&m_flow, &KioskFlow::changed, this, [this] {
        if (m_flow.offline())
            retranslate(); // the numbers left
    });
    connect(&m_probe, &ServerProbe::answered, this, &OfflineBar::serverAnswered);
    connect(&m_probeTimer, &QTimer::timeout, this, [this] { m_probe.probe(); });
    connect(&m_mirrorTimer, &QTimer::timeout, this, [this] {
        if (!m_flow.domain().waiting()) // a screen's call first; the copy can wait for the next round
            (void)m_flow.refreshMirror();
    });
    m_backTimer.setSingleShot(true);
    connect(&m_backTimer, &QTimer::timeout, this, [this] {
        m_uploaded = -1;
        retranslate();
    });
    if (m_flow.hasJournal()) {
        (void)m_flow.refreshMirror();
        m_mirrorTimer.start(MirrorMs);
    }
}

void OfflineBar::offlineChanged(bool offline) {
    if (offline) {
        m_uploaded = -1;
        m_backTimer.stop();
        m_mirrorTimer.stop();
        m_probeTimer.start(ProbeMs);
    } else {
        m_probeTimer.stop();
        m_mirrorTimer.start(MirrorMs);
        m_backTimer.start(BackOnlineMs);
    }
    retranslate();
}

void OfflineBar::serverAnswered(bool reachable) {
    if (!reachable || !m_flow.offline() || m_flow.domain().waiting())
        return;
    if (auto report = m_flow.reconnect(); report) {
        m_uploaded = report->stored;
        retranslate();
    }
}

void OfflineBar::retranslate() {
    const bool offline = m_flow.offline();
    if (!offline && m_uploaded < 0) {
        hide();
        return;
    }
    const QString text =
        offline ? tr("Server unreachable — offline mode") + u"\n"_s +
                      tr("Registration goes on at this kiosk (%n queue number(s) left). Bookings and earlier tickets "
                         "need the server.",
                         nullptr, m_flow.numbersLeft())
                : tr("The server is reachable again: %n registration(s) sent.", nullptr, m_uploaded);
    setText(text);
    setProperty("role", offline ? u"warning"_s : u"ok"_s);
    style()->unpolish(this);
    style()->polish(this);
    show();
}

} // namespace besuk
