// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/NamedStatements.h"

#include <QDateTime>
#include <QSet>
#include <QSqlDriver>
#include <QSqlField>
#include <QSqlQuery>

#include <utility>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

const QString NamePrefix = u"besuk_sent_"_s;

// What QPSQL sends as NULL: a null variant, or a null string, byte array, date or time inside one.
bool isSqlNull(const QVariant &value) {
    if (value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return value.toString().isNull();
    case QMetaType::QByteArray:
        return value.toByteArray().isNull();
    case QMetaType::QDate:
        return value.toDate().isNull();
    case QMetaType::QTime:
        return value.toTime().isNull();
    case QMetaType::QDateTime:
        return value.toDateTime().isNull();
    default:
        return false;
    }
}

QString literals(const QSqlDriver &driver, const QVariantList &values) {
    QStringList written;
    written.reserve(values.size());
    for (const QVariant &value : values) {
        QSqlField field(QString(), value.metaType());
        if (isSqlNull(value))
            field.clear();
        else
            field.setValue(value);
        written.append(driver.formatValue(field));
    }
    return written.join(u", "_s);
}

} // namespace

QString NamedStatements::numberedPlaceholders(const QString &sql) {
    QString numbered;
    numbered.reserve(sql.size() + 16);
    QChar quote;
    int next = 0;
    for (const QChar c : sql) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'\'' || c == u'"') {
            quote = c;
        } else if (c == u'?') {
            numbered += u'$' + QString::number(++next);
            continue;
        }
        numbered += c;
    }
    return numbered;
}

QSqlError NamedStatements::settle(const QSqlDatabase &connection) {
    if (!m_uncertain)
        return {};
    QSqlQuery query(connection);
    if (!query.exec(u"SELECT name FROM pg_prepared_statements WHERE starts_with(name, '"_s + NamePrefix + u"')"_s))
        return query.lastError();
    QSet<QString> onServer;
    while (query.next())
        onServer.insert(query.value(0).toString());
    for (auto it = m_names.begin(); it != m_names.end();) {
        if (onServer.remove(it.value()))
            ++it;
        else
            it = m_names.erase(it);
    }
    m_retired = QStringList(onServer.begin(), onServer.end()); // there, but not ours to use: released
    m_uncertain = false;
    return {};
}

NamedStatements::Held NamedStatements::hold(const QSqlDatabase &connection, const QString &sql,
                                            const QVariantList &values, int capacity) {
    Held held;
    held.sql = sql;
    held.name = m_names.value(sql);
    if (held.name.isEmpty() && m_names.size() >= capacity)
        retireAll();
    QStringList parts;
    for (const QString &name : std::as_const(m_retired))
        parts.append(u"DEALLOCATE "_s + name);
    held.releasing = std::exchange(m_retired, {});
    if (held.name.isEmpty()) {
        held.name = NamePrefix + QString::number(++m_sequence);
        parts.append(u"PREPARE "_s + held.name + u" AS "_s + numberedPlaceholders(sql));
        held.preparing = true;
    }
    QString execute = u"EXECUTE "_s + held.name;
    if (!values.isEmpty())
        execute += u" ("_s + literals(*connection.driver(), values) + u")"_s;
    parts.append(execute);
    held.text = parts.join(u"; "_s);
    return held;
}

void NamedStatements::sent(const Held &held) {
    m_names.insert(held.sql, held.name);
}

void NamedStatements::failed() {
    m_uncertain = true;
}

void NamedStatements::dropped(const Held &held) {
    m_retired += held.releasing;
}

void NamedStatements::retireAll() {
    for (const QString &name : std::as_const(m_names))
        m_retired.append(name);
    m_names.clear();
}

void NamedStatements::forgetAll() {
    m_names.clear();
    m_retired.clear();
    m_uncertain = false;
}

} // namespace besuk
