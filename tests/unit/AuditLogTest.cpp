// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/AuditLog.h"

#include "TestFacility.h"
#include "db/Database.h"
#include "db/GateService.h"
#include "db/RegistrationService.h"
#include "db/UserStore.h"

#include <QAtomicInt>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUrl>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace besuk;

namespace {

const QDate Day = TestFacility::reportDay();

// What someone with write access to the database file (or the PostgreSQL owner's password) can do, bypassing Besuk:
// switch off the triggers that refuse UPDATE and DELETE on audit_log, run `statements`, and put the triggers back.
void tamper(const TestFacility &f, const QStringList &statements) {
    const bool postgres = Database::isPostgresUrl(f.location());
    QStringList script;
    if (postgres)
        script << u"ALTER TABLE audit_log DISABLE TRIGGER USER"_s;
    else
        script << u"DROP TRIGGER audit_log_no_update"_s << u"DROP TRIGGER audit_log_no_delete"_s;
    script << statements;
    if (postgres)
        script << u"ALTER TABLE audit_log ENABLE TRIGGER USER"_s;
    else
        script << u"CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                  u"BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"_s
               << u"CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                  u"BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"_s;
    f.database.execute(script);
}

// The hash an entry with these fields gets when it follows an entry hashed `previous`: what someone who knows how
// the chain is made can compute. Made by AuditLog::append itself, on a scratch database whose last entry claims that
// hash.
QString forgedHash(const QString &previous, qint64 atMs, const QString &actor, const QString &action,
                   const QString &subject, const QString &detail) {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto scratch = Database::openSqlite(dir.filePath(u"scratch.db"_s), Database::OpenMode::CreateIfMissing);
    REQUIRE(scratch.ok());
    Database &db = **scratch;
    QSqlQuery seed(db.connection());
    seed.prepare(
        u"INSERT INTO audit_log (at, actor, action, subject, prev_hash, hash) VALUES (0, '', '', '', '', ?)"_s);
    seed.addBindValue(previous);
    REQUIRE(seed.exec());
    REQUIRE(db.write([&] { return AuditLog::append(db, atMs, actor, action, subject, detail); }).ok());
    QSqlQuery last(db.connection());
    REQUIRE(last.exec(u"SELECT prev_hash, hash FROM audit_log ORDER BY id DESC LIMIT 1"_s));
    REQUIRE(last.next());
    REQUIRE(last.value(0).toString() == previous);
    return last.value(1).toString();
}

// An entry's stored columns, as SQL literals are made of them (the values hold no quotes).
struct StoredEntry {
    qint64 at;
    QString actor, action, subject, detail, prevHash, hash;
};
StoredEntry stored(const TestFacility &f, qint64 id) {
    const QStringList rows = f.database.rows(
        u"SELECT at, actor, action, subject, detail, prev_hash, hash FROM audit_log WHERE id = %1"_s.arg(id));
    REQUIRE(rows.size() == 1);
    const QStringList v = rows.first().split(u'|');
    REQUIRE(v.size() == 7);
    return StoredEntry{v.at(0).toLongLong(), v.at(1), v.at(2), v.at(3), v.at(4), v.at(5), v.at(6)};
}

AuditCheck verified(TestFacility &f) {
    auto check = AuditLog::verify(f->database());
    REQUIRE(check.ok());
    return std::move(check).value();
}

QList<AuditEntry> entries(TestFacility &f, const AuditFilter &filter = {}) {
    auto found = AuditLog::entries(f->database(), filter);
    REQUIRE(found.ok());
    return std::move(found).value();
}

QList<qint64> idsOf(const QList<AuditEntry> &list) {
    QList<qint64> ids;
    for (const AuditEntry &entry : list)
        ids.append(entry.id);
    return ids;
}

QStringList actionsOf(const QList<AuditEntry> &list) {
    QStringList actions;
    for (const AuditEntry &entry : list)
        actions.append(entry.action);
    return actions;
}

// A facility whose audit log was written by what people do: set-up, roster, a registration, an inspection, an
// admit, a staff account. Eight entries, ids 1 to 8 (oldest first).
struct Chain {
    Chain() {
        f.addInmates(2);
        f.setLocal(Day, QTime(8, 30));
        auto ticket = RegistrationService(*f).registerGroup(
            RegistrationRequest{u"WB-001"_s,
                                {{makeNik(QDate(1985, 3, 14), Sex::Male, 1), u"Budi Santoso"_s}},
                                1,
                                Service::Visit,
                                u"kiosk-1"_s});
        REQUIRE(ticket.ok());
        GateService gate(*f);
        f.setLocal(Day, QTime(9, 0));
        REQUIRE(gate.inspect(ticket->payload,
                             InspectionRequest{
                                 InspectionPhase::Entry, u"Pak Joko"_s, {}, InspectionOutcome::Cleared, {}, {}})
                    ->verdict == Verdict::Valid);
        REQUIRE(gate.admit(ticket->payload, u"Pak Joko"_s)->verdict == Verdict::Admitted);
        REQUIRE(UserStore(*f).create(u"rina"_s, u"Rina Wati"_s, Role::Staff, u"482916"_s, u"cli:admin"_s).ok());
        f.setLocal(Day, QTime(9, 30));
        REQUIRE(f->logEvent(u"kiosk-1"_s, u"printer.failed"_s, u"kiosk-1"_s, u"out of paper"_s).ok());
        ids = idsOf(entries(f));
        std::reverse(ids.begin(), ids.end());
        REQUIRE(ids == QList<qint64>{1, 2, 3, 4, 5, 6, 7, 8});
    }
    TestFacility f;
    QList<qint64> ids;
};

// Not intact, from `firstBadId` on, and the problem says so in words that hold each of `words`.
void checkBroken(const AuditCheck &check, qint64 firstBadId, const QStringList &words) {
    INFO(check.problem);
    CHECK_FALSE(check.intact);
    CHECK(check.firstBadId == firstBadId);
    CHECK_FALSE(check.problem.isEmpty());
    for (const QString &word : words)
        CHECK(check.problem.contains(word));
}

} // namespace

TEST_CASE("An audit log written by real actions verifies intact", "[audit]") {
    Chain c;
    const AuditCheck check = verified(c.f);
    INFO(check.problem);
    CHECK(check.intact);
    CHECK(check.entries == 8);
    CHECK(check.firstBadId == 0);
    CHECK(check.problem.isEmpty());
    CHECK(actionsOf(entries(c.f)) == QStringList{u"printer.failed"_s, u"user.create"_s, u"visit.admit"_s,
                                                 u"visit.inspect.entry"_s, u"visit.register"_s, u"inmate.add"_s,
                                                 u"inmate.add"_s, u"facility.init"_s});
    // Append recorded the chain's head in the same transaction.
    const QStringList head = c.f.database.rows(u"SELECT value FROM settings WHERE key = 'audit.head'"_s);
    const QStringList last = c.f.database.rows(u"SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"_s);
    REQUIRE(last.size() == 1);
    CHECK(head == QStringList{QString(last.first()).replace(u'|', u':')});

    // Still intact after reopening and appending more.
    c.f.reopen();
    REQUIRE(c.f->logEvent(u"kiosk-1"_s, u"kiosk.unlock"_s, {}).ok());
    CHECK(verified(c.f).intact);
    CHECK(verified(c.f).entries == 9);
}

TEST_CASE("An empty audit log without a head is intact", "[audit]") {
    TestFacility f;
    tamper(f, {u"DELETE FROM audit_log"_s, u"DELETE FROM settings WHERE key = 'audit.head'"_s});
    const AuditCheck check = verified(f);
    CHECK(check.intact);
    CHECK(check.entries == 0);
}

TEST_CASE("verify finds entries changed, removed, inserted or reordered behind Besuk's back", "[audit]") {
    Chain c;
    REQUIRE(verified(c.f).intact);

    SECTION("a changed detail") {
        tamper(c.f, {u"UPDATE audit_log SET detail = detail || ' (edited)' WHERE id = 4"_s});
        checkBroken(verified(c.f), 4, {u"entry 4 was altered"_s});
    }
    SECTION("a changed actor") {
        tamper(c.f, {u"UPDATE audit_log SET actor = 'Bu Rina' WHERE id = 6"_s});
        checkBroken(verified(c.f), 6, {u"entry 6 was altered"_s});
    }
    SECTION("a changed time") {
        tamper(c.f, {u"UPDATE audit_log SET at = at - 3600000 WHERE id = 5"_s});
        checkBroken(verified(c.f), 5, {u"entry 5 was altered"_s});
    }
    SECTION("a changed stored hash") {
        tamper(c.f, {u"UPDATE audit_log SET hash = prev_hash WHERE id = 3"_s});
        checkBroken(verified(c.f), 3, {u"entry 3 was altered"_s});
    }
    SECTION("a deleted middle entry") {
        tamper(c.f, {u"DELETE FROM audit_log WHERE id = 4"_s});
        const AuditCheck check = verified(c.f);
        checkBroken(check, 4, {u"removed"_s, u"entries 3 and 5"_s});
        CHECK(check.entries == 7);
    }
    SECTION("the first entry deleted") {
        tamper(c.f, {u"DELETE FROM audit_log WHERE id = 1"_s});
        checkBroken(verified(c.f), 1, {u"oldest audit entries were removed"_s, u"entry 2"_s});
    }
    SECTION("the newest entry deleted") {
        tamper(c.f, {u"DELETE FROM audit_log WHERE id = 8"_s});
        const AuditCheck check = verified(c.f);
        checkBroken(check, 8, {u"entry, 8, was removed"_s, u"ends at entry 7"_s});
        CHECK(check.entries == 7);
    }
    SECTION("the two newest entries deleted") {
        tamper(c.f, {u"DELETE FROM audit_log WHERE id >= 7"_s});
        const AuditCheck check = verified(c.f);
        checkBroken(check, 7, {u"entries, 7 to 8, were removed"_s});
    }
    SECTION("every entry deleted, the head kept") {
        tamper(c.f, {u"DELETE FROM audit_log"_s});
        const AuditCheck check = verified(c.f);
        checkBroken(check, 1, {u"Every audit entry was removed"_s, u"entry 8"_s});
        CHECK(check.entries == 0);
    }
    SECTION("the head deleted") {
        tamper(c.f, {u"DELETE FROM settings WHERE key = 'audit.head'"_s});
        checkBroken(verified(c.f), 8, {u"missing"_s, u"after entry 8"_s});
    }
    SECTION("two entries swapped") {
        tamper(c.f, {u"UPDATE audit_log SET id = -1 WHERE id = 3"_s, u"UPDATE audit_log SET id = 3 WHERE id = 4"_s,
                     u"UPDATE audit_log SET id = 4 WHERE id = -1"_s});
        checkBroken(verified(c.f), 3, {u"reordered"_s, u"entry 3 belongs after entry 4"_s});
    }
    SECTION("two entries far apart swapped") {
        tamper(c.f, {u"UPDATE audit_log SET id = -1 WHERE id = 2"_s, u"UPDATE audit_log SET id = 2 WHERE id = 6"_s,
                     u"UPDATE audit_log SET id = 6 WHERE id = -1"_s});
        checkBroken(verified(c.f), 2, {u"reordered"_s, u"entry 2 belongs after entry 5"_s});
    }
    SECTION("an entry altered and its own hash recomputed") {
        // Entry 5 (the inspection) now names another officer, with a hash that matches: entry 6 no longer links to it.
        const StoredEntry fifth = stored(c.f, 5);
        const QString hash =
            forgedHash(fifth.prevHash, fifth.at, u"Bu Rina"_s, fifth.action, fifth.subject, fifth.detail);
        tamper(c.f, {u"UPDATE audit_log SET actor = 'Bu Rina', hash = '%1' WHERE id = 5"_s.arg(hash)});
        checkBroken(verified(c.f), 5, {u"entry 5 was altered"_s, u"entry 6"_s});
    }
    SECTION("a forged entry inserted in the middle") {
        // Entries 5-8 moved up one; a well-formed entry linked to entry 4 takes id 5. Entry 6 (the old 5) still
        // links to entry 4.
        const StoredEntry fourth = stored(c.f, 4);
        const qint64 at = fourth.at + 60000;
        const QString hash = forgedHash(fourth.hash, at, u"Pak Joko"_s, u"visit.admit"_s, u"A-009"_s, u"visit=9"_s);
        QStringList script;
        for (int id = 8; id >= 5; --id)
            script << u"UPDATE audit_log SET id = %1 WHERE id = %2"_s.arg(id + 1).arg(id);
        script << u"INSERT INTO audit_log (id, at, actor, action, subject, detail, prev_hash, hash) VALUES "
                  u"(5, %1, 'Pak Joko', 'visit.admit', 'A-009', 'visit=9', '%2', '%3')"_s.arg(at)
                      .arg(fourth.hash, hash);
        tamper(c.f, script);
        const AuditCheck check = verified(c.f);
        checkBroken(check, 5, {u"inserted after entry 4"_s, u"entry 6"_s});
        CHECK(check.entries == 9);
    }
    SECTION("a well-formed entry added after the head") {
        // Appended with the right link and hash, but not by Besuk: the head still names entry 8.
        const StoredEntry eighth = stored(c.f, 8);
        REQUIRE(c.f->logEvent(u"Pak Joko"_s, u"visit.admit"_s, u"A-009"_s).ok());
        tamper(c.f, {u"UPDATE settings SET value = '8:%1' WHERE key = 'audit.head'"_s.arg(eighth.hash)});
        checkBroken(verified(c.f), 9, {u"entry 9 was added outside Besuk"_s, u"is 8"_s});
    }
    SECTION("a copy of an entry appended") {
        tamper(c.f, {u"INSERT INTO audit_log (id, at, actor, action, subject, detail, prev_hash, hash) "
                     u"SELECT 9, at, actor, action, subject, detail, prev_hash, hash FROM audit_log WHERE id = 8"_s});
        const AuditCheck check = verified(c.f);
        CHECK_FALSE(check.intact);
        CHECK(check.firstBadId == 8);
        CHECK(check.problem.contains(u"inserted"_s));
    }
}

TEST_CASE("verify cannot see a chain rewritten from its first change with the head moved to match", "[audit]") {
    // The documented limit (AuditLog.h): the newest entry removed and the head set to the one before it.
    Chain c;
    const QStringList seventh = c.f.database.rows(u"SELECT id, hash FROM audit_log WHERE id = 7"_s);
    REQUIRE(seventh.size() == 1);
    tamper(c.f,
           {u"DELETE FROM audit_log WHERE id = 8"_s, u"UPDATE settings SET value = '%1' WHERE key = 'audit.head'"_s.arg(
                                                         QString(seventh.first()).replace(u'|', u':'))});
    CHECK(verified(c.f).intact);
}

TEST_CASE("Audit entries are read newest first, filtered and paged", "[audit]") {
    TestFacility f; // entry 1: facility.init at 09:00
    const auto log = [&](int hour, int minute, const QString &actor, const QString &action, const QString &subject,
                         const QString &detail = {}) {
        f.setLocal(Day, QTime(hour, minute));
        REQUIRE(f->logEvent(actor, action, subject, detail).ok());
    };
    log(9, 10, u"Pak Joko"_s, u"visit.admit"_s, u"A-001"_s, u"visit=1"_s);
    log(9, 20, u"Bu Rina"_s, u"visit.cancel"_s, u"A-002"_s, u"visit=2 reason=Sakit mendadak"_s);
    log(9, 30, u"Pak Joko"_s, u"visit.checkout"_s, u"A-001"_s, u"visit=1"_s);
    log(10, 0, u"cli:admin"_s, u"user.create"_s, u"rina"_s, u"role=staff"_s);
    log(10, 30, u"kiosk-1"_s, u"printer.failed"_s, u"kiosk-1"_s, u"100% full_queue"_s);
    log(11, 0, u"Pak Joko"_s, u"visitor.note"_s, u"B-001"_s);

    const QList<AuditEntry> all = entries(f);
    REQUIRE(idsOf(all) == QList<qint64>{7, 6, 5, 4, 3, 2, 1});
    const AuditEntry &cancel = all.at(4);
    CHECK(cancel.id == 3);
    CHECK(cancel.at == QDateTime(Day, QTime(9, 20), QTimeZone("Asia/Makassar")));
    CHECK(cancel.at.timeSpec() == Qt::UTC);
    CHECK(cancel.actor == u"Bu Rina"_s);
    CHECK(cancel.action == u"visit.cancel"_s);
    CHECK(cancel.subject == u"A-002"_s);
    CHECK(cancel.detail == u"visit=2 reason=Sakit mendadak"_s);
    CHECK(cancel.hash.size() == 64);

    AuditFilter filter;
    SECTION("by actor, exactly") {
        filter.actor = u"Pak Joko"_s;
        CHECK(idsOf(entries(f, filter)) == QList<qint64>{7, 4, 2});
        filter.actor = u"Joko"_s;
        CHECK(entries(f, filter).isEmpty());
    }
    SECTION("by action prefix") {
        filter.actionPrefix = u"visit."_s;
        CHECK(idsOf(entries(f, filter)) == QList<qint64>{4, 3, 2});
        filter.actionPrefix = u"visit"_s;
        CHECK(idsOf(entries(f, filter)) == QList<qint64>{7, 4, 3, 2});
        filter.actionPrefix = u"visit.c"_s;
        CHECK(idsOf(entries(f, filter)) == QList<qint64>{4, 3});
        filter.actionPrefix = u"%"_s; // a wildcard is taken literally
        CHECK(entries(f, filter).isEmpty());
    }
    SECTION("by text in the subject or the detail, ignoring case") {
        filter.text = u"a-001"_s;
        CHECK(idsOf(entries(f, filter)) == QList<qint64>{4, 2});
        filter.text = u"SAKIT"_s;
        CHECK(idsOf(entries(f, filter)) == QList<qint64>{3});
        filter.text = u"visit=1"_s;
        CHECK(idsOf(entries(f, filter)) == QList<qint64>{4, 2});
        filter.text = u"100%"_s;
        CHECK(idsOf(entries(f, filter)) == QList<qint64>{6});
        filter.text = u"l_q"_s; // '_' is literal, not any character
        CHECK(idsOf(entries(f, filter)) == QList<qint64>{6});
        filter.text = u"ful_"_s; // would match "full" if '_' were a wildcard
        CHECK(entries(f, filter).isEmpty());
    }
    SECTION("by time: from inclusive, to exclusive") {
        filter.from = QDateTime(Day, QTime(9, 20), QTimeZone("Asia/Makassar"));
        filter.to = QDateTime(Day, QTime(10, 30), QTimeZone("Asia/Makassar"));
        CHECK(idsOf(entries(f, filter)) == QList<qint64>{5, 4, 3});
        filter.to = {};
        CHECK(idsOf(entries(f, filter)) == QList<qint64>{7, 6, 5, 4, 3});
        filter.from = {};
        filter.to = QDateTime(Day, QTime(9, 10), QTimeZone("Asia/Makassar"));
        CHECK(idsOf(entries(f, filter)) == QList<qint64>{1});
    }
    SECTION("conditions together") {
        filter.actor = u"Pak Joko"_s;
        filter.actionPrefix = u"visit."_s;
        filter.text = u"A-001"_s;
        filter.from = QDateTime(Day, QTime(9, 15), QTimeZone("Asia/Makassar"));
        CHECK(idsOf(entries(f, filter)) == QList<qint64>{4});
    }
    SECTION("paged with a limit and the last id seen") {
        filter.limit = 3;
        const QList<AuditEntry> first = entries(f, filter);
        CHECK(idsOf(first) == QList<qint64>{7, 6, 5});
        filter.beforeId = first.last().id;
        const QList<AuditEntry> second = entries(f, filter);
        CHECK(idsOf(second) == QList<qint64>{4, 3, 2});
        filter.beforeId = second.last().id;
        CHECK(idsOf(entries(f, filter)) == QList<qint64>{1});
        filter.beforeId = 1;
        CHECK(entries(f, filter).isEmpty());
    }
    SECTION("a limit out of range is refused") {
        for (int limit : {0, -1, AuditLog::MaxLimit + 1}) {
            filter.limit = limit;
            auto refused = AuditLog::entries(f->database(), filter);
            REQUIRE_FALSE(refused.ok());
            CHECK(refused.error().code == ErrorCode::InvalidInput);
        }
    }
}
