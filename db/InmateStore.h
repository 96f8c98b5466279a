// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace besuk {

class Facility;

struct Inmate {
    qint64 id = 0;
    QString number;
    QString name;
    QString block;
    bool active = true;
};

// How an import treats a file with rejected rows.
enum class ImportMode {
    AllOrNothing, // any rejected row: nothing is stored
    Partial,      // the good rows are stored, the rejected ones reported
    Preview,      // nothing is stored: the report says what each row would become
};

struct ImportReport {
    struct Rejection {
        int line = 0;
        QString reason;
    };
    // One row of the file and what became of it (or, when nothing was stored, what would have).
    struct Row {
        enum class Outcome { Added, Updated, Rejected };
        int line = 0;
        QString number; // as in the file, trimmed; empty when the row has no number field
        Outcome outcome = Outcome::Added;
        QString reason; // why it was rejected
    };
    int added = 0; // stored: new inmates
    int updated = 0;
    QList<Rejection> rejected;
    bool stored = false; // false: nothing was stored (a preview, or all or nothing and some row was rejected)
    QList<Row> rows;     // every row after the header, in file order
};

// The roster of people in custody (warga binaan) who can be visited.
class InmateStore {
    Q_DECLARE_TR_FUNCTIONS(InmateStore)
public:
    explicit InmateStore(Facility &facility) : m_facility(facility) {}

    // What the number_key and name_key columns hold for `text`: case-folded, combining marks removed.
    static QString searchKey(const QString &text);
    // What search matches against number_key (as a prefix, first) and name_key (anywhere, second): the typed text's
    // search key, % and _ escaped for LIKE ... ESCAPE '\\'.
    static QStringList searchPatterns(const QString &typed);
    // A block as tickets and messages name it: "A" becomes "Blok A" ("Block A" in English); a block already written
    // with the word ("Blok A", "block a") stays as written. Empty stays empty.
    static QString blockText(const QString &block);

    // Conflict if the number is taken.
    Result<Inmate> add(const QString &number, const QString &name, const QString &block, const QString &actor);
    // NotFound when no inmate has this number.
    Result<Inmate> findByNumber(const QString &number);
    Result<Inmate> findById(qint64 id);
    // Case-insensitive match on number or any part of the name; active inmates first; at most `limit`.
    Result<QList<Inmate>> search(const QString &text, int limit = 20);
    Result<void> setActive(const QString &number, bool active, const QString &actor);
    // Corrects the name and block of the inmate with this number (validated like add). NotFound when no inmate
    // has this number; the number itself never changes (tickets and visits refer to it).
    Result<Inmate> update(const QString &number, const QString &name, const QString &block, const QString &actor);

    // CSV with the header number,name,block (block optional). A known number updates name and block. Every bad
    // row (wrong field count, invalid data, a number repeated, bytes that are not UTF-8) is reported with its line;
    // whether the good rows are then stored is the mode's choice. What is stored is stored in one transaction.
    // An error (nothing stored) when the file as a whole cannot be read: not CSV, no header, empty.
    Result<ImportReport> importCsv(const QByteArray &csv, const QString &actor,
                                   ImportMode mode = ImportMode::AllOrNothing);

private:
    Facility &m_facility;
};

} // namespace besuk
