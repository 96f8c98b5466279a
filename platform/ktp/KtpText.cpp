// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/ktp/KtpText.h"

#include "db/Nik.h"

#include <QRegularExpression>

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
    QString value = valuePart(row, {u"Nama"_s}).toUpper();
    value.replace(QRegularExpression(u"\\s+"_s), u" "_s);
    value = value.trimmed();
    static const QRegularExpression Letters(u"^[A-Z][A-Z .'\\-]*[A-Z.]$"_s);
    if (!Letters.match(value).hasMatch())
        return std::nullopt;
    return value;
}

} // namespace besuk::ktp
