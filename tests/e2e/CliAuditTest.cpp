// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "db/Database.h"

#include <QAtomicInt>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace besuk::e2e;

namespace {

QString at(const QString &time) {
    return u"2025-12-27T"_s + time;
}

// Changes the database behind besuk-cli's back, as someone with the file (or the PostgreSQL owner's password)
// could: the triggers guarding audit_log switched off, `statements` run, the triggers back on.
void tamper(const CliFixture &fixture, const QStringList &statements) {
    const bool postgres = besuk::Database::isPostgresUrl(fixture.location());
    QStringList script =
        postgres ? QStringList{u"ALTER TABLE audit_log DISABLE TRIGGER USER"_s}
                 : QStringList{u"DROP TRIGGER audit_log_no_update"_s, u"DROP TRIGGER audit_log_no_delete"_s};
    script += statements;
    if (postgres)
        script += u"ALTER TABLE audit_log ENABLE TRIGGER USER"_s;
    fixture.database().execute(script);
}

QStringList actions(const CliResult &list) {
    QStringList result;
    for (const QJsonValue &entry : list.json.value(u"entries"_s).toArray())
        result.append(entry.toObject().value(u"action"_s).toString());
    return result;
}

} // namespace

TEST_CASE("audit list shows the log, newest first, filtered - audit verify checks it", "[cli][audit]") {
    CliFixture fixture;
    fixture.init();
    fixture.importInmates(u"WB"_s, 2);
    const CliResult ticket = fixture.run({u"register"_s, u"--inmate"_s, u"WB-001"_s, u"--adult"_s,
                                          adult(makeNik(u"647105"_s, QDate(1980, 1, 5), false, 3), u"Budi Santoso"_s),
                                          u"--now"_s, at(u"09:00"_s)});
    INFO(ticket.describe());
    REQUIRE(ticket.exitCode == 0);
    const QString payload = ticket.json.value(u"payload"_s).toString();
    REQUIRE(fixture
                .run({u"inspect"_s, payload, u"--officer"_s, u"Pak Joko"_s, u"--outcome"_s, u"cleared"_s, u"--now"_s,
                      at(u"09:05"_s)})
                .exitCode == 0);
    REQUIRE(fixture.run({u"admit"_s, payload, u"--officer"_s, u"Pak Joko"_s, u"--now"_s, at(u"09:10"_s)}).exitCode ==
            0);
    const int total = fixture.queryRows(u"SELECT COUNT(*) FROM audit_log"_s).first().toInt();
    REQUIRE(total >= 4);

    const CliResult verify = fixture.run({u"audit"_s, u"verify"_s});
    INFO(verify.describe());
    REQUIRE(verify.exitCode == 0);
    CHECK(verify.err.isEmpty());
    CHECK(verify.json == QJsonObject{{u"intact"_s, true}, {u"entries"_s, total}});

    const CliResult all = fixture.run({u"audit"_s, u"list"_s});
    INFO(all.describe());
    REQUIRE(all.exitCode == 0);
    const QJsonArray entries = all.json.value(u"entries"_s).toArray();
    REQUIRE(entries.size() == total);
    const QJsonObject admit = entries.first().toObject();
    CHECK(admit.value(u"action"_s).toString() == u"visit.admit"_s);
    CHECK(admit.value(u"actor"_s).toString() == u"Pak Joko"_s);
    CHECK(admit.value(u"subject"_s).toString() == u"A-001"_s);
    CHECK(admit.value(u"at"_s).toString() == u"2025-12-27T09:10:00+08:00"_s);
    CHECK(admit.value(u"id"_s).toInt() == total);
    CHECK(admit.value(u"hash"_s).toString().size() == 64);
    CHECK(admit.value(u"detail"_s).toString().startsWith(u"visit="_s));
    CHECK(entries.last().toObject().value(u"action"_s).toString() == u"facility.init"_s);

    const auto list = [&](const QStringList &options) {
        const CliResult result = fixture.run(QStringList{u"audit"_s, u"list"_s} + options);
        INFO(result.describe());
        REQUIRE(result.exitCode == 0);
        return actions(result);
    };
    CHECK(list({u"--actor"_s, u"Pak Joko"_s}) == QStringList{u"visit.admit"_s, u"visit.inspect.entry"_s});
    CHECK(list({u"--action"_s, u"visit."_s}) ==
          QStringList{u"visit.admit"_s, u"visit.inspect.entry"_s, u"visit.register"_s});
    CHECK(list({u"--action"_s, u"visit."_s, u"--text"_s, u"a-001"_s}) ==
          QStringList{u"visit.admit"_s, u"visit.inspect.entry"_s, u"visit.register"_s});
    CHECK(list({u"--text"_s, u"outcome=cleared"_s}) == QStringList{u"visit.inspect.entry"_s});
    CHECK(list({u"--action"_s, u"visit."_s, u"--from"_s, at(u"09:05"_s), u"--to"_s, at(u"09:10"_s)}) ==
          QStringList{u"visit.admit"_s, u"visit.inspect.entry"_s});
    CHECK(list({u"--action"_s, u"visit."_s, u"--to"_s, at(u"09:09"_s)}) ==
          QStringList{u"visit.inspect.entry"_s, u"visit.register"_s});
    CHECK(list({u"--action"_s, u"visit."_s, u"--from"_s, u"2025-12-27T01:05Z"_s}) ==
          QStringList{u"visit.admit"_s, u"visit.inspect.entry"_s});
    CHECK(list({u"--action"_s, u"visit."_s, u"--from"_s, u"2025-12-27"_s, u"--to"_s, u"2025-12-27"_s}).size() == 3);
    CHECK(list({u"--action"_s, u"visit."_s, u"--from"_s, u"2025-12-28"_s}).isEmpty());
    CHECK(list({u"--action"_s, u"visit."_s, u"--to"_s, u"2025-12-26"_s}).isEmpty());
    CHECK(list({u"--limit"_s, u"2"_s}) == QStringList{u"visit.admit"_s, u"visit.inspect.entry"_s});
    CHECK(list({u"--limit"_s, u"1"_s, u"--before"_s, QString::number(total)}) == QStringList{u"visit.inspect.entry"_s});

    for (const QStringList &bad : {QStringList{u"--limit"_s, u"0"_s}, QStringList{u"--limit"_s, u"many"_s},
                                   QStringList{u"--from"_s, u"yesterday"_s}, QStringList{u"--to"_s, u"27-12-2025"_s},
                                   QStringList{u"--before"_s, u"-3"_s}}) {
        const CliResult refused = fixture.run(QStringList{u"audit"_s, u"list"_s} + bad);
        INFO(refused.describe());
        CHECK(refused.exitCode == 2);
        CHECK(refused.oneErrorLine());
    }

    SECTION("a changed entry: verify exits 1 naming it") {
        tamper(fixture, {u"UPDATE audit_log SET actor = 'Bu Rina' WHERE id = %1"_s.arg(total)});
        const CliResult broken = fixture.run({u"audit"_s, u"verify"_s});
        INFO(broken.describe());
        CHECK(broken.exitCode == 1);
        CHECK(broken.out.isEmpty());
        CHECK(broken.oneErrorLine());
        CHECK(broken.err.contains(u"entry %1 was altered"_s.arg(total)));
    }
    SECTION("the newest entry removed: verify exits 1 naming it") {
        tamper(fixture, {u"DELETE FROM audit_log WHERE id = %1"_s.arg(total)});
        const CliResult broken = fixture.run({u"audit"_s, u"verify"_s});
        INFO(broken.describe());
        CHECK(broken.exitCode == 1);
        CHECK(broken.oneErrorLine());
        CHECK(broken.err.contains(u"entry, %1, was removed"_s.arg(total)));
    }
    SECTION("two entries swapped: verify exits 1") {
        tamper(fixture, {u"UPDATE audit_log SET id = -1 WHERE id = 2"_s, u"UPDATE audit_log SET id = 2 WHERE id = 3"_s,
                         u"UPDATE audit_log SET id = 3 WHERE id = -1"_s});
        const CliResult broken = fixture.run({u"audit"_s, u"verify"_s});
        INFO(broken.describe());
        CHECK(broken.exitCode == 1);
        CHECK(broken.oneErrorLine());
        CHECK(broken.err.contains(u"reordered"_s));
    }
}
