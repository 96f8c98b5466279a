#include "Locations.h"

#include "Database.h"

#include <QDir>
#include <QStandardPaths>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

QString dataFolder() {
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty())
        base = QDir::homePath() + u"/.local/share"_s;
    return base + u"/besuk"_s;
}

} // namespace

QString defaultDatabasePath() {
    return dataFolder() + u"/besuk.db"_s;
}

QString defaultKeyPath(const QString &location) {
    if (Database::isPostgresUrl(location))
        return dataFolder() + u"/"_s + QUrl(location).path().mid(1) + u".key"_s;
    return location + u".key"_s;
}

} // namespace besuk
