// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/TallyService.h"
#include "ui/staff/StaffPage.h"

#include <memory>

class QChart;
class QChartView;
class QLabel;

namespace besuk {

namespace Ui {
class DashboardPage;
}

// Today live (or any past day or range): cards for men, women, children and the total, for registered,
// admitted, refused and inside now, and for walk-ins, bookings expected, arrived and no-shows; visitors per hour (per
// day for a range) stacked by category; per session.
class DashboardPage : public StaffPage {
    Q_OBJECT
public:
    explicit DashboardPage(Facility &facility, QWidget *parent = nullptr);
    ~DashboardPage() override;

    [[nodiscard]] QString title() const override;
    void refresh() override;
    void setRange(const QDate &from, const QDate &to);
    // What the cards and chart show now (summed over the range).
    [[nodiscard]] const DayTally &shown() const { return m_total; }
    [[nodiscard]] QChart *chart() const;
    // "N alerts today from gates that were apart from the server": shown while there are any.
    [[nodiscard]] QLabel *alertsLabel() const { return m_alertsLabel; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void present();
    void presentBookings();
    void fillChart(const QList<DayTally> &days);
    void presentAlerts();

    std::unique_ptr<Ui::DashboardPage> m_ui;
    QChartView *m_chartView;
    QLabel *m_alertsLabel;
    int m_alerts = 0;
    QList<DayTally> m_days;
    DayTally m_total;
};

} // namespace besuk
