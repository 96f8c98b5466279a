// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryGenerator.h"

#include "BenchFacility.h"
#include "db/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <chrono>
#include <cstdio>
#include <map>
#include <memory>
#include <random>

using namespace Qt::StringLiterals;

namespace besuk::bench {

namespace {

// Multi-row INSERTs with bound values, `batch` rows a statement. A table whose rows refer to another's flushes
// that one first (foreign keys are checked at once).
class BulkInsert {
public:
    BulkInsert(Database &database, const QString &table, const QStringList &columns, int batch,
               BulkInsert *parent = nullptr)
        : m_database(database), m_table(table), m_columns(columns), m_batch(batch), m_parent(parent) {}

    Result<void> add(const QVariantList &row) {
        m_rows.append(row);
        return int(m_rows.size()) >= m_batch ? flush() : Result<void>{};
    }

    Result<void> flush() {
        if (m_rows.isEmpty())
            return {};
        if (m_parent)
            if (auto done = m_parent->flush(); !done)
                return done;
        const int rows = int(m_rows.size());
        // One prepared statement per row count (a parent flushed early leaves a short batch): SQLite's parser
        // takes time quadratic in the number of placeholders, so each is prepared once.
        std::unique_ptr<QSqlQuery> &prepared = m_prepared[rows];
        if (!prepared) {
            auto query = std::make_unique<QSqlQuery>(m_database.connection());
            const QString one = u"("_s + QStringList(m_columns.size(), u"?"_s).join(u","_s) + u")"_s;
            const QString sql = u"INSERT INTO "_s + m_table + u" ("_s + m_columns.join(u","_s) + u") VALUES "_s +
                                QStringList(rows, one).join(u","_s);
            if (!query->prepare(sql))
                return m_database.storageError(query->lastError());
            prepared = std::move(query);
        }
        QSqlQuery &query = *prepared;
        int position = 0;
        for (const QVariantList &row : std::as_const(m_rows))
            for (const QVariant &value : row)
                query.bindValue(position++, value);
        m_rows.clear();
        if (!query.exec())
            return m_database.storageError(query.lastError());
        return {};
    }

private:
    Database &m_database;
    QString m_table;
    QStringList m_columns;
    int m_batch;
    BulkInsert *m_parent;
    QList<QVariantList> m_rows;
    std::map<int, std::unique_ptr<QSqlQuery>> m_prepared;
};

QVariant nullable(bool present, const QVariant &value) {
    return present ? value : QVariant(QMetaType(QMetaType::LongLong));
}
QVariant nullableText(bool present, const QString &value) {
    return present ? QVariant(value) : QVariant(QMetaType(QMetaType::QString));
}

} // namespace

Result<HistoryReport> generateHistory(Facility &facility, const HistoryOptions &options) {
    const auto started = std::chrono::steady_clock::now();
    if (auto added = addInmates(facility, u"HIST"_s, options.inmates); !added)
        return added.error();
    Database &db = facility.database();
    qint64 inmateBase = 0;
    { // the statement ends here: an open read would keep SQLite from ever checkpointing the log
        SqlQuery firstInmate(db, u"SELECT MIN(id) FROM inmates WHERE number LIKE 'HIST-%'"_s);
        auto first = firstInmate.scalar();
        if (!first)
            return first.error();
        inmateBase = first->toLongLong();
    }

    std::mt19937 random(options.seed);
    HistoryReport report;
    // Setup, not a measured path: a big page cache while writing (SQLite's default is 2 MB).
    if (db.backend() == Backend::Sqlite)
        if (auto done = db.execute(u"PRAGMA cache_size = -262144"_s); !done)
            return done.error();
    const QDate firstDay = options.lastDay.addDays(1 - options.days);

    // The visitors: a population that comes back again and again.
    auto visitorsDone = db.write([&]() -> Result<void> {
        BulkInsert visitors(db, u"visitors"_s,
                            {u"id"_s, u"nik"_s, u"name"_s, u"sex"_s, u"birth_date"_s, u"created_at"_s, u"updated_at"_s},
                            100);
        const qint64 created = facilityTime(firstDay, QTime(8, 0)).toMSecsSinceEpoch();
        for (int i = 1; i <= options.visitors; ++i) {
            const bool female = i % 5 < 3;
            const int age = 18 + i % 55;
            const QString nik = benchNik(i, female, age);
            const QDate birth = QDate(benchDay().year() - age, 1, 1).addDays(i % 365);
            if (auto done = visitors.add({i, nik, u"Pengunjung %1"_s.arg(QChar(u'A' + i % 26)),
                                          female ? u"F"_s : u"M"_s, birth.toString(Qt::ISODate), created, created});
                !done)
                return done;
        }
        return visitors.flush();
    });
    if (!visitorsDone)
        return visitorsDone.error();

    // Days in chunks, one transaction each.
    const int perDay = options.visits / options.days;
    const int extra = options.visits % options.days;
    qint64 visitId = 0;
    qint64 inspectionId = 0;
    constexpr int DaysPerTransaction = 20;
    for (int dayStart = 0; dayStart < options.days; dayStart += DaysPerTransaction) {
        auto chunk = db.write([&]() -> Result<void> {
            BulkInsert visits(db, u"visits"_s,
                              {u"id"_s,          u"facility_date"_s,  u"service"_s,        u"queue_number"_s,
                               u"session"_s,     u"status"_s,         u"inmate_id"_s,      u"men"_s,
                               u"women"_s,       u"children"_s,       u"registered_at"_s,  u"station"_s,
                               u"admitted_at"_s, u"admitted_by"_s,    u"checked_out_at"_s, u"checked_out_by"_s,
                               u"refused_at"_s,  u"refused_reason"_s, u"cancelled_at"_s,   u"cancel_reason"_s},
                              50);
            BulkInsert members(db, u"visit_members"_s,
                               {u"visit_id"_s, u"position"_s, u"visitor_id"_s, u"name"_s, u"category"_s}, 100, &visits);
            BulkInsert inspections(
                db, u"inspections"_s,
                {u"id"_s, u"visit_id"_s, u"phase"_s, u"officer"_s, u"at"_s, u"outcome"_s, u"reason"_s, u"notes"_s}, 100,
                &visits);
            BulkInsert items(db, u"inspection_items"_s,
                             {u"inspection_id"_s, u"position"_s, u"description"_s, u"disposition"_s, u"tag"_s}, 100,
                             &inspections);
            BulkInsert counters(db, u"queue_counters"_s, {u"facility_date"_s, u"service"_s, u"last_number"_s}, 200);
            for (int d = dayStart; d < std::min(options.days, dayStart + DaysPerTransaction); ++d) {
                const QDate date = firstDay.addDays(d);
                const QString dateText = date.toString(Qt::ISODate);
                const qint64 opens = facilityTime(date, QTime(8, 0)).toMSecsSinceEpoch();
                const int count = perDay + (d < extra ? 1 : 0);
                int lastNumber[2] = {0, 0};
                for (int v = 0; v < count; ++v) {
                    ++visitId;
                    const bool deposit = random() % 100 < 15;
                    const int number = ++lastNumber[deposit ? 1 : 0];
                    const GroupShape group = randomGroup(random);
                    int men = 0, women = 0;
                    const qint64 registered = opens + qint64(v) * 7 * 3600 * 1000 / count;
                    const int roll = int(random() % 100);
                    const QString status = roll < 90   ? u"checked_out"_s
                                           : roll < 93 ? u"refused"_s
                                           : roll < 95 ? u"cancelled"_s
                                           : roll < 97 ? u"admitted"_s    // never checked out: staff forgot
                                                       : u"registered"_s; // did not come
                    const bool admitted = status == u"checked_out"_s || status == u"admitted"_s;
                    const qint64 admittedAt = registered + 600'000 + qint64(random() % 3'000'000);
                    int chosen[3] = {};
                    for (int a = 0; a < group.adults; ++a) {
                        chosen[a] = int(random() % quint32(options.visitors)) + 1;
                        (chosen[a] % 5 < 3 ? women : men) += 1;
                    }
                    if (auto done = visits.add(
                            {visitId,
                             dateText,
                             deposit ? u"deposit"_s : u"visit"_s,
                             number,
                             deposit ? u""_s : u"1"_s,
                             status,
                             inmateBase + qint64(random() % quint32(options.inmates)),
                             men,
                             women,
                             group.children,
                             registered,
                             u"kiosk-%1"_s.arg(1 + v % 3),
                             nullable(admitted, admittedAt),
                             nullableText(admitted, u"Petugas %1"_s.arg(QChar(u'A' + v % 8))),
                             nullable(status == u"checked_out"_s, admittedAt + 1'800'000),
                             nullableText(status == u"checked_out"_s, u"Petugas %1"_s.arg(QChar(u'A' + v % 8))),
                             nullable(status == u"refused"_s, admittedAt),
                             nullableText(status == u"refused"_s, u"Membawa barang terlarang"_s),
                             nullable(status == u"cancelled"_s, registered + 60'000),
                             nullableText(status == u"cancelled"_s, u"Salah data"_s)});
                        !done)
                        return done;
                    for (int a = 0; a < group.adults; ++a) { // after their visit: foreign keys
                        const int visitor = chosen[a];
                        if (auto done =
                                members.add({visitId, a, visitor, u"Pengunjung %1"_s.arg(QChar(u'A' + visitor % 26)),
                                             visitor % 5 < 3 ? u"woman"_s : u"man"_s});
                            !done)
                            return done;
                        ++report.members;
                    }
                    if (admitted || status == u"refused"_s) {
                        ++inspectionId;
                        ++report.inspections;
                        if (auto done = inspections.add(
                                {inspectionId, visitId, u"entry"_s, u"Petugas"_s, admittedAt - 60'000,
                                 status == u"refused"_s ? u"refused"_s : u"cleared"_s,
                                 status == u"refused"_s ? u"Membawa barang terlarang"_s : u""_s, u""_s});
                            !done)
                            return done;
                        if (random() % 100 < 30) {
                            const bool phone = random() % 2;
                            if (auto done =
                                    items.add({inspectionId, 0, phone ? u"Telepon genggam"_s : u"Korek api / rokok"_s,
                                               status == u"refused"_s ? u"confiscated"_s : u"deposited"_s,
                                               u"L-%1"_s.arg(v % 200)});
                                !done)
                                return done;
                        }
                    }
                }
                for (int s = 0; s < 2; ++s)
                    if (lastNumber[s] > 0)
                        if (auto done = counters.add({dateText, s ? u"deposit"_s : u"visit"_s, lastNumber[s]}); !done)
                            return done;
            }
            for (BulkInsert *bulk : {&visits, &members, &inspections, &items, &counters})
                if (auto done = bulk->flush(); !done)
                    return done;
            return {};
        });
        if (!chunk)
            return chunk.error();
        if (dayStart % 200 == 0)
            std::fprintf(stderr, "history: %lld visits\n", visitId);
    }
    report.visits = visitId;
    // PostgreSQL's identity columns do not see explicit ids: move them past the rows written.
    if (db.backend() == Backend::Postgres) {
        for (const QString &table : {u"visitors"_s, u"visits"_s, u"inspections"_s})
            if (auto done = db.execute(
                    u"SELECT setval(pg_get_serial_sequence('%1', 'id'), (SELECT MAX(id) FROM %1))"_s.arg(table));
                !done)
                return done.error();
        if (auto done = db.execute(u"ANALYZE"_s); !done) // what autovacuum would have done over five years
            return done.error();
    }
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return report;
}

} // namespace besuk::bench
