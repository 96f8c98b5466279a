#include "Locations.h"

#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace besuk {

QString defaultDatabasePath() {
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty())
        base = QDir::homePath() + u"/.local/share"_s;
    return base + u"/besuk/besuk.db"_s;
}

QString defaultKeyPath(const QString &databasePath) {
    return databasePath + u".key"_s;
}

} // namespace besuk
