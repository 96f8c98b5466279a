// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Database.h"

#include <QSqlQuery>
#include <QString>

namespace besuk {

// Inside the database layer only (Database, SqlQuery): one statement prepared by the driver, cached or not.
struct Database::Statement {
    Statement(const QSqlDatabase &connection, QString text) : query(connection), sql(std::move(text)) {}
    QSqlQuery query;
    QString sql;
    bool prepared = false;
    bool cached = false; // held by the connection's cache
    bool inUse = false;
    quint64 lastUse = 0;
    quint64 executedAs = 0; // the connection's statement sequence number at this statement's last exec
};

} // namespace besuk
