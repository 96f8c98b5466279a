// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/UserStore.h"

#include "db/AuditLog.h"
#include "db/EnumKeys.h"
#include "db/Facility.h"
#include "db/FacilityKey.h"
#include "db/Validation.h"

#include <sodium.h>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

// Changes to roles and to the active flag take turns on PostgreSQL, so that two stations demoting two different
// admins at the same moment cannot leave none (a no-op on SQLite, whose writers already take turns).
constexpr int UserAdminLock = 0x42e5'0003;

const KeyTable<Role, 3> RoleKeys{{{Role::Guard, u"guard"_s}, {Role::Staff, u"staff"_s}, {Role::Admin, u"admin"_s}}};

const QString SelectUser = u"SELECT id, username, display_name, role, active, created_at FROM users "_s;

User userFrom(const SqlQuery &query) {
    return User{query.value(0).toLongLong(), query.value(1).toString(),
                query.value(2).toString(),   roleFromKey(query.value(3).toString()).value_or(Role::Guard),
                query.value(4).toInt() == 1, QDateTime::fromMSecsSinceEpoch(query.value(5).toLongLong(), Qt::UTC)};
}

Error invalid(QString message) {
    return makeError(ErrorCode::InvalidInput, std::move(message));
}

bool isLoginCharacter(QChar c) {
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'.' || u == u'_' ||
           u == u'-';
}

// The stored form of a login (lower-case), or nullopt when it cannot be one. Checked before lower-casing, so that
// a character outside ASCII can never turn into an ASCII one (the Kelvin sign lower-cases to 'k').
std::optional<QString> normalisedLogin(const QString &text) {
    const QString login = text.trimmed();
    if (login.size() < UserStore::MinLoginLength || login.size() > UserStore::MaxLoginLength ||
        !std::all_of(login.begin(), login.end(), isLoginCharacter))
        return std::nullopt;
    return login.toLower();
}

Result<QString> cleanLogin(const QString &text) {
    if (auto login = normalisedLogin(text))
        return *login;
    return invalid(UserStore::tr("The user name must be %1 to %2 characters: letters a-z, digits, '.', '_' or '-'.")
                       .arg(UserStore::MinLoginLength)
                       .arg(UserStore::MaxLoginLength));
}

Result<QByteArray> cleanSecret(const QString &secret) {
    const QList<uint> chars = secret.toUcs4();
    if (chars.size() < UserStore::MinSecretLength || chars.size() > UserStore::MaxSecretLength)
        return invalid(UserStore::tr("The PIN or password must be %1 to %2 characters long.")
                           .arg(UserStore::MinSecretLength)
                           .arg(UserStore::MaxSecretLength));
    for (const uint c : chars) {
        const QChar::Category category = QChar::category(char32_t(c));
        if (category == QChar::Other_Control || category == QChar::Other_Surrogate)
            return invalid(UserStore::tr("The PIN or password cannot contain line breaks, tabs or other control "
                                         "characters."));
    }
    if (secret.trimmed().isEmpty())
        return invalid(UserStore::tr("The PIN or password cannot be only spaces."));
    return secret.toUtf8();
}

// The stored hash of a secret that passes cleanSecret.
Result<QString> hashSecret(const QString &typed) {
    auto secret = cleanSecret(typed);
    if (!secret)
        return secret.error();
    ensureSodium();
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(hash, secret->constData(), quint64(secret->size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return makeError(ErrorCode::Storage, UserStore::tr("The PIN or password could not be stored (out of memory)."));
    return QString::fromLatin1(hash);
}

// A hash of a random secret that nobody knows, made once: checking a secret for an unknown login against it costs
// the same time as checking one for a real login, so timing does not tell which logins exist.
const QByteArray &decoyHash() {
    static const QByteArray hash = [] {
        ensureSodium();
        unsigned char secret[32];
        randombytes_buf(secret, sizeof secret);
        char text[crypto_pwhash_STRBYTES];
        if (crypto_pwhash_str(text, reinterpret_cast<const char *>(secret), sizeof secret,
                              crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
            return QByteArray();
        return QByteArray(text);
    }();
    return hash;
}

bool secretMatches(const QByteArray &storedHash, const QByteArray &secret) {
    if (storedHash.isEmpty() || secret.size() > UserStore::MaxSecretLength * 4)
        return false;
    return crypto_pwhash_str_verify(storedHash.constData(), secret.constData(), quint64(secret.size())) == 0;
}

struct NewAccount {
    QString login; // normalised
    QString name;
    QString hash;
};

struct Account {
    User user;
    QByteArray hash;
    int failures = 0;
    QDateTime lockedUntil; // invalid when not locked
};

Result<std::optional<Account>> loadAccount(Database &db, const QString &login) {
    SqlQuery query(db, u"SELECT id, username, display_name, role, active, created_at, secret_hash, failed_attempts, "
                       u"locked_until FROM users WHERE username = ?"_s);
    query.bind(login);
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return std::optional<Account>();
    const QVariant locked = query.value(8);
    return std::optional<Account>(
        Account{userFrom(query), query.value(6).toString().toLatin1(), query.value(7).toInt(),
                locked.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(locked.toLongLong(), Qt::UTC)});
}

Error notFound(const QString &login) {
    return makeError(ErrorCode::NotFound, UserStore::tr("There is no user named %1.").arg(login.trimmed()));
}

Result<int> activeAdmins(Database &db) {
    SqlQuery query(db, u"SELECT COUNT(*) FROM users WHERE role = ? AND active = 1"_s);
    query.bind(roleKey(Role::Admin));
    auto count = query.scalar();
    if (!count)
        return count.error();
    return count->toInt();
}

// Active admins other than `login`.
Result<int> otherActiveAdmins(Database &db, const QString &login) {
    SqlQuery query(db, u"SELECT COUNT(*) FROM users WHERE role = ? AND active = 1 AND username <> ?"_s);
    query.bind(roleKey(Role::Admin)).bind(login);
    auto count = query.scalar();
    if (!count)
        return count.error();
    return count->toInt();
}

Error lastAdmin() {
    return makeError(ErrorCode::RuleRefused, UserStore::tr("This is the last active admin. Make another user an "
                                                           "admin first, so that someone can still manage users."));
}

// One change to an account under the admin lock, in the caller's write transaction: nothing when `unchanged`,
// a refusal when `removesAdmin` and no other active admin is left, else `apply`.
struct AccountChange {
    std::function<bool(const User &)> unchanged;
    std::function<bool(const User &)> removesAdmin;
    std::function<Result<void>(const User &)> apply;
};

Result<void> changeAccount(Database &db, const QString &login, const QString &name, const AccountChange &change) {
    if (auto locked = db.lockExclusively(UserAdminLock); !locked)
        return locked;
    auto account = loadAccount(db, name);
    if (!account)
        return account.error();
    if (!account->has_value())
        return notFound(login);
    const User &user = (*account)->user;
    if (change.unchanged(user))
        return {};
    if (change.removesAdmin(user)) {
        auto others = otherActiveAdmins(db, name);
        if (!others)
            return others.error();
        if (*others == 0)
            return lastAdmin();
    }
    return change.apply(user);
}

// The checked login, name and the hash of the secret, made before any transaction (hashing takes a while).
Result<NewAccount> prepareAccount(const QString &login, const QString &displayName, const QString &secret) {
    auto cleanName = cleanLogin(login);
    if (!cleanName)
        return cleanName.error();
    auto name = Validation::personName(displayName);
    if (!name)
        return name.error();
    auto hash = hashSecret(secret);
    if (!hash)
        return hash.error();
    return NewAccount{*cleanName, *name, *hash};
}

// Stores the account and its audit entry, in the caller's write transaction.
Result<User> insertAccount(Database &db, const NewAccount &account, Role role, qint64 nowMs, const QString &actor) {
    // ON CONFLICT: a login taken by another station a moment ago is a Conflict too, not a storage error.
    SqlQuery insert(db, u"INSERT INTO users (username, display_name, role, secret_hash, failed_attempts, "
                        u"locked_until, active, created_at) VALUES (?, ?, ?, ?, 0, NULL, 1, ?) "
                        u"ON CONFLICT (username) DO NOTHING RETURNING id"_s);
    insert.bind(account.login).bind(account.name).bind(roleKey(role)).bind(account.hash).bind(nowMs);
    auto id = insert.scalar();
    if (!id)
        return id.error();
    if (id->isNull())
        return makeError(ErrorCode::Conflict, UserStore::tr("The user name %1 is already taken.").arg(account.login));
    if (auto logged = AuditLog::append(db, nowMs, actor, u"user.create"_s, account.login, u"role="_s + roleKey(role));
        !logged)
        return logged.error();
    return User{
        id->toLongLong(), account.login, account.name, role, true, QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC)};
}

} // namespace

QString roleKey(Role role) {
    return toKey(role, RoleKeys);
}

std::optional<Role> roleFromKey(const QString &key) {
    return fromKey(key, RoleKeys);
}

bool roleAllows(Role role, Permission permission) {
    switch (permission) {
    case Permission::RunGate:
    case Permission::CallNumbers:
        return true;
    case Permission::ViewVisits:
    case Permission::ExportData:
    case Permission::ManageRoster:
    case Permission::ManageBans:
        return role == Role::Staff || role == Role::Admin;
    case Permission::ManageRules:
    case Permission::ManageUsers:
    case Permission::ViewAudit:
    case Permission::ManageRetention:
        return role == Role::Admin;
    }
    return false;
}

Result<bool> UserStore::hasActiveAdmin() {
    auto admins = activeAdmins(m_facility.database());
    if (!admins)
        return admins.error();
    return *admins > 0;
}

Result<bool> UserStore::hasUsers() {
    auto any = SqlQuery(m_facility.database(), u"SELECT 1 FROM users LIMIT 1"_s).scalar();
    if (!any)
        return any.error();
    return !any->isNull();
}

Result<User> UserStore::create(const QString &login, const QString &displayName, Role role, const QString &secret,
                               const QString &actor) {
    auto account = prepareAccount(login, displayName, secret);
    if (!account)
        return account.error();
    Database &db = m_facility.database();
    const qint64 nowMs = m_facility.now().toMSecsSinceEpoch();
    return db.write([&]() -> Result<User> { return insertAccount(db, *account, role, nowMs, actor); });
}

Result<User> UserStore::createFirstAdmin(const QString &login, const QString &displayName, const QString &secret) {
    auto account = prepareAccount(login, displayName, secret);
    if (!account)
        return account.error();
    Database &db = m_facility.database();
    const qint64 nowMs = m_facility.now().toMSecsSinceEpoch();
    return db.write([&]() -> Result<User> {
        // Under the admin lock, so that two stations cannot both make "the first" administrator.
        if (auto locked = db.lockExclusively(UserAdminLock); !locked)
            return locked.error();
        auto admins = activeAdmins(db);
        if (!admins)
            return admins.error();
        if (*admins > 0)
            return makeError(ErrorCode::RuleRefused,
                             tr("An active administrator already exists. Please sign in, or ask an administrator "
                                "for an account."));
        return insertAccount(db, *account, Role::Admin, nowMs, u"setup"_s);
    });
}

Result<User> UserStore::authenticate(const QString &login, const QString &secret) {
    enum class Outcome { Right, Wrong, Locked, Inactive };
    struct Attempt {
        Outcome outcome = Outcome::Wrong;
        std::optional<User> user;
        QDateTime lockedUntil;
    };
    const QString wrongMessage = tr("Wrong user name or PIN.");
    const auto lockedError = [this](const QDateTime &until) {
        return makeError(
            ErrorCode::RuleRefused,
            tr("Too many wrong attempts. Try again after %1.").arg(m_facility.toLocal(until).toString(u"HH:mm"_s)));
    };
    // The audit names a login only when it exists: a secret typed into the user-name field stays out of the log.
    const QString actor = u"signin"_s;

    Database &db = m_facility.database();
    const QDateTime now = m_facility.now();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const std::optional<QString> name = normalisedLogin(login);
    const QByteArray bytes = secret.toUtf8();

    std::optional<Account> account;
    if (name) {
        auto loaded = loadAccount(db, *name);
        if (!loaded)
            return loaded.error();
        account = std::move(loaded).value();
    }
    const bool lockedBefore = account && account->lockedUntil.isValid() && account->lockedUntil > now;
    // The slow check runs outside the write transaction, so that other stations are not held up by it.
    bool right = false;
    if (!lockedBefore) {
        const bool matches = secretMatches(account ? account->hash : decoyHash(), bytes);
        right = account && matches;
    }

    auto attempt = db.write([&]() -> Result<Attempt> {
        if (!account) {
            if (auto logged = AuditLog::append(db, nowMs, actor, u"user.signin.wrong"_s, {}, u"unknown user"_s);
                !logged)
                return logged.error();
            return Attempt{};
        }
        if (lockedBefore) {
            if (auto logged = AuditLog::append(db, nowMs, actor, u"user.signin.locked"_s, account->user.login); !logged)
                return logged.error();
            return Attempt{Outcome::Locked, account->user, account->lockedUntil};
        }
        // Read again inside the transaction: another station may have counted a failure or locked it meanwhile.
        // The no-op update first takes the row's lock on PostgreSQL, so that two stations cannot both count from
        // the same number (SQLite's writers already take turns).
        SqlQuery claim(db, u"UPDATE users SET failed_attempts = failed_attempts WHERE id = ?"_s);
        claim.bind(account->user.id);
        if (auto claimed = claim.exec(); !claimed)
            return claimed.error();
        auto current = loadAccount(db, account->user.login);
        if (!current)
            return current.error();
        if (!current->has_value()) {
            if (auto logged = AuditLog::append(db, nowMs, actor, u"user.signin.wrong"_s, {}, u"unknown user"_s);
                !logged)
                return logged.error();
            return Attempt{};
        }
        const Account &stored = **current;
        if (stored.lockedUntil.isValid() && stored.lockedUntil > now) {
            if (auto logged = AuditLog::append(db, nowMs, actor, u"user.signin.locked"_s, stored.user.login); !logged)
                return logged.error();
            return Attempt{Outcome::Locked, stored.user, stored.lockedUntil};
        }
        // A secret changed between the check and now: judge by the one that was checked, but never let it in.
        const bool accepted = right && stored.hash == account->hash;
        const int failures = accepted ? 0 : stored.failures + 1;
        const bool lockNow = failures >= MaxFailures;
        const QDateTime until = lockNow ? now.addSecs(LockoutSeconds) : QDateTime();
        SqlQuery update(db, lockNow ? u"UPDATE users SET failed_attempts = 0, locked_until = ? WHERE id = ?"_s
                                    : u"UPDATE users SET failed_attempts = ?, locked_until = NULL WHERE id = ?"_s);
        update.bind(lockNow ? until.toMSecsSinceEpoch() : qint64(failures)).bind(stored.user.id);
        if (auto done = update.exec(); !done)
            return done.error();
        const Outcome outcome = !accepted ? Outcome::Wrong : stored.user.active ? Outcome::Right : Outcome::Inactive;
        const QString action = outcome == Outcome::Right      ? u"user.signin.ok"_s
                               : outcome == Outcome::Inactive ? u"user.signin.inactive"_s
                                                              : u"user.signin.wrong"_s;
        const QString detail = outcome != Outcome::Wrong ? QString()
                               : lockNow ? u"failures=%1 locked_until=%2"_s.arg(failures).arg(until.toMSecsSinceEpoch())
                                         : u"failures=%1"_s.arg(failures);
        if (auto logged = AuditLog::append(db, nowMs, actor, action, stored.user.login, detail); !logged)
            return logged.error();
        return Attempt{outcome, stored.user, {}};
    });
    if (!attempt)
        return attempt.error();
    switch (attempt->outcome) {
    case Outcome::Locked:
        return lockedError(attempt->lockedUntil);
    case Outcome::Wrong:
        return invalid(wrongMessage);
    case Outcome::Inactive: // told only to someone who knows the secret
        return makeError(ErrorCode::RuleRefused,
                         tr("The account %1 is disabled. Ask an admin to enable it.").arg(attempt->user->login));
    case Outcome::Right:
        break;
    }
    return *attempt->user;
}

Result<void> UserStore::changeSecret(const QString &login, const QString &secret, const QString &actor) {
    const std::optional<QString> name = normalisedLogin(login);
    if (!name)
        return notFound(login);
    auto hash = hashSecret(secret);
    if (!hash)
        return hash.error();
    Database &db = m_facility.database();
    const qint64 nowMs = m_facility.now().toMSecsSinceEpoch();
    return db.write([&]() -> Result<void> {
        SqlQuery update(
            db, u"UPDATE users SET secret_hash = ?, failed_attempts = 0, locked_until = NULL WHERE username = ?"_s);
        update.bind(*hash).bind(*name);
        if (auto done = update.exec(); !done)
            return done;
        if (update.rowsAffected() != 1)
            return notFound(login);
        return AuditLog::append(db, nowMs, actor, u"user.secret"_s, *name);
    });
}

Result<void> UserStore::setRole(const QString &login, Role role, const QString &actor) {
    const std::optional<QString> name = normalisedLogin(login);
    if (!name)
        return notFound(login);
    Database &db = m_facility.database();
    const qint64 nowMs = m_facility.now().toMSecsSinceEpoch();
    return db.write([&]() -> Result<void> {
        return changeAccount(db, login, *name,
                             {[&](const User &user) { return user.role == role; },
                              [](const User &user) { return user.role == Role::Admin && user.active; },
                              [&](const User &user) -> Result<void> {
                                  SqlQuery update(db, u"UPDATE users SET role = ? WHERE id = ?"_s);
                                  update.bind(roleKey(role)).bind(user.id);
                                  if (auto done = update.exec(); !done)
                                      return done;
                                  return AuditLog::append(db, nowMs, actor, u"user.role"_s, *name,
                                                          u"%1 -> %2"_s.arg(roleKey(user.role), roleKey(role)));
                              }});
    });
}

Result<void> UserStore::setActive(const QString &login, bool active, const QString &actor) {
    const std::optional<QString> name = normalisedLogin(login);
    if (!name)
        return notFound(login);
    Database &db = m_facility.database();
    const qint64 nowMs = m_facility.now().toMSecsSinceEpoch();
    return db.write([&]() -> Result<void> {
        return changeAccount(db, login, *name,
                             {[&](const User &user) { return user.active == active; },
                              [&](const User &user) { return !active && user.role == Role::Admin; },
                              [&](const User &user) -> Result<void> {
                                  SqlQuery update(db, u"UPDATE users SET active = ? WHERE id = ?"_s);
                                  update.bind(active ? 1 : 0).bind(user.id);
                                  if (auto done = update.exec(); !done)
                                      return done;
                                  return AuditLog::append(db, nowMs, actor, u"user.active"_s, *name,
                                                          active ? u"enabled"_s : u"disabled"_s);
                              }});
    });
}

Result<QList<User>> UserStore::list() {
    SqlQuery query(m_facility.database(), SelectUser);
    if (auto done = query.exec(); !done)
        return done.error();
    QList<User> users;
    while (query.next())
        users.append(userFrom(query));
    // Sorted here: PostgreSQL's collation would order '.', '_' and '-' differently from SQLite's.
    std::sort(users.begin(), users.end(), [](const User &a, const User &b) { return a.login < b.login; });
    return users;
}

Result<User> UserStore::find(const QString &login) {
    const std::optional<QString> name = normalisedLogin(login);
    if (!name)
        return notFound(login);
    SqlQuery query(m_facility.database(), SelectUser + u"WHERE username = ?"_s);
    query.bind(*name);
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return notFound(login);
    return userFrom(query);
}

} // namespace besuk
