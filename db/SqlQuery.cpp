// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/Database.h"
#include "db/DatabaseStatement.h"

#include <QSqlError>
#include <QSqlRecord>

#include <utility>

using namespace Qt::StringLiterals;

namespace besuk {

SqlQuery::SqlQuery(const Database &database, const QString &sql) : m_database(database), m_sql(sql) {}

SqlQuery::~SqlQuery() {
    // A statement that failed may have gone stale (a schema change, a server that forgot it): not used again.
    if (m_statement)
        m_database.releaseStatement(m_statement, !m_failed);
}

QSqlQuery &SqlQuery::query() const {
    return m_statement->query;
}

SqlQuery &SqlQuery::bind(const QVariant &value) {
    // A null QString would bind as SQL NULL; Besuk's text columns hold "" for "nothing".
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        m_values.append(u""_s);
    else
        m_values.append(value);
    return *this;
}

Result<void> SqlQuery::exec() {
    m_answer.reset();
    // What the connection has not sent yet (the transaction's BEGIN, a held statement) travels with this one.
    const bool pending = m_database.m_held || !m_database.m_pendingBegin.isEmpty();
    if (pending && m_database.canSendAsText() && !(m_database.m_held && m_database.m_held->sql == m_sql))
        return m_database.sendInOneMessage({this}, QString());
    const QVariantList values = std::exchange(m_values, {});
    if (auto sent = m_database.sendPending(); !sent)
        return sent.error();
    if (!m_statement)
        m_statement = m_database.acquireStatement(m_sql);
    if (!m_statement->prepared)
        return m_database.storageError(query().lastError());
    for (const QVariant &value : values)
        query().addBindValue(value);
    ++m_database.m_counts.executed;
    m_statement->executedAs = ++m_database.m_statementSequence;
    if (!query().exec()) {
        m_failed = true;
        return m_database.storageError(query().lastError());
    }
    return {};
}

void SqlQuery::takeAnswer(QSqlQuery &from) {
    Answer answer;
    if (from.isSelect()) {
        const int columns = from.record().count(); // forward-only: QPSQL asks the server nothing for it
        while (from.next()) {
            QVariantList row;
            row.reserve(columns);
            for (int column = 0; column < columns; ++column)
                row.append(from.value(column));
            answer.rows.push_back(std::move(row));
        }
    }
    answer.affected = from.numRowsAffected();
    m_answer = std::move(answer);
}

void SqlQuery::keepAnswer() {
    if (m_statement)
        takeAnswer(query());
}

Result<void> SqlQuery::sendWithCommit() {
    if (!m_database.canHold())
        return exec();
    m_answer.reset();
    return m_database.hold(m_sql, std::exchange(m_values, {}));
}

bool SqlQuery::next() {
    if (m_answer)
        return ++m_answer->row < qsizetype(m_answer->rows.size());
    return m_statement && query().next();
}

QVariant SqlQuery::value(int column) const {
    if (m_answer) {
        const auto row = std::size_t(m_answer->row);
        if (row >= m_answer->rows.size() || column < 0 || column >= m_answer->rows[row].size())
            return {};
        return m_answer->rows[row].at(column);
    }
    return m_statement ? query().value(column) : QVariant();
}

int SqlQuery::rowsAffected() const {
    if (m_answer)
        return m_answer->affected;
    return m_statement ? query().numRowsAffected() : -1;
}

Result<qint64> SqlQuery::insertedId() {
    if (m_database.backend() == Backend::Postgres) {
        auto id = scalar();
        if (!id)
            return id.error();
        return id->toLongLong();
    }
    if (auto done = exec(); !done)
        return done.error();
    return query().lastInsertId().toLongLong();
}

Result<QVariant> SqlQuery::scalar() {
    if (auto done = exec(); !done)
        return done.error();
    if (!next())
        return QVariant();
    return value(0);
}

} // namespace besuk
