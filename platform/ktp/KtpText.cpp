// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/ktp/KtpText.h"

#include "db/Nik.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace besuk::ktp {

namespace {

constexpr qsizetype NikLength = 16;

// The part after the label: after the last colon, or without a leading "NIK"/"Nama" word.
QString valuePart(const QString &row, const QStringList &labels) {
    const qsizetype colon = row.lastIndexOf(u':');
    QString value = colon >= 0 ? row.mid(colon + 1) : row;
    value = value.trimmed();
    for (const QString &label : labels) {
        if (colon < 0 && value.startsWith(label, Qt::CaseInsensitive))
            value = value.mid(label.size()).trimmed();
    }
    return value;
}

QChar digitFor(QChar c) {
    switch (c.unicode()) {
    case 'O':
    case 'o':
    case 'D':
    case 'Q':
        return u'0';
    case 'I':
    case 'l':
    case 'i':
    case '|':
        return u'1';
    case 'Z':
    case 'z':
        return u'2';
    case 'S':
    case 's':
        return u'5';
    case 'G':
    case 'b':
        return u'6';
    case 'B':
        return u'8';
    default:
        return c;
    }
}

bool acceptedNik(const QString &digits, const QDate &today) {
    if (digits.size() != NikLength)
        return false;
    for (const QChar c : digits) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return Nik::parse(digits, today).ok();
}

// A word set mostly in small letters: a card prints its values in capitals and its labels ("Nama") in mixed case.
bool labelLike(const QString &word) {
    const auto small = std::count_if(word.begin(), word.end(), [](QChar c) { return c.isLower(); });
    return small * 2 > word.size();
}

// The words of a name row without what cannot belong to the name: specks read as lone dots, quotes or dashes at
// either end, and a first word in small letters before the name (what is left of a misread "Nama :" label).
QStringList nameWords(QStringList words) {
    static const QRegularExpression Speck(u"^[.,:'\\-]+$"_s);
    while (!words.isEmpty() &&
           (Speck.match(words.front()).hasMatch() || (words.size() > 1 && labelLike(words.front()))))
        words.removeFirst();
    while (!words.isEmpty() && Speck.match(words.back()).hasMatch())
        words.removeLast();
    return words;
}

} // namespace

std::optional<QString> KtpText::nik(const QString &row, const QDate &today) {
    QString value = valuePart(row, {u"NIK"_s});
    value.remove(QRegularExpression(u"[\\s.\\-]"_s));
    if (acceptedNik(value, today))
        return value;
    QString fixed;
    fixed.reserve(value.size());
    for (const QChar c : value)
        fixed.append(digitFor(c));
    if (fixed != value && acceptedNik(fixed, today))
        return fixed;
    return std::nullopt;
}

std::optional<QString> KtpText::name(const QString &row) {
    static const QRegularExpression Space(u"\\s+"_s);
    const QString value = nameWords(valuePart(row, {u"Nama"_s}).split(Space, Qt::SkipEmptyParts)).join(u' ').toUpper();
    static const QRegularExpression Letters(u"^[A-Z][A-Z .'\\-]*[A-Z.]$"_s);
    if (!Letters.match(value).hasMatch())
        return std::nullopt;
    return value;
}

} // namespace besuk::ktp
