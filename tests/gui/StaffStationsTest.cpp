// SPDX-License-Identifier: GPL-3.0-or-later
// The Stations page: each gate that can work apart from the server, as its reports left it, and today's alerts from
// the uploads of gates that were apart, with both gates and both times.
#include "StaffTestSupport.h"
#include "db/GateService.h"
#include "db/offline/JournalUpload.h"
#include "db/offline/MirrorRefresh.h"
#include "db/offline/OfflineGate.h"
#include "db/offline/StationJournal.h"
#include "db/offline/StationStatus.h"
#include "ui/staff/DashboardPage.h"
#include "ui/staff/StationsPage.h"

#include <QTableWidget>

using namespace besuk;
using namespace besuk::test;
using namespace Qt::StringLiterals;

namespace {

QStringList rowOf(QTableWidget *table, int row) {
    QStringList cells;
    for (int column = 0; column < table->columnCount(); ++column)
        cells.append(table->item(row, column) ? table->item(row, column)->text() : QString());
    return cells;
}

std::unique_ptr<StationJournal> journal(StaffFixture &f, const QString &gate) {
    auto opened = StationJournal::open(f.db.filePath(u"gate-"_s + gate + u".db"_s), gate);
    REQUIRE(opened.ok());
    REQUIRE(MirrorRefresh::refresh(*f.facility, **opened).ok());
    return std::move(opened).value();
}

} // namespace

TEST_CASE("Stations: each gate reachable or not heard from, its time apart and what it sent, and today's alerts",
          "[gui][staff][offline]") {
    const QString language = QString::fromLatin1(GENERATE("en", "id"));
    StaffFixture f;
    const IssuedTicket ticket = f.registerGroup();
    REQUIRE(
        GateService(*f.facility)
            .inspect(ticket.payload, {InspectionPhase::Entry, u"Pak Joko"_s, {}, InspectionOutcome::Cleared, {}, {}})
            .ok());
    // Gates 1 and 2 were apart from 09:00 and both admitted the same ticket; gate 2 came back at 09:20.
    auto north = journal(f, u"1"_s);
    auto south = journal(f, u"2"_s);
    const QDateTime apart = f.clock.now();
    REQUIRE(OfflineGate(*north, f.clock).admit(ticket.payload, u"Pak Joko"_s).ok());
    f.clock.advanceSeconds(120);
    REQUIRE(OfflineGate(*south, f.clock).admit(ticket.payload, u"Bu Rina"_s).ok());
    f.clock.advanceSeconds(18 * 60);
    REQUIRE(JournalUpload::upload(*f.facility, *north).ok());
    REQUIRE(StationStatus::returned(f.facility->database(), u"1"_s, u"gate"_s, f.clock.now(), apart, 1).ok());
    auto second = JournalUpload::upload(*f.facility, *south);
    REQUIRE(second.ok());
    REQUIRE(second->alerts == 1);
    REQUIRE(StationStatus::returned(f.facility->database(), u"2"_s, u"gate"_s, f.clock.now(), apart, 1).ok());
    // Gate 2 goes on reporting; gate 1 is heard from no more.
    f.clock.advanceSeconds(60);
    REQUIRE(StationStatus::heartbeat(f.facility->database(), u"2"_s, u"gate"_s, f.clock.now(), 0).ok());

    StaffWindow &window = f.open(language);
    f.signIn(StaffLogin);
    auto *dashboard = f.openPage<DashboardPage>();
    REQUIRE(dashboard->alertsLabel()->isVisible());
    CHECK(dashboard->alertsLabel()->text().startsWith(language == u"id" ? u"1 peringatan hari ini"_s
                                                                        : u"1 alert today"_s));
    auto *page = f.openPage<StationsPage>();
    const bool id = language == u"id";
    QTableWidget *stations = page->stationsTable();
    REQUIRE(stations->rowCount() == 2);
    CHECK(rowOf(stations, 0) == QStringList{id ? u"Pintu 1"_s : u"Gate 1"_s,
                                            id ? u"Tidak ada kabar sejak 09:20"_s : u"Not heard from since 09:20"_s,
                                            id ? u"09:00 sampai 09:20"_s : u"09:00 to 09:20"_s,
                                            id ? u"1 catatan pukul 09:20"_s : u"1 entry at 09:20"_s, u"0"_s});
    CHECK(rowOf(stations, 1).at(1) == (id ? u"Terjangkau"_s : u"Reachable"_s));
    QTableWidget *alerts = page->alertsTable();
    REQUIRE(alerts->rowCount() == 1);
    CHECK(rowOf(alerts, 0) == QStringList{id ? u"Masuk di dua pintu"_s : u"Admitted at two gates"_s,
                                          ticket.visit.queueLabel(),
                                          (id ? u"Pintu 1, 09:00, Pak Joko"_s : u"Gate 1, 09:00, Pak Joko"_s),
                                          (id ? u"Pintu 2, 09:02, Bu Rina"_s : u"Gate 2, 09:02, Bu Rina"_s)});
    f.shoot(u"stations"_s);
    (void)window;
}
