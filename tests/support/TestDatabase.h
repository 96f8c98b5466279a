// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Database.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace besuk::test {

// Every row of every table, as text: equal snapshots mean nothing in the database changed.
using Snapshot = QMap<QString, QStringList>;

// Where one test's database lives. By default a SQLite file in a temporary folder. With
// BESUK_TEST_BACKEND=postgres, a fresh database on the PostgreSQL server that BESUK_TEST_POSTGRES names
// (packaging/with-postgres.sh starts one), dropped again when the test ends. Either way the temporary folder
// holds the key file and any other files the test writes.
class TestDatabase {
public:
    TestDatabase();
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    static Backend selectedBackend();

    [[nodiscard]] Backend backend() const { return m_backend; }
    [[nodiscard]] QString location() const { return m_location; } // file path or postgresql:// URL
    [[nodiscard]] QString keyPath() const { return filePath(QStringLiteral("facility.key")); }
    [[nodiscard]] QString filePath(const QString &name) const { return m_dir.filePath(name); }

    // Through a connection of its own (read-only on SQLite), so it sees only committed data.
    [[nodiscard]] Snapshot snapshot() const;
    // The same of the database at `location` (a SQLite file or a postgresql:// URL) that no TestDatabase made.
    [[nodiscard]] static Snapshot snapshotOf(const QString &location);
    [[nodiscard]] QStringList tables() const;
    // One query's rows, columns joined with '|'.
    [[nodiscard]] QStringList rows(const QString &sql) const;
    [[nodiscard]] int rowCount(const QString &table) const;

    // Runs `statements` through a writable connection of its own, bypassing Besuk, as someone holding the database
    // file (or the owner's password) could; REQUIREs that each succeeds.
    void execute(const QStringList &statements) const { execute(m_location, statements); }
    static void execute(const QString &location, const QStringList &statements);

private:
    QTemporaryDir m_dir;
    Backend m_backend;
    QString m_location;
    QString m_postgresName; // the database to drop afterwards
};

} // namespace besuk::test
