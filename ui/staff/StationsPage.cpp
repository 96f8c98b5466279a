// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/staff/StationsPage.h"

#include "db/Facility.h"
#include "db/offline/JournalUpload.h"
#include "db/offline/StationStatus.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <tuple>
#include <utility>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

QTableWidget *makeTable(QWidget *parent) {
    auto *table = new QTableWidget(parent);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(true);
    return table;
}

QLabel *makeLabel(const QString &role, QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setProperty("role", role);
    label->setWordWrap(true);
    return label;
}

void setRow(QTableWidget *table, int row, const QStringList &cells) {
    for (int column = 0; column < cells.size(); ++column)
        table->setItem(row, column, new QTableWidgetItem(cells[column]));
}

} // namespace

StationsPage::StationsPage(Facility &facility, QWidget *parent)
    : StaffPage(facility, Permission::ViewVisits, parent), m_titleLabel(makeLabel(u"title"_s, this)),
      m_stationsLabel(makeLabel(u"subtitle"_s, this)), m_stations(makeTable(this)),
      m_alertsLabel(makeLabel(u"subtitle"_s, this)), m_alerts(makeTable(this)),
      m_messageLabel(makeLabel(u"error"_s, this)) {
    m_stations->setObjectName(u"stationsTableWidget"_s);
    m_alerts->setObjectName(u"alertsTableWidget"_s);
    m_messageLabel->setObjectName(u"messageLabel"_s);
    m_messageLabel->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_stationsLabel);
    layout->addWidget(m_stations, 1);
    layout->addWidget(m_alertsLabel);
    layout->addWidget(m_alerts, 1);
    layout->addWidget(m_messageLabel);
    retranslate();
}

QString StationsPage::title() const {
    return tr("Stations");
}

QString StationsPage::clock(const QDateTime &moment) {
    if (!moment.isValid())
        return u"—"_s;
    const QDateTime local = facility().toLocal(moment);
    const bool today = local.date() == facility().today();
    return local.toString(today ? u"HH:mm"_s : u"dd/MM HH:mm"_s);
}

void StationsPage::refresh() {
    std::tie(m_states, m_alertsRead) = onDomain([](Facility &facility) {
        return std::pair{StationStatus::all(facility.database()),
                         JournalUpload::alerts(facility.database(), facility.today())};
    });
    present();
}

void StationsPage::present() {
    m_messageLabel->hide();
    showStations();
    showAlerts();
}

void StationsPage::showStations() {
    const auto &states = m_states;
    if (!states) {
        m_messageLabel->setText(states.error().message);
        m_messageLabel->show();
        return;
    }
    const QDateTime now = facility().now();
    m_stations->setRowCount(int(states->size()));
    for (int row = 0; row < states->size(); ++row) {
        const StationState &state = states->at(row);
        const QString name = state.kind == u"gate"    ? tr("Gate %1").arg(state.station)
                             : state.kind == u"kiosk" ? tr("Kiosk %1").arg(state.station)
                                                      : state.station;
        const QString reach =
            state.reachable(now) ? tr("Reachable") : tr("Not heard from since %1").arg(clock(state.lastSeen));
        const QString apart = state.offlineSince.isValid()
                                  ? tr("%1 to %2").arg(clock(state.offlineSince), clock(state.backAt))
                                  : tr("Never");
        const QString sent = state.lastUploadAt.isValid()
                                 ? tr("%n entries at %1", nullptr, state.lastUploadCount).arg(clock(state.lastUploadAt))
                                 : u"—"_s;
        setRow(m_stations, row, {name, reach, apart, sent, QString::number(state.waiting)});
    }
    m_stations->resizeColumnsToContents();
}

void StationsPage::showAlerts() {
    const auto &alerts = m_alertsRead;
    if (!alerts) {
        m_messageLabel->setText(alerts.error().message);
        m_messageLabel->show();
        return;
    }
    m_alerts->setRowCount(int(alerts->size()));
    for (int row = 0; row < alerts->size(); ++row) {
        const OfflineAlert &alert = alerts->at(row);
        if (alert.kind == u"rule") { // a kiosk's registration while apart: the rule it breaks, then the kiosk
            setRow(m_alerts, row,
                   {tr("Registered apart, breaks a rule"), alert.queueLabel, alert.detail,
                    tr("%1, %2").arg(tr("Kiosk %1").arg(alert.secondStation), clock(alert.secondAt))});
            continue;
        }
        const QString kind =
            alert.kind == u"double_admission" ? tr("Admitted at two gates") : tr("Refused by the server");
        const QString firstStation =
            alert.firstStation.isEmpty() ? tr("a gate online") : tr("Gate %1").arg(alert.firstStation);
        setRow(m_alerts, row,
               {kind, alert.queueLabel, tr("%1, %2, %3").arg(firstStation, clock(alert.firstAt), alert.firstBy),
                tr("%1, %2, %3").arg(tr("Gate %1").arg(alert.secondStation), clock(alert.secondAt), alert.secondBy)});
    }
    m_alerts->resizeColumnsToContents();
}

void StationsPage::retranslate() {
    m_titleLabel->setText(tr("Stations"));
    m_stationsLabel->setText(tr("Gates and kiosks that work on when the server cannot be reached, and send what "
                                "they did on their return."));
    m_stations->setColumnCount(5);
    m_stations->setHorizontalHeaderLabels(
        {tr("Station"), tr("Server"), tr("Last time apart"), tr("Sent on return"), tr("Waiting")});
    m_alertsLabel->setText(tr("Today's alerts from stations that were apart from the server"));
    m_alerts->setColumnCount(4);
    m_alerts->setHorizontalHeaderLabels({tr("Alert"), tr("Ticket"), tr("First"), tr("Second")});
}

void StationsPage::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        present();
    }
    StaffPage::changeEvent(event);
}

} // namespace besuk
