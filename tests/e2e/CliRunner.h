// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestDatabase.h"

#include <QByteArray>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>
#include <ostream>

// Readable values in Catch's failure output.
inline std::ostream &operator<<(std::ostream &os, const QString &s) {
    return os << s.toStdString();
}

namespace besuk::e2e {

using Environment = QMap<QString, QString>; // added to (or replacing in) the test's own environment

// What one run of besuk-cli gave back.
struct CliResult {
    int exitCode = -1; // -1 when the process crashed, did not start or timed out
    bool timedOut = false;
    QString out;      // stdout, UTF-8
    QString err;      // stderr, UTF-8
    QJsonObject json; // stdout parsed, when it is a JSON object
    bool isJson = false;

    // "exit 3; stderr: ...; stdout: ..." for failure messages.
    [[nodiscard]] QString describe() const;
    // Exactly one line on stderr, starting "besuk-cli: " and ending in a newline.
    [[nodiscard]] bool oneErrorLine() const;
};

// What a finished (or, if not `finished`, timed-out and now killed) besuk-cli process gave back.
CliResult collectResult(QProcess &process, bool finished);

// A besuk-cli process that is started now and waited for later, so that several run at the same moment.
class CliProcess {
public:
    explicit CliProcess(const QStringList &arguments, const Environment &environment = {});
    ~CliProcess();
    CliProcess(const CliProcess &) = delete;
    CliProcess &operator=(const CliProcess &) = delete;

    void start();
    CliResult wait(int timeoutMs = 60000);

private:
    std::unique_ptr<QProcess> m_process;
    QStringList m_arguments;
};

// Runs besuk-cli (BESUK_CLI_PATH) with `arguments` and waits for it.
CliResult runCli(const QStringList &arguments, const Environment &environment = {}, int timeoutMs = 30000);

// Every row of every table, plus the schema itself under "(schema)": equal snapshots mean the database's content
// did not change.
using Snapshot = test::Snapshot;

// A TestDatabase (a SQLite file or a fresh PostgreSQL database) and a temporary folder for the key and other files;
// `init` creates the facility.
class CliFixture {
public:
    CliFixture() = default;

    [[nodiscard]] const test::TestDatabase &database() const { return m_database; }
    [[nodiscard]] QString location() const { return m_database.location(); } // what --db gets
    [[nodiscard]] QString keyPath() const { return m_database.keyPath(); }
    [[nodiscard]] QString filePath(const QString &name) const { return m_database.filePath(name); }
    QString writeFile(const QString &name, const QByteArray &contents); // returns the path

    // besuk-cli --db <location> --key <keyPath> ARGUMENTS...
    CliResult run(const QStringList &arguments, const Environment &environment = {}, int timeoutMs = 30000) const;
    [[nodiscard]] QStringList withDb(const QStringList &arguments) const;

    // init with this zone; REQUIREs success.
    CliResult init(const QString &timeZone = QStringLiteral("Asia/Makassar"),
                   const QString &facility = QStringLiteral("Rutan Kelas IIA Balikpapan"),
                   const Environment &environment = {});

    // Adds inmates "<prefix>-001" ... "<prefix>-<count>" via inmate import; REQUIREs all accepted.
    void importInmates(const QString &prefix, int count, const Environment &environment = {});

    // Read through a connection of the test's own, so they see only what besuk-cli committed.
    [[nodiscard]] Snapshot snapshot() const;
    // One SELECT; each row's columns joined with '|'.
    [[nodiscard]] QStringList queryRows(const QString &sql) const { return m_database.rows(sql); }

private:
    test::TestDatabase m_database;
};

// A structurally valid NIK: 6-digit region, birth date (day + 40 for women), 4-digit serial.
QString makeNik(const QString &region, const QDate &birthDate, bool female, int serial);

// "NIK:NAME" for --adult.
QString adult(const QString &nik, const QString &name);

} // namespace besuk::e2e
