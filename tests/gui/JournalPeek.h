// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace besuk::test {

// A look into a station's journal file from outside (read-only, a connection of its own, closed at once): how many
// rows of `table` match `where` (e.g. whether the mirror holds a ticket yet).
inline int journalRows(const QString &path, const QString &table, const QString &where, const QVariant &value) {
    const QString name = QStringLiteral("besuk-test-journal-peek");
    int rows = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=1000"));
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 = ?").arg(table, where));
            query.addBindValue(value);
            if (query.exec() && query.next())
                rows = query.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

} // namespace besuk::test
