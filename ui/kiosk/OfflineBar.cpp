// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/kiosk/OfflineBar.h"

#include "db/ChangeFeedThread.h"
#include "db/Facility.h"
#include "db/offline/MirrorRefresh.h"
#include "ui/common/MirrorSchedule.h"
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
    m_backTimer.setSingleShot(true);
    connect(&m_backTimer, &QTimer::timeout, this, [this] {
        m_uploaded = -1;
        retranslate();
    });
    if (m_flow.hasJournal()) {
        m_mirror = new MirrorSchedule(
            m_flow.domain(), [this] { (void)m_flow.refreshMirror(); }, this);
        m_mirror->setOnline(true);
        followChanges(facility.database());
    }
}

OfflineBar::~OfflineBar() = default;

// The change feed (on a thread of its own): registrations at other kiosks, bans, the roster and the rules reach the
// kiosk's copy within a second or two, not only at its next periodic copy.
void OfflineBar::followChanges(Database &database) {
    m_feed = std::make_unique<ChangeFeedThread>(database, FeedPollMs);
    connect(m_feed.get(), &ChangeFeedThread::changed, this, [this](const Change &change) {
        if (MirrorRefresh::concernsKiosk(change.kind))
            m_mirror->changed();
    });
}

void OfflineBar::offlineChanged(bool offline) {
    if (offline) {
        m_uploaded = -1;
        m_backTimer.stop();
        if (m_mirror)
            m_mirror->setOnline(false);
        m_probeTimer.start(ProbeMs);
    } else {
        m_probeTimer.stop();
        if (m_mirror)
            m_mirror->setOnline(true, MirrorSchedule::Copied::Already); // the way back took a fresh copy
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
