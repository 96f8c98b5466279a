// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/Facility.h"

#include "db/AuditLog.h"
#include "db/Validation.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

const QString NameKey = u"facility.name"_s;
const QString TimeZoneKey = u"facility.timezone"_s;
const QString CodeKey = u"facility.code"_s;
const QString PublicKeyKey = u"facility.public_key"_s;
const QString RulesKey = u"rules"_s;

Result<void> putSetting(Database &database, const QString &key, const QString &value) {
    SqlQuery query(database, u"INSERT INTO settings (key, value) VALUES (?, ?) "
                             u"ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    query.bind(key).bind(value);
    return query.exec();
}

// The facility's name as stored: free text of at most 120 characters, not empty.
Result<QString> cleanFacilityName(const QString &name) {
    auto cleanName = Validation::freeText(name, 120, Facility::tr("Facility name"));
    if (!cleanName)
        return cleanName.error();
    if (cleanName->isEmpty())
        return makeError(ErrorCode::InvalidInput, Facility::tr("Please give the facility a name."));
    return cleanName;
}

} // namespace

Facility::Facility(std::unique_ptr<Database> database, const Clock &clock, FacilityProfile profile, QString keyPath)
    : m_database(std::move(database)), m_clock(clock), m_profile(std::move(profile)), m_keyPath(std::move(keyPath)) {}

Result<std::unique_ptr<Facility>> Facility::initialise(std::unique_ptr<Database> database, const Clock &clock,
                                                       const QString &name, const QString &timeZoneId,
                                                       const QString &keyPath) {
    auto cleanName = cleanFacilityName(name);
    if (!cleanName)
        return cleanName.error();
    const QTimeZone zone(timeZoneId.toUtf8());
    if (!zone.isValid())
        return makeError(
            ErrorCode::InvalidInput,
            tr("\"%1\" is not a time zone this computer knows. Use a name like Asia/Makassar.").arg(timeZoneId));
    SqlQuery existing(*database, u"SELECT value FROM settings WHERE key = ?"_s);
    existing.bind(CodeKey);
    auto code = existing.scalar();
    if (!code)
        return code.error();
    if (!code->isNull())
        return makeError(ErrorCode::Conflict, tr("This database already belongs to a facility."));
    if (QFileInfo::exists(keyPath))
        return makeError(
            ErrorCode::Conflict,
            tr("A key file already exists at %1. Move it away or choose another key location.").arg(keyPath));

    FacilityProfile profile{*cleanName, timeZoneId, zone, 0, {}, Rules{}};
    while (profile.code == 0)
        profile.code = QRandomGenerator::system()->generate();
    const FacilityKey key = FacilityKey::generate();
    profile.publicKey = key.publicKey();
    if (auto saved = key.save(keyPath); !saved)
        return saved.error();

    Database &db = *database;
    auto written = db.write([&]() -> Result<void> {
        for (const auto &[settingKey, value] :
             {std::pair{NameKey, profile.name}, std::pair{TimeZoneKey, profile.timeZoneId},
              std::pair{CodeKey, QString::number(profile.code)},
              std::pair{PublicKeyKey, QString::fromLatin1(profile.publicKey.toHex())},
              std::pair{RulesKey,
                        QString::fromUtf8(QJsonDocument(profile.rules.toJson()).toJson(QJsonDocument::Compact))}}) {
            if (auto put = putSetting(db, settingKey, value); !put)
                return put;
        }
        return AuditLog::append(db, clock.now().toMSecsSinceEpoch(), u"system"_s, u"facility.init"_s, profile.name,
                                timeZoneId);
    });
    if (!written) {
        QFile::remove(keyPath);
        return written.error();
    }
    std::unique_ptr<Facility> facility(new Facility(std::move(database), clock, std::move(profile), keyPath));
    facility->m_key = key;
    return facility;
}

Result<std::unique_ptr<Facility>> Facility::open(std::unique_ptr<Database> database, const Clock &clock,
                                                 const QString &keyPath) {
    auto profile = loadProfile(*database);
    if (!profile)
        return profile.error();
    return std::unique_ptr<Facility>(new Facility(std::move(database), clock, std::move(profile).value(), keyPath));
}

Result<FacilityProfile> Facility::loadProfile(Database &database) {
    SqlQuery query(database, u"SELECT key, value FROM settings"_s);
    if (auto done = query.exec(); !done)
        return done.error();
    QHash<QString, QString> settings;
    while (query.next())
        settings.insert(query.value(0).toString(), query.value(1).toString());
    if (!settings.contains(CodeKey))
        return makeError(ErrorCode::NotInitialised,
                         tr("This database has no facility yet. Create one with \"besuk-cli init\"."));

    FacilityProfile profile;
    profile.name = settings.value(NameKey);
    profile.timeZoneId = settings.value(TimeZoneKey);
    profile.timeZone = QTimeZone(profile.timeZoneId.toUtf8());
    profile.code = settings.value(CodeKey).toUInt();
    profile.publicKey = QByteArray::fromHex(settings.value(PublicKeyKey).toLatin1());
    if (!profile.timeZone.isValid() || profile.code == 0 || profile.publicKey.size() != FacilityKey::PublicKeyBytes)
        return makeError(ErrorCode::Storage, tr("The facility settings in this database are damaged."));
    auto rules = parseRules(settings.value(RulesKey));
    if (!rules)
        return rules.error();
    profile.rules = std::move(rules).value();
    return profile;
}

Result<Rules> Facility::parseRules(const QString &json) {
    QJsonParseError parseError{};
    const QJsonDocument rules = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !rules.isObject())
        return makeError(ErrorCode::Storage, tr("The facility's rules in this database are damaged."));
    return Rules::fromJson(rules.object());
}

Result<void> Facility::reloadRules() {
    SqlQuery query(*m_database, u"SELECT value FROM settings WHERE key = ?"_s);
    query.bind(RulesKey);
    auto json = query.scalar();
    if (!json)
        return json.error();
    auto rules = parseRules(json->toString());
    if (!rules)
        return rules.error();
    m_profile.rules = std::move(rules).value();
    return {};
}

Result<const FacilityKey *> Facility::signingKey() {
    if (!m_key) {
        auto loaded = FacilityKey::load(m_keyPath);
        if (!loaded)
            return loaded.error();
        if (loaded->publicKey() != m_profile.publicKey)
            return makeError(
                ErrorCode::KeyProblem,
                tr("The key file %1 belongs to another facility. Tickets cannot be signed with it.").arg(m_keyPath));
        m_key = std::move(loaded).value();
    }
    return &*m_key;
}

Result<void> Facility::saveRules(const Rules &rules, const QString &actor) {
    if (auto valid = rules.validate(); !valid)
        return valid;
    const QString json = QString::fromUtf8(QJsonDocument(rules.toJson()).toJson(QJsonDocument::Compact));
    auto saved = m_database->write([&]() -> Result<void> {
        if (auto put = putSetting(*m_database, RulesKey, json); !put)
            return put;
        const qint64 at = now().toMSecsSinceEpoch();
        if (auto logged = AuditLog::append(*m_database, at, actor, u"rules.change"_s, {}, json); !logged)
            return logged;
        return m_database->recordChange(at, u"rules.change"_s, {}); // the stations read them again
    });
    if (saved)
        m_profile.rules = rules;
    return saved;
}

Result<void> Facility::rename(const QString &name, const QString &actor) {
    auto cleanName = cleanFacilityName(name);
    if (!cleanName)
        return cleanName.error();
    if (*cleanName == m_profile.name)
        return {};
    const QString previous = m_profile.name;
    auto saved = m_database->write([&]() -> Result<void> {
        if (auto put = putSetting(*m_database, NameKey, *cleanName); !put)
            return put;
        return AuditLog::append(*m_database, now().toMSecsSinceEpoch(), actor, u"facility.rename"_s, *cleanName,
                                previous);
    });
    if (saved)
        m_profile.name = *cleanName;
    return saved;
}

} // namespace besuk

namespace besuk {

Result<void> Facility::logEvent(const QString &actor, const QString &action, const QString &subject,
                                const QString &detail) {
    const qint64 at = now().toMSecsSinceEpoch();
    return m_database->write([&] { return AuditLog::append(*m_database, at, actor, action, subject, detail); });
}

} // namespace besuk
