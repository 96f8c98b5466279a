#pragma once

#include "Result.h"

#include <QString>

namespace besuk {

class Database;

// Append-only, hash-chained record of who did what. Call inside the transaction of the change it records,
// so the change and its entry commit together.
class AuditLog {
public:
    static Result<void> append(Database &database, qint64 atMs, const QString &actor, const QString &action,
                               const QString &subject, const QString &detail = {});
};

} // namespace besuk
