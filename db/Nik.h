// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace besuk {

enum class Sex { Male, Female };

// What a valid NIK (Nomor Induk Kependudukan, the 16-digit national ID) tells about its holder.
struct NikInfo {
    QString nik;        // exactly 16 ASCII digits
    QString regionCode; // digits 1-6: province, regency, district
    Sex sex = Sex::Male;
    QDate birthDate;
};

class Nik {
    Q_DECLARE_TR_FUNCTIONS(Nik)
public:
    // Parses and checks a NIK as typed. Spaces, dots and dashes between digit groups are tolerated;
    // anything else is refused with a message that says what is wrong in plain words.
    // Digits 7-12 are DDMMYY, with 40 added to DD for women. The two-digit year is read as the latest
    // year that does not put the birth date after `today`.
    static Result<NikInfo> parse(const QString &text, const QDate &today);

    // "6471050101900003" -> "6471********0003": the birth-date part and most of the rest hidden.
    static QString mask(const QString &nik);

    // Whole years between birth and `on` (0 on or before the birth date).
    static int ageOn(const QDate &birthDate, const QDate &on);
};

} // namespace besuk
