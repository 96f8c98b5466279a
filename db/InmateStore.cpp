// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/InmateStore.h"

#include "db/AuditLog.h"
#include "db/Csv.h"
#include "db/Facility.h"
#include "db/Validation.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

const QString SelectInmate = u"SELECT id, number, name, block, active FROM inmates "_s;

Inmate inmateFrom(const SqlQuery &query) {
    return Inmate{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                  query.value(3).toString(), query.value(4).toInt() == 1};
}

// What search compares: case-folded, accents and other combining marks removed ("Đặng" -> "dang"), so a visitor
// finds a name however they type it. SQL's LOWER() only knows A-Z, hence keys computed here.
QString foldedKey(const QString &text) {
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString key;
    key.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.isMark())
            continue;
        if (c == QChar(0x0110) || c == QChar(0x0111)) // Đ đ have no decomposition
            c = QLatin1Char('d');
        key.append(c);
    }
    return key.toCaseFolded();
}

QString searchKey(const QString &text) {
    return InmateStore::searchKey(text);
}

struct CleanInmate {
    QString number;
    QString name;
    QString block;
};

Result<CleanInmate> clean(const QString &number, const QString &name, const QString &block) {
    auto cleanNumber = Validation::inmateNumber(number);
    if (!cleanNumber)
        return cleanNumber.error();
    auto cleanName = Validation::personName(name);
    if (!cleanName)
        return cleanName.error();
    auto cleanBlock = Validation::freeText(block, 40, InmateStore::tr("Block"));
    if (!cleanBlock)
        return cleanBlock.error();
    return CleanInmate{*cleanNumber, *cleanName, *cleanBlock};
}

// A row the import accepted: the inmate, and its place in ImportReport::rows.
struct AcceptedRow {
    CleanInmate inmate;
    qsizetype row = 0;
};

Result<bool> isKnown(Database &db, const QString &number) {
    SqlQuery known(db, u"SELECT 1 FROM inmates WHERE number = ?"_s);
    known.bind(number);
    auto exists = known.scalar();
    if (!exists)
        return exists.error();
    return !exists->isNull();
}

// What each accepted row would become, read in one transaction; nothing is stored.
Result<ImportReport> previewRows(Facility &facility, const QList<AcceptedRow> &accepted, const ImportReport &report) {
    Database &db = facility.database();
    return db.read([&]() -> Result<ImportReport> {
        ImportReport preview = report;
        for (const AcceptedRow &row : accepted) {
            auto known = isKnown(db, row.inmate.number);
            if (!known)
                return known.error();
            preview.rows[row.row].outcome =
                *known ? ImportReport::Row::Outcome::Updated : ImportReport::Row::Outcome::Added;
        }
        return preview;
    });
}

// Adds or updates each inmate, in one transaction.
// A change to the roster: in the audit log, and in the change feed (the kiosks' offline copies follow it).
Result<void> noteRosterChange(Database &db, qint64 now, const QString &actor, const QString &action,
                              const QString &subject, const QString &detail = {}) {
    if (auto logged = AuditLog::append(db, now, actor, action, subject, detail); !logged)
        return logged;
    return db.recordChange(now, u"roster.change"_s, subject);
}

Result<ImportReport> storeRows(Facility &facility, const QList<AcceptedRow> &accepted, const ImportReport &report,
                               const QString &actor) {
    Database &db = facility.database();
    const qint64 now = facility.now().toMSecsSinceEpoch();
    return db.write([&]() -> Result<ImportReport> {
        ImportReport stored = report;
        for (const AcceptedRow &entry : accepted) {
            const CleanInmate &inmate = entry.inmate;
            auto known = isKnown(db, inmate.number);
            if (!known)
                return known.error();
            const bool isNew = !*known;
            SqlQuery row(db, isNew ? u"INSERT INTO inmates (name, name_key, block, updated_at, number, number_key, "
                                     u"active, created_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?)"_s
                                   : u"UPDATE inmates SET name = ?, name_key = ?, block = ?, updated_at = ? "
                                     u"WHERE number = ?"_s);
            row.bind(inmate.name).bind(searchKey(inmate.name)).bind(inmate.block).bind(now).bind(inmate.number);
            if (isNew)
                row.bind(searchKey(inmate.number)).bind(now);
            if (auto done = row.exec(); !done)
                return done.error();
            (isNew ? stored.added : stored.updated) += 1;
            stored.rows[entry.row].outcome =
                isNew ? ImportReport::Row::Outcome::Added : ImportReport::Row::Outcome::Updated;
        }
        if (auto logged = noteRosterChange(
                db, now, actor, u"inmate.import"_s, {},
                u"added=%1 updated=%2 rejected=%3"_s.arg(stored.added).arg(stored.updated).arg(stored.rejected.size()));
            !logged)
            return logged.error();
        stored.stored = true;
        return stored;
    });
}

} // namespace

Result<Inmate> InmateStore::add(const QString &number, const QString &name, const QString &block,
                                const QString &actor) {
    auto inmate = clean(number, name, block);
    if (!inmate)
        return inmate.error();
    Database &db = m_facility.database();
    const qint64 now = m_facility.now().toMSecsSinceEpoch();
    return db.write([&]() -> Result<Inmate> {
        SqlQuery taken(db, u"SELECT 1 FROM inmates WHERE number = ?"_s);
        taken.bind(inmate->number);
        auto exists = taken.scalar();
        if (!exists)
            return exists.error();
        if (!exists->isNull())
            return makeError(ErrorCode::Conflict,
                             tr("An inmate with the number %1 is already on the roster.").arg(inmate->number));
        SqlQuery insert(db, u"INSERT INTO inmates (number, name, block, active, number_key, name_key, created_at, "
                            u"updated_at) VALUES (?, ?, ?, 1, ?, ?, ?, ?) RETURNING id"_s);
        insert.bind(inmate->number).bind(inmate->name).bind(inmate->block);
        insert.bind(searchKey(inmate->number)).bind(searchKey(inmate->name)).bind(now).bind(now);
        auto id = insert.scalar();
        if (!id)
            return id.error();
        if (auto logged = noteRosterChange(db, now, actor, u"inmate.add"_s, inmate->number); !logged)
            return logged.error();
        return Inmate{id->toLongLong(), inmate->number, inmate->name, inmate->block, true};
    });
}

Result<Inmate> InmateStore::findByNumber(const QString &number) {
    SqlQuery query(m_facility.database(), SelectInmate + u"WHERE number = ?"_s);
    query.bind(number.trimmed());
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return makeError(ErrorCode::NotFound, tr("No inmate with the number %1 is on the roster.").arg(number));
    return inmateFrom(query);
}

Result<Inmate> InmateStore::findById(qint64 id) {
    SqlQuery query(m_facility.database(), SelectInmate + u"WHERE id = ?"_s);
    query.bind(id);
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return makeError(ErrorCode::NotFound, tr("This inmate is not on the roster."));
    return inmateFrom(query);
}

QString InmateStore::blockText(const QString &block) {
    const QString trimmed = block.trimmed();
    const QString firstWord = trimmed.section(u' ', 0, 0);
    const bool named = firstWord.compare(u"Blok"_s, Qt::CaseInsensitive) == 0 ||
                       firstWord.compare(u"Block"_s, Qt::CaseInsensitive) == 0;
    if (trimmed.isEmpty() || named)
        return trimmed;
    return tr("Block %1").arg(trimmed);
}

QString InmateStore::searchKey(const QString &text) {
    return foldedKey(text);
}

QStringList InmateStore::searchPatterns(const QString &typed) {
    // LIKE with ESCAPE so that % and _ typed by a visitor match literally.
    QString pattern = searchKey(typed.trimmed());
    pattern.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
    return {pattern + u"%"_s, u"%"_s + pattern + u"%"_s};
}

Result<QList<Inmate>> InmateStore::search(const QString &text, int limit) {
    const QStringList patterns = searchPatterns(text);
    SqlQuery query(m_facility.database(), SelectInmate +
                                              u"WHERE number_key LIKE ? ESCAPE '\\' OR name_key LIKE ? ESCAPE '\\' "
                                              u"ORDER BY active DESC, name_key, number_key LIMIT ?"_s);
    query.bind(patterns[0]).bind(patterns[1]).bind(limit);
    if (auto done = query.exec(); !done)
        return done.error();
    QList<Inmate> found;
    while (query.next())
        found.append(inmateFrom(query));
    return found;
}

Result<void> InmateStore::setActive(const QString &number, bool active, const QString &actor) {
    Database &db = m_facility.database();
    const qint64 now = m_facility.now().toMSecsSinceEpoch();
    return db.write([&]() -> Result<void> {
        SqlQuery update(db, u"UPDATE inmates SET active = ?, updated_at = ? WHERE number = ?"_s);
        update.bind(active ? 1 : 0).bind(now).bind(number.trimmed());
        if (auto done = update.exec(); !done)
            return done;
        if (update.rowsAffected() != 1)
            return makeError(ErrorCode::NotFound, tr("No inmate with the number %1 is on the roster.").arg(number));
        return noteRosterChange(db, now, actor, active ? u"inmate.activate"_s : u"inmate.deactivate"_s,
                                number.trimmed());
    });
}

Result<Inmate> InmateStore::update(const QString &number, const QString &name, const QString &block,
                                   const QString &actor) {
    auto inmate = clean(number, name, block);
    if (!inmate)
        return inmate.error();
    Database &db = m_facility.database();
    const qint64 now = m_facility.now().toMSecsSinceEpoch();
    return db.write([&]() -> Result<Inmate> {
        SqlQuery update(db, u"UPDATE inmates SET name = ?, name_key = ?, block = ?, updated_at = ? WHERE number = ? "
                            u"RETURNING id, active"_s);
        update.bind(inmate->name).bind(searchKey(inmate->name)).bind(inmate->block).bind(now).bind(inmate->number);
        if (auto done = update.exec(); !done)
            return done.error();
        if (!update.next())
            return makeError(ErrorCode::NotFound,
                             tr("No inmate with the number %1 is on the roster.").arg(inmate->number));
        const Inmate updated{update.value(0).toLongLong(), inmate->number, inmate->name, inmate->block,
                             update.value(1).toInt() == 1};
        if (auto logged = noteRosterChange(db, now, actor, u"inmate.update"_s, inmate->number); !logged)
            return logged.error();
        return updated;
    });
}

Result<ImportReport> InmateStore::importCsv(const QByteArray &csv, const QString &actor, ImportMode mode) {
    auto records = Csv::parse(csv, Csv::InvalidUtf8::MarkRecord);
    if (!records)
        return records.error();
    if (records->isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("The file is empty."));
    const CsvRecord &header = records->first();
    if (!header.validUtf8)
        return makeError(ErrorCode::InvalidInput, Csv::tr("Line %1: the text is not valid UTF-8.").arg(header.line));
    QStringList normalised;
    for (const QString &column : header.fields)
        normalised.append(column.trimmed().toLower());
    const qsizetype numberColumn = normalised.indexOf(u"number"_s);
    const qsizetype nameColumn = normalised.indexOf(u"name"_s);
    const qsizetype blockColumn = normalised.indexOf(u"block"_s);
    if (numberColumn < 0 || nameColumn < 0)
        return makeError(ErrorCode::InvalidInput,
                         tr("The first line must name the columns: number,name,block (block may be left out)."));

    // Every row is judged before anything is stored, so that all or nothing can be decided up front.
    ImportReport report;
    QList<AcceptedRow> accepted;
    QSet<QString> seen;
    const auto reject = [&report](const CsvRecord &record, const QString &reason) {
        report.rejected.append({record.line, reason});
        report.rows.last().outcome = ImportReport::Row::Outcome::Rejected;
        report.rows.last().reason = reason;
    };
    for (qsizetype i = 1; i < records->size(); ++i) {
        const CsvRecord &record = records->at(i);
        ImportReport::Row row;
        row.line = record.line;
        if (numberColumn < record.fields.size())
            row.number = record.fields.at(numberColumn).trimmed();
        report.rows.append(row);
        if (!record.validUtf8) {
            reject(record, Csv::tr("Line %1: the text is not valid UTF-8.").arg(record.line));
            continue;
        }
        if (record.fields.size() != header.fields.size()) {
            reject(record,
                   tr("It has %1 fields; the header has %2.").arg(record.fields.size()).arg(header.fields.size()));
            continue;
        }
        auto inmate = clean(record.fields.at(numberColumn), record.fields.at(nameColumn),
                            blockColumn >= 0 ? record.fields.at(blockColumn) : QString());
        if (!inmate) {
            reject(record, inmate.error().message);
            continue;
        }
        if (seen.contains(inmate->number)) {
            reject(record, tr("The number %1 appears earlier in this file.").arg(inmate->number));
            continue;
        }
        seen.insert(inmate->number);
        accepted.append({*inmate, report.rows.size() - 1});
    }
    if (mode == ImportMode::Preview || (mode == ImportMode::AllOrNothing && !report.rejected.isEmpty()))
        return previewRows(m_facility, accepted, report);
    return storeRows(m_facility, accepted, report, actor);
}

} // namespace besuk
