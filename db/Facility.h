// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Clock.h"
#include "db/Database.h"
#include "db/FacilityKey.h"
#include "db/Result.h"
#include "db/Rules.h"

#include <QCoreApplication>
#include <QDate>
#include <QTimeZone>

#include <memory>
#include <optional>

namespace besuk {

struct FacilityProfile {
    QString name;
    QString timeZoneId; // IANA, e.g. "Asia/Makassar"
    QTimeZone timeZone;
    quint32 code = 0; // goes into every ticket
    QByteArray publicKey;
    Rules rules;
};

// An opened facility: its database, profile, clock and (when this station issues tickets) its signing key.
// Every domain service works on one of these.
class Facility {
    Q_DECLARE_TR_FUNCTIONS(Facility)
public:
    // Makes a new facility: schema, profile, a fresh signing key written to `keyPath`.
    // Conflict error if the database already holds a facility.
    static Result<std::unique_ptr<Facility>> initialise(std::unique_ptr<Database> database, const Clock &clock,
                                                        const QString &name, const QString &timeZoneId,
                                                        const QString &keyPath);
    // Opens an initialised facility. The key file is read only when a ticket must be signed.
    static Result<std::unique_ptr<Facility>> open(std::unique_ptr<Database> database, const Clock &clock,
                                                  const QString &keyPath);

    [[nodiscard]] Database &database() { return *m_database; }
    [[nodiscard]] const Clock &clock() const { return m_clock; }
    [[nodiscard]] const FacilityProfile &profile() const { return m_profile; }
    [[nodiscard]] const Rules &rules() const { return m_profile.rules; }
    [[nodiscard]] const QString &keyPath() const { return m_keyPath; }

    [[nodiscard]] QDateTime now() const { return m_clock.now(); }
    [[nodiscard]] QDateTime toLocal(const QDateTime &moment) const { return moment.toTimeZone(m_profile.timeZone); }
    [[nodiscard]] QDate dateOf(const QDateTime &moment) const { return toLocal(moment).date(); }
    [[nodiscard]] QDate today() const { return dateOf(now()); }

    // The key that signs tickets; KeyProblem if its file is missing, damaged or belongs to another facility.
    Result<const FacilityKey *> signingKey();

    Result<void> saveRules(const Rules &rules, const QString &actor);
    // Reads the rules again: another station (the staff console) may have changed them since this one opened.
    // On failure the rules read before stay in force.
    Result<void> reloadRules();
    // Gives the facility a new name (validated as at initialise), recorded as "facility.rename". The time zone and
    // the code stay: every ticket depends on them. The same name again changes nothing and records nothing.
    Result<void> rename(const QString &name, const QString &actor);
    // Takes the name and the rules that another Facility of the same database has just read or saved (a station's
    // domain thread works on one of its own), so that what this one holds follows them. The time zone, the code and
    // the key never change.
    void adopt(const FacilityProfile &profile) {
        m_profile.name = profile.name;
        m_profile.rules = profile.rules;
    }

    // Records something staff should know about that changed no data (a printer failure, a kiosk unlocked).
    Result<void> logEvent(const QString &actor, const QString &action, const QString &subject,
                          const QString &detail = {});

private:
    Facility(std::unique_ptr<Database> database, const Clock &clock, FacilityProfile profile, QString keyPath);
    static Result<FacilityProfile> loadProfile(Database &database);
    static Result<Rules> parseRules(const QString &json);

    std::unique_ptr<Database> m_database;
    const Clock &m_clock;
    FacilityProfile m_profile;
    QString m_keyPath;
    std::optional<FacilityKey> m_key;
};

} // namespace besuk
