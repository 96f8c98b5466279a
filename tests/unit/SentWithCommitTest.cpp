// SPDX-License-Identifier: GPL-3.0-or-later
// A write's last statement sent with its COMMIT (SqlQuery::sendWithCommit, issue #19): on PostgreSQL one message
// and one round trip for both, prepared on the server under a name of ours; on SQLite an ordinary statement. Run on
// SQLite and, through the "pg unit:" variants, on PostgreSQL, where pg_prepared_statements shows what the server
// holds.

#include "TestFacility.h"
#include "db/Database.h"
#include "db/RegistrationService.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace besuk;

namespace {

const QString InsertSetting = u"INSERT INTO settings (key, value) VALUES (?, ?)"_s;

bool onPostgres(const Database &db) {
    return db.backend() == Backend::Postgres;
}

// Of the statements of ours that this connection holds prepared on the server, those that insert a setting.
QStringList settingInserts(Database &db) {
    return statementsSentAsText(db).filter(
        QRegularExpression(u"^INSERT INTO settings \\(key, value\\) VALUES \\(\\$1, \\$2\\)$"_s));
}

Result<void> writeSetting(Database &db, const QString &key, const QString &value) {
    return db.write([&]() -> Result<void> {
        SqlQuery insert(db, InsertSetting);
        insert.bind(key).bind(value);
        return insert.sendWithCommit();
    });
}

QVariant readSetting(Database &db, const QString &key) {
    SqlQuery query(db, u"SELECT value FROM settings WHERE key = ?"_s);
    query.bind(key);
    auto value = query.scalar();
    REQUIRE(value.ok());
    return *value;
}

Database::StatementCounts spentSince(const Database &db, const Database::StatementCounts &before) {
    const auto now = db.statementCounts();
    return {now.prepared - before.prepared, now.executed - before.executed, now.direct - before.direct,
            now.released - before.released, now.alongside - before.alongside};
}

} // namespace

TEST_CASE("A write's last statement travels with its COMMIT in one round trip and is stored", "[database][commit]") {
    TestFacility f;
    Database &db = f->database();
    REQUIRE(writeSetting(db, u"sent.one"_s, u"satu"_s).ok()); // prepared on first use
    const auto before = db.statementCounts();
    REQUIRE(writeSetting(db, u"sent.two"_s, u"dua"_s).ok());
    const auto spent = spentSince(db, before);
    INFO("prepared " << spent.prepared << ", executed " << spent.executed << ", direct " << spent.direct
                     << ", alongside " << spent.alongside);
    CHECK(spent.prepared == 0);
    CHECK(spent.executed == 1);
    CHECK(spent.direct == 2); // BEGIN, COMMIT
    // PostgreSQL: BEGIN, the insert and the COMMIT in one message; SQLite: BEGIN, insert, COMMIT
    CHECK(spent.roundTrips() == (onPostgres(db) ? 1 : 3));
    CHECK(readSetting(db, u"sent.one"_s).toString() == u"satu"_s);
    CHECK(readSetting(db, u"sent.two"_s).toString() == u"dua"_s);
    if (onPostgres(db)) { // prepared once under our name, executed twice
        const QStringList held = settingInserts(db);
        INFO(statementsSentAsText(db).join(u" | "_s).toStdString());
        CHECK(held.size() == 1);
    }
}

TEST_CASE("Values sent with the COMMIT arrive exactly as bound", "[database][commit]") {
    TestFacility f;
    Database &db = f->database();
    REQUIRE(db.execute(onPostgres(db) ? u"CREATE TABLE sent_probe (id BIGINT PRIMARY KEY, words TEXT NOT NULL, "
                                        u"bytes BYTEA, amount BIGINT, flag BOOLEAN)"_s
                                      : u"CREATE TABLE sent_probe (id INTEGER PRIMARY KEY, words TEXT NOT NULL, "
                                        u"bytes BLOB, amount INTEGER, flag BOOLEAN)"_s)
                .ok());
    QByteArray everyByte;
    for (int b = 0; b < 256; ++b)
        everyByte.append(char(b));
    const QStringList words{u"it's"_s,          u"back\\slash \\x41 \\'"_s,       u"'); DELETE FROM sent_probe; --"_s,
                            u"why? $1 :name"_s, u"Ñoño · 日本語 · 🙂"_s, QString()};
    auto written = db.write([&]() -> Result<void> {
        for (qsizetype i = 0; i < words.size(); ++i) {
            SqlQuery insert(db, u"INSERT INTO sent_probe (id, words, bytes, amount, flag) VALUES (?, ?, ?, ?, ?)"_s);
            insert.bind(qint64(i + 1)).bind(words[i]);
            insert.bind(i == 0 ? QVariant(everyByte) : QVariant(QMetaType(QMetaType::QByteArray)));
            insert.bind(i == 1 ? QVariant(qint64(9'007'199'254'740'993)) : QVariant(QMetaType(QMetaType::LongLong)));
            insert.bind(i % 2 == 0);
            if (auto sent = insert.sendWithCommit(); !sent) // each goes out before the next is held
                return sent;
        }
        return {};
    });
    INFO((written ? QString() : written.error().message + u" / "_s + written.error().detail).toStdString());
    REQUIRE(written.ok());
    SqlQuery read(db, u"SELECT id, words, bytes, amount, flag FROM sent_probe ORDER BY id"_s);
    REQUIRE(read.exec().ok());
    qsizetype row = 0;
    while (read.next()) {
        INFO("row " << row);
        CHECK(read.value(1).toString() == (words[row].isNull() ? u""_s : words[row]));
        CHECK(read.value(2).isNull() == (row != 0));
        if (row == 0)
            CHECK(read.value(2).toByteArray() == everyByte);
        CHECK(read.value(3).isNull() == (row != 1));
        if (row == 1)
            CHECK(read.value(3).toLongLong() == 9'007'199'254'740'993);
        CHECK(read.value(4).toBool() == (row % 2 == 0));
        ++row;
    }
    CHECK(row == words.size());
}

TEST_CASE("A statement sent with the COMMIT that fails fails the write, changes nothing and leaves nothing behind",
          "[database][commit]") {
    TestFacility f;
    Database &db = f->database();
    REQUIRE(writeSetting(db, u"sent.taken"_s, u"first"_s).ok());
    for (int attempt = 1; attempt <= 3; ++attempt) {
        auto failed = db.write([&]() -> Result<void> {
            SqlQuery other(db, InsertSetting);
            other.bind(u"sent.other"_s).bind(u"lost"_s);
            if (auto done = other.exec(); !done)
                return done;
            SqlQuery again(db, InsertSetting); // the primary key refuses it, at the COMMIT's message
            again.bind(u"sent.taken"_s).bind(u"second"_s);
            return again.sendWithCommit();
        });
        REQUIRE_FALSE(failed.ok());
        CHECK(failed.error().code == ErrorCode::Storage);
        CHECK_FALSE(db.serverUnreachable());
    }
    CHECK(readSetting(db, u"sent.taken"_s).toString() == u"first"_s);
    CHECK(readSetting(db, u"sent.other"_s).isNull()); // rolled back with it
    REQUIRE(writeSetting(db, u"sent.after"_s, u"works"_s).ok());
    CHECK(readSetting(db, u"sent.after"_s).toString() == u"works"_s);
    if (onPostgres(db)) // asked the server after each failure: still one statement, never prepared twice
        CHECK(settingInserts(db).size() == 1);
}

TEST_CASE("A held statement goes out before the write's next statement, which sees it", "[database][commit]") {
    TestFacility f;
    Database &db = f->database();
    QVariant seen;
    auto written = db.write([&]() -> Result<void> {
        SqlQuery insert(db, InsertSetting);
        insert.bind(u"sent.seen"_s).bind(u"yes"_s);
        if (auto held = insert.sendWithCommit(); !held)
            return held;
        seen = readSetting(db, u"sent.seen"_s);
        return {};
    });
    REQUIRE(written.ok());
    CHECK(seen.toString() == u"yes"_s);
    CHECK(readSetting(db, u"sent.seen"_s).toString() == u"yes"_s);
}

TEST_CASE("A write that gives up after holding a statement sends nothing of it", "[database][commit]") {
    TestFacility f;
    Database &db = f->database();
    const auto before = db.statementCounts();
    auto refused = db.write([&]() -> Result<void> {
        SqlQuery insert(db, InsertSetting);
        insert.bind(u"sent.never"_s).bind(u"no"_s);
        if (auto held = insert.sendWithCommit(); !held)
            return held;
        return makeError(ErrorCode::RuleRefused, u"refused after all"_s);
    });
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::RuleRefused);
    if (onPostgres(db)) // not even the BEGIN: nothing reached the server
        CHECK(spentSince(db, before).roundTrips() == 0);
    CHECK(readSetting(db, u"sent.never"_s).isNull());
    REQUIRE(writeSetting(db, u"sent.later"_s, u"ok"_s).ok());
    CHECK(readSetting(db, u"sent.later"_s).toString() == u"ok"_s);
}

TEST_CASE("Schema changes release the statements sent with the COMMIT, which are prepared again",
          "[database][commit]") {
    TestFacility f;
    Database &db = f->database();
    REQUIRE(writeSetting(db, u"sent.before"_s, u"1"_s).ok());
    const qsizetype heldBefore = onPostgres(db) ? statementsSentAsText(db).size() : 0;
    REQUIRE(db.execute(u"CREATE TABLE sent_schema_probe (a INTEGER)"_s).ok());
    const auto before = db.statementCounts();
    REQUIRE(writeSetting(db, u"sent.after"_s, u"2"_s).ok());
    const auto spent = spentSince(db, before);
    CHECK(readSetting(db, u"sent.after"_s).toString() == u"2"_s);
    if (!onPostgres(db))
        return;
    CHECK(heldBefore >= 1);
    CHECK(spent.released == heldBefore); // the old names, in the same message as BEGIN, the statement and the COMMIT
    CHECK(spent.prepared == 1);
    CHECK(spent.roundTrips() == 1);
    CHECK(statementsSentAsText(db).size() == 1);
}

TEST_CASE("Every thousandth change forgets the changes every station has long since seen", "[database][commit]") {
    TestFacility f;
    f.addInmates(3);
    Database &db = f->database();
    const qint64 nowMs = f->now().toMSecsSinceEpoch();
    const qint64 twoDaysAgo = nowMs - 2LL * 24 * 3600 * 1000;
    REQUIRE(db.write([&]() -> Result<void> {
                  SqlQuery old(db, u"INSERT INTO changes (id, at, kind, subject) VALUES (?, ?, 'test', 'old'), "
                                   u"(?, ?, 'test', 'recent')"_s);
                  old.bind(qint64(500)).bind(twoDaysAgo).bind(qint64(997)).bind(nowMs);
                  return old.exec();
              }).ok());
    if (onPostgres(db))
        REQUIRE(db.execute(u"SELECT setval(pg_get_serial_sequence('changes', 'id'), 997)"_s).ok());
    const auto countOf = [&](const QString &subject) {
        SqlQuery count(db, u"SELECT COUNT(*) FROM changes WHERE subject = ?"_s);
        count.bind(subject);
        auto n = count.scalar();
        REQUIRE(n.ok());
        return n->toInt();
    };
    const QString lead = makeNik(QDate(1985, 3, 14), Sex::Male, 1);
    for (const QString &inmate : {u"WB-001"_s, u"WB-002"_s, u"WB-003"_s}) {
        CHECK(countOf(u"old"_s) == 1); // changes 998 and 999 kept it
        auto ticket = RegistrationService(*f).registerGroup(
            RegistrationRequest{inmate, {{lead, u"Budi Santoso"_s}}, 0, Service::Visit, u"kiosk-1"_s});
        REQUIRE(ticket.ok());
    }
    SqlQuery newest(db, u"SELECT MAX(id) FROM changes"_s);
    auto newestId = newest.scalar();
    REQUIRE(newestId.ok());
    CHECK(newestId->toLongLong() == 1000);
    CHECK(countOf(u"old"_s) == 0);    // change 1000 forgot it
    CHECK(countOf(u"recent"_s) == 1); // seen within the day: kept
}
