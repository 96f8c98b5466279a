// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/staff/DashboardPage.h"

#include "db/Facility.h"
#include "db/offline/JournalUpload.h"
#include "ui_DashboardPage.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace besuk {

DashboardPage::DashboardPage(Facility &facility, QWidget *parent)
    : StaffPage(facility, Permission::ViewVisits, parent), m_ui(std::make_unique<Ui::DashboardPage>()),
      m_chartView(new QChartView), m_alertsLabel(new QLabel) {
    m_ui->setupUi(this);
    m_alertsLabel->setObjectName(u"alertsLabel"_s);
    m_alertsLabel->setProperty("role", u"error"_s);
    m_alertsLabel->setWordWrap(true);
    m_alertsLabel->hide();
    m_ui->mainLayout->insertWidget(1, m_alertsLabel);
    m_chartView->setObjectName(u"hourChartView"_s);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(220); // with a title on two lines, the page still fits a 1280x720 screen
    m_ui->chartLayout->addWidget(m_chartView);
    const QDate today = facility.today();
    m_ui->fromDateEdit->setDate(today);
    m_ui->toDateEdit->setDate(today);
    connect(m_ui->fromDateEdit, &QDateEdit::dateChanged, this, [this](const QDate &from) {
        if (m_ui->toDateEdit->date() < from)
            m_ui->toDateEdit->setDate(from);
        refresh();
    });
    connect(m_ui->toDateEdit, &QDateEdit::dateChanged, this, [this](const QDate &to) {
        if (m_ui->fromDateEdit->date() > to)
            m_ui->fromDateEdit->setDate(to);
        refresh();
    });
    connect(m_ui->todayPushButton, &QPushButton::clicked, this,
            [this] { setRange(this->facility().today(), this->facility().today()); });
}

DashboardPage::~DashboardPage() = default;

QString DashboardPage::title() const {
    return tr("Dashboard");
}

QChart *DashboardPage::chart() const {
    return m_chartView->chart();
}

void DashboardPage::setRange(const QDate &from, const QDate &to) {
    const QSignalBlocker fromBlocker(m_ui->fromDateEdit);
    const QSignalBlocker toBlocker(m_ui->toDateEdit);
    m_ui->fromDateEdit->setDate(from);
    m_ui->toDateEdit->setDate(std::max(from, to));
    refresh();
}

void DashboardPage::refresh() {
    const QDate from = m_ui->fromDateEdit->date();
    const QDate to = TallyService::rangeEnd(from, m_ui->toDateEdit->date());
    if (to != m_ui->toDateEdit->date()) {
        const QSignalBlocker blocker(m_ui->toDateEdit);
        m_ui->toDateEdit->setDate(to);
    }
    auto [summary, alerts] = onDomain([from, to](Facility &facility) {
        auto read = TallyService(facility).summary(from, to);
        const QDate today = facility.today();
        auto alertsToday = read && from <= today && today <= to ? JournalUpload::alerts(facility.database(), today)
                                                                : Result<QList<OfflineAlert>>(QList<OfflineAlert>());
        return std::pair{std::move(read), std::move(alertsToday)};
    });
    if (!summary)
        return; // keep what is shown; the next refresh tries again
    m_days = summary->days;
    m_total = summary->total;
    m_alerts = alerts ? int(alerts->size()) : 0;
    present();
}

void DashboardPage::presentAlerts() {
    m_alertsLabel->setVisible(m_alerts > 0);
    m_alertsLabel->setText(tr("%n alert(s) today from gates that worked apart from the server (a ticket admitted at "
                              "two gates, or refused by the server): see Stations.",
                              nullptr, m_alerts));
}

void DashboardPage::present() {
    const QDate from = m_ui->fromDateEdit->date();
    const QDate to = m_ui->toDateEdit->date();
    const QLocale locale;
    presentAlerts();
    m_ui->titleLabel->setText(
        from == to ? tr("Visitors on %1").arg(locale.toString(from, QLocale::LongFormat))
                   : tr("Visitors from %1 to %2")
                         .arg(locale.toString(from, QLocale::ShortFormat), locale.toString(to, QLocale::ShortFormat)));
    const Counts &registered = m_total.registered;
    const auto setCard = [](QLabel *caption, QLabel *value, QLabel *detail, const QString &captionText, int number,
                            const QString &detailText) {
        caption->setText(captionText);
        value->setText(QLocale().toString(number));
        detail->setText(detailText);
    };
    setCard(m_ui->menCaptionLabel, m_ui->menValueLabel, m_ui->menDetailLabel, tr("Men"), registered.men,
            tr("registered"));
    setCard(m_ui->womenCaptionLabel, m_ui->womenValueLabel, m_ui->womenDetailLabel, tr("Women"), registered.women,
            tr("registered"));
    setCard(m_ui->childrenCaptionLabel, m_ui->childrenValueLabel, m_ui->childrenDetailLabel, tr("Children"),
            registered.children, tr("registered"));
    setCard(m_ui->totalCaptionLabel, m_ui->totalValueLabel, m_ui->totalDetailLabel, tr("Total"), registered.total(),
            tr("visitors registered"));
    const auto groups = [](const Counts &counts) { return tr("%n group(s)", nullptr, counts.groups); };
    setCard(m_ui->registeredCaptionLabel, m_ui->registeredValueLabel, m_ui->registeredDetailLabel, tr("Registered"),
            registered.total(), groups(registered));
    setCard(m_ui->admittedCaptionLabel, m_ui->admittedValueLabel, m_ui->admittedDetailLabel, tr("Admitted"),
            m_total.admitted.total(), groups(m_total.admitted));
    setCard(m_ui->refusedCaptionLabel, m_ui->refusedValueLabel, m_ui->refusedDetailLabel, tr("Refused"),
            m_total.refused.total(), groups(m_total.refused));
    setCard(m_ui->insideCaptionLabel, m_ui->insideValueLabel, m_ui->insideDetailLabel, tr("Inside now"),
            m_total.inside.total(), groups(m_total.inside));
    presentBookings();
    fillChart(m_days);

    QTableWidget *sessions = m_ui->sessionsTableWidget;
    sessions->setColumnCount(5);
    sessions->setHorizontalHeaderLabels({tr("Session"), tr("Men"), tr("Women"), tr("Children"), tr("Total")});
    sessions->setRowCount(int(m_total.bySession.size()));
    int row = 0;
    for (auto it = m_total.bySession.cbegin(); it != m_total.bySession.cend(); ++it, ++row) {
        const QStringList cells{it.key(), QString::number(it->men), QString::number(it->women),
                                QString::number(it->children), QString::number(it->total())};
        for (int column = 0; column < cells.size(); ++column)
            sessions->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    // Columns share the width: at the default 100 px "Perempuan" in the header's bold font was cut.
    sessions->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
}

// Registered = walk-ins + booked groups that arrived (each split exactly into men, women and children); beside
// them the bookings still expected and those whose day passed unused.
void DashboardPage::presentBookings() {
    const auto setCard = [](QLabel *caption, QLabel *value, QLabel *detail, const QString &captionText,
                            const Counts &counts) {
        caption->setText(captionText);
        value->setText(QLocale().toString(counts.total()));
        detail->setText(tr("%n group(s)", nullptr, counts.groups));
        const QString split = tr("men %1 · women %2 · children %3")
                                  .arg(QLocale().toString(counts.men), QLocale().toString(counts.women),
                                       QLocale().toString(counts.children));
        for (QLabel *label : {caption, value, detail})
            label->setToolTip(split);
    };
    const BookingTally &bookings = m_total.bookings;
    setCard(m_ui->walkInsCaptionLabel, m_ui->walkInsValueLabel, m_ui->walkInsDetailLabel, tr("Walk-ins"),
            m_total.walkIns);
    setCard(m_ui->arrivedCaptionLabel, m_ui->arrivedValueLabel, m_ui->arrivedDetailLabel, tr("Booked, arrived"),
            bookings.arrived);
    setCard(m_ui->bookedCaptionLabel, m_ui->bookedValueLabel, m_ui->bookedDetailLabel, tr("Booked, expected"),
            bookings.booked);
    setCard(m_ui->noShowCaptionLabel, m_ui->noShowValueLabel, m_ui->noShowDetailLabel, tr("Booked, no-show"),
            bookings.noShow);
}

void DashboardPage::fillChart(const QList<DayTally> &days) {
    auto *men = new QBarSet(tr("Men"));
    auto *women = new QBarSet(tr("Women"));
    auto *children = new QBarSet(tr("Children"));
    men->setColor(QColor(0x25, 0x63, 0xEB));
    women->setColor(QColor(0xDB, 0x27, 0x77));
    children->setColor(QColor(0xF5, 0x9E, 0x0B));
    QStringList categories;
    if (days.size() == 1) {
        for (const HourTally &hour : days.first().byHour) {
            categories.append(u"%1:00"_s.arg(hour.hour, 2, 10, QChar(u'0')));
            *men << hour.registered.men;
            *women << hour.registered.women;
            *children << hour.registered.children;
        }
    } else {
        for (const DayTally &day : days) {
            categories.append(QLocale().toString(day.date, u"d MMM"_s));
            *men << day.registered.men;
            *women << day.registered.women;
            *children << day.registered.children;
        }
    }
    auto *series = new QStackedBarSeries;
    series->append({men, women, children});
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(days.size() == 1 ? tr("Visitors registered per hour") : tr("Visitors registered per day"));
    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto *axisY = new QValueAxis;
    axisY->setLabelFormat(u"%d"_s);
    qreal highest = 0;
    for (int i = 0; i < men->count(); ++i)
        highest = std::max(highest, men->at(i) + women->at(i) + children->at(i));
    axisY->setRange(0, std::max<qreal>(highest, 4)); // an empty day still gets a sensible axis
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    axisY->applyNiceNumbers();
    chart->legend()->setAlignment(Qt::AlignBottom);
    QChart *old = m_chartView->chart();
    m_chartView->setChart(chart);
    delete old;
}

void DashboardPage::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        present();
    }
    StaffPage::changeEvent(event);
}

} // namespace besuk
