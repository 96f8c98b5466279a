// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcessEnvironment>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace besuk::e2e {

namespace {

QString cliPath() {
    return QString::fromUtf8(BESUK_CLI_PATH);
}

// The schema as rows: tables, columns, indexes, constraints and triggers (and functions on PostgreSQL).
QString schemaQuery(Backend backend) {
    if (backend == Backend::Sqlite)
        return u"SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"_s;
    return u"SELECT 'column', table_name || '.' || column_name, "
           u"data_type || ' ' || is_nullable || ' ' || COALESCE(column_default, '') "
           u"FROM information_schema.columns WHERE table_schema = 'public' "
           u"UNION ALL SELECT 'index', indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' "
           u"UNION ALL SELECT 'constraint', conrelid::regclass::text || '.' || conname, pg_get_constraintdef(oid) "
           u"FROM pg_constraint WHERE connamespace = 'public'::regnamespace "
           u"UNION ALL SELECT 'trigger', tgname, pg_get_triggerdef(oid) FROM pg_trigger WHERE NOT tgisinternal "
           u"UNION ALL SELECT 'function', proname, md5(prosrc) FROM pg_proc "
           u"WHERE pronamespace = 'public'::regnamespace "
           u"ORDER BY 1, 2"_s;
}

} // namespace

CliResult collectResult(QProcess &process, bool finished) {
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
    // Messages in English unless a test asks for another language (besuk-cli follows LC_ALL, LC_MESSAGES, LANG).
    env.remove(u"LC_ALL"_s);
    env.remove(u"LC_MESSAGES"_s);
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
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
        return collectResult(*m_process, false);
    return collectResult(*m_process, m_process->waitForFinished(timeoutMs));
}

CliResult runCli(const QStringList &arguments, const Environment &environment, int timeoutMs) {
    CliProcess process(arguments, environment);
    process.start();
    return process.wait(timeoutMs);
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
    return QStringList{u"--db"_s, location(), u"--key"_s, keyPath()} + arguments;
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

Snapshot CliFixture::snapshot() const {
    Snapshot result = m_database.snapshot();
    REQUIRE_FALSE(result.isEmpty());
    const QStringList schema = m_database.rows(schemaQuery(m_database.backend()));
    REQUIRE_FALSE(schema.isEmpty());
    result.insert(u"(schema)"_s, schema);
    return result;
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
