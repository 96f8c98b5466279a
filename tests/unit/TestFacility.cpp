#include "TestFacility.h"

#include "Database.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace besuk;

namespace {

QDateTime localMoment(const QDate &date, const QTime &time, const QString &timeZoneId) {
    return QDateTime(date, time, QTimeZone(timeZoneId.toUtf8())).toUTC();
}

// 1 -> "A", 26 -> "Z", 27 -> "AA": inmate names may not hold digits.
QString letters(int index) {
    QString text;
    for (int n = index; n > 0; n = (n - 1) / 26)
        text.prepend(QChar(u'A' + (n - 1) % 26));
    return text;
}

} // namespace

TestFacility::TestFacility(const QString &timeZoneId)
    : clock(localMoment(reportDay(), QTime(9, 0), timeZoneId)), m_timeZoneId(timeZoneId) {
    REQUIRE(dir.isValid());
    auto database = Database::openSqlite(databasePath(), Database::OpenMode::CreateIfMissing);
    REQUIRE(database.ok());
    auto initialised = Facility::initialise(std::move(database).value(), clock, u"Rutan Uji"_s, timeZoneId, keyPath());
    REQUIRE(initialised.ok());
    facility = std::move(initialised).value();
}

void TestFacility::setLocal(const QDate &date, const QTime &time) {
    clock.set(localMoment(date, time, m_timeZoneId));
}

void TestFacility::reopen() {
    facility.reset();
    auto database = Database::openSqlite(databasePath(), Database::OpenMode::MustExist);
    REQUIRE(database.ok());
    auto opened = Facility::open(std::move(database).value(), clock, keyPath());
    REQUIRE(opened.ok());
    facility = std::move(opened).value();
}

QList<Inmate> TestFacility::addInmates(int count, const QString &block) {
    InmateStore store(*facility);
    QList<Inmate> added;
    for (int i = 0; i < count; ++i) {
        ++m_inmates;
        auto inmate = store.add(u"WB-%1"_s.arg(m_inmates, 3, 10, QLatin1Char('0')), u"Warga "_s + letters(m_inmates),
                                block, u"test"_s);
        REQUIRE(inmate.ok());
        added.append(*inmate);
    }
    return added;
}

int TestFacility::rowCount(const QString &table) {
    QSqlQuery query(facility->database().connection());
    REQUIRE(query.exec(u"SELECT COUNT(*) FROM "_s + table));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

Snapshot TestFacility::snapshot() {
    const QSqlDatabase db = facility->database().connection();
    QSqlQuery tables(db);
    REQUIRE(tables.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s));
    Snapshot result;
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery rows(db);
        REQUIRE(rows.exec(u"SELECT * FROM \"%1\" ORDER BY rowid"_s.arg(table)));
        QStringList lines;
        while (rows.next()) {
            QStringList fields;
            for (int column = 0; column < rows.record().count(); ++column)
                fields.append(rows.isNull(column) ? u"<null>"_s : rows.value(column).toString());
            lines.append(fields.join(u'|'));
        }
        result.insert(table, lines);
    }
    return result;
}

QString makeNik(const QString &region, const QDate &birth, Sex sex, int serial) {
    const int day = birth.day() + (sex == Sex::Female ? 40 : 0);
    return region + u"%1%2%3%4"_s.arg(day, 2, 10, QLatin1Char('0'))
                        .arg(birth.month(), 2, 10, QLatin1Char('0'))
                        .arg(birth.year() % 100, 2, 10, QLatin1Char('0'))
                        .arg(serial, 4, 10, QLatin1Char('0'));
}

QString makeNik(const QDate &birth, Sex sex, int serial) {
    return makeNik(u"647105"_s, birth, sex, serial);
}
