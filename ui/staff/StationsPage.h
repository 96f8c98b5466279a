// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/offline/JournalUpload.h"
#include "db/offline/StationStatus.h"
#include "ui/staff/StaffPage.h"

class QLabel;
class QTableWidget;

namespace besuk {

// The stations that can work apart from the server (gates): reachable now or not heard from since when, their last
// time apart and what they sent on their return; and today's alerts from their uploads (a ticket admitted at two
// gates while apart, an entry the server's state refused), with both stations and both times.
class StationsPage : public StaffPage {
    Q_OBJECT
public:
    explicit StationsPage(Facility &facility, QWidget *parent = nullptr);

    [[nodiscard]] QString title() const override;
    void refresh() override;
    [[nodiscard]] QTableWidget *stationsTable() const { return m_stations; }
    [[nodiscard]] QTableWidget *alertsTable() const { return m_alerts; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void present();
    void showStations();
    void showAlerts();
    [[nodiscard]] QString clock(const QDateTime &moment);

    QLabel *m_titleLabel;
    QLabel *m_stationsLabel;
    QTableWidget *m_stations;
    QLabel *m_alertsLabel;
    QTableWidget *m_alerts;
    QLabel *m_messageLabel;
    // As last read (shown again in another language without reading).
    Result<QList<StationState>> m_states = QList<StationState>();
    Result<QList<OfflineAlert>> m_alertsRead = QList<OfflineAlert>();
};

} // namespace besuk
