// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace besuk {

// Where a station keeps its data when nobody says otherwise.
// - By hand (any ordinary account): the per-user data folder, ~/.local/share/besuk/besuk.db, shared by the besuk GUI
//   and besuk-cli.
// - As the `besuk` system user of the Debian package (the kiosk and display units, the backup timer,
//   `runuser -u besuk -- besuk-cli …`): /var/lib/besuk/besuk.db and the key /var/lib/besuk/besuk.key, unless
//   /etc/besuk/besuk.conf says otherwise ([database] location=, key=).
// - BESUK_CONFIG=FILE applies FILE that way for any user (another site layout, and tests).
QString defaultDatabasePath();
// The facility's signing key: the system configuration's key for its database; otherwise beside a SQLite database;
// for PostgreSQL, DBNAME.key in the data folder.
QString defaultKeyPath(const QString &location);

// The system configuration that applies to this process, or empty when the per-user defaults do.
QString systemConfigPath();

} // namespace besuk
