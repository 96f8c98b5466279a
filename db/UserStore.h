// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace besuk {

class Facility;

// What a signed-in officer may do. Ascending power: each role may do everything the one before it may.
enum class Role { Guard, Staff, Admin };

QString roleKey(Role role); // "guard", "staff", "admin": as stored and shown in JSON
std::optional<Role> roleFromKey(const QString &key);

enum class Permission {
    RunGate,
    CallNumbers,
    ViewVisits,
    ExportData,
    ManageRoster,
    ManageBans,
    ManageRules,
    ManageUsers,
    ViewAudit,
    ManageRetention
};

// guard: RunGate, CallNumbers; staff: also ViewVisits, ExportData, ManageRoster, ManageBans; admin: everything.
bool roleAllows(Role role, Permission permission);

struct User {
    qint64 id = 0;
    QString login;       // unique, stored lower-case: 2-32 characters a-z, 0-9, '.', '_', '-'
    QString displayName; // a person's name (Validation::personName), shown on the gate as the officer's name
    Role role = Role::Guard;
    bool active = true;
    QDateTime createdAt; // UTC
};

// Staff accounts: who may sign in at a station, and with which role. Secrets (a PIN of 4+ digits or a password)
// are stored only as libsodium crypto_pwhash strings; five wrong secrets in a row lock a login for five minutes.
class UserStore {
    Q_DECLARE_TR_FUNCTIONS(UserStore)
public:
    static constexpr int MinSecretLength = 4; // a PIN of 4+ digits or a password
    static constexpr int MaxSecretLength = 128;
    static constexpr int MaxFailures = 5;
    static constexpr int LockoutSeconds = 300;
    static constexpr int MinLoginLength = 2;
    static constexpr int MaxLoginLength = 32;

    explicit UserStore(Facility &facility) : m_facility(facility) {}

    // false on a fresh database: the first run creates the admin.
    Result<bool> hasUsers();
    // false while no enabled account has the admin role (a fresh database, or only guards and staff so far).
    Result<bool> hasActiveAdmin();
    // InvalidInput (bad login, name or secret; the message says what is wrong), Conflict (login taken).
    Result<User> create(const QString &login, const QString &displayName, Role role, const QString &secret,
                        const QString &actor);
    // An admin, made without anyone signed in: only while hasActiveAdmin() is false (else RuleRefused), checked in
    // the same transaction as the insert. Audited as user.create by "setup". Errors otherwise as create().
    Result<User> createFirstAdmin(const QString &login, const QString &displayName, const QString &secret);
    // The user, when the secret is right (failures reset). A wrong secret or an unknown login: InvalidInput
    // "Wrong user name or PIN." (the same message, and an unknown login costs the same hashing time). A disabled
    // account (told only on the right secret): RuleRefused. MaxFailures wrong secrets in a row lock the login for
    // LockoutSeconds: RuleRefused, saying until when (facility time). Every attempt is audited, never the secret.
    Result<User> authenticate(const QString &login, const QString &secret);
    // Also clears a lock-out. NotFound for an unknown login.
    Result<void> changeSecret(const QString &login, const QString &secret, const QString &actor);
    // RuleRefused when it would leave no active admin.
    Result<void> setRole(const QString &login, Role role, const QString &actor);
    Result<void> setActive(const QString &login, bool active, const QString &actor);
    Result<QList<User>> list();              // ordered by login
    Result<User> find(const QString &login); // NotFound

private:
    Facility &m_facility;
};

} // namespace besuk
