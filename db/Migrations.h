// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Result.h"

#include <QCoreApplication>

namespace besuk {

class Database;

// The schema, as numbered steps. Each step runs in one transaction together with the row that records it,
// so a database is always at exactly one known version.
class Migrations {
    Q_DECLARE_TR_FUNCTIONS(Migrations)
public:
    static int latestVersion();
    static Result<void> apply(Database &database);
    static Result<int> currentVersion(Database &database);
};

} // namespace besuk
