// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/Nik.h"

#include <catch2/catch.hpp>

#include <ostream>

using namespace Qt::StringLiterals;
using besuk::ErrorCode;
using besuk::Nik;
using besuk::Sex;

// Readable values in Catch's failure output; internal linkage so other test files may do the same.
static std::ostream &operator<<(std::ostream &os, const QString &s) {
    return os << s.toStdString();
}
static std::ostream &operator<<(std::ostream &os, const QDate &d) {
    return os << d.toString(Qt::ISODate).toStdString();
}

namespace besuk {
static std::ostream &operator<<(std::ostream &os, Sex sex) {
    return os << (sex == Sex::Male ? "Male" : "Female");
}
static std::ostream &operator<<(std::ostream &os, ErrorCode code) {
    return os << "ErrorCode(" << int(code) << ")";
}
} // namespace besuk

namespace {

const QDate Today(2025, 6, 1);

void requireRefused(const QString &text, const QDate &today = Today) {
    INFO("NIK: " << text);
    const auto result = Nik::parse(text, today);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::InvalidInput);
    CHECK_FALSE(result.error().message.isEmpty());
}

} // namespace

TEST_CASE("NIK of a man gives region, sex and birth date", "[nik]") {
    const auto result = Nik::parse(u"6471050501900003"_s, Today);
    REQUIRE(result.ok());
    CHECK(result->nik == u"6471050501900003"_s);
    CHECK(result->regionCode == u"647105"_s);
    CHECK(result->sex == Sex::Male);
    CHECK(result->birthDate == QDate(1990, 1, 5));
}

TEST_CASE("NIK of a woman has 40 added to the day", "[nik]") {
    const auto result = Nik::parse(u"6471055208010002"_s, Today);
    REQUIRE(result.ok());
    CHECK(result->nik == u"6471055208010002"_s);
    CHECK(result->regionCode == u"647105"_s);
    CHECK(result->sex == Sex::Female);
    CHECK(result->birthDate == QDate(2001, 8, 12));
}

TEST_CASE("NIK day field boundaries", "[nik]") {
    SECTION("01 is the first day for men") {
        const auto r = Nik::parse(u"3171230103850001"_s, Today);
        REQUIRE(r.ok());
        CHECK(r->sex == Sex::Male);
        CHECK(r->birthDate == QDate(1985, 3, 1));
    }
    SECTION("31 is the last day for men") {
        const auto r = Nik::parse(u"3171233103850001"_s, Today);
        REQUIRE(r.ok());
        CHECK(r->sex == Sex::Male);
        CHECK(r->birthDate == QDate(1985, 3, 31));
    }
    SECTION("41 is the first day for women") {
        const auto r = Nik::parse(u"3171234103850001"_s, Today);
        REQUIRE(r.ok());
        CHECK(r->sex == Sex::Female);
        CHECK(r->birthDate == QDate(1985, 3, 1));
    }
    SECTION("71 is the last day for women") {
        const auto r = Nik::parse(u"3171237103850001"_s, Today);
        REQUIRE(r.ok());
        CHECK(r->sex == Sex::Female);
        CHECK(r->birthDate == QDate(1985, 3, 31));
    }
}

TEST_CASE("NIK tolerates spaces, dots and dashes between groups", "[nik]") {
    const QString typed = GENERATE(u"6471 0505 0190 0003"_s, u"6471.0505.0190.0003"_s, u"647105-050190-0003"_s,
                                   u"  64.71.05 - 050190 - 0003 \n"_s, u"6471050501900003 "_s);
    INFO("NIK: " << typed);
    const auto result = Nik::parse(typed, Today);
    REQUIRE(result.ok());
    CHECK(result->nik == u"6471050501900003"_s);
    CHECK(result->birthDate == QDate(1990, 1, 5));
}

TEST_CASE("NIK with characters other than digits and separators is refused", "[nik]") {
    const QString typed = GENERATE(u"64710505019O0003"_s, u"6471/0505/0190/0003"_s, u"+6471050501900003"_s,
                                   u"6471_050501900003"_s, u"6471050501900003x"_s,
                                   u"\uFF16\uFF14\uFF17\uFF11050501900003"_s, // fullwidth digits
                                   u"\u0666471050501900003"_s);               // Arabic-Indic six
    requireRefused(typed);
    CHECK(Nik::parse(typed, Today).error().message == u"A NIK holds only digits."_s);
}

TEST_CASE("NIK with the wrong number of digits is refused and the count is told", "[nik]") {
    const auto fifteen = Nik::parse(u"647105050190003"_s, Today);
    REQUIRE_FALSE(fifteen.ok());
    CHECK(fifteen.error().code == ErrorCode::InvalidInput);
    CHECK(fifteen.error().message == u"A NIK has 16 digits; this one has 15."_s);

    const auto seventeen = Nik::parse(u"6471 0505 0190 00031"_s, Today);
    REQUIRE_FALSE(seventeen.ok());
    CHECK(seventeen.error().message.contains(u"17"_s));

    requireRefused(u"----"_s);
}

TEST_CASE("Empty NIK is refused", "[nik]") {
    requireRefused(QString());
    requireRefused(u"   "_s);
}

TEST_CASE("NIK with a 00 province, regency or district is refused", "[nik]") {
    requireRefused(u"0071050501900003"_s);
    requireRefused(u"6400050501900003"_s);
    requireRefused(u"6471000501900003"_s);
    CHECK(Nik::parse(u"6400050501900003"_s, Today).error().message.contains(u"3-4"_s));
}

TEST_CASE("NIK with an impossible birth date is refused", "[nik]") {
    SECTION("day 00, 32..40 and above 71") {
        const QString day = GENERATE(u"00"_s, u"32"_s, u"39"_s, u"40"_s, u"72"_s, u"99"_s);
        requireRefused(u"647105"_s + day + u"01900003"_s);
    }
    SECTION("month 00 and 13") {
        requireRefused(u"6471050500900003"_s);
        requireRefused(u"6471050513900003"_s);
    }
    SECTION("days that do not exist in the month, for men and women") {
        requireRefused(u"6471053102900003"_s); // 31 Feb
        requireRefused(u"6471057102900003"_s); // 31 Feb, woman
        requireRefused(u"6471053002900003"_s); // 30 Feb
        requireRefused(u"6471053104900003"_s); // 31 Apr
        requireRefused(u"6471053111900003"_s); // 31 Nov
    }
    SECTION("29 February in a year that is not a leap year") {
        requireRefused(u"6471052902010003"_s); // 2001 and 1901
        requireRefused(u"6471056902990003"_s); // 1999, woman
    }
}

TEST_CASE("NIK born on 29 February of a leap year is accepted", "[nik]") {
    const auto man = Nik::parse(u"6471052902040003"_s, Today);
    REQUIRE(man.ok());
    CHECK(man->birthDate == QDate(2004, 2, 29));

    const auto woman = Nik::parse(u"6471056902960003"_s, Today);
    REQUIRE(woman.ok());
    CHECK(woman->sex == Sex::Female);
    CHECK(woman->birthDate == QDate(1996, 2, 29));
}

TEST_CASE("NIK two-digit year is read relative to today", "[nik]") {
    SECTION("born today reads as this century") {
        const auto r = Nik::parse(u"6471050501250003"_s, QDate(2025, 1, 5));
        REQUIRE(r.ok());
        CHECK(r->birthDate == QDate(2025, 1, 5));
    }
    SECTION("a day later than today reads as the last century") {
        const auto r = Nik::parse(u"6471050501250003"_s, QDate(2025, 1, 4));
        REQUIRE(r.ok());
        CHECK(r->birthDate == QDate(1925, 1, 5));
    }
    SECTION("00 on 29 February: 2000 was a leap year, 1900 was not") {
        const auto r = Nik::parse(u"6471052902000003"_s, Today);
        REQUIRE(r.ok());
        CHECK(r->birthDate == QDate(2000, 2, 29));
        requireRefused(u"6471052902000003"_s, QDate(2000, 2, 28));
    }
    SECTION("a birth date after today in both centuries is refused") {
        requireRefused(u"6471050501600003"_s, QDate(1950, 1, 1));
    }
}

TEST_CASE("NIK with serial 0000 is refused", "[nik]") {
    requireRefused(u"6471050501900000"_s);
    CHECK(Nik::parse(u"6471050501900001"_s, Today).ok());
}

TEST_CASE("NIK mask shows only the first and last four digits", "[nik]") {
    CHECK(Nik::mask(u"6471050501900003"_s) == u"6471********0003"_s);
    CHECK(Nik::mask(u"6471055208010002"_s) == u"6471********0002"_s);
}

TEST_CASE("NIK mask hides input of any other length completely", "[nik]") {
    CHECK(Nik::mask(QString()).isEmpty());
    CHECK(Nik::mask(u"12345"_s) == u"*****"_s);
    CHECK(Nik::mask(u"647105050190003"_s) == QString(15, QLatin1Char('*')));
    CHECK(Nik::mask(u"6471 0505 0190 0003"_s) == QString(19, QLatin1Char('*')));
}

TEST_CASE("NIK age counts whole years", "[nik]") {
    const QDate born(1990, 1, 5);
    CHECK(Nik::ageOn(born, QDate(2025, 1, 4)) == 34);
    CHECK(Nik::ageOn(born, QDate(2025, 1, 5)) == 35);
    CHECK(Nik::ageOn(born, QDate(2025, 12, 31)) == 35);
    CHECK(Nik::ageOn(born, QDate(1991, 1, 4)) == 0);
    CHECK(Nik::ageOn(born, QDate(1991, 1, 5)) == 1);
}

TEST_CASE("NIK age is 0 on or before the birth date and for invalid dates", "[nik]") {
    const QDate born(1990, 1, 5);
    CHECK(Nik::ageOn(born, born) == 0);
    CHECK(Nik::ageOn(born, QDate(1980, 6, 1)) == 0);
    CHECK(Nik::ageOn(born, QDate()) == 0);
    CHECK(Nik::ageOn(QDate(), QDate(2025, 1, 1)) == 0);
}

TEST_CASE("NIK age for a 29 February birthday counts on 1 March in other years", "[nik]") {
    const QDate born(2004, 2, 29);
    CHECK(Nik::ageOn(born, QDate(2005, 2, 28)) == 0);
    CHECK(Nik::ageOn(born, QDate(2005, 3, 1)) == 1);
    CHECK(Nik::ageOn(born, QDate(2021, 2, 28)) == 16);
    CHECK(Nik::ageOn(born, QDate(2021, 3, 1)) == 17);
    CHECK(Nik::ageOn(born, QDate(2008, 2, 28)) == 3);
    CHECK(Nik::ageOn(born, QDate(2008, 2, 29)) == 4);
}
