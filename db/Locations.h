#pragma once

#include <QString>

namespace besuk {

// Where a station keeps its data when nobody says otherwise: the per-user data folder
// (~/.local/share/besuk/besuk.db), shared by the besuk GUI and besuk-cli.
QString defaultDatabasePath();
// The facility's signing key: beside a SQLite database; for PostgreSQL, DBNAME.key in the data folder.
QString defaultKeyPath(const QString &location);

} // namespace besuk
