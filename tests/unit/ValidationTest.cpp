// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/Validation.h"

#include <catch2/catch.hpp>

#include <ostream>

using namespace Qt::StringLiterals;
using besuk::ErrorCode;
using besuk::Validation;

// Readable values in Catch's failure output; internal linkage so other test files may do the same.
static std::ostream &operator<<(std::ostream &os, const QString &s) {
    return os << s.toStdString();
}

namespace besuk {
static std::ostream &operator<<(std::ostream &os, ErrorCode code) {
    return os << "ErrorCode(" << int(code) << ")";
}
} // namespace besuk

namespace {

// The message is checked for the field's name; no translator is loaded, so messages are the English sources.
void requireRefused(const besuk::Result<QString> &result, const QString &fieldName) {
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::InvalidInput);
    CHECK_FALSE(result.error().message.isEmpty());
    CHECK(result.error().message.contains(fieldName, Qt::CaseInsensitive));
}

QString repeated(const QString &piece, int count) {
    QString text;
    for (int i = 0; i < count; ++i)
        text += piece;
    return text;
}

} // namespace

TEST_CASE("Name accepts names from many scripts verbatim", "[validation]") {
    const QString name = GENERATE(u"Ma'ruf O'Neil-Siregar, S.H."_s, u"Nyoman Ayu Pratiwi"_s, u"Đặng Thị Hoa"_s,
                                  u"Siti Nurhaliza"_s, u"محمد عبد الله"_s, u"王小明"_s, u"Zoë D’Souza"_s,
                                  u"अनुष्का"_s,                // Devanagari with combining vowel signs and virama
                                  u"Zoe\u0308 Lestari"_s,    // e + combining diaeresis
                                  u"\U00020000\U00020001"_s, // CJK Extension B, outside the BMP
                                  u"Ani  Budi"_s);           // inner spaces are kept as typed
    INFO("name: " << name);
    const auto result = Validation::personName(name);
    REQUIRE(result.ok());
    CHECK(*result == name);
}

TEST_CASE("Name is trimmed of surrounding white space only", "[validation]") {
    const auto result = Validation::personName(u"  \t Siti Nurhaliza \n"_s);
    REQUIRE(result.ok());
    CHECK(*result == u"Siti Nurhaliza"_s);

    const auto nbsp = Validation::personName(u"\u00A0Siti\u00A0"_s);
    REQUIRE(nbsp.ok());
    CHECK(*nbsp == u"Siti"_s);
}

TEST_CASE("Empty name is refused", "[validation]") {
    const QString name = GENERATE(QString(), u"   "_s, u"\n\t"_s);
    const auto result = Validation::personName(name);
    requireRefused(result, u"name"_s);
    CHECK(result.error().message == u"Please enter a name."_s);
}

TEST_CASE("Name with digits, symbols, emoji or control characters is refused", "[validation]") {
    const QString name =
        GENERATE(u"Budi1"_s, u"Robert'); DROP TABLE visitors;--"_s, u"Ani\nBudi"_s, u"Ani\tBudi"_s, u"Ani\rBudi"_s,
                 u"😀 Ani"_s, u"Ani@Budi"_s, u"Ani_Budi"_s, u"Ani\"Budi"_s, u"محمد ٣"_s, // Arabic-Indic digit three
                 u"Ani\u00A0Budi"_s,                                                    // no-break space inside
                 u"Ani\u2003Budi"_s,                                                    // em space
                 u"Ani\u2028Budi"_s,                                                    // line separator
                 u"Ani\u200BBudi"_s,                                                    // zero width space
                 u"Ani\u202EBudi"_s,                                                    // right-to-left override
                 u"Ani\U000F0000"_s,                                                    // private use
                 QString(u"Ani"_s + QChar(char16_t(0xD800)) + u"Budi"_s));              // unpaired surrogate
    INFO("name: " << name);
    requireRefused(Validation::personName(name), u"name"_s);
}

TEST_CASE("Name refusals say what to fix", "[validation]") {
    CHECK(Validation::personName(u"Budi1"_s).error().message.contains(u"digits"_s));
    CHECK(Validation::personName(u"Ani\nBudi"_s).error().message.contains(u"one line"_s));
    CHECK(Validation::personName(u"😀 Ani"_s).error().message.contains(u"😀"_s));
}

TEST_CASE("Name needs at least one letter", "[validation]") {
    const QString name = GENERATE(u"."_s, u"-"_s, u"' ,"_s, u"\u0308"_s);
    requireRefused(Validation::personName(name), u"name"_s);
    CHECK(Validation::personName(u"A."_s).ok());
}

TEST_CASE("Name length is counted in code points, at most 100", "[validation]") {
    CHECK(Validation::personName(repeated(u"a"_s, Validation::MaxNameLength)).ok());
    const auto tooLong = Validation::personName(repeated(u"a"_s, Validation::MaxNameLength + 1));
    requireRefused(tooLong, u"name"_s);
    CHECK(tooLong.error().message.contains(u"100"_s));

    // 100 letters outside the BMP are 200 UTF-16 units and still fit.
    const QString wide = repeated(u"\U00020000"_s, Validation::MaxNameLength);
    REQUIRE(wide.size() == 2 * Validation::MaxNameLength);
    CHECK(Validation::personName(wide).ok());
    requireRefused(Validation::personName(wide + u"\U00020000"_s), u"name"_s);

    // Surrounding white space does not count.
    CHECK(Validation::personName(u"  "_s + repeated(u"a"_s, Validation::MaxNameLength) + u"  "_s).ok());
}

TEST_CASE("Inmate number accepts ASCII letters, digits, spaces, dots, slashes and dashes", "[validation]") {
    const QString number = GENERATE(u"B.I-123/2025"_s, u"AI 0042"_s, u"7"_s, u"x"_s);
    const auto result = Validation::inmateNumber(number);
    REQUIRE(result.ok());
    CHECK(*result == number);

    const auto trimmed = Validation::inmateNumber(u"  AI 0042\n"_s);
    REQUIRE(trimmed.ok());
    CHECK(*trimmed == u"AI 0042"_s);
}

TEST_CASE("Inmate number is refused when empty, too long or with other characters", "[validation]") {
    SECTION("empty") {
        requireRefused(Validation::inmateNumber(QString()), u"inmate number"_s);
        requireRefused(Validation::inmateNumber(u"  "_s), u"inmate number"_s);
    }
    SECTION("length limit is 40") {
        CHECK(Validation::inmateNumber(repeated(u"A"_s, 40)).ok());
        const auto tooLong = Validation::inmateNumber(repeated(u"A"_s, 41));
        requireRefused(tooLong, u"inmate number"_s);
        CHECK(tooLong.error().message.contains(u"40"_s));
    }
    SECTION("other characters") {
        const QString number =
            GENERATE(u"AI_0042"_s, u"AI\t0042"_s, u"ÄI 1"_s, u"AI#1"_s, u"AI\u00A01"_s, u"\uFF21I 1"_s, u"AI 1;"_s);
        INFO("number: " << number);
        requireRefused(Validation::inmateNumber(number), u"inmate number"_s);
    }
    SECTION("no letter or digit") {
        requireRefused(Validation::inmateNumber(u"./-"_s), u"inmate number"_s);
        requireRefused(Validation::inmateNumber(u"- -"_s), u"inmate number"_s);
    }
}

TEST_CASE("Free text is trimmed and may be empty", "[validation]") {
    const auto empty = Validation::freeText(u"   "_s, 10, u"Cell block"_s);
    REQUIRE(empty.ok());
    CHECK(empty->isEmpty());

    const auto block = Validation::freeText(u"  Blok A, kamar 3 😀 \n"_s, 40, u"Cell block"_s);
    REQUIRE(block.ok());
    CHECK(*block == u"Blok A, kamar 3 😀"_s);
}

TEST_CASE("Free text length is counted in code points", "[validation]") {
    CHECK(Validation::freeText(u"abcde"_s, 5, u"Reason"_s).ok());
    CHECK(Validation::freeText(u"😀😀😀😀😀"_s, 5, u"Reason"_s).ok());
    const auto tooLong = Validation::freeText(u"abcdef"_s, 5, u"Reason"_s);
    requireRefused(tooLong, u"Reason"_s);
    CHECK(tooLong.error().message.contains(u"5"_s));
    requireRefused(Validation::freeText(u"x"_s, 0, u"Reason"_s), u"Reason"_s);
    CHECK(Validation::freeText(QString(), 0, u"Reason"_s).ok());
}

TEST_CASE("Free text refuses newlines, tabs and other control characters", "[validation]") {
    const QString text = GENERATE(u"Ani\nBudi"_s, u"Ani\tBudi"_s, u"Ani\rBudi"_s, u"Ani\u0007"_s, u"Ani\u2028Budi"_s,
                                  u"Ani\u0085Budi"_s, QString(u"Ani"_s + QChar(char16_t(0xDC00))));
    INFO("text: " << text);
    requireRefused(Validation::freeText(text, 100, u"Item description"_s), u"Item description"_s);
}

TEST_CASE("Required text refuses empty and blank values and keeps freeText's checks", "[validation]") {
    using besuk::Validation;
    CHECK(Validation::requiredText(QStringLiteral("  Pak Joko "), 100, QStringLiteral("Officer")).value() ==
          QStringLiteral("Pak Joko"));
    for (const QString &empty : {QString(), QStringLiteral(""), QStringLiteral("   ")}) {
        auto result = Validation::requiredText(empty, 100, QStringLiteral("Officer"));
        REQUIRE_FALSE(result);
        CHECK(result.error().code == besuk::ErrorCode::InvalidInput);
        CHECK(result.error().message == QStringLiteral("Officer is required."));
    }
    CHECK_FALSE(Validation::requiredText(QStringLiteral("Pak\nJoko"), 100, QStringLiteral("Officer")));
    CHECK_FALSE(Validation::requiredText(QString(101, QLatin1Char('x')), 100, QStringLiteral("Officer")));
}
