// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace besuk::e2e;

namespace {

QString at(const QString &time) {
    return u"2025-12-27T"_s + time;
}

// A facility with inmates WB-001 ... WB-005 and tickets registered at 09:00: `visits` in queue A, then `deposits`
// in queue B, each group for an inmate of its own. Returns the payloads, in order.
QStringList prepare(CliFixture &fixture, int visits, int deposits) {
    fixture.init();
    fixture.importInmates(u"WB"_s, 5);
    QStringList payloads;
    for (int i = 1; i <= visits + deposits; ++i) {
        const CliResult ticket =
            fixture.run({u"register"_s, u"--inmate"_s, u"WB-%1"_s.arg(i, 3, 10, QLatin1Char('0')), u"--adult"_s,
                         adult(makeNik(u"647105"_s, QDate(1980, 1, i), false, i), u"Budi Santoso"_s), u"--service"_s,
                         i <= visits ? u"visit"_s : u"deposit"_s, u"--now"_s, at(u"09:00"_s)});
        INFO(ticket.describe());
        REQUIRE(ticket.exitCode == 0);
        payloads.append(ticket.json.value(u"payload"_s).toString());
    }
    return payloads;
}

QStringList gateArgs(const QString &gate, const QString &time) {
    return {u"--gate"_s, gate, u"--officer"_s, u"Pak Joko"_s, u"--now"_s, at(time)};
}

QString summary(const QJsonObject &call) {
    return u"%1 %2 %3"_s.arg(call.value(u"queue_number"_s).toString(), call.value(u"gate"_s).toString(),
                             call.value(u"kind"_s).toString());
}

} // namespace

TEST_CASE("call next, recall, skip and list through besuk-cli", "[cli][calls]") {
    CliFixture fixture;
    prepare(fixture, 3, 1);

    const CliResult first = fixture.run(QStringList{u"call"_s, u"next"_s} + gateArgs(u"Pintu 1"_s, u"09:10"_s));
    INFO(first.describe());
    REQUIRE(first.exitCode == 0);
    CHECK(first.err.isEmpty());
    CHECK(first.json.value(u"queue_number"_s).toString() == u"A-001"_s);
    CHECK(first.json.value(u"service"_s).toString() == u"visit"_s);
    CHECK(first.json.value(u"date"_s).toString() == u"2025-12-27"_s);
    CHECK(first.json.value(u"gate"_s).toString() == u"Pintu 1"_s);
    CHECK(first.json.value(u"kind"_s).toString() == u"call"_s);
    CHECK(first.json.value(u"officer"_s).toString() == u"Pak Joko"_s);
    CHECK(first.json.value(u"at"_s).toString() == u"2025-12-27T09:10:00+08:00"_s);
    CHECK(first.json.value(u"waiting"_s).toObject() ==
          QJsonObject{{u"visit"_s, 2}, {u"deposit"_s, 1}, {u"total"_s, 3}});

    const CliResult deposit = fixture.run(QStringList{u"call"_s, u"next"_s, u"--service"_s, u"deposit"_s} +
                                          gateArgs(u"Pintu 2"_s, u"09:11"_s));
    INFO(deposit.describe());
    CHECK(deposit.exitCode == 0);
    CHECK(summary(deposit.json) == u"B-001 Pintu 2 call"_s);

    const CliResult again = fixture.run(QStringList{u"call"_s, u"recall"_s} + gateArgs(u"Pintu 1"_s, u"09:12"_s));
    INFO(again.describe());
    CHECK(again.exitCode == 0);
    CHECK(summary(again.json) == u"A-001 Pintu 1 recall"_s);

    const CliResult noShow = fixture.run(QStringList{u"call"_s, u"skip"_s} + gateArgs(u"Pintu 1"_s, u"09:13"_s));
    INFO(noShow.describe());
    CHECK(noShow.exitCode == 0);
    CHECK(summary(noShow.json) == u"A-001 Pintu 1 skip"_s);

    const CliResult second = fixture.run(QStringList{u"call"_s, u"next"_s} + gateArgs(u"Pintu 1"_s, u"09:14"_s));
    INFO(second.describe());
    CHECK(summary(second.json) == u"A-002 Pintu 1 call"_s);

    const CliResult late = fixture.run(QStringList{u"call"_s, u"recall"_s, u"--number"_s, u"A-001"_s} +
                                       gateArgs(u"Pintu 2"_s, u"09:15"_s));
    INFO(late.describe());
    CHECK(late.exitCode == 0);
    CHECK(summary(late.json) == u"A-001 Pintu 2 recall"_s);

    const CliResult gone =
        fixture.run(QStringList{u"call"_s, u"skip"_s, u"--number"_s, u"A-003"_s} + gateArgs(u"Pintu 2"_s, u"09:16"_s));
    INFO(gone.describe());
    CHECK(gone.exitCode == 0);
    CHECK(summary(gone.json) == u"A-003 Pintu 2 skip"_s);
    CHECK(gone.json.value(u"waiting"_s).toObject().value(u"total"_s).toInt() == 0);

    const Snapshot before = fixture.snapshot();
    const CliResult none = fixture.run(QStringList{u"call"_s, u"next"_s} + gateArgs(u"Pintu 1"_s, u"09:17"_s));
    INFO(none.describe());
    CHECK(none.exitCode == 3);
    CHECK(none.out.isEmpty());
    CHECK(none.oneErrorLine());
    CHECK(none.err.contains(u"No one is waiting."_s));
    CHECK(fixture.snapshot() == before);

    const CliResult list = fixture.run({u"call"_s, u"list"_s, u"--now"_s, at(u"09:20"_s)});
    INFO(list.describe());
    REQUIRE(list.exitCode == 0);
    CHECK(list.json.value(u"date"_s).toString() == u"2025-12-27"_s);
    CHECK(list.json.value(u"waiting"_s).toObject() == QJsonObject{{u"visit"_s, 0}, {u"deposit"_s, 0}, {u"total"_s, 0}});
    QStringList serving;
    for (const auto &call : list.json.value(u"now_serving"_s).toArray())
        serving.append(summary(call.toObject()) + u' ' + call.toObject().value(u"at"_s).toString().mid(11, 5));
    CHECK(serving == QStringList{u"A-003 Pintu 2 skip 09:16"_s, u"A-001 Pintu 2 recall 09:15"_s,
                                 u"A-002 Pintu 1 call 09:14"_s, u"A-001 Pintu 1 skip 09:13"_s,
                                 u"A-001 Pintu 1 recall 09:12"_s, u"B-001 Pintu 2 call 09:11"_s,
                                 u"A-001 Pintu 1 call 09:10"_s});
    const CliResult two = fixture.run({u"call"_s, u"list"_s, u"--limit"_s, u"2"_s, u"--now"_s, at(u"09:20"_s)});
    CHECK(two.json.value(u"now_serving"_s).toArray().size() == 2);

    // The next day's board starts empty.
    const CliResult tomorrow = fixture.run({u"call"_s, u"list"_s, u"--now"_s, u"2025-12-28T08:00"_s});
    CHECK(tomorrow.exitCode == 0);
    CHECK(tomorrow.json.value(u"now_serving"_s).toArray().isEmpty());

    CHECK(fixture.queryRows(u"SELECT COUNT(*) FROM changes WHERE kind LIKE 'queue.%'"_s) == QStringList{u"7"_s});
    CHECK(fixture.queryRows(u"SELECT COUNT(*) FROM audit_log WHERE action LIKE 'queue.%' AND actor = 'Pak Joko'"_s) ==
          QStringList{u"7"_s});
}

TEST_CASE("call commands: usage errors, refusals and bad names change nothing", "[cli][calls]") {
    CliFixture fixture;
    const QStringList payloads = prepare(fixture, 2, 0);
    REQUIRE(fixture
                .run({u"inspect"_s, payloads.at(0), u"--officer"_s, u"Pak Joko"_s, u"--outcome"_s, u"cleared"_s,
                      u"--now"_s, at(u"09:05"_s)})
                .exitCode == 0);
    REQUIRE(
        fixture.run({u"admit"_s, payloads.at(0), u"--officer"_s, u"Pak Joko"_s, u"--now"_s, at(u"09:06"_s)}).exitCode ==
        0);
    const Snapshot before = fixture.snapshot();

    const QList<QPair<QStringList, int>> cases{
        {{u"call"_s, u"next"_s, u"--officer"_s, u"Pak Joko"_s}, 2},
        {{u"call"_s, u"next"_s, u"--gate"_s, u"Pintu 1"_s}, 2},
        {QStringList{u"call"_s, u"next"_s, u"--service"_s, u"parcel"_s} + gateArgs(u"Pintu 1"_s, u"09:10"_s), 2},
        {{u"call"_s, u"recall"_s, u"--gate"_s, u"Pintu 1"_s}, 2},
        {{u"call"_s, u"skip"_s, u"--number"_s, u"A-002"_s, u"--officer"_s, u"Pak Joko"_s}, 2},
        {{u"call"_s, u"list"_s, u"--limit"_s, u"0"_s}, 2},
        {{u"call"_s, u"list"_s, u"--limit"_s, u"many"_s}, 2},
        {{u"call"_s, u"list"_s, u"extra"_s}, 2},
        // nothing to call again, a ticket that no longer waits: refused
        {QStringList{u"call"_s, u"recall"_s} + gateArgs(u"Pintu 1"_s, u"09:10"_s), 3},
        {QStringList{u"call"_s, u"skip"_s} + gateArgs(u"Pintu 1"_s, u"09:10"_s), 3},
        {QStringList{u"call"_s, u"recall"_s, u"--number"_s, u"A-001"_s} + gateArgs(u"Pintu 1"_s, u"09:10"_s), 3},
        {QStringList{u"call"_s, u"skip"_s, u"--number"_s, u"A-001"_s} + gateArgs(u"Pintu 1"_s, u"09:10"_s), 3},
        // errors: no such ticket today, unreadable number, bad names
        {QStringList{u"call"_s, u"recall"_s, u"--number"_s, u"A-099"_s} + gateArgs(u"Pintu 1"_s, u"09:10"_s), 1},
        {QStringList{u"call"_s, u"skip"_s, u"--number"_s, u"X"_s} + gateArgs(u"Pintu 1"_s, u"09:10"_s), 1},
        {QStringList{u"call"_s, u"next"_s} + gateArgs(u" "_s, u"09:10"_s), 1},
        {{u"call"_s, u"next"_s, u"--gate"_s, u"Pintu\t1"_s, u"--officer"_s, u"Pak Joko"_s}, 1},
        {{u"call"_s, u"next"_s, u"--gate"_s, u"Pintu 1"_s, u"--officer"_s, QString(101, u'x')}, 1},
    };
    for (const auto &[arguments, code] : cases) {
        const CliResult result = fixture.run(arguments);
        INFO(arguments.join(u' ') << " -> " << result.describe());
        CHECK(result.exitCode == code);
        CHECK(result.oneErrorLine());
        CHECK(result.out.isEmpty());
    }
    CHECK(fixture.snapshot() == before);

    // The admitted group is not called; the other one is.
    const CliResult next = fixture.run(QStringList{u"call"_s, u"next"_s} + gateArgs(u"Pintu 1"_s, u"09:10"_s));
    INFO(next.describe());
    CHECK(next.exitCode == 0);
    CHECK(next.json.value(u"queue_number"_s).toString() == u"A-002"_s);
}

TEST_CASE("call commands are in the help, with their options and exit status", "[cli][calls][backend-neutral]") {
    const CliResult help = runCli({u"--help"_s});
    REQUIRE(help.exitCode == 0);
    for (const QString &command : {u"call next"_s, u"call recall"_s, u"call skip"_s, u"call list"_s}) {
        INFO(command);
        CHECK(help.out.contains(u"  besuk-cli "_s + command));
        const CliResult commandHelp = runCli(command.split(u' ') + QStringList{u"--help"_s});
        CHECK(commandHelp.exitCode == 0);
        CHECK(commandHelp.out.startsWith(u"Usage: besuk-cli "_s + command));
    }
    CHECK(help.out.contains(u"nothing to call"_s));
    const CliResult next = runCli({u"call"_s, u"next"_s, u"--help"_s});
    for (const QString &option : {u"--service"_s, u"--gate"_s, u"--officer"_s, u"Exit 3"_s})
        CHECK(next.out.contains(option));
    CHECK(runCli({u"call"_s, u"recall"_s, u"--help"_s}).out.contains(u"--number"_s));
    CHECK(runCli({u"call"_s, u"skip"_s, u"--help"_s}).out.contains(u"--number"_s));
    CHECK(runCli({u"call"_s, u"list"_s, u"--help"_s}).out.contains(u"--limit"_s));
}
