// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace besuk {

// PostgreSQL: statements sent as text in the same message as another, so that both cost one round trip (a write's
// last statement with its COMMIT, SqlQuery::sendWithCommit). Each SQL text is prepared on the server once per
// connection under a name of ours (QPSQL keeps its own names private) and executed with its values written as
// literals by the driver, as QPSQL's own EXECUTE does.
class NamedStatements {
public:
    // One statement's text, waiting for the message that carries it.
    struct Held {
        QString text; // [DEALLOCATE …;] [PREPARE name AS …;] EXECUTE name (values)
        QString sql;
        QString name;
        QStringList releasing;  // the DEALLOCATEs in `text`
        bool preparing = false; // the PREPARE in `text`
    };

    // After a failed message: asks the server which of our statements it holds (pg_prepared_statements), so that
    // none is prepared twice or released when it is not there. Call before hold(); NoError when nothing was asked
    // or the answer came.
    QSqlError settle(const QSqlDatabase &connection);
    // The text that executes `sql` with `values` (positional, as bound to SqlQuery). `capacity` bounds how many
    // statements are kept prepared.
    Held hold(const QSqlDatabase &connection, const QString &sql, const QVariantList &values, int capacity);

    void sent(const Held &held);    // the message was answered without error: the statement is prepared
    void failed();                  // the message failed somewhere: what ran of it is unknown until settle()
    void dropped(const Held &held); // never sent (the transaction was rolled back first)

    void retireAll(); // schema or settings changed: each is released with the next message, prepared again on use
    void forgetAll(); // the connection was closed or opened again: the server forgot them all

    [[nodiscard]] bool uncertain() const { return m_uncertain; }

    // "?" placeholders (outside quoted text) as $1, $2, …, as PREPARE wants them.
    static QString numberedPlaceholders(const QString &sql);

private:
    QHash<QString, QString> m_names; // SQL text → the name it is prepared under on the server
    QStringList m_retired;           // prepared on the server, to be released
    quint64 m_sequence = 0;
    bool m_uncertain = false; // a message failed: the server may hold more or fewer than m_names says
};

} // namespace besuk
