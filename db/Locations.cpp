// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/Locations.h"

#include "db/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

const QString SystemUser = u"besuk"_s;
const QString SystemConfig = u"/etc/besuk/besuk.conf"_s;
const QString SystemDataFolder = u"/var/lib/besuk"_s;

bool runsAsSystemUser() {
    const passwd *entry = getpwuid(geteuid());
    return entry && QString::fromLocal8Bit(entry->pw_name) == SystemUser;
}

struct SystemLocations {
    QString database;
    QString key;
};

// The system layout, with what the configuration file (when there is one) says in place of the built-in paths.
SystemLocations systemLocations(const QString &configPath) {
    SystemLocations locations{SystemDataFolder + u"/besuk.db"_s, SystemDataFolder + u"/besuk.key"_s};
    if (!QFileInfo::exists(configPath))
        return locations;
    const QSettings config(configPath, QSettings::IniFormat);
    if (config.contains(u"database/location"_s)) {
        // Another database keeps its key beside it, unless the file names the key too.
        locations.database = config.value(u"database/location"_s).toString().trimmed();
        locations.key.clear();
    }
    if (config.contains(u"database/key"_s))
        locations.key = config.value(u"database/key"_s).toString().trimmed();
    return locations;
}

QString dataFolder() {
    if (!systemConfigPath().isEmpty())
        return SystemDataFolder;
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty())
        base = QDir::homePath() + u"/.local/share"_s;
    return base + u"/besuk"_s;
}

} // namespace

QString systemConfigPath() {
    const QString chosen = qEnvironmentVariable("BESUK_CONFIG");
    if (!chosen.isEmpty())
        return chosen;
    return runsAsSystemUser() ? SystemConfig : QString();
}

QString defaultDatabasePath() {
    const QString config = systemConfigPath();
    return config.isEmpty() ? dataFolder() + u"/besuk.db"_s : systemLocations(config).database;
}

QString defaultKeyPath(const QString &location) {
    if (const QString config = systemConfigPath(); !config.isEmpty()) {
        const SystemLocations system = systemLocations(config);
        if (location == system.database && !system.key.isEmpty())
            return system.key;
    }
    if (Database::isPostgresUrl(location))
        return dataFolder() + u"/"_s + QUrl(location).path().mid(1) + u".key"_s;
    return location + u".key"_s;
}

} // namespace besuk
