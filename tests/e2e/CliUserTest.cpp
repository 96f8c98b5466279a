// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <QJsonDocument>
#include <QProcess>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace besuk::e2e;

namespace {

const QString Now = u"2025-12-27T09:00"_s;

// besuk-cli with `input` on its standard input (CliRunner closes stdin).
CliResult runWithInput(const CliFixture &fixture, const QStringList &arguments, const QByteArray &input) {
    QProcess process;
    process.setProgram(QString::fromUtf8(BESUK_CLI_PATH));
    process.setArguments(fixture.withDb(arguments));
    process.start();
    if (!process.waitForStarted(30000))
        return {};
    process.write(input);
    process.closeWriteChannel();
    return collectResult(process, process.waitForFinished(30000));
}

QStringList logins(const CliResult &list) {
    QStringList result;
    for (const QJsonValue &user : list.json.value(u"users"_s).toArray())
        result.append(user.toObject().value(u"login"_s).toString());
    return result;
}

} // namespace

TEST_CASE("user add, list, passwd, role, disable and enable", "[cli]") {
    CliFixture fixture;
    fixture.init();

    const CliResult none = fixture.run({u"user"_s, u"list"_s});
    INFO(none.describe());
    REQUIRE(none.exitCode == 0);
    CHECK(none.json == QJsonObject{{u"users"_s, QJsonArray()}});

    // The secret from standard input (first line, line ending dropped), or from a file.
    const CliResult admin = runWithInput(
        fixture,
        {u"user"_s, u"add"_s, u"Kepala"_s, u"--name"_s, u"Siti Rahmawati"_s, u"--role"_s, u"admin"_s, u"--now"_s, Now},
        "482916\r\nignored\n");
    INFO(admin.describe());
    REQUIRE(admin.exitCode == 0);
    CHECK(admin.err.isEmpty());
    CHECK(admin.json == QJsonObject{{u"login"_s, u"kepala"_s},
                                    {u"name"_s, u"Siti Rahmawati"_s},
                                    {u"role"_s, u"admin"_s},
                                    {u"active"_s, true},
                                    {u"created_at"_s, u"2025-12-27T09:00:00+08:00"_s}});
    const QString pinFile = fixture.writeFile(u"pin.txt"_s, "2468\n");
    const CliResult guard = fixture.run({u"user"_s, u"add"_s, u"budi"_s, u"--name"_s, u"Budi Santoso"_s, u"--role"_s,
                                         u"guard"_s, u"--pin-file"_s, pinFile});
    INFO(guard.describe());
    REQUIRE(guard.exitCode == 0);
    CHECK(guard.json.value(u"role"_s).toString() == u"guard"_s);

    const CliResult all = fixture.run({u"user"_s, u"list"_s});
    REQUIRE(all.exitCode == 0);
    CHECK(logins(all) == QStringList{u"budi"_s, u"kepala"_s});
    CHECK(all.json.value(u"users"_s).toArray().at(0).toObject().value(u"name"_s).toString() == u"Budi Santoso"_s);

    // The secrets are stored hashed, and nothing prints them.
    const QStringList hashes = fixture.queryRows(u"SELECT secret_hash FROM users ORDER BY username"_s);
    REQUIRE(hashes.size() == 2);
    for (const QString &hash : hashes)
        CHECK(hash.startsWith(u"$argon2id$"_s));
    const QString budiHash = hashes.at(0);
    CHECK_FALSE(admin.out.contains(u"482916"_s));
    CHECK_FALSE(QString(guard.out + all.out).contains(u"2468"_s));

    SECTION("refusals") {
        const Snapshot before = fixture.snapshot();
        const CliResult taken = runWithInput(
            fixture, {u"user"_s, u"add"_s, u"BUDI"_s, u"--name"_s, u"Budi Lain"_s, u"--role"_s, u"staff"_s}, "9999\n");
        INFO(taken.describe());
        CHECK(taken.exitCode == 1);
        CHECK(taken.oneErrorLine());
        const CliResult shortPin = runWithInput(
            fixture, {u"user"_s, u"add"_s, u"ani"_s, u"--name"_s, u"Ani Lestari"_s, u"--role"_s, u"staff"_s}, "123\n");
        CHECK(shortPin.exitCode == 1);
        CHECK(shortPin.oneErrorLine());
        CHECK(shortPin.err.contains(u"PIN or password"_s));
        const CliResult noPin = runWithInput( // standard input ends before a line
            fixture, {u"user"_s, u"add"_s, u"ani"_s, u"--name"_s, u"Ani Lestari"_s, u"--role"_s, u"staff"_s}, {});
        CHECK(noPin.exitCode == 2);
        CHECK(noPin.oneErrorLine());
        const CliResult badRole = runWithInput(
            fixture, {u"user"_s, u"add"_s, u"ani"_s, u"--name"_s, u"Ani Lestari"_s, u"--role"_s, u"root"_s}, "1234\n");
        CHECK(badRole.exitCode == 2);
        CHECK(badRole.oneErrorLine());
        const CliResult noName =
            runWithInput(fixture, {u"user"_s, u"add"_s, u"ani"_s, u"--role"_s, u"staff"_s}, "1234\n");
        CHECK(noName.exitCode == 2);
        // The last active admin stays: exit 3, refused by a rule.
        const CliResult lastAdmin = fixture.run({u"user"_s, u"disable"_s, u"kepala"_s});
        INFO(lastAdmin.describe());
        CHECK(lastAdmin.exitCode == 3);
        CHECK(lastAdmin.oneErrorLine());
        CHECK(fixture.run({u"user"_s, u"role"_s, u"kepala"_s, u"guard"_s}).exitCode == 3);
        CHECK(fixture.run({u"user"_s, u"role"_s, u"budi"_s, u"boss"_s}).exitCode == 2);
        const CliResult unknown = fixture.run({u"user"_s, u"disable"_s, u"nobody"_s});
        CHECK(unknown.exitCode == 1);
        CHECK(unknown.oneErrorLine());
        const CliResult unknownPasswd = runWithInput(fixture, {u"user"_s, u"passwd"_s, u"nobody"_s}, "1234\n");
        CHECK(unknownPasswd.exitCode == 1);
        CHECK(fixture.snapshot() == before);
    }

    SECTION("passwd, role, disable, enable") {
        const CliResult passwd = runWithInput(fixture, {u"user"_s, u"passwd"_s, u"Budi"_s}, "correct horse\n");
        INFO(passwd.describe());
        REQUIRE(passwd.exitCode == 0);
        CHECK(passwd.json.value(u"login"_s).toString() == u"budi"_s);
        CHECK_FALSE(passwd.out.contains(u"correct horse"_s));
        const QStringList changed = fixture.queryRows(u"SELECT secret_hash FROM users WHERE username = 'budi'"_s);
        REQUIRE(changed.size() == 1);
        CHECK(changed.first() != budiHash);
        CHECK(runWithInput(fixture, {u"user"_s, u"passwd"_s, u"budi"_s}, {}).exitCode == 2); // no input at all

        const CliResult role = fixture.run({u"user"_s, u"role"_s, u"budi"_s, u"staff"_s});
        INFO(role.describe());
        REQUIRE(role.exitCode == 0);
        CHECK(role.json.value(u"role"_s).toString() == u"staff"_s);

        const CliResult off = fixture.run({u"user"_s, u"disable"_s, u"budi"_s});
        INFO(off.describe());
        REQUIRE(off.exitCode == 0);
        CHECK(off.json.value(u"active"_s).toBool() == false);
        CHECK(
            fixture.run({u"user"_s, u"list"_s}).json.value(u"users"_s).toArray().at(0).toObject().value(u"active"_s) ==
            QJsonValue(false));
        const CliResult on = fixture.run({u"user"_s, u"enable"_s, u"budi"_s});
        REQUIRE(on.exitCode == 0);
        CHECK(on.json.value(u"active"_s).toBool() == true);

        // Each change is in the audit log, named after who ran the command, and no secret is.
        const QStringList actions =
            fixture.queryRows(u"SELECT action, subject FROM audit_log WHERE action LIKE 'user.%' ORDER BY id"_s);
        CHECK(actions == QStringList{u"user.create|kepala"_s, u"user.create|budi"_s, u"user.secret|budi"_s,
                                     u"user.role|budi"_s, u"user.active|budi"_s, u"user.active|budi"_s});
        const QString audit = fixture.queryRows(u"SELECT actor, action, subject, detail FROM audit_log"_s).join(u'\n');
        for (const QString &secret : {u"482916"_s, u"2468"_s, u"correct horse"_s})
            CHECK_FALSE(audit.contains(secret));
    }
}

TEST_CASE("user commands are listed in help", "[cli][backend-neutral]") {
    const CliResult help = runCli({u"--help"_s});
    REQUIRE(help.exitCode == 0);
    for (const QString &command : {u"user add LOGIN"_s, u"user list"_s, u"user passwd LOGIN"_s,
                                   u"user role LOGIN ROLE"_s, u"user disable LOGIN"_s, u"user enable LOGIN"_s}) {
        INFO(command);
        CHECK(help.out.contains(u"  besuk-cli "_s + command));
    }
    const CliResult add = runCli({u"user"_s, u"add"_s, u"--help"_s});
    for (const QString &option : {u"--name"_s, u"--role"_s, u"--pin-file"_s})
        CHECK(add.out.contains(option));
}
