// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Result.h"
#include "db/offline/JournalUpload.h"
#include "db/offline/StationJournal.h"

#include <QDateTime>
#include <QString>

#include <functional>
#include <memory>
#include <utility>

namespace besuk {

class Facility;

// A station's way to the server, and its journal for when the server cannot be reached: online, or apart since
// when, and the switch both ways. The gate's and the kiosk's controllers (GateDesk, KioskFlow) each hold one and
// answer from their offline side while it is offline.
class StationLink {
public:
    // `kind` as the Stations page shows it: "gate" or "kiosk".
    StationLink(Facility &facility, QString station, QString kind);

    // Opens (or makes) the journal; with a journal to go on from, a server out of reach is given up on after 0.6 s
    // (two reconnects) instead of 3 s.
    Result<void> openJournal(const QString &path);
    [[nodiscard]] StationJournal *journal() const { return m_journal.get(); }
    [[nodiscard]] bool offline() const { return m_offline; }
    [[nodiscard]] QDateTime offlineSince() const { return m_offlineSince; }
    // Journal entries not sent yet (0 without a journal).
    [[nodiscard]] int waitingEntries() const;

    // What a screen on another thread shows of the link, copied after each call.
    struct State {
        bool hasJournal = false;
        bool offline = false;
        QDateTime offlineSince;
    };
    [[nodiscard]] State state() const { return {m_journal != nullptr, m_offline, m_offlineSince}; }
    // True once after the link went offline (a call met the server away), so that the screen says so once.
    bool takeSwitchedOffline() { return std::exchange(m_switchedOffline, false); }

    // After a failed call: true when the server is out of reach and a journal is there to go on from. The first
    // time, the link goes offline.
    bool lostServer();
    // Online: sends what still waits (entries that waited for a kiosk's registrations, an upload cut earlier), then
    // `copy` (the station's mirror), then tells the server the station is there. A failure that is the server
    // going away turns the link offline.
    Result<int> refresh(const std::function<Result<int>(Facility &, StationJournal &)> &copy);
    // Offline: reconnects once and sends the journal (exactly once, however often it is cut); on success the link is
    // online again, the server learns of the time apart, and `copy` takes a fresh mirror as refresh() does.
    Result<UploadReport> reconnect(const std::function<Result<int>(Facility &, StationJournal &)> &copy);

private:
    Facility &m_facility;
    QString m_station;
    QString m_kind;
    std::unique_ptr<StationJournal> m_journal;
    bool m_offline = false;
    bool m_switchedOffline = false;
    QDateTime m_offlineSince;
};

} // namespace besuk
