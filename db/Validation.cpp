// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/Validation.h"

#include <QStringView>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

constexpr int MaxInmateNumberLength = 40;

Error invalid(QString message) {
    return makeError(ErrorCode::InvalidInput, std::move(message));
}

// An unpaired surrogate is kept as its own value, so it can be refused rather than silently replaced.
std::vector<char32_t> codePoints(QStringView text) {
    std::vector<char32_t> result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            result.push_back(QChar::surrogateToUcs4(c, text[i + 1]));
            ++i;
        } else {
            result.push_back(c.unicode());
        }
    }
    return result;
}

bool isMark(char32_t c) {
    const QChar::Category category = QChar::category(c);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
           category == QChar::Mark_Enclosing;
}

bool isNamePunctuation(char32_t c) {
    return c == U' ' || c == U'\'' || c == U'\u2019' || c == U'-' || c == U'.' || c == U',';
}

bool isLineBreakOrControl(char32_t c) {
    const QChar::Category category = QChar::category(c);
    return category == QChar::Other_Control || category == QChar::Separator_Line ||
           category == QChar::Separator_Paragraph;
}

bool isInvisibleOrUnknown(char32_t c) {
    const QChar::Category category = QChar::category(c);
    return category == QChar::Other_Format || category == QChar::Other_Surrogate ||
           category == QChar::Other_PrivateUse || category == QChar::Other_NotAssigned;
}

bool isAsciiLetterOrDigit(QChar c) {
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
}

bool isInmateNumberPunctuation(QChar c) {
    return c == QLatin1Char(' ') || c == QLatin1Char('.') || c == QLatin1Char('/') || c == QLatin1Char('-');
}

} // namespace

Result<QString> Validation::personName(const QString &text) {
    const QString name = text.trimmed();
    if (name.isEmpty())
        return invalid(tr("Please enter a name."));

    const std::vector<char32_t> chars = codePoints(name);
    if (chars.size() > std::size_t(MaxNameLength))
        return invalid(tr("Name is too long: use at most %n characters.", nullptr, MaxNameLength));

    bool hasLetter = false;
    for (const char32_t c : chars) {
        if (QChar::isLetter(c)) {
            hasLetter = true;
            continue;
        }
        if (isMark(c) || isNamePunctuation(c))
            continue;
        if (QChar::isNumber(c))
            return invalid(tr("Name cannot contain digits. Please enter the name in letters."));
        if (isLineBreakOrControl(c) || QChar::isSpace(c))
            return invalid(tr("Name must be on one line, with ordinary spaces between words."));
        if (isInvisibleOrUnknown(c))
            return invalid(tr("Name contains an invisible or unknown character. Please type the name again."));
        return invalid(tr("Name cannot contain \"%1\". Use only letters, spaces, apostrophes, hyphens, periods "
                          "and commas.")
                           .arg(QString::fromUcs4(&c, 1)));
    }
    if (!hasLetter)
        return invalid(tr("Name must contain at least one letter."));
    return name;
}

Result<QString> Validation::inmateNumber(const QString &text) {
    const QString number = text.trimmed();
    if (number.isEmpty())
        return invalid(tr("Please enter the inmate number."));
    if (number.size() > MaxInmateNumberLength)
        return invalid(tr("Inmate number is too long: use at most %n characters.", nullptr, MaxInmateNumberLength));

    bool hasLetterOrDigit = false;
    for (const QChar c : number) {
        if (isAsciiLetterOrDigit(c))
            hasLetterOrDigit = true;
        else if (!isInmateNumberPunctuation(c))
            return invalid(tr("Inmate number can only contain letters A-Z, digits, spaces, '.', '/' and '-'."));
    }
    if (!hasLetterOrDigit)
        return invalid(tr("Inmate number must contain at least one letter or digit."));
    return number;
}

Result<QString> Validation::freeText(const QString &text, int maxLength, const QString &field) {
    const QString value = text.trimmed();
    const std::vector<char32_t> chars = codePoints(value);
    if (chars.size() > std::size_t(std::max(maxLength, 0)))
        return invalid(tr("%1 is too long: use at most %n characters.", nullptr, maxLength).arg(field));
    for (const char32_t c : chars) {
        if (isLineBreakOrControl(c))
            return invalid(tr("%1 must be on one line, without tabs or other control characters.").arg(field));
        if (QChar::category(c) == QChar::Other_Surrogate)
            return invalid(tr("%1 contains a broken character. Please type it again.").arg(field));
    }
    return value;
}

} // namespace besuk

namespace besuk {

Result<QString> Validation::requiredText(const QString &text, int maxLength, const QString &field) {
    auto value = freeText(text, maxLength, field);
    if (value && value->isEmpty())
        return invalid(tr("%1 is required.").arg(field));
    return value;
}

} // namespace besuk
