// SPDX-License-Identifier: GPL-3.0-or-later
// The per-connection prepared-statement cache (Database, SqlQuery) and the statements the hot paths send
// (issue #19). Run on SQLite and, through the "pg unit:" variants, on PostgreSQL, where the server's own list of
// prepared statements (pg_prepared_statements, per session) shows what the connection keeps.

#include "TestFacility.h"
#include "db/Database.h"
#include "db/GateService.h"
#include "db/RegistrationService.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace besuk;

namespace {

const QString Lead = makeNik(QDate(1985, 3, 14), Sex::Male, 1);
const QString Partner = makeNik(QDate(1990, 7, 2), Sex::Female, 2);

// The statements this connection holds prepared on the server (PostgreSQL), e.g. "SELECT $1 + 1".
QStringList serverStatements(Database &db) {
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(u"SELECT statement FROM pg_prepared_statements ORDER BY statement"_s));
    QStringList statements;
    while (query.next())
        statements.append(query.value(0).toString());
    return statements;
}

// Qt's warnings while it lives (QPSQL reports a prepared statement it could not release as one).
class CapturedWarnings {
public:
    CapturedWarnings() : m_previous(qInstallMessageHandler(&CapturedWarnings::keep)) { captured().clear(); }
    ~CapturedWarnings() { qInstallMessageHandler(m_previous); }
    CapturedWarnings(const CapturedWarnings &) = delete;
    CapturedWarnings &operator=(const CapturedWarnings &) = delete;
    [[nodiscard]] QStringList messages() const { return captured(); }

private:
    static QStringList &captured() {
        static QStringList messages;
        return messages;
    }
    static void keep(QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type != QtDebugMsg && type != QtInfoMsg)
            captured().append(message);
    }
    QtMessageHandler m_previous;
};

bool onPostgres(Database &db) {
    return db.backend() == Backend::Postgres;
}

QVariant selectPlusOne(Database &db, const QString &sql, int value) {
    SqlQuery query(db, sql);
    query.bind(value);
    auto result = query.scalar();
    REQUIRE(result.ok());
    return *result;
}

Result<IssuedTicket> registerGroup(Facility &facility, const QString &inmate) {
    return RegistrationService(facility).registerGroup(RegistrationRequest{
        inmate, {{Lead, u"Budi Santoso"_s}, {Partner, u"Siti Aminah"_s}}, 1, Service::Visit, u"kiosk-1"_s});
}

} // namespace

TEST_CASE("The same SQL text reuses one prepared statement with new bindings", "[database][cache]") {
    TestFacility f;
    Database &db = f->database();
    const QString sql = u"SELECT CAST(? AS INTEGER) + 1"_s;
    const auto before = db.statementCounts();
    for (int i = 1; i <= 3; ++i)
        CHECK(selectPlusOne(db, sql, i * 10).toInt() == i * 10 + 1);
    const auto after = db.statementCounts();
    CHECK(after.prepared - before.prepared == 1);
    CHECK(after.executed - before.executed == 3);
    CHECK(after.released == before.released);
    if (onPostgres(db)) // one PREPARE kept on the server, executed three times; nothing deallocated
        CHECK(serverStatements(db).filter(u"CAST($1 AS INTEGER) + 1"_s).size() == 1);

    db.setStatementCacheCapacity(0); // the "before": every statement prepared, executed and released
    CHECK(db.cachedStatements() == 0);
    const auto off = db.statementCounts();
    CHECK(selectPlusOne(db, sql, 5).toInt() == 6);
    CHECK(db.statementCounts().prepared - off.prepared == 1);
    CHECK(db.statementCounts().released - off.released == 1);
    if (onPostgres(db))
        CHECK(serverStatements(db).filter(u"CAST($1 AS INTEGER) + 1"_s).isEmpty());
}

TEST_CASE("The statement cache is bounded: the least recently used statement goes", "[database][cache]") {
    TestFacility f;
    Database &db = f->database();
    db.setStatementCacheCapacity(2);
    const QString first = u"SELECT CAST(? AS INTEGER) + 1"_s, second = u"SELECT CAST(? AS INTEGER) + 2"_s,
                  third = u"SELECT CAST(? AS INTEGER) + 3"_s;
    CHECK(selectPlusOne(db, first, 1).toInt() == 2);
    CHECK(selectPlusOne(db, second, 1).toInt() == 3);
    CHECK(selectPlusOne(db, first, 2).toInt() == 3); // first is now the more recently used
    CHECK(selectPlusOne(db, third, 1).toInt() == 4); // evicts second
    CHECK(db.cachedStatements() == 2);
    if (onPostgres(db)) {
        const QStringList kept = serverStatements(db);
        CHECK(kept.filter(u"INTEGER) + 1"_s).size() == 1);
        CHECK(kept.filter(u"INTEGER) + 2"_s).isEmpty());
        CHECK(kept.filter(u"INTEGER) + 3"_s).size() == 1);
    }
    const auto before = db.statementCounts();
    CHECK(selectPlusOne(db, first, 3).toInt() == 4);
    CHECK(selectPlusOne(db, third, 3).toInt() == 6);
    CHECK(db.statementCounts().prepared == before.prepared); // both still prepared
    CHECK(selectPlusOne(db, second, 3).toInt() == 5);
    CHECK(db.statementCounts().prepared == before.prepared + 1); // second had gone
}

TEST_CASE("One SQL text in use twice at once gets a second statement, and both give their own rows",
          "[database][cache]") {
    TestFacility f;
    Database &db = f->database();
    const QString sql = u"SELECT CAST(? AS INTEGER) * 2"_s;
    SqlQuery outer(db, sql);
    outer.bind(21);
    REQUIRE(outer.exec().ok());
    {
        SqlQuery inner(db, sql);
        inner.bind(50);
        auto value = inner.scalar();
        REQUIRE(value.ok());
        CHECK(value->toInt() == 100);
    }
    REQUIRE(outer.next());
    CHECK(outer.value(0).toInt() == 42);
    CHECK(selectPlusOne(db, sql, 4).toInt() == 8);
}

TEST_CASE("Values bound but never executed do not reach the statement's next user", "[database][cache]") {
    TestFacility f;
    Database &db = f->database();
    const QString sql = u"SELECT CAST(? AS INTEGER) - CAST(? AS INTEGER)"_s;
    {
        SqlQuery abandoned(db, sql);
        abandoned.bind(1000);
    }
    SqlQuery query(db, sql);
    query.bind(10).bind(3);
    auto value = query.scalar();
    REQUIRE(value.ok());
    CHECK(value->toInt() == 7);
}

TEST_CASE("A statement that fails mid-transaction leaves the cache usable", "[database][cache]") {
    TestFacility f;
    const CapturedWarnings warnings;
    Database &db = f->database();
    const QString insert = u"INSERT INTO settings (key, value) VALUES (?, ?)"_s;
    const QString read = u"SELECT value FROM settings WHERE key = ?"_s;
    const auto readKey = [&](const QString &key) {
        SqlQuery query(db, read);
        query.bind(key);
        auto value = query.scalar();
        REQUIRE(value.ok());
        return value->toString();
    };
    CHECK(readKey(u"nothing"_s).isEmpty()); // cached

    auto failed = db.write([&]() -> Result<void> {
        SqlQuery first(db, insert);
        first.bind(u"cache.test"_s).bind(u"one"_s);
        if (auto done = first.exec(); !done)
            return done;
        SqlQuery again(db, insert); // the same key again: the primary key refuses it
        again.bind(u"cache.test"_s).bind(u"two"_s);
        return again.exec();
    });
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().code == ErrorCode::Storage);
    CHECK(readKey(u"cache.test"_s).isEmpty()); // rolled back as a whole
    if (onPostgres(db)) { // the failed second statement is gone from the server too (released after the rollback);
                          // the first, which carried the BEGIN, is one of the connection's own (Database::execTogether)
        const QStringList held = serverStatements(db);
        INFO(held.join(u" | "_s).toStdString());
        const QString insertSql = u"INSERT INTO settings (key, value) VALUES ($1, $2)"_s;
        const auto driverInserts = std::count_if(held.begin(), held.end(), [&](const QString &statement) {
            return statement.startsWith(u"PREPARE qpsqlpstmt_"_s) && statement.endsWith(u" AS "_s + insertSql);
        });
        CHECK(driverInserts == 0);
        CHECK(statementsSentAsText(db).count(insertSql) == 1);
    }
    CHECK(warnings.messages().filter(u"free statement"_s).isEmpty());

    const auto before = db.statementCounts();
    auto stored = db.write([&]() -> Result<void> {
        SqlQuery query(db, insert);
        query.bind(u"cache.test"_s).bind(u"three"_s);
        return query.exec();
    });
    REQUIRE(stored.ok());
    CHECK(readKey(u"cache.test"_s) == u"three"_s);
    CHECK(db.statementCounts().prepared - before.prepared <= 1); // the read statement was still prepared
}

TEST_CASE("Schema changes through execute() empty the statement cache", "[database][cache]") {
    TestFacility f;
    Database &db = f->database();
    REQUIRE(db.execute(u"CREATE TABLE cache_probe (a INTEGER)"_s).ok());
    REQUIRE(db.execute(u"INSERT INTO cache_probe (a) VALUES (1)"_s).ok());
    const QString sql = u"SELECT * FROM cache_probe WHERE a = ?"_s;
    {
        SqlQuery query(db, sql);
        query.bind(1);
        REQUIRE(query.exec().ok());
        REQUIRE(query.next());
        CHECK(query.value(0).toInt() == 1);
    }
    CHECK(db.cachedStatements() > 0);
    // A new column changes what SELECT * returns: a statement prepared before would fail on PostgreSQL
    // ("cached plan must not change result type").
    REQUIRE(db.execute(u"ALTER TABLE cache_probe ADD COLUMN b INTEGER NOT NULL DEFAULT 7"_s).ok());
    CHECK(db.cachedStatements() == 0);
    SqlQuery query(db, sql);
    query.bind(1);
    REQUIRE(query.exec().ok());
    REQUIRE(query.next());
    CHECK(query.value(1).toInt() == 7);
}

TEST_CASE("A registration and an admit send few statements, and return what is stored", "[database][cache]") {
    TestFacility f;
    f.addInmates(3);
    Database &db = f->database();
    auto warm = registerGroup(*f, u"WB-001"_s); // the statements prepared once
    REQUIRE(warm.ok());

    auto before = db.statementCounts();
    auto ticket = registerGroup(*f, u"WB-002"_s);
    REQUIRE(ticket.ok());
    auto spent = db.statementCounts();
    INFO("registration: prepared " << spent.prepared - before.prepared << ", executed "
                                   << spent.executed - before.executed << ", direct " << spent.direct - before.direct);
    CHECK(spent.prepared == before.prepared);
    CHECK(spent.released == before.released);
    // visitors (PostgreSQL: then the audit chain's lock), counter (PostgreSQL: in the next statement), rule reads
    // (with the newest audit hash; on PostgreSQL the new visit's id too), then on PostgreSQL one statement for the
    // visit, its members, the audit entry, the chain head and the change, on SQLite five
    CHECK(spent.executed - before.executed == (onPostgres(db) ? 3 : 8));
    CHECK(spent.direct - before.direct == 2); // BEGIN, COMMIT
    // PostgreSQL: BEGIN, the visitors and the rule read in one message; the last statement with the COMMIT
    CHECK(spent.roundTrips() - before.roundTrips() == (onPostgres(db) ? 2 : 10));
    auto stored = VisitRepository::load(db, ticket->visit.id);
    REQUIRE(stored.ok());
    CHECK(stored->members.size() == 2);
    CHECK(ticket->visit.registeredAt == stored->registeredAt);
    CHECK(ticket->visit.members.first().maskedNik == stored->members.first().maskedNik);
    CHECK(ticket->visit.inmate.number == stored->inmate.number);
    CHECK(ticket->visit.session == stored->session);

    Rules rules = f->rules();
    rules.requireClearedInspection = false;
    REQUIRE(f->saveRules(rules, u"test"_s).ok());
    GateService gate(*f);
    REQUIRE(gate.admit(warm->payload, u"Pak Joko"_s).ok()); // an admit's statements prepared once
    REQUIRE(gate.scan(ticket->payload).ok());
    before = db.statementCounts();
    auto scanned = gate.scan(ticket->payload);
    REQUIRE(scanned.ok());
    CHECK(scanned->verdict == Verdict::Valid);
    spent = db.statementCounts();
    CHECK(spent.executed - before.executed == 1); // the visit with its members and how many bans are in force
    CHECK(spent.direct - before.direct == 0);     // no transaction: one statement answers it
    CHECK(spent.roundTrips() - before.roundTrips() == 1);

    auto admitted = gate.admit(ticket->payload, u"Pak Joko"_s);
    REQUIRE(admitted.ok());
    REQUIRE(admitted->verdict == Verdict::Admitted);
    // the visit (as above), the update (PostgreSQL: with the audit chain's lock), the newest audit hash, then on
    // PostgreSQL the entry with the head and the change, on SQLite change, entry and head
    CHECK(db.statementCounts().executed - spent.executed == (onPostgres(db) ? 4 : 6));
    // PostgreSQL: BEGIN with the visit, the update with the newest hash, the entry with the COMMIT
    CHECK(db.statementCounts().roundTrips() - spent.roundTrips() == (onPostgres(db) ? 3 : 8));
    auto after = VisitRepository::load(db, ticket->visit.id);
    REQUIRE(after.ok());
    CHECK(admitted->visit->status == after->status);
    CHECK(admitted->visit->admittedAt == after->admittedAt);
    CHECK(admitted->visit->admittedBy == after->admittedBy);
}

TEST_CASE("An insert gives the new row's id: RETURNING on PostgreSQL, the connection's on SQLite",
          "[database][cache]") {
    TestFacility f;
    Database &db = f->database();
    REQUIRE(db.execute(onPostgres(db) ? u"CREATE TABLE inserted (id BIGSERIAL PRIMARY KEY, note TEXT NOT NULL)"_s
                                      : u"CREATE TABLE inserted (id INTEGER PRIMARY KEY, note TEXT NOT NULL)"_s)
                .ok());
    const QString sql = u"INSERT INTO inserted (note) VALUES (?)"_s + db.returningId();
    CHECK(sql.endsWith(u" RETURNING id"_s) == onPostgres(db));
    QList<qint64> ids;
    auto written = db.write([&]() -> Result<void> {
        for (const QString &note : {u"satu"_s, u"dua"_s, u"tiga"_s}) {
            SqlQuery insert(db, sql);
            insert.bind(note);
            auto id = insert.insertedId();
            if (!id)
                return id.error();
            ids.append(*id);
        }
        return {};
    });
    REQUIRE(written.ok());
    REQUIRE(ids.size() == 3);
    CHECK(ids[0] < ids[1]);
    CHECK(ids[1] < ids[2]);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        SqlQuery note(db, u"SELECT note FROM inserted WHERE id = ?"_s);
        note.bind(ids[i]);
        auto text = note.scalar();
        REQUIRE(text.ok());
        CHECK(text->toString() == QStringList{u"satu"_s, u"dua"_s, u"tiga"_s}.at(i));
    }
}
