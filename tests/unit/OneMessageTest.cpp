// SPDX-License-Identifier: GPL-3.0-or-later
// Statements that share one message with others (issue #19): a transaction's BEGIN with its first statement, and
// two statements sent together (Database::execTogether). On PostgreSQL one round trip each; on SQLite the same
// statements one after the other. Run on SQLite and, through the "pg unit:" variants, on PostgreSQL.

#include "TestFacility.h"
#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/RegistrationService.h"

#include <QHash>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include <atomic>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace besuk;

namespace {

bool onPostgres(const Database &db) {
    return db.backend() == Backend::Postgres;
}

qint64 roundTripsSince(const Database &db, const Database::StatementCounts &before) {
    return db.statementCounts().roundTrips() - before.roundTrips();
}

Result<void> insertSetting(Database &db, const QString &key, const QString &value) {
    SqlQuery insert(db, u"INSERT INTO settings (key, value) VALUES (?, ?)"_s);
    insert.bind(key).bind(value);
    return insert.exec();
}

qint64 settingsLike(Database &db, const QString &pattern) {
    SqlQuery count(db, u"SELECT COUNT(*) FROM settings WHERE key LIKE ?"_s);
    count.bind(pattern);
    auto counted = count.scalar();
    REQUIRE(counted.ok());
    return counted->toLongLong();
}

// The SQL of our statements that the server holds prepared for this connection under more than one name.
QStringList preparedTwice(Database &db) {
    QHash<QString, int> names;
    for (const QString &sql : statementsSentAsText(db))
        ++names[sql];
    QStringList twice;
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        if (it.value() > 1)
            twice.append(it.key());
    return twice;
}

// True when the connection has no transaction of its own open: a statement sent alone then starts its own, whose
// start is that statement's (PostgreSQL; SQLite: the driver's autocommit state is not visible, so true).
bool outsideTransaction(Database &db) {
    if (!onPostgres(db))
        return true;
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(u"SELECT now() = statement_timestamp()"_s));
    REQUIRE(query.next());
    return query.value(0).toBool();
}

QString adult(int serial) {
    return makeNik(QDate(1988, 5, 9), serial % 2 ? Sex::Male : Sex::Female, serial);
}

} // namespace

TEST_CASE("A transaction's BEGIN travels with its first statement, and one that sends nothing costs nothing",
          "[database][message]") {
    TestFacility f;
    Database &db = f->database();
    REQUIRE(db.write([&] { return insertSetting(db, u"message.warm"_s, u"1"_s); }).ok()); // prepared once
    CHECK(settingsLike(db, u"message.%"_s) == 1);                                         // this one too

    auto before = db.statementCounts();
    REQUIRE(db.write([&] { return insertSetting(db, u"message.one"_s, u"1"_s); }).ok());
    CHECK(roundTripsSince(db, before) == (onPostgres(db) ? 2 : 3)); // PostgreSQL: BEGIN with the insert, COMMIT

    before = db.statementCounts();
    auto counted = db.read([&]() -> Result<qint64> { return settingsLike(db, u"message.%"_s); });
    REQUIRE(counted.ok());
    CHECK(*counted == 2);
    CHECK(roundTripsSince(db, before) == (onPostgres(db) ? 2 : 3)); // PostgreSQL: BEGIN with the count, ROLLBACK

    before = db.statementCounts();
    auto refused = db.write([&]() -> Result<void> { return makeError(ErrorCode::RuleRefused, u"no"_s); });
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::RuleRefused);
    CHECK(roundTripsSince(db, before) == (onPostgres(db) ? 0 : 2)); // SQLite: BEGIN IMMEDIATE, ROLLBACK
    CHECK(outsideTransaction(db));
    CHECK(settingsLike(db, u"message.%"_s) == 2);
}

TEST_CASE("A read's statements share the snapshot its first statement took, BEGIN included", "[database][message]") {
    TestFacility f;
    Database &db = f->database();
    auto other = db.openAnother();
    REQUIRE(other.ok());
    Database &elsewhere = **other;
    auto seen = db.read([&]() -> Result<std::pair<qint64, qint64>> {
        const qint64 first = settingsLike(db, u"snapshot.%"_s);
        if (auto written = elsewhere.write([&] { return insertSetting(elsewhere, u"snapshot.new"_s, u"1"_s); });
            !written)
            return written.error();
        return std::pair{first, settingsLike(db, u"snapshot.%"_s)};
    });
    REQUIRE(seen.ok());
    CHECK(seen->first == 0);
    CHECK(seen->second == 0); // committed meanwhile, after the snapshot
    CHECK(settingsLike(db, u"snapshot.%"_s) == 1);
}

TEST_CASE("A read without a transaction sends its statement alone, and each statement sees the latest commit",
          "[database][message]") {
    TestFacility f;
    Database &db = f->database();
    auto other = db.openAnother();
    REQUIRE(other.ok());
    Database &elsewhere = **other;
    CHECK(settingsLike(db, u"latest.%"_s) == 0); // prepared once
    auto before = db.statementCounts();
    auto one = db.readCommitted([&]() -> Result<qint64> { return settingsLike(db, u"latest.%"_s); });
    REQUIRE(one.ok());
    CHECK(*one == 0);
    CHECK(roundTripsSince(db, before) == 1); // no BEGIN, no ROLLBACK
    CHECK(outsideTransaction(db));

    auto seen = db.readCommitted([&]() -> Result<std::pair<qint64, qint64>> {
        const qint64 first = settingsLike(db, u"latest.%"_s);
        if (auto written = elsewhere.write([&] { return insertSetting(elsewhere, u"latest.new"_s, u"1"_s); }); !written)
            return written.error();
        return std::pair{first, settingsLike(db, u"latest.%"_s)};
    });
    REQUIRE(seen.ok());
    CHECK(seen->first == 0);
    CHECK(seen->second == 1); // committed before the second statement started

    auto inside = db.write([&]() -> Result<qint64> { // inside a write: that write's own state
        if (auto done = insertSetting(db, u"latest.own"_s, u"1"_s); !done)
            return done.error();
        return db.readCommitted([&]() -> Result<qint64> { return settingsLike(db, u"latest.%"_s); });
    });
    REQUIRE(inside.ok());
    CHECK(*inside == 2);
}

TEST_CASE("Two statements sent together: one round trip, each one's rows, and the second sees the first",
          "[database][message]") {
    TestFacility f;
    Database &db = f->database();
    REQUIRE(db.write([&] { return insertSetting(db, u"together.a"_s, u"1"_s); }).ok());
    REQUIRE(db.write([&] { return insertSetting(db, u"together.b"_s, u"2"_s); }).ok());
    const auto together = [&](const QString &value) {
        return db.write([&]() -> Result<std::pair<int, QStringList>> {
            SqlQuery update(db, u"UPDATE settings SET value = ? WHERE key LIKE 'together.%'"_s);
            update.bind(value);
            SqlQuery read(db, u"SELECT key, value FROM settings WHERE key LIKE 'together.%' ORDER BY key"_s);
            if (auto sent = db.execTogether(update, read); !sent)
                return sent.error();
            QStringList rows;
            while (read.next())
                rows.append(read.value(0).toString() + u'=' + read.value(1).toString());
            return std::pair{update.rowsAffected(), rows};
        });
    };
    REQUIRE(together(u"warm"_s).ok()); // prepared once
    const auto before = db.statementCounts();
    auto done = together(u"x"_s);
    REQUIRE(done.ok());
    CHECK(done->first == 2);
    CHECK(done->second == QStringList{u"together.a=x"_s, u"together.b=x"_s});
    // PostgreSQL: BEGIN, the update and the read in one message, then COMMIT; SQLite: four statements
    CHECK(roundTripsSince(db, before) == (onPostgres(db) ? 2 : 4));

    // The first statement's rows are kept while the second runs; the second is read as after exec().
    auto both = db.write([&]() -> Result<QStringList> {
        SqlQuery first(db, u"SELECT key FROM settings WHERE key LIKE 'together.%' ORDER BY key"_s);
        SqlQuery second(db, u"SELECT COUNT(*) FROM settings WHERE key LIKE 'together.%'"_s);
        if (auto sent = db.execTogether(first, second); !sent)
            return sent.error();
        QStringList seen;
        while (first.next())
            seen.append(first.value(0).toString());
        auto count = second.next() ? second.value(0).toString() : u"none"_s;
        seen.append(count);
        return seen;
    });
    REQUIRE(both.ok());
    CHECK(*both == QStringList{u"together.a"_s, u"together.b"_s, u"2"_s});
}

TEST_CASE("Either statement sent together failing fails the write, which changes nothing", "[database][message]") {
    TestFacility f;
    Database &db = f->database();
    REQUIRE(db.write([&] { return insertSetting(db, u"fail.taken"_s, u"first"_s); }).ok());
    for (int failing = 0; failing < 2; ++failing) {
        INFO("the failing statement: " << (failing == 0 ? "first" : "second"));
        for (int attempt = 1; attempt <= 2; ++attempt) {
            auto failed = db.write([&]() -> Result<void> {
                if (auto done = insertSetting(db, u"fail.before"_s, u"lost"_s); !done)
                    return done;
                SqlQuery fresh(db, u"INSERT INTO settings (key, value) VALUES (?, ?)"_s);
                fresh.bind(u"fail.fresh"_s).bind(u"lost"_s);
                SqlQuery taken(db, u"INSERT INTO settings (value, key) VALUES (?, ?)"_s); // the key exists
                taken.bind(u"second"_s).bind(u"fail.taken"_s);
                return failing == 0 ? db.execTogether(taken, fresh) : db.execTogether(fresh, taken);
            });
            REQUIRE_FALSE(failed.ok());
            CHECK(failed.error().code == ErrorCode::Storage);
            CHECK_FALSE(db.serverUnreachable());
        }
    }
    CHECK(settingsLike(db, u"fail.%"_s) == 1);
    SqlQuery value(db, u"SELECT value FROM settings WHERE key = 'fail.taken'"_s);
    CHECK(value.scalar().value().toString() == u"first"_s);
    REQUIRE(db.write([&] { return insertSetting(db, u"fail.after"_s, u"works"_s); }).ok());
    CHECK(settingsLike(db, u"fail.%"_s) == 2);
    if (onPostgres(db)) // after each failure the server was asked: nothing prepared twice
        CHECK(preparedTwice(db).isEmpty());
}

TEST_CASE("Stations registering at once never pass the day's cap, and their numbers have no gaps",
          "[database][message][registration]") {
    TestFacility f;
    constexpr int Stations = 12;
    constexpr int Cap = 5;
    const QList<Inmate> inmates = f.addInmates(Stations);
    Rules rules = f->rules();
    rules.dailyCapPeople = Cap;
    rules.visitsPerInmatePerWeek = 0;
    REQUIRE(f->saveRules(rules, u"admin"_s).ok());

    std::atomic<int> ready{0};
    std::atomic<int> stored{0};
    std::atomic<int> full{0};
    std::atomic<int> other{0};
    std::vector<std::thread> stations;
    for (int i = 0; i < Stations; ++i) {
        stations.emplace_back([&, i] {
            auto database = Database::open(f.location(), Database::OpenMode::MustExist);
            auto facility = database ? Facility::open(std::move(database).value(), f.clock, f.keyPath())
                                     : Result<std::unique_ptr<Facility>>(database.error());
            ++ready;
            while (ready.load() < Stations)
                std::this_thread::yield();
            if (!facility) {
                ++other;
                return;
            }
            const RegistrationRequest request{
                inmates.at(i).number, {{adult(100 + i), u"Pengunjung"_s}}, 0, Service::Visit, u"kiosk-%1"_s.arg(i)};
            auto issued = RegistrationService(**facility).registerGroup(request);
            (issued ? stored : issued.error().code == ErrorCode::RuleRefused ? full : other) += 1;
        });
    }
    for (std::thread &station : stations)
        station.join();
    CHECK(stored.load() == Cap);
    CHECK(full.load() == Stations - Cap);
    CHECK(other.load() == 0);
    QStringList expected;
    for (int number = 1; number <= Cap; ++number)
        expected.append(QString::number(number));
    CHECK(f.database.rows(u"SELECT queue_number FROM visits ORDER BY queue_number"_s) == expected);
    auto chain = AuditLog::verify(f->database());
    REQUIRE(chain.ok());
    CHECK(chain->intact);
}
