// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/Database.h"

#include "db/BackupService.h"
#include "db/DatabaseStatement.h"
#include "db/FileProblem.h"
#include "db/Migrations.h"
#include "db/SqliteBusyWait.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

#include <utility>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

// For a database error of no known kind: its code (language-neutral) and our words; the driver's are the detail.
QString unexpectedError(const QString &code) {
    return code.isEmpty() ? Database::tr("The database reported an unexpected error.")
                          : Database::tr("The database reported an unexpected error (code %1).").arg(code);
}

QString nextConnectionName() {
    static QAtomicInt counter;
    return u"besuk-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Database::Database(QString connectionName, QString location, Backend backend)
    : m_connectionName(std::move(connectionName)), m_location(std::move(location)), m_backend(backend) {}

Database::~Database() {
    clearStatements(); // every QSqlQuery ends before its connection is removed
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const {
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::isPostgresUrl(const QString &location) {
    return location.startsWith(u"postgresql://"_s) || location.startsWith(u"postgres://"_s);
}

Result<std::unique_ptr<Database>> Database::open(const QString &location, OpenMode mode) {
    return isPostgresUrl(location) ? openPostgres(location, mode) : openSqlite(location, mode);
}

Result<std::unique_ptr<Database>> Database::openSqlite(const QString &path, OpenMode mode, Schema schema) {
    const QFileInfo file(path);
    if (mode == OpenMode::MustExist && !file.exists())
        return makeError(ErrorCode::NotInitialised,
                         tr("There is no Besuk database at %1. Create one with \"besuk-cli init\".").arg(path));
    if (mode == OpenMode::CreateIfMissing && !QDir().mkpath(file.absolutePath()))
        return makeError(ErrorCode::Storage, tr("The folder %1 could not be created.").arg(file.absolutePath()));

    if (!file.exists()) {
        // The database holds NIKs and names: readable by its owner only, like the key beside it.
        QFile created(path);
        if (!created.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return makeError(ErrorCode::Storage,
                             tr("The database %1 could not be created: %2").arg(path, FileProblem::writeReason(path)),
                             created.errorString());
    }
    const QString name = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
    }
    std::unique_ptr<Database> database(new Database(name, file.absoluteFilePath(), Backend::Sqlite));
    QSqlDatabase db = database->connection();
    if (!db.open())
        return makeError(ErrorCode::Storage,
                         tr("The database %1 could not be opened: %2").arg(path, FileProblem::readReason(path)),
                         db.lastError().text());
    if (auto pragmas = database->applyPragmas(); !pragmas)
        return pragmas.error();
    if (schema == Schema::Facility)
        if (auto migrated = Migrations::apply(*database); !migrated)
            return migrated.error();
    database->m_openedAs = path;
    return database;
}

Result<std::unique_ptr<Database>> Database::openPostgres(const QString &url, OpenMode mode) {
    const QUrl parsed(url, QUrl::StrictMode);
    const QString databaseName = parsed.path().mid(1);
    if (!parsed.isValid() || databaseName.isEmpty() || databaseName.contains(u'/'))
        return makeError(ErrorCode::InvalidInput,
                         tr("\"%1\" is not a PostgreSQL address like postgresql://besuk@server:5432/besuk.")
                             .arg(parsed.toString(QUrl::RemovePassword)));
    const QUrlQuery query(parsed);
    QStringList options{u"connect_timeout=5"_s, u"application_name=besuk"_s};
    if (query.hasQueryItem(u"sslmode"_s))
        options.append(u"sslmode="_s + query.queryItemValue(u"sslmode"_s));

    const QString name = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(query.hasQueryItem(u"host"_s) ? query.queryItemValue(u"host"_s, QUrl::FullyDecoded)
                                                     : parsed.host());
        db.setPort(parsed.port(5432));
        db.setUserName(parsed.userName(QUrl::FullyDecoded));
        db.setPassword(parsed.password(QUrl::FullyDecoded));
        db.setDatabaseName(databaseName);
        db.setConnectOptions(options.join(u';'));
    }
    std::unique_ptr<Database> database(
        new Database(name, parsed.toString(QUrl::RemovePassword | QUrl::RemoveQuery), Backend::Postgres));
    if (auto connected = database->reconnect(); !connected) {
        const QString missing = u"database \"%1\" does not exist"_s.arg(databaseName);
        if (database->connection().lastError().text().contains(missing))
            return makeError(
                ErrorCode::NotInitialised,
                tr("The database server has no database \"%1\". See docs/deployment.md.").arg(databaseName));
        return connected.error();
    }
    if (mode == OpenMode::MustExist) {
        auto exists = SqlQuery(*database, u"SELECT to_regclass('schema_migrations') IS NOT NULL"_s).scalar();
        if (!exists)
            return exists.error();
        if (!exists->toBool())
            return makeError(ErrorCode::NotInitialised,
                             tr("The database %1 holds no Besuk data yet. Create it with \"besuk-cli init\".")
                                 .arg(database->location()));
    }
    if (auto migrated = Migrations::apply(*database); !migrated)
        return migrated.error();
    database->m_openedAs = url;
    return database;
}

Result<std::unique_ptr<Database>> Database::openAnother() const {
    auto another = m_backend == Backend::Postgres ? openPostgres(m_openedAs, OpenMode::MustExist)
                                                  : openSqlite(m_openedAs, OpenMode::MustExist);
    if (!another)
        return another;
    Database &database = **another;
    if (m_backend == Backend::Sqlite)
        if (auto busy = database.setBusyTimeoutMs(m_busyTimeoutMs); !busy)
            return busy.error();
    database.setConnectionAttempts(m_connectionAttempts);
    database.setStatementCacheCapacity(m_statementCapacity);
    return another;
}

Result<void> Database::reconnectOnce() {
    if (m_backend != Backend::Postgres)
        return {};
    auto reconnected = reconnect();
    if (reconnected)
        m_lastFailure = FailureKind::None;
    return reconnected;
}

Result<void> Database::reconnect() {
    clearStatements();
    m_held.reset();
    m_pendingBegin.clear();
    m_named.forgetAll();
    QSqlDatabase db = connection();
    if (db.isOpen())
        db.close();
    if (!db.open()) {
        m_lastFailure = FailureKind::ConnectionLost;
        const QString said = db.lastError().text().trimmed();
        // libpq says why only in words; a refused login is told apart from a server that is not there.
        const QString why = said.contains(u"authentication"_s) || said.contains(u"password"_s)
                                ? tr("the user name or password was refused")
                                : tr("check the network, the server and the address");
        return makeError(ErrorCode::Storage, tr("The database server at %1 cannot be reached: %2").arg(m_location, why),
                         said);
    }
    // Notices ("already exists, skipping") would reach stderr through libpq; only warnings and worse matter.
    return executeDirect(u"SET client_min_messages TO warning"_s);
}

bool Database::retryAfterFailure(int attempt) {
    if (attempt >= MaxAttempts)
        return false;
    switch (m_lastFailure) {
    case FailureKind::Transient:
        // Another station won a race; run again after a short, growing, jittered pause.
        ++m_conflictsRetried;
        QThread::msleep(5 * (1u << attempt) + QRandomGenerator::global()->bounded(10u));
        return true;
    case FailureKind::ConnectionLost:
        if (attempt >= m_connectionAttempts)
            return false;
        QThread::msleep(200 * (1u << (attempt - 1)));
        (void)reconnect();
        return true;
    case FailureKind::None:
    case FailureKind::Other:
        return false;
    }
    return false;
}

Result<void> Database::applyPragmas() {
    if (!m_busyWait)
        m_busyWait = std::make_unique<SqliteBusyWait>(m_busyTimeoutMs);
    if (!m_busyWait->install(connection()))
        return makeError(ErrorCode::Storage, tr("The database %1 could not be opened.").arg(m_location),
                         u"no SQLite handle to wait on"_s);
    // journal_mode answers with the mode in force; anything but "wal" means the file cannot give us WAL.
    SqlQuery wal(*this, u"PRAGMA journal_mode=WAL"_s);
    auto mode = wal.scalar();
    if (!mode)
        return mode.error();
    if (mode->toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0)
        return makeError(ErrorCode::Storage, tr("The database %1 cannot use write-ahead logging.").arg(m_location));
    for (const auto &pragma :
         {u"PRAGMA synchronous=FULL"_s, u"PRAGMA foreign_keys=ON"_s, u"PRAGMA secure_delete=ON"_s}) {
        SqlQuery query(*this, pragma);
        if (auto done = query.exec(); !done)
            return done;
    }
    return {};
}

Result<void> Database::setBusyTimeoutMs(int ms) {
    m_busyTimeoutMs = std::max(0, ms);
    if (m_busyWait)
        m_busyWait->setTimeoutMs(m_busyTimeoutMs);
    return {};
}

Result<void> Database::reopenSqlite() {
    clearStatements();
    QSqlDatabase db = connection();
    db.close();
    if (!db.open())
        return makeError(
            ErrorCode::Storage,
            tr("The database %1 could not be opened: %2").arg(m_location, FileProblem::readReason(m_location)),
            db.lastError().text());
    if (auto pragmas = applyPragmas(); !pragmas)
        return pragmas;
    m_reopenBeforeNextTransaction = false;
    return {};
}

Result<void> Database::reopenIfAsked() {
    if (m_backend == Backend::Sqlite && m_reopenBeforeNextTransaction)
        return reopenSqlite();
    return {};
}

Result<void> Database::begin(bool forWriting) {
    if (auto reopened = reopenIfAsked(); !reopened)
        return reopened;
    if (m_backend == Backend::Sqlite)
        return executeDirect(forWriting ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s);
    const QString sql =
        forWriting ? u"BEGIN ISOLATION LEVEL READ COMMITTED"_s : u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s;
    if (!canSendAsText())
        return executeDirect(sql);
    m_pendingBegin = sql; // sent with the transaction's first statement
    return {};
}

Result<void> Database::execute(const QString &sql) {
    // Schema changes and settings can make a prepared statement stale (PostgreSQL: "cached plan must not change
    // result type"): statements are prepared afresh afterwards.
    clearStatements();
    return executeDirect(sql);
}

Result<void> Database::executeDirect(const QString &sql) const {
    if (m_held || !m_pendingBegin.isEmpty())
        return sendInOneMessage({}, sql);
    ++m_counts.direct;
    ++m_statementSequence;
    QSqlQuery query(connection());
    if (!query.exec(sql))
        return storageError(query.lastError());
    return {};
}

bool Database::canHold() const {
    return canSendAsText() && m_writeDepth == 1;
}

bool Database::canSendAsText() const {
    return m_backend == Backend::Postgres && m_statementCapacity > 0;
}

Result<void> Database::settleNamed() const {
    if (!m_named.uncertain())
        return {};
    ++m_counts.direct;
    ++m_statementSequence;
    if (const QSqlError asked = m_named.settle(connection()); asked.type() != QSqlError::NoError)
        return storageError(asked);
    return {};
}

Result<void> Database::hold(const QString &sql, const QVariantList &values) const {
    if (m_held) {
        if (auto sent = sendPending(); !sent)
            return sent;
    }
    if (auto settled = settleNamed(); !settled)
        return settled;
    m_held = m_named.hold(connection(), sql, values, m_statementCapacity);
    return {};
}

Result<void> Database::sendPending() const {
    if (!m_held && m_pendingBegin.isEmpty())
        return {};
    return sendInOneMessage({}, QString());
}

void Database::dropHeld() const {
    if (m_held)
        m_named.dropped(*m_held);
    m_held.reset();
}

Result<void> Database::execTogether(SqlQuery &first, SqlQuery &then) const {
    // The same text twice in one message would be prepared under two names: sent one after the other then.
    const auto held = [this](const SqlQuery &query) { return m_held && m_held->sql == query.m_sql; };
    if (!canSendAsText() || first.m_sql == then.m_sql || held(first) || held(then)) {
        if (auto done = first.exec(); !done)
            return done;
        first.keepAnswer(); // QPSQL drops unread rows of a forward-only statement when the next one runs
        return then.exec();
    }
    first.m_answer.reset();
    then.m_answer.reset();
    return sendInOneMessage({&first, &then}, QString());
}

Result<void> Database::sendInOneMessage(const std::vector<SqlQuery *> &queries, const QString &direct) const {
    if (!queries.empty()) {
        if (auto settled = settleNamed(); !settled)
            return settled;
    }
    QStringList parts;
    qsizetype results = 0;                   // one per statement in the message
    std::vector<NamedStatements::Held> held; // what the message prepares and executes
    std::vector<qsizetype> answers;          // the result of each query's EXECUTE
    const auto add = [&](NamedStatements::Held statement) {
        parts.append(statement.text);
        m_counts.prepared += statement.preparing ? 1 : 0;
        m_counts.released += statement.releasing.size();
        ++m_counts.executed;
        results += statement.releasing.size() + (statement.preparing ? 1 : 0) + 1;
        held.push_back(std::move(statement));
        return results - 1;
    };
    if (!m_pendingBegin.isEmpty()) {
        parts.append(std::exchange(m_pendingBegin, {}));
        ++m_counts.direct;
        ++results;
    }
    if (m_held)
        add(*std::exchange(m_held, std::nullopt));
    for (SqlQuery *query : queries)
        answers.push_back(
            add(m_named.hold(connection(), query->m_sql, std::exchange(query->m_values, {}), m_statementCapacity)));
    if (!direct.isEmpty()) {
        parts.append(direct);
        ++m_counts.direct;
        ++results;
    }
    m_counts.alongside += results - 1;
    ++m_statementSequence;
    // Forward-only (QPSQL streams the rows, and asks nothing of the server for the columns' names); each answer is
    // read out before the next.
    QSqlQuery message(connection());
    message.setForwardOnly(true);
    bool answered = message.exec(parts.join(u"; "_s));
    std::size_t next = 0;
    for (qsizetype at = 0; answered; ++at) {
        if (next < answers.size() && answers[next] == at) {
            queries[next++]->takeAnswer(message);
            answered = message.lastError().type() == QSqlError::NoError; // a row that failed to come
        }
        if (!answered || at == results - 1)
            break;
        answered = message.nextResult();
    }
    if (!answered || message.lastError().type() != QSqlError::NoError) {
        m_named.failed();
        for (SqlQuery *query : queries) {
            query->m_failed = true;
            query->m_answer.reset();
        }
        return storageError(message.lastError());
    }
    for (const NamedStatements::Held &statement : held)
        m_named.sent(statement);
    return {};
}

void Database::setStatementCacheCapacity(int capacity) {
    m_statementCapacity = std::max(0, capacity);
    clearStatements();
}

std::shared_ptr<Database::Statement> Database::acquireStatement(const QString &sql) const {
    if (auto found = m_statements.constFind(sql); found != m_statements.cend() && !(*found)->inUse) {
        (*found)->inUse = true;
        (*found)->lastUse = ++m_statementUses;
        return *found;
    }
    auto statement = std::make_shared<Statement>(connection(), sql);
    statement->query.setForwardOnly(true);
    ++m_counts.prepared;
    statement->prepared = statement->query.prepare(sql);
    statement->inUse = true;
    statement->lastUse = ++m_statementUses;
    if (!statement->prepared || m_statementCapacity == 0 || m_statements.contains(sql))
        return statement;
    if (m_statements.size() >= m_statementCapacity) {
        auto oldest = m_statements.end();
        for (auto it = m_statements.begin(); it != m_statements.end(); ++it)
            if (!(*it)->inUse && (oldest == m_statements.end() || (*it)->lastUse < (*oldest)->lastUse))
                oldest = it;
        if (oldest == m_statements.end())
            return statement; // all in use: this one stays uncached
        (*oldest)->cached = false;
        ++m_counts.released;
        m_statements.erase(oldest);
    }
    statement->cached = true;
    m_statements.insert(sql, statement);
    return statement;
}

void Database::releaseStatement(const std::shared_ptr<Statement> &statement, bool reusable) const {
    statement->inUse = false;
    if (!reusable && statement->prepared && m_backend == Backend::Postgres)
        m_retired.push_back(statement); // destroyed (DEALLOCATE) once the transaction has ended
    if (!statement->cached) {
        if (statement->prepared)
            ++m_counts.released;
        return; // the last owner destroys it
    }
    // PostgreSQL streams rows (single-row mode): rows left unread keep the connection busy, and a busy connection
    // parses no notifications (ChangeFeed). Read to the end unless a later statement has already discarded them.
    if (m_backend == Backend::Postgres && statement->executedAs == m_statementSequence)
        while (statement->query.isActive() && statement->query.next()) {
        }
    // Finished: SQLite resets the statement, so it holds no read lock until its next use.
    statement->query.finish();
    if (reusable)
        return;
    statement->cached = false;
    ++m_counts.released;
    m_statements.remove(statement->sql);
}

void Database::clearStatements() const {
    for (const auto &statement : std::as_const(m_statements)) {
        statement->cached = false;
        if (!statement->inUse)
            ++m_counts.released;
    }
    m_statements.clear();
    releaseRetired();
    m_named.retireAll();
}

void Database::releaseRetired() const {
    m_retired.clear();
}

Result<void> Database::lockExclusively(int lockId) {
    if (m_backend == Backend::Sqlite)
        return {};
    SqlQuery lock(*this, u"SELECT pg_advisory_xact_lock(?)"_s);
    lock.bind(qint64(lockId));
    return lock.exec();
}

Result<void> Database::recordChange(qint64 atMs, const QString &kind, const QString &subject) {
    // PostgreSQL: the listeners' wake-up in the same statement (sent when the transaction commits).
    SqlQuery insert(*this, m_backend == Backend::Postgres
                               ? u"INSERT INTO changes (at, kind, subject) VALUES (?, ?, ?) "
                                 u"RETURNING id, pg_notify('besuk_changes', kind)"_s
                               : u"INSERT INTO changes (at, kind, subject) VALUES (?, ?, ?)"_s);
    insert.bind(atMs).bind(kind).bind(subject);
    auto id = insert.insertedId();
    if (!id)
        return id.error();
    if (*id % 1000 != 0)
        return {};
    // Now and then, forget what every station has long since seen.
    SqlQuery prune(*this, u"DELETE FROM changes WHERE at < ?"_s);
    prune.bind(changesForgottenBefore(atMs));
    return prune.exec();
}

QString Database::changeAlongsideSql() {
    return u"change AS (INSERT INTO changes (at, kind, subject) VALUES (?, ?, ?) "
           u"RETURNING id, pg_notify('besuk_changes', kind)) "
           u"DELETE FROM changes WHERE at < ? AND EXISTS (SELECT 1 FROM change WHERE id % 1000 = 0)"_s;
}

qint64 Database::changesForgottenBefore(qint64 atMs) {
    return atMs - 24LL * 3600 * 1000;
}

Result<void> Database::commit() {
    if (!m_pendingBegin.isEmpty() && !m_held) { // nothing was sent: there is no transaction on the server
        m_pendingBegin.clear();
        releaseRetired();
        return {};
    }
    auto committed = executeDirect(u"COMMIT"_s);
    releaseRetired();
    return committed;
}

// Savepoints are named by their depth: a nested write's savepoint is always the innermost one open.
Result<void> Database::beginSavepoint() {
    if (auto begun = executeDirect(u"SAVEPOINT besuk_%1"_s.arg(m_writeDepth + 1)); !begun)
        return begun;
    ++m_writeDepth;
    return {};
}

Result<void> Database::releaseSavepoint() {
    if (auto released = executeDirect(u"RELEASE SAVEPOINT besuk_%1"_s.arg(m_writeDepth)); !released)
        return released;
    --m_writeDepth;
    return {};
}

void Database::rollbackSavepoint() {
    // ROLLBACK TO undoes the nested work (and ends savepoints inside it) but keeps the savepoint: RELEASE ends it.
    // Should either fail (a lost connection), the outer transaction fails at its next statement or its COMMIT.
    (void)executeDirect(u"ROLLBACK TO SAVEPOINT besuk_%1"_s.arg(m_writeDepth));
    (void)executeDirect(u"RELEASE SAVEPOINT besuk_%1"_s.arg(m_writeDepth));
    --m_writeDepth;
    releaseRetired();
}

void Database::rollback() {
    dropHeld();
    if (!std::exchange(m_pendingBegin, {}).isEmpty()) { // nothing was sent: there is no transaction on the server
        releaseRetired();
        return;
    }
    ++m_counts.direct;
    ++m_statementSequence;
    QSqlQuery query(connection());
    query.exec(u"ROLLBACK"_s);
    releaseRetired();
}

Error Database::storageError(const QSqlError &error) const {
    const QString native = error.nativeErrorCode();
    m_lastFailure = FailureKind::Other;
    if (m_backend == Backend::Postgres) {
        // Server errors carry an SQLSTATE; a failure without one happened on the way (network, server gone).
        if (native == u"40001"_s || native == u"40P01"_s) {
            m_lastFailure = FailureKind::Transient;
            return makeError(ErrorCode::Storage,
                             tr("Another station was saving at the same moment. Please try again."));
        }
        if (native.isEmpty() || native.startsWith(u"08"_s) || native.startsWith(u"57P"_s) ||
            error.type() == QSqlError::ConnectionError) {
            m_lastFailure = FailureKind::ConnectionLost;
            return makeError(ErrorCode::Storage,
                             tr("The database server cannot be reached. Check the network and the server; nothing "
                                "was saved."),
                             error.text().trimmed());
        }
        if (native == u"42501"_s)
            return makeError(ErrorCode::Storage,
                             tr("This station's database account may not do this. See docs/deployment.md."),
                             error.text().trimmed());
        if (native == u"53100"_s)
            return makeError(ErrorCode::Storage, tr("The database server's disk is full. Nothing was saved."));
        return makeError(ErrorCode::Storage, unexpectedError(native), error.text().trimmed());
    }
    // SQLite result codes; Qt passes some on extended (778 is SQLITE_IOERR_WRITE): the low byte is the primary code.
    bool numeric = false;
    const int code = native.toInt(&numeric) & 0xff;
    if (!numeric)
        return makeError(ErrorCode::Storage, unexpectedError(native), error.text().trimmed());
    // 5 (BUSY) and 6 (LOCKED): another program holds the database longer than we wait.
    if (code == 5 || code == 6)
        return makeError(ErrorCode::Storage,
                         tr("The database is busy in another program. Please try again in a moment."),
                         u"SQLite %1: %2"_s.arg(native, error.text().trimmed())); // 517: a stale snapshot, not a wait
    if (code == 13)
        return makeError(ErrorCode::Storage, tr("The disk holding the database is full. Nothing was saved."));
    // Read-only (8), I/O error (10), cannot open (14): the file, its folder or the disk; it may be fixed while the
    // station runs, so the next transaction opens the file afresh (a connection opened read-only stays so).
    if (code == 8 || code == 10 || code == 14)
        m_reopenBeforeNextTransaction = true;
    if (code == 8)
        return makeError(ErrorCode::Storage, tr("The database is read-only here. Nothing was saved."));
    if (code == 10 || code == 14)
        return makeError(ErrorCode::Storage,
                         tr("The database %1 cannot be written: the file or its folder is read-only, or the disk has "
                            "failed. Nothing was saved.")
                             .arg(m_location),
                         error.text().trimmed());
    // 11 (CORRUPT), 26 (NOTADB).
    if (code == 11 || code == 26)
        return makeError(ErrorCode::Storage, damagedMessage(m_location), error.text().trimmed());
    return makeError(ErrorCode::Storage, unexpectedError(native), error.text().trimmed());
}

Result<void> Database::checkIntegrity() {
    if (m_backend != Backend::Sqlite)
        return {};
    QSqlQuery check(connection());
    if (!check.exec(u"PRAGMA quick_check"_s))
        return storageError(check.lastError());
    QStringList problems;
    while (check.next())
        problems.append(check.value(0).toString());
    if (problems == QStringList{u"ok"_s})
        return {};
    return makeError(ErrorCode::Storage, damagedMessage(m_location), problems.mid(0, 3).join(u"; "_s));
}

QString Database::damagedMessage(const QString &path) {
    const QString folder = QFileInfo(path).absoluteDir().filePath(u"backups"_s);
    const QString latest = BackupService::backupsIn(folder).value(0);
    if (latest.isEmpty())
        return tr("The database %1 is damaged. Besuk will not work on it. There is no backup in %2: ask the "
                  "administrator for the latest backup.")
            .arg(path, folder);
    return tr("The database %1 is damaged. Besuk will not work on it. The latest backup is %2; to restore it, "
              "stop every station and run: besuk-cli --db %1 restore %2 --yes")
        .arg(path, latest);
}

} // namespace besuk
