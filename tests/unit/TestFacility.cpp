// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestFacility.h"

#include "db/Database.h"

#include <QTimeZone>

#include <catch2/catch.hpp>

#include <string>

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

// The error's message for INFO, when there is one.
template <typename T> std::string failureOf(const Result<T> &result) {
    return result.ok() ? std::string() : result.error().message.toStdString();
}

} // namespace

TestFacility::TestFacility(const QString &timeZoneId)
    : clock(localMoment(reportDay(), QTime(9, 0), timeZoneId)), m_timeZoneId(timeZoneId) {
    auto opened = Database::open(location(), Database::OpenMode::CreateIfMissing);
    INFO(failureOf(opened));
    REQUIRE(opened.ok());
    auto initialised = Facility::initialise(std::move(opened).value(), clock, u"Rutan Uji"_s, timeZoneId, keyPath());
    INFO(failureOf(initialised));
    REQUIRE(initialised.ok());
    facility = std::move(initialised).value();
}

void TestFacility::setLocal(const QDate &date, const QTime &time) {
    clock.set(localMoment(date, time, m_timeZoneId));
}

void TestFacility::reopen() {
    facility.reset();
    auto reopened = Database::open(location(), Database::OpenMode::MustExist);
    INFO(failureOf(reopened));
    REQUIRE(reopened.ok());
    auto opened = Facility::open(std::move(reopened).value(), clock, keyPath());
    INFO(failureOf(opened));
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

int TestFacility::rowCount(const QString &table) const {
    const QStringList rows = database.rows(u"SELECT COUNT(*) FROM "_s + table);
    REQUIRE(rows.size() == 1);
    bool number = false;
    const int count = rows.first().toInt(&number);
    REQUIRE(number);
    return count;
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
