#include "CliRunner.h"

#include <QAtomicInt>
#include <QFile>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace besuk::e2e {

namespace {

QString cliPath() {
    return QString::fromUtf8(BESUK_CLI_PATH);
}

QString cellText(const QVariant &value) {
    if (value.isNull())
        return u"<null>"_s;
    if (value.typeId() == QMetaType::QByteArray)
        return u"x'"_s + QString::fromLatin1(value.toByteArray().toHex()) + u"'"_s;
    return value.toString();
}

// A read-only connection with a name of its own, removed again when done.
class ReadOnlyConnection {
public:
    explicit ReadOnlyConnection(const QString &path) {
        static QAtomicInt counter;
        m_name = u"e2e-snapshot-%1"_s.arg(counter.fetchAndAddRelaxed(1));
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"_s);
        m_open = db.open();
        if (!m_open)
            m_error = db.lastError().text();
    }
    ~ReadOnlyConnection() {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }

    QStringList rows(const QString &sql) const {
        INFO("database error: " << m_error);
        REQUIRE(m_open);
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        query.setForwardOnly(true);
        const bool done = query.exec(sql);
        INFO("query: " << sql << " error: " << query.lastError().text());
        REQUIRE(done);
        QStringList result;
        while (query.next()) {
            QStringList cells;
            for (int i = 0; i < query.record().count(); ++i)
                cells.append(cellText(query.value(i)));
            result.append(cells.join(u'|'));
        }
        return result;
    }

private:
    QString m_name;
    QString m_error;
    bool m_open = false;
};

CliResult finish(QProcess &process, bool finished) {
    CliResult result;
    if (!finished) {
        result.timedOut = true;
        process.kill();
        process.waitForFinished(5000);
    }
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    if (finished && process.exitStatus() == QProcess::NormalExit)
        result.exitCode = process.exitCode();
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    if (error.error == QJsonParseError::NoError && document.isObject()) {
        result.json = document.object();
        result.isJson = true;
    }
    return result;
}

} // namespace

QString CliResult::describe() const {
    return u"exit %1%2\n--- stderr:\n%3--- stdout:\n%4"_s.arg(exitCode).arg(timedOut ? u" (timed out)"_s : QString(),
                                                                            err, out.left(4000));
}

bool CliResult::oneErrorLine() const {
    return err.startsWith(u"besuk-cli: "_s) && err.endsWith(u'\n') && err.count(u'\n') == 1 && !err.contains(u'\r');
}

CliProcess::CliProcess(const QStringList &arguments, const Environment &environment)
    : m_process(std::make_unique<QProcess>()), m_arguments(arguments) {
    m_process->setProgram(cliPath());
    m_process->setArguments(arguments);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        env.insert(it.key(), it.value());
    m_process->setProcessEnvironment(env);
}

CliProcess::~CliProcess() {
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

void CliProcess::start() {
    m_process->start(QIODevice::ReadOnly);
}

CliResult CliProcess::wait(int timeoutMs) {
    if (m_process->state() == QProcess::Starting && !m_process->waitForStarted(timeoutMs))
        return finish(*m_process, false);
    return finish(*m_process, m_process->waitForFinished(timeoutMs));
}

CliResult runCli(const QStringList &arguments, const Environment &environment, int timeoutMs) {
    CliProcess process(arguments, environment);
    process.start();
    return process.wait(timeoutMs);
}

CliFixture::CliFixture() {
    REQUIRE(m_dir.isValid());
}

QString CliFixture::writeFile(const QString &name, const QByteArray &contents) {
    const QString path = filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(contents) == contents.size());
    file.close();
    return path;
}

QStringList CliFixture::withDb(const QStringList &arguments) const {
    return QStringList{u"--db"_s, dbPath()} + arguments;
}

CliResult CliFixture::run(const QStringList &arguments, const Environment &environment, int timeoutMs) const {
    return runCli(withDb(arguments), environment, timeoutMs);
}

CliResult CliFixture::init(const QString &timeZone, const QString &facility, const Environment &environment) {
    const CliResult result =
        run({u"init"_s, u"--facility"_s, facility, u"--timezone"_s, timeZone, u"--now"_s, u"2025-12-01T07:00"_s},
            environment);
    INFO(result.describe());
    REQUIRE(result.exitCode == 0);
    return result;
}

void CliFixture::importInmates(const QString &prefix, int count, const Environment &environment) {
    QByteArray csv = "number,name,block\r\n";
    for (int i = 1; i <= count; ++i)
        csv += u"%1-%2,Warga %3,A\r\n"_s.arg(prefix).arg(i, 3, 10, QLatin1Char('0')).arg(QChar(u'A' + i % 26)).toUtf8();
    const QString path = writeFile(prefix + u"-roster.csv"_s, csv);
    const CliResult result = run({u"inmate"_s, u"import"_s, path, u"--now"_s, u"2025-12-01T07:00"_s}, environment);
    INFO(result.describe());
    REQUIRE(result.exitCode == 0);
    REQUIRE(result.json.value(u"added"_s).toInt() == count);
    REQUIRE(result.json.value(u"rejected"_s).toArray().isEmpty());
}

Snapshot snapshot(const QString &dbPath) {
    REQUIRE(QFile::exists(dbPath));
    const ReadOnlyConnection connection(dbPath);
    Snapshot result;
    result.insert(u"sqlite_master"_s,
                  connection.rows(u"SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"_s));
    for (const QString &table : connection.rows(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s))
        result.insert(table, connection.rows(u"SELECT * FROM \"%1\" ORDER BY rowid"_s.arg(table)));
    return result;
}

QStringList queryRows(const QString &dbPath, const QString &sql) {
    const ReadOnlyConnection connection(dbPath);
    return connection.rows(sql);
}

QString makeNik(const QString &region, const QDate &birthDate, bool female, int serial) {
    return region + u"%1%2%3%4"_s.arg(birthDate.day() + (female ? 40 : 0), 2, 10, QLatin1Char('0'))
                        .arg(birthDate.month(), 2, 10, QLatin1Char('0'))
                        .arg(birthDate.year() % 100, 2, 10, QLatin1Char('0'))
                        .arg(serial, 4, 10, QLatin1Char('0'));
}

QString adult(const QString &nik, const QString &name) {
    return nik + u':' + name;
}

} // namespace besuk::e2e
