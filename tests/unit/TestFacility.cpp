// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestFacility.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace besuk;

namespace {

// 1 -> "A", 26 -> "Z", 27 -> "AA": inmate names may not hold digits.
QString letters(int index) {
    QString text;
    for (int n = index; n > 0; n = (n - 1) / 26)
        text.prepend(QChar(u'A' + (n - 1) % 26));
    return text;
}

} // namespace

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

QStringList statementsSentAsText(Database &db) {
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT name, statement FROM pg_prepared_statements "
                                      "WHERE name LIKE 'besuk\\_sent\\_%' ORDER BY name")));
    QStringList statements;
    while (query.next()) {
        const QString name = query.value(0).toString();
        const QString message = query.value(1).toString();
        const QString prepare = QStringLiteral("PREPARE ") + name + QStringLiteral(" AS ");
        const qsizetype start = message.indexOf(prepare);
        REQUIRE(start >= 0);
        const qsizetype from = start + prepare.size();
        const qsizetype end = message.indexOf(QStringLiteral("; EXECUTE ") + name, from);
        REQUIRE(end > from);
        statements.append(message.mid(from, end - from));
    }
    return statements;
}
