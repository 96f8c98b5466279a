// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/offline/StationLink.h"

#include "db/Facility.h"
#include "db/offline/StationStatus.h"

namespace besuk {

StationLink::StationLink(Facility &facility, QString station, QString kind)
    : m_facility(facility), m_station(std::move(station)), m_kind(std::move(kind)) {}

Result<void> StationLink::openJournal(const QString &path) {
    auto journal = StationJournal::open(path, m_station);
    if (!journal)
        return journal.error();
    m_journal = std::move(journal).value();
    m_facility.database().setConnectionAttempts(3);
    return {};
}

int StationLink::waitingEntries() const {
    if (!m_journal)
        return 0;
    auto pending = m_journal->pending();
    return pending ? int(pending->size()) : 0;
}

bool StationLink::lostServer() {
    if (!m_journal || !m_facility.database().serverUnreachable())
        return false;
    if (!m_offline) {
        m_offline = true;
        m_offlineSince = m_facility.now();
        m_switchedOffline = true;
    }
    return true;
}

Result<int> StationLink::refresh(const std::function<Result<int>(Facility &, StationJournal &)> &copy) {
    if (!m_journal || m_offline)
        return 0;
    if (waitingEntries() > 0)
        if (auto sent = JournalUpload::upload(m_facility, *m_journal); !sent) {
            (void)lostServer();
            return sent.error();
        }
    auto copied = copy(m_facility, *m_journal);
    if (!copied) {
        (void)lostServer();
        return copied;
    }
    // What staff see of this station (the Stations page); a refusal here leaves the station's work as it is.
    (void)StationStatus::heartbeat(m_facility.database(), m_station, m_kind, m_facility.now(), waitingEntries());
    return copied;
}

Result<UploadReport> StationLink::reconnect(const std::function<Result<int>(Facility &, StationJournal &)> &copy) {
    if (!m_offline)
        return UploadReport{};
    if (auto again = m_facility.database().reconnectOnce(); !again)
        return again.error();
    auto report = JournalUpload::upload(m_facility, *m_journal);
    if (!report)
        return report; // still offline: the next attempt sends what is left, nothing twice
    (void)StationStatus::returned(m_facility.database(), m_station, m_kind, m_facility.now(), m_offlineSince,
                                  report->stored + report->alreadyStored);
    m_offline = false;
    m_offlineSince = {};
    (void)refresh(copy); // a failure here is the next refresh's to report
    return report;
}

} // namespace besuk
