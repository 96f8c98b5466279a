#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace besuk {

class Facility;

struct Inmate {
    qint64 id = 0;
    QString number;
    QString name;
    QString block;
    bool active = true;
};

struct ImportReport {
    struct Rejection {
        int line = 0;
        QString reason;
    };
    int added = 0;
    int updated = 0;
    QList<Rejection> rejected;
};

// The roster of people in custody (warga binaan) who can be visited.
class InmateStore {
    Q_DECLARE_TR_FUNCTIONS(InmateStore)
public:
    explicit InmateStore(Facility &facility) : m_facility(facility) {}

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

    // CSV with the header number,name,block (block optional). A known number updates name and block.
    // Bad rows are reported and skipped; good rows are all stored in one transaction.
    Result<ImportReport> importCsv(const QByteArray &csv, const QString &actor);

private:
    Facility &m_facility;
};

} // namespace besuk
