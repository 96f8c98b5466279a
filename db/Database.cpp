#include "Database.h"

#include "Migrations.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

QString nextConnectionName() {
    static QAtomicInt counter;
    return u"besuk-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Database::Database(QString connectionName, QString location, Backend backend)
    : m_connectionName(std::move(connectionName)), m_location(std::move(location)), m_backend(backend) {}

Database::~Database() {
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

Result<std::unique_ptr<Database>> Database::openSqlite(const QString &path, OpenMode mode) {
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
                             tr("The database %1 could not be created: %2").arg(path, created.errorString()));
    }
    const QString name = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    }
    std::unique_ptr<Database> database(new Database(name, file.absoluteFilePath(), Backend::Sqlite));
    QSqlDatabase db = database->connection();
    if (!db.open())
        return makeError(ErrorCode::Storage,
                         tr("The database %1 could not be opened: %2").arg(path, db.lastError().text()));
    if (auto pragmas = database->applyPragmas(); !pragmas)
        return pragmas.error();
    if (auto migrated = Migrations::apply(*database); !migrated)
        return migrated.error();
    return database;
}

Result<void> Database::applyPragmas() {
    // journal_mode answers with the mode in force; anything but "wal" means the file cannot give us WAL.
    SqlQuery wal(*this, u"PRAGMA journal_mode=WAL"_s);
    auto mode = wal.scalar();
    if (!mode)
        return mode.error();
    if (mode->toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0)
        return makeError(ErrorCode::Storage, tr("The database %1 cannot use write-ahead logging.").arg(m_location));
    for (const auto &pragma : {u"PRAGMA synchronous=FULL"_s, u"PRAGMA foreign_keys=ON"_s, u"PRAGMA secure_delete=ON"_s,
                               u"PRAGMA busy_timeout=10000"_s}) {
        SqlQuery query(*this, pragma);
        if (auto done = query.exec(); !done)
            return done;
    }
    return {};
}

Result<void> Database::begin(bool forWriting) {
    const QString sql = m_backend == Backend::Sqlite ? (forWriting ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s)
                                                     : u"BEGIN ISOLATION LEVEL READ COMMITTED"_s;
    SqlQuery query(*this, sql);
    return query.exec();
}

Result<void> Database::commit() {
    SqlQuery query(*this, u"COMMIT"_s);
    return query.exec();
}

void Database::rollback() {
    QSqlQuery query(connection());
    query.exec(u"ROLLBACK"_s);
}

Error Database::storageError(const QSqlError &error) const {
    const QString native = error.nativeErrorCode();
    // SQLite result codes 5 (BUSY) and 6 (LOCKED): another program holds the database longer than we wait.
    if (m_backend == Backend::Sqlite && (native == u"5"_s || native == u"6"_s))
        return makeError(ErrorCode::Storage,
                         tr("The database is busy in another program. Please try again in a moment."));
    if (m_backend == Backend::Sqlite && native == u"13"_s)
        return makeError(ErrorCode::Storage, tr("The disk holding the database is full. Nothing was saved."));
    if (m_backend == Backend::Sqlite && native == u"8"_s)
        return makeError(ErrorCode::Storage, tr("The database is read-only here. Nothing was saved."));
    return makeError(ErrorCode::Storage, tr("The database reported an error: %1").arg(error.text()));
}

SqlQuery::SqlQuery(const Database &database, const QString &sql)
    : m_database(database), m_query(database.connection()) {
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
}

SqlQuery &SqlQuery::bind(const QVariant &value) {
    // A null QString would bind as SQL NULL; Besuk's text columns hold "" for "nothing".
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        m_query.addBindValue(u""_s);
    else
        m_query.addBindValue(value);
    return *this;
}

Result<void> SqlQuery::exec() {
    if (!m_prepared || !m_query.exec())
        return m_database.storageError(m_query.lastError());
    return {};
}

Result<QVariant> SqlQuery::scalar() {
    if (auto done = exec(); !done)
        return done.error();
    if (!m_query.next())
        return QVariant();
    return m_query.value(0);
}

} // namespace besuk
