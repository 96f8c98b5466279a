// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/Nik.h"

#include <QStringView>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

constexpr qsizetype NikLength = 16;
constexpr int FemaleDayOffset = 40;

bool isAsciiDigit(QChar c) {
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isGroupSeparator(QChar c) {
    return c.isSpace() || c == QLatin1Char('.') || c == QLatin1Char('-');
}

bool isValidDayField(int dd) {
    return (dd >= 1 && dd <= 31) || (dd >= 1 + FemaleDayOffset && dd <= 31 + FemaleDayOffset);
}

Error invalid(QString message) {
    return makeError(ErrorCode::InvalidInput, std::move(message));
}

QDate birthdayIn(const QDate &birthDate, int year) {
    const QDate sameDay(year, birthDate.month(), birthDate.day());
    // Only 29 February can be missing from a year.
    return sameDay.isValid() ? sameDay : QDate(year, 3, 1);
}

} // namespace

Result<NikInfo> Nik::parse(const QString &text, const QDate &today) {
    const QString typed = text.trimmed();
    if (typed.isEmpty())
        return invalid(tr("Please enter the NIK."));

    QString digits;
    digits.reserve(NikLength);
    for (const QChar c : typed) {
        if (isAsciiDigit(c))
            digits.append(c);
        else if (!isGroupSeparator(c))
            return invalid(tr("A NIK holds only digits."));
    }
    if (digits.size() != NikLength)
        return invalid(tr("A NIK has 16 digits; this one has %n.", nullptr, int(digits.size())));

    const QStringView nik(digits);
    if (nik.sliced(0, 2) == u"00")
        return invalid(tr("The province code in the NIK (digits 1-2) cannot be 00. Please check the NIK."));
    if (nik.sliced(2, 2) == u"00")
        return invalid(tr("The regency code in the NIK (digits 3-4) cannot be 00. Please check the NIK."));
    if (nik.sliced(4, 2) == u"00")
        return invalid(tr("The district code in the NIK (digits 5-6) cannot be 00. Please check the NIK."));

    const int dd = nik.sliced(6, 2).toInt();
    const int month = nik.sliced(8, 2).toInt();
    const int yy = nik.sliced(10, 2).toInt();
    if (!isValidDayField(dd))
        return invalid(tr("The day of birth in the NIK (digits 7-8) is not valid. Please check the NIK."));
    if (month < 1 || month > 12)
        return invalid(tr("The month of birth in the NIK (digits 9-10) is not valid. Please check the NIK."));

    const Sex sex = dd > FemaleDayOffset ? Sex::Female : Sex::Male;
    const int day = sex == Sex::Female ? dd - FemaleDayOffset : dd;
    QDate birthDate(2000 + yy, month, day);
    if (!birthDate.isValid() || birthDate > today)
        birthDate = QDate(1900 + yy, month, day);
    if (!birthDate.isValid())
        return invalid(tr("The birth date in the NIK (digits 7-12) does not exist. Please check the NIK."));
    if (birthDate > today)
        return invalid(tr("The birth date in the NIK is after today. Please check the NIK."));

    if (nik.sliced(12, 4) == u"0000")
        return invalid(tr("The last four digits of the NIK cannot be 0000. Please check the NIK."));

    return NikInfo{digits, digits.left(6), sex, birthDate};
}

QString Nik::mask(const QString &nik) {
    const QLatin1Char star('*');
    if (nik.size() != NikLength)
        return QString(nik.size(), star);
    return nik.left(4) + QString(8, star) + nik.right(4);
}

int Nik::ageOn(const QDate &birthDate, const QDate &on) {
    if (!birthDate.isValid() || !on.isValid() || on <= birthDate)
        return 0;
    int years = on.year() - birthDate.year();
    if (on < birthdayIn(birthDate, on.year()))
        --years;
    return years;
}

} // namespace besuk
