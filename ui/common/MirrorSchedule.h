// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

namespace besuk {

class FacilityThread;

// When a station copies its offline mirror while the server is there: at once when it comes online, SoonMs after a
// change elsewhere that concerns the mirror (the change feed; several changes make one copy), and every PeriodMs at
// the least. A copy due while a screen's call waits on the domain thread waits for it.
class MirrorSchedule : public QObject {
    Q_OBJECT
public:
    static constexpr int PeriodMs = 15'000;
    static constexpr int SoonMs = 1'000;

    MirrorSchedule(FacilityThread &domain, std::function<void()> copy, QObject *parent = nullptr);

    enum class Copied { Not, Already };
    // Online (and with a journal): copies now (unless a copy was just taken) and keeps copying. Offline: stops.
    void setOnline(bool online, Copied copied = Copied::Not);
    // Something the mirror holds changed elsewhere.
    void changed();

private:
    void copyNow();

    FacilityThread &m_domain;
    std::function<void()> m_copy;
    QTimer m_period;
    QTimer m_soon;
    bool m_online = false;
};

} // namespace besuk
