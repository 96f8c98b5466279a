// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/ExportService.h"

#include "db/AuditLog.h"
#include "db/Csv.h"
#include "db/Database.h"
#include "db/Facility.h"

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

// The visits' statuses, then how the registered split (walk-ins, booked groups that arrived) and the bookings that
// are still expected or were not used.
const QStringList Statuses{u"registered"_s, u"admitted"_s, u"refused"_s, u"checked_out"_s, u"inside"_s,
                           u"cancelled"_s,  u"walk_in"_s,  u"booked"_s,  u"arrived"_s,     u"no_show"_s};

QList<Counts> statusCounts(const DayTally &day) {
    return {day.registered, day.admitted, day.refused,         day.checkedOut,       day.inside,
            day.cancelled,  day.walkIns,  day.bookings.booked, day.bookings.arrived, day.bookings.noShow};
}

QStringList fields(const QList<int> &values) {
    QStringList fields;
    for (const int value : values)
        fields.append(QString::number(value));
    return fields;
}

} // namespace

QStringList ExportService::rangeCsvHeader() {
    QStringList header{u"date"_s, u"weekday"_s};
    for (const QString &status : Statuses)
        for (const QString &column : {u"groups"_s, u"men"_s, u"women"_s, u"children"_s, u"total"_s})
            header.append(status + u"_"_s + column);
    return header;
}

QList<int> ExportService::rangeValues(const DayTally &day) {
    QList<int> values;
    for (const Counts &counts : statusCounts(day))
        values += {counts.groups, counts.men, counts.women, counts.children, counts.total()};
    return values;
}

QList<int> ExportService::rangeTotals(const QList<DayTally> &days) {
    QList<int> totals(rangeCsvHeader().size() - 2, 0);
    for (const DayTally &day : days) {
        const QList<int> values = rangeValues(day);
        for (qsizetype i = 0; i < values.size(); ++i)
            totals[i] += values.at(i);
    }
    return totals;
}

QByteArray ExportService::rangeCsv(const QList<DayTally> &days) {
    QByteArray csv("\xEF\xBB\xBF");
    csv += Csv::formatRow(rangeCsvHeader());
    for (const DayTally &day : days)
        csv += Csv::formatRow(QStringList{day.date.toString(Qt::ISODate), IndonesianDate::weekday(day.date)} +
                              fields(rangeValues(day)));
    csv += Csv::formatRow(QStringList{u"total"_s, QString()} + fields(rangeTotals(days)));
    return csv;
}

Result<void> ExportService::recordExport(Facility &facility, const QString &format, const QDate &from, const QDate &to,
                                         const QString &actor, const QString &detail) {
    Database &db = facility.database();
    const qint64 now = facility.now().toMSecsSinceEpoch();
    const QString subject = from.toString(Qt::ISODate) + u".."_s + to.toString(Qt::ISODate);
    return db.write([&] { return AuditLog::append(db, now, actor, u"export."_s + format, subject, detail); });
}

namespace IndonesianDate {

QString weekday(const QDate &date) {
    static const QStringList names{u"Senin"_s, u"Selasa"_s, u"Rabu"_s, u"Kamis"_s, u"Jumat"_s, u"Sabtu"_s, u"Minggu"_s};
    return date.isValid() ? names.at(date.dayOfWeek() - 1) : QString();
}

QString month(int month) {
    static const QStringList names{u"Januari"_s,   u"Februari"_s, u"Maret"_s,    u"April"_s,
                                   u"Mei"_s,       u"Juni"_s,     u"Juli"_s,     u"Agustus"_s,
                                   u"September"_s, u"Oktober"_s,  u"November"_s, u"Desember"_s};
    return month >= 1 && month <= 12 ? names.at(month - 1) : QString();
}

QString longDate(const QDate &date) {
    if (!date.isValid())
        return {};
    return u"%1 %2 %3"_s.arg(date.day()).arg(month(date.month())).arg(date.year());
}

QString weekdayDate(const QDate &date) {
    return date.isValid() ? weekday(date) + u", "_s + longDate(date) : QString();
}

QString range(const QDate &from, const QDate &to) {
    if (from == to)
        return longDate(from);
    return longDate(from) + u" - "_s + longDate(to);
}

} // namespace IndonesianDate

} // namespace besuk
