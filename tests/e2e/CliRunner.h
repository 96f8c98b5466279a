#pragma once

#include <QByteArray>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

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

// A temporary folder with a database path in it; `init` creates the facility.
class CliFixture {
public:
    CliFixture();

    [[nodiscard]] QString dbPath() const { return m_dir.filePath(QStringLiteral("besuk.db")); }
    [[nodiscard]] QString keyPath() const { return dbPath() + QStringLiteral(".key"); }
    [[nodiscard]] QString filePath(const QString &name) const { return m_dir.filePath(name); }
    QString writeFile(const QString &name, const QByteArray &contents); // returns the path

    // besuk-cli --db <dbPath> ARGUMENTS...
    CliResult run(const QStringList &arguments, const Environment &environment = {}, int timeoutMs = 30000) const;
    [[nodiscard]] QStringList withDb(const QStringList &arguments) const;

    // init with this zone; REQUIREs success.
    CliResult init(const QString &timeZone = QStringLiteral("Asia/Makassar"),
                   const QString &facility = QStringLiteral("Rutan Kelas IIA Balikpapan"),
                   const Environment &environment = {});

    // Adds inmates "<prefix>-001" ... "<prefix>-<count>" via inmate import; REQUIREs all accepted.
    void importInmates(const QString &prefix, int count, const Environment &environment = {});

private:
    QTemporaryDir m_dir;
};

// Every row of every table (and the schema itself) as text, read through a read-only connection.
// Equal snapshots mean the database's content did not change.
using Snapshot = QMap<QString, QStringList>;
Snapshot snapshot(const QString &dbPath);
// One SELECT through a read-only connection; each row's columns joined with '|'.
QStringList queryRows(const QString &dbPath, const QString &sql);

// A structurally valid NIK: 6-digit region, birth date (day + 40 for women), 4-digit serial.
QString makeNik(const QString &region, const QDate &birthDate, bool female, int serial);

// "NIK:NAME" for --adult.
QString adult(const QString &nik, const QString &name);

} // namespace besuk::e2e
