// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/UserStore.h"

#include "TestFacility.h"
#include "db/Database.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace besuk;

namespace {

const QString Actor = u"cli:test"_s;

// Every audit entry as "actor|action|subject|detail", oldest first.
QStringList auditEntries(const TestFacility &facility) {
    return facility.database.rows(u"SELECT actor, action, subject, detail FROM audit_log ORDER BY id"_s);
}

QStringList auditActions(const TestFacility &facility, const QString &prefix) {
    QStringList actions;
    for (const QString &row : facility.database.rows(u"SELECT action FROM audit_log ORDER BY id"_s))
        if (row.startsWith(prefix))
            actions.append(row);
    return actions;
}

} // namespace

TEST_CASE("Roles: keys both ways and what each may do", "[users]") {
    CHECK(roleKey(Role::Guard) == u"guard"_s);
    CHECK(roleKey(Role::Staff) == u"staff"_s);
    CHECK(roleKey(Role::Admin) == u"admin"_s);
    for (const Role role : {Role::Guard, Role::Staff, Role::Admin})
        CHECK(roleFromKey(roleKey(role)) == role);
    CHECK_FALSE(roleFromKey(u"Admin"_s));
    CHECK_FALSE(roleFromKey(u"root"_s));
    CHECK_FALSE(roleFromKey({}));

    using P = Permission;
    const QList<P> all{P::RunGate,    P::CallNumbers, P::ViewVisits,  P::ExportData, P::ManageRoster,
                       P::ManageBans, P::ManageRules, P::ManageUsers, P::ViewAudit,  P::ManageRetention};
    const QList<P> guard{P::RunGate, P::CallNumbers};
    const QList<P> staff{P::RunGate, P::CallNumbers, P::ViewVisits, P::ExportData, P::ManageRoster, P::ManageBans};
    for (const P permission : all) {
        INFO("permission " << int(permission));
        CHECK(roleAllows(Role::Guard, permission) == guard.contains(permission));
        CHECK(roleAllows(Role::Staff, permission) == staff.contains(permission));
        CHECK(roleAllows(Role::Admin, permission));
    }
}

TEST_CASE("Users are created with validated logins, names and secrets", "[users]") {
    TestFacility facility;
    UserStore users(*facility);
    CHECK(users.hasUsers().value() == false);
    CHECK(users.list().value().isEmpty());

    auto admin = users.create(u"  Kepala.Rutan "_s, u"  Siti Rahmawati "_s, Role::Admin, u"482916"_s, Actor);
    REQUIRE(admin);
    CHECK(admin->id > 0);
    CHECK(admin->login == u"kepala.rutan"_s);
    CHECK(admin->displayName == u"Siti Rahmawati"_s);
    CHECK(admin->role == Role::Admin);
    CHECK(admin->active);
    CHECK(admin->createdAt == facility.clock.now());
    CHECK(admin->createdAt.timeSpec() == Qt::UTC);
    CHECK(users.hasUsers().value() == true);

    SECTION("bad logins") {
        for (const QString &bad :
             {u""_s, u"a"_s, u"   "_s, u"budi santoso"_s, u"budi@rutan"_s, u"bud/i"_s, u"ｂｕｄｉ"_s,
              u"\u212Aaka"_s /* Kelvin sign, lower-cases to 'k' */, QString(33, u'a'), u"büdi"_s}) {
            INFO(bad);
            auto refused = users.create(bad, u"Budi Santoso"_s, Role::Guard, u"1234"_s, Actor);
            REQUIRE_FALSE(refused);
            CHECK(refused.error().code == ErrorCode::InvalidInput);
            CHECK(refused.error().message.contains(u"user name"_s));
        }
        CHECK(users.create(QString(32, u'a'), u"Budi Santoso"_s, Role::Guard, u"1234"_s, Actor));
        CHECK(users.create(u"b2"_s, u"Budi Santoso"_s, Role::Guard, u"1234"_s, Actor));
        CHECK(users.create(u"a_b-c.9"_s, u"Budi Santoso"_s, Role::Guard, u"1234"_s, Actor));
    }
    SECTION("bad names") {
        for (const QString &bad : {u""_s, u"Budi 2"_s, u"Budi\nSantoso"_s, u"---"_s}) {
            INFO(bad);
            auto refused = users.create(u"budi"_s, bad, Role::Guard, u"1234"_s, Actor);
            REQUIRE_FALSE(refused);
            CHECK(refused.error().code == ErrorCode::InvalidInput);
            CHECK(refused.error().message.contains(u"ame"_s));
        }
    }
    SECTION("bad secrets") {
        for (const QString &bad : {u""_s, u"123"_s, u"    "_s, u"12\n34"_s, u"pa\tss"_s, QString(129, u'x')}) {
            INFO(bad);
            auto refused = users.create(u"budi"_s, u"Budi Santoso"_s, Role::Guard, bad, Actor);
            REQUIRE_FALSE(refused);
            CHECK(refused.error().code == ErrorCode::InvalidInput);
            CHECK(refused.error().message.contains(u"PIN or password"_s));
        }
        CHECK(users.create(u"budi"_s, u"Budi Santoso"_s, Role::Guard, QString(128, u'x'), Actor));
        CHECK(users.create(u"ani"_s, u"Ani"_s, Role::Guard, u"kata sandi 😀"_s, Actor));
        CHECK(users.authenticate(u"ani"_s, u"kata sandi 😀"_s));
    }
    SECTION("a taken login, in any case, is a conflict") {
        for (const QString &same : {u"kepala.rutan"_s, u"KEPALA.RUTAN"_s, u"Kepala.Rutan"_s}) {
            auto taken = users.create(same, u"Andi Pratama"_s, Role::Staff, u"9999"_s, Actor);
            REQUIRE_FALSE(taken);
            CHECK(taken.error().code == ErrorCode::Conflict);
        }
        CHECK(users.list().value().size() == 1);
    }
}

TEST_CASE("Logins are found and listed case-insensitively, ordered by login", "[users]") {
    TestFacility facility;
    UserStore users(*facility);
    REQUIRE(users.create(u"Zul"_s, u"Zulkifli"_s, Role::Guard, u"1111"_s, Actor));
    REQUIRE(users.create(u"a.budi"_s, u"Budi Santoso"_s, Role::Staff, u"2222"_s, Actor));
    REQUIRE(users.create(u"a_budi"_s, u"Budi Hartono"_s, Role::Guard, u"3333"_s, Actor));
    REQUIRE(users.create(u"admin"_s, u"Siti Rahmawati"_s, Role::Admin, u"4444"_s, Actor));

    const QList<User> listed = users.list().value();
    QStringList logins;
    for (const User &user : listed)
        logins.append(user.login);
    CHECK(logins == QStringList{u"a.budi"_s, u"a_budi"_s, u"admin"_s, u"zul"_s});

    auto found = users.find(u"ZUL"_s);
    REQUIRE(found);
    CHECK(found->login == u"zul"_s);
    CHECK(found->displayName == u"Zulkifli"_s);
    CHECK(found->role == Role::Guard);
    CHECK(users.find(u" a.Budi "_s).value().role == Role::Staff);
    CHECK(users.find(u"nobody"_s).error().code == ErrorCode::NotFound);
    CHECK(users.find(u"no body"_s).error().code == ErrorCode::NotFound);

    CHECK(users.authenticate(u"ZUL"_s, u"1111"_s).value().login == u"zul"_s);
}

TEST_CASE("Signing in: right, wrong and unknown", "[users]") {
    TestFacility facility;
    UserStore users(*facility);
    REQUIRE(users.create(u"budi"_s, u"Budi Santoso"_s, Role::Guard, u"482916"_s, Actor));

    auto right = users.authenticate(u"budi"_s, u"482916"_s);
    REQUIRE(right);
    CHECK(right->login == u"budi"_s);
    CHECK(right->displayName == u"Budi Santoso"_s);
    CHECK(right->role == Role::Guard);

    const QString expected = u"Wrong user name or PIN."_s;
    auto wrong = users.authenticate(u"budi"_s, u"482917"_s);
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().code == ErrorCode::InvalidInput);
    CHECK(wrong.error().message == expected);
    for (const QString &unknown : {u"ani"_s, u"x"_s, u"482916"_s, u""_s, u"budi santoso"_s}) {
        INFO(unknown);
        auto refused = users.authenticate(unknown, u"482916"_s);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == ErrorCode::InvalidInput);
        CHECK(refused.error().message == wrong.error().message);
    }
    CHECK(users.authenticate(u"budi"_s, u""_s).error().message == expected);
    CHECK(users.authenticate(u"budi"_s, QString(500, u'4')).error().message == expected);

    // The secret is stored only as an argon2id hash.
    const QStringList stored = facility.database.rows(u"SELECT secret_hash FROM users"_s);
    REQUIRE(stored.size() == 1);
    CHECK(stored.first().startsWith(u"$argon2id$"_s));
    CHECK_FALSE(stored.first().contains(u"482916"_s));
}

TEST_CASE("Five wrong secrets in a row lock a login for five minutes", "[users]") {
    TestFacility facility;
    UserStore users(*facility);
    REQUIRE(users.create(u"budi"_s, u"Budi Santoso"_s, Role::Guard, u"2468"_s, Actor));
    REQUIRE(users.create(u"ani"_s, u"Ani Lestari"_s, Role::Guard, u"1357"_s, Actor));

    // Failures in a row: a right secret in between starts the count again.
    for (int i = 0; i < UserStore::MaxFailures - 1; ++i)
        CHECK(users.authenticate(u"budi"_s, u"0000"_s).error().code == ErrorCode::InvalidInput);
    CHECK(users.authenticate(u"budi"_s, u"2468"_s));
    for (int i = 0; i < UserStore::MaxFailures - 1; ++i)
        CHECK(users.authenticate(u"budi"_s, u"0000"_s).error().code == ErrorCode::InvalidInput);
    // The fifth in a row still says "wrong"; from then on even the right secret is refused until 09:05.
    CHECK(users.authenticate(u"budi"_s, u"0000"_s).error().code == ErrorCode::InvalidInput);
    auto locked = users.authenticate(u"budi"_s, u"2468"_s);
    REQUIRE_FALSE(locked);
    CHECK(locked.error().code == ErrorCode::RuleRefused);
    CHECK(locked.error().message == u"Too many wrong attempts. Try again after 09:05."_s);
    CHECK(users.authenticate(u"BUDI"_s, u"0000"_s).error().code == ErrorCode::RuleRefused);
    // Only that login is locked.
    CHECK(users.authenticate(u"ani"_s, u"1357"_s));

    facility.clock.advanceSeconds(UserStore::LockoutSeconds - 1);
    CHECK(users.authenticate(u"budi"_s, u"2468"_s).error().code == ErrorCode::RuleRefused);
    facility.clock.advanceSeconds(1);
    CHECK(users.authenticate(u"budi"_s, u"2468"_s).value().login == u"budi"_s);
    // Unlocked with a fresh count: four more wrong ones do not lock.
    for (int i = 0; i < UserStore::MaxFailures - 1; ++i)
        CHECK(users.authenticate(u"budi"_s, u"0000"_s).error().code == ErrorCode::InvalidInput);
    CHECK(users.authenticate(u"budi"_s, u"2468"_s));

    SECTION("a new secret lifts a lock-out") {
        for (int i = 0; i < UserStore::MaxFailures; ++i)
            CHECK_FALSE(users.authenticate(u"budi"_s, u"0000"_s));
        CHECK(users.authenticate(u"budi"_s, u"2468"_s).error().code == ErrorCode::RuleRefused);
        REQUIRE(users.changeSecret(u"Budi"_s, u"86420"_s, Actor));
        CHECK(users.authenticate(u"budi"_s, u"2468"_s).error().code == ErrorCode::InvalidInput);
        CHECK(users.authenticate(u"budi"_s, u"86420"_s));
    }
    SECTION("the lock-out survives reopening the facility") {
        for (int i = 0; i < UserStore::MaxFailures; ++i)
            CHECK_FALSE(users.authenticate(u"budi"_s, u"0000"_s));
        facility.reopen();
        UserStore reopened(*facility);
        CHECK(reopened.authenticate(u"budi"_s, u"2468"_s).error().code == ErrorCode::RuleRefused);
    }
}

TEST_CASE("The lock-out time is facility time", "[users]") {
    TestFacility facility(u"Asia/Jayapura"_s); // WIT, UTC+9
    UserStore users(*facility);
    facility.setLocal(TestFacility::reportDay(), QTime(13, 58));
    REQUIRE(users.create(u"budi"_s, u"Budi Santoso"_s, Role::Guard, u"2468"_s, Actor));
    for (int i = 0; i < UserStore::MaxFailures; ++i)
        CHECK_FALSE(users.authenticate(u"budi"_s, u"0000"_s));
    CHECK(users.authenticate(u"budi"_s, u"2468"_s).error().message.contains(u"14:03"_s));
}

TEST_CASE("Disabled accounts cannot sign in, and secrets can be changed", "[users]") {
    TestFacility facility;
    UserStore users(*facility);
    REQUIRE(users.create(u"admin"_s, u"Siti Rahmawati"_s, Role::Admin, u"9999"_s, Actor));
    REQUIRE(users.create(u"budi"_s, u"Budi Santoso"_s, Role::Guard, u"2468"_s, Actor));

    REQUIRE(users.setActive(u"BUDI"_s, false, Actor));
    CHECK_FALSE(users.find(u"budi"_s).value().active);
    auto refused = users.authenticate(u"budi"_s, u"2468"_s);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::RuleRefused);
    CHECK(refused.error().message.contains(u"disabled"_s));
    // Without the right secret, a disabled account looks like any wrong attempt.
    CHECK(users.authenticate(u"budi"_s, u"0000"_s).error().message == u"Wrong user name or PIN."_s);

    REQUIRE(users.setActive(u"budi"_s, true, Actor));
    CHECK(users.authenticate(u"budi"_s, u"2468"_s));

    for (const QString &bad : {u"123"_s, u""_s})
        CHECK(users.changeSecret(u"budi"_s, bad, Actor).error().code == ErrorCode::InvalidInput);
    CHECK(users.changeSecret(u"nobody"_s, u"1234"_s, Actor).error().code == ErrorCode::NotFound);
    CHECK(users.setActive(u"nobody"_s, false, Actor).error().code == ErrorCode::NotFound);
    CHECK(users.setRole(u"nobody"_s, Role::Staff, Actor).error().code == ErrorCode::NotFound);
    REQUIRE(users.changeSecret(u"budi"_s, u"correct horse"_s, Actor));
    CHECK(users.authenticate(u"budi"_s, u"2468"_s).error().code == ErrorCode::InvalidInput);
    CHECK(users.authenticate(u"budi"_s, u"correct horse"_s));
}

TEST_CASE("The last active admin cannot be demoted or disabled", "[users]") {
    TestFacility facility;
    UserStore users(*facility);
    REQUIRE(users.create(u"admin"_s, u"Siti Rahmawati"_s, Role::Admin, u"9999"_s, Actor));
    REQUIRE(users.create(u"budi"_s, u"Budi Santoso"_s, Role::Staff, u"2468"_s, Actor));

    for (const Role lower : {Role::Staff, Role::Guard}) {
        auto demoted = users.setRole(u"admin"_s, lower, Actor);
        REQUIRE_FALSE(demoted);
        CHECK(demoted.error().code == ErrorCode::RuleRefused);
    }
    CHECK(users.setActive(u"admin"_s, false, Actor).error().code == ErrorCode::RuleRefused);
    CHECK(users.find(u"admin"_s).value().role == Role::Admin);
    CHECK(users.find(u"admin"_s).value().active);

    // A second admin makes it possible; a disabled admin does not count.
    REQUIRE(users.setRole(u"budi"_s, Role::Admin, Actor));
    REQUIRE(users.setActive(u"budi"_s, false, Actor));
    CHECK(users.setRole(u"admin"_s, Role::Staff, Actor).error().code == ErrorCode::RuleRefused);
    REQUIRE(users.setActive(u"budi"_s, true, Actor));
    REQUIRE(users.setRole(u"admin"_s, Role::Staff, Actor));
    CHECK(users.find(u"admin"_s).value().role == Role::Staff);
    CHECK(users.setActive(u"budi"_s, false, Actor).error().code == ErrorCode::RuleRefused);
    CHECK(users.setRole(u"budi"_s, Role::Guard, Actor).error().code == ErrorCode::RuleRefused);
    // A disabled admin may be demoted, and an admin promoted while another is disabled.
    REQUIRE(users.setRole(u"admin"_s, Role::Admin, Actor));
    REQUIRE(users.setActive(u"admin"_s, false, Actor));
    REQUIRE(users.setRole(u"admin"_s, Role::Guard, Actor));
}

TEST_CASE("Every change and sign-in attempt is audited, never with the secret", "[users]") {
    TestFacility facility;
    UserStore users(*facility);
    REQUIRE(users.create(u"admin"_s, u"Siti Rahmawati"_s, Role::Admin, u"secret-one"_s, Actor));
    REQUIRE(users.create(u"budi"_s, u"Budi Santoso"_s, Role::Guard, u"secret-two"_s, Actor));
    REQUIRE(users.authenticate(u"budi"_s, u"secret-two"_s));
    CHECK_FALSE(users.authenticate(u"budi"_s, u"secret-three"_s));
    // A secret typed into the user-name field must not end up in the log either.
    CHECK_FALSE(users.authenticate(u"secret-four"_s, u"secret-five"_s));
    REQUIRE(users.changeSecret(u"budi"_s, u"secret-six"_s, Actor));
    REQUIRE(users.setRole(u"budi"_s, Role::Staff, Actor));
    REQUIRE(users.setRole(u"budi"_s, Role::Staff, Actor)); // no change, no entry
    REQUIRE(users.setActive(u"budi"_s, false, Actor));
    REQUIRE(users.setActive(u"budi"_s, false, Actor)); // no change, no entry
    CHECK(users.authenticate(u"budi"_s, u"secret-six"_s).error().code == ErrorCode::RuleRefused);
    REQUIRE(users.setActive(u"budi"_s, true, Actor));
    for (int i = 0; i < UserStore::MaxFailures; ++i)
        CHECK_FALSE(users.authenticate(u"budi"_s, u"secret-seven"_s));
    CHECK_FALSE(users.authenticate(u"budi"_s, u"secret-six"_s));
    // Refused changes write nothing.
    CHECK_FALSE(users.create(u"budi"_s, u"Budi Santoso"_s, Role::Guard, u"secret-eight"_s, Actor));
    CHECK_FALSE(users.setRole(u"admin"_s, Role::Guard, Actor));

    CHECK(auditActions(facility, u"user."_s) ==
          QStringList{u"user.create"_s, u"user.create"_s, u"user.signin.ok"_s, u"user.signin.wrong"_s,
                      u"user.signin.wrong"_s, u"user.secret"_s, u"user.role"_s, u"user.active"_s,
                      u"user.signin.inactive"_s, u"user.active"_s, u"user.signin.wrong"_s, u"user.signin.wrong"_s,
                      u"user.signin.wrong"_s, u"user.signin.wrong"_s, u"user.signin.wrong"_s, u"user.signin.locked"_s});

    const QStringList entries = auditEntries(facility);
    CHECK(entries.contains(u"cli:test|user.create|admin|role=admin"_s));
    CHECK(entries.contains(u"cli:test|user.role|budi|guard -> staff"_s));
    CHECK(entries.contains(u"cli:test|user.active|budi|disabled"_s));
    CHECK(entries.contains(u"signin|user.signin.ok|budi|"_s));
    CHECK(entries.contains(u"signin|user.signin.wrong||unknown user"_s));
    for (const QString &entry : entries) {
        INFO(entry);
        CHECK_FALSE(entry.contains(u"secret-"_s));
        CHECK_FALSE(entry.contains(u"$argon2"_s));
    }
}

TEST_CASE("The first administrator can be made while no active admin exists, and only then", "[users]") {
    TestFacility facility;
    UserStore users(*facility);
    REQUIRE(users.hasActiveAdmin().value() == false);

    SECTION("a fresh facility") {}
    SECTION("only a guard and a staff member so far") {
        REQUIRE(users.create(u"joko"_s, u"Joko Susilo"_s, Role::Guard, u"2468"_s, Actor));
        REQUIRE(users.create(u"rina"_s, u"Rina Marlina"_s, Role::Staff, u"2468"_s, Actor));
        CHECK(users.hasActiveAdmin().value() == false);
    }
    SECTION("only a disabled admin (restored from an old backup)") {
        REQUIRE(users.create(u"lama"_s, u"Admin Lama"_s, Role::Admin, u"2468"_s, Actor));
        CHECK(users.hasActiveAdmin().value() == true);
        facility.database.execute({u"UPDATE users SET active = 0 WHERE username = 'lama'"_s});
        CHECK(users.hasActiveAdmin().value() == false);
    }

    auto admin = users.createFirstAdmin(u" Kepala "_s, u"Kepala Rutan"_s, u"482916"_s);
    REQUIRE(admin);
    CHECK(admin->login == u"kepala"_s);
    CHECK(admin->role == Role::Admin);
    CHECK(admin->active);
    CHECK(users.hasActiveAdmin().value() == true);
    CHECK(users.authenticate(u"kepala"_s, u"482916"_s));
    CHECK(auditEntries(facility).contains(u"setup|user.create|kepala|role=admin"_s));

    const qsizetype accounts = users.list().value().size();
    const qsizetype entries = auditEntries(facility).size();
    auto second = users.createFirstAdmin(u"lain"_s, u"Orang Lain"_s, u"135790"_s);
    REQUIRE_FALSE(second);
    CHECK(second.error().code == ErrorCode::RuleRefused);
    CHECK(second.error().message.contains(u"administrator already exists"_s));
    CHECK(users.list().value().size() == accounts);
    CHECK(auditEntries(facility).size() == entries);
    CHECK_FALSE(users.find(u"lain"_s));
}

TEST_CASE("The first administrator is checked like any account and a taken login is refused", "[users]") {
    TestFacility facility;
    UserStore users(*facility);
    REQUIRE(users.create(u"joko"_s, u"Joko Susilo"_s, Role::Guard, u"2468"_s, Actor));

    auto badLogin = users.createFirstAdmin(u"kepala rutan"_s, u"Kepala Rutan"_s, u"482916"_s);
    REQUIRE_FALSE(badLogin);
    CHECK(badLogin.error().code == ErrorCode::InvalidInput);
    auto shortPin = users.createFirstAdmin(u"kepala"_s, u"Kepala Rutan"_s, u"12"_s);
    REQUIRE_FALSE(shortPin);
    CHECK(shortPin.error().code == ErrorCode::InvalidInput);
    auto taken = users.createFirstAdmin(u"Joko"_s, u"Joko Susilo"_s, u"482916"_s);
    REQUIRE_FALSE(taken);
    CHECK(taken.error().code == ErrorCode::Conflict);
    CHECK(users.find(u"joko"_s)->role == Role::Guard);
    CHECK(users.hasActiveAdmin().value() == false);
}
