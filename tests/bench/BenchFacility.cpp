// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchFacility.h"

#include "db/Database.h"
#include "db/InmateStore.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace besuk::bench {

QDate benchDay() {
    return {2025, 12, 27};
}

QDateTime facilityTime(const QDate &date, const QTime &time) {
    return QDateTime(date, time, QTimeZone(BenchZone)).toUTC();
}

Result<std::unique_ptr<Facility>> openFacility(const QString &location, const QString &keyPath, const Clock &clock,
                                               bool create) {
    auto database =
        Database::open(location, create ? Database::OpenMode::CreateIfMissing : Database::OpenMode::MustExist);
    if (!database)
        return database.error();
    if (create)
        return Facility::initialise(std::move(database).value(), clock, u"Rutan Kelas IIA Balikpapan"_s,
                                    QString::fromLatin1(BenchZone), keyPath);
    return Facility::open(std::move(database).value(), clock, keyPath);
}

QString benchNik(int serial, bool female, int ageYears) {
    // District 6471 01-99, a birth date spread over the year, serial 0001-9999: unique for serials < 99 × 365 × 9999.
    const int district = serial / (365 * 9999) % 99 + 1;
    const QDate birth = QDate(benchDay().year() - ageYears, 1, 1).addDays(serial % 365);
    return u"6471%1%2%3%4%5"_s.arg(district, 2, 10, QLatin1Char('0'))
        .arg(birth.day() + (female ? 40 : 0), 2, 10, QLatin1Char('0'))
        .arg(birth.month(), 2, 10, QLatin1Char('0'))
        .arg(birth.year() % 100, 2, 10, QLatin1Char('0'))
        .arg(serial / 365 % 9999 + 1, 4, 10, QLatin1Char('0'));
}

namespace {

// 1 -> "A", 27 -> "AA": inmate names may not hold digits.
QString letters(int index) {
    QString text;
    for (int n = index; n > 0; n = (n - 1) / 26)
        text.prepend(QChar(u'A' + (n - 1) % 26));
    return text;
}

} // namespace

Result<void> addInmates(Facility &facility, const QString &prefix, int count) {
    QByteArray csv = "number,name,block\n";
    for (int i = 1; i <= count; ++i)
        csv += u"%1-%2,Warga %3,%4\n"_s.arg(prefix)
                   .arg(i, 5, 10, QLatin1Char('0'))
                   .arg(letters(i))
                   .arg(QChar(u'A' + i % 6))
                   .toUtf8();
    auto imported = InmateStore(facility).importCsv(csv, u"bench"_s);
    if (!imported)
        return imported.error();
    return {};
}

GroupShape randomGroup(std::mt19937 &random) {
    // The news report's day: 86 men, 220 women, 99 children in (about) 160 groups: 2.5 people a group.
    const int adults = std::discrete_distribution<int>({0, 45, 45, 10})(random);
    const int children = std::min(4 - adults, std::discrete_distribution<int>({55, 30, 15})(random));
    return {adults, children};
}

} // namespace besuk::bench
