// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/Base32.h"

#include <QRandomGenerator>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace besuk;

namespace {

const QString Alphabet = u"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"_s;

QByteArray randomBytes(QRandomGenerator &random, qsizetype size) {
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = static_cast<char>(random.bounded(256));
    return bytes;
}

} // namespace

TEST_CASE("Base32 encodes the RFC 4648 test vectors without padding", "[base32]") {
    CHECK(Base32::encode(QByteArray()) == QString());
    CHECK(Base32::encode("f"_ba) == u"MY"_s);
    CHECK(Base32::encode("fo"_ba) == u"MZXQ"_s);
    CHECK(Base32::encode("foo"_ba) == u"MZXW6"_s);
    CHECK(Base32::encode("foob"_ba) == u"MZXW6YQ"_s);
    CHECK(Base32::encode("fooba"_ba) == u"MZXW6YTB"_s);
    CHECK(Base32::encode("foobar"_ba) == u"MZXW6YTBOI"_s);
    CHECK(Base32::encode(QByteArray(5, '\xff')) == u"77777777"_s);
    CHECK(Base32::encode(QByteArray(5, '\0')) == u"AAAAAAAA"_s);
}

TEST_CASE("Base32 decodes the RFC 4648 test vectors", "[base32]") {
    CHECK(Base32::decode(QString()) == QByteArray());
    CHECK(Base32::decode(u"MY"_s) == "f"_ba);
    CHECK(Base32::decode(u"MZXQ"_s) == "fo"_ba);
    CHECK(Base32::decode(u"MZXW6"_s) == "foo"_ba);
    CHECK(Base32::decode(u"MZXW6YQ"_s) == "foob"_ba);
    CHECK(Base32::decode(u"MZXW6YTB"_s) == "fooba"_ba);
    CHECK(Base32::decode(u"MZXW6YTBOI"_s) == "foobar"_ba);
}

TEST_CASE("Base32 round trips random byte strings", "[base32]") {
    QRandomGenerator random(20240611);
    for (qsizetype size = 0; size <= 100; ++size) {
        for (int repeat = 0; repeat < 20; ++repeat) {
            const QByteArray bytes = randomBytes(random, size);
            const QString text = Base32::encode(bytes);
            CHECK(text.size() == (size * 8 + 4) / 5);
            const std::optional<QByteArray> decoded = Base32::decode(text);
            REQUIRE(decoded.has_value());
            CHECK(*decoded == bytes);
        }
    }
}

TEST_CASE("Base32 refuses non-canonical text", "[base32]") {
    CHECK_FALSE(Base32::decode(u"mzxw6"_s).has_value());
    CHECK_FALSE(Base32::decode(u"MZXw6"_s).has_value());
    CHECK_FALSE(Base32::decode(u"MY======"_s).has_value());
    CHECK_FALSE(Base32::decode(u"MZXW6==="_s).has_value());
    CHECK_FALSE(Base32::decode(u"MZXW6YQ="_s).has_value());
    CHECK_FALSE(Base32::decode(u"MZXW1"_s).has_value());
    CHECK_FALSE(Base32::decode(u"MZXW8"_s).has_value());
    CHECK_FALSE(Base32::decode(u"MZXW0"_s).has_value());
    CHECK_FALSE(Base32::decode(u" MZXW6"_s).has_value());
    CHECK_FALSE(Base32::decode(u"MZXW6 "_s).has_value());
    CHECK_FALSE(Base32::decode(u"MZXW6\n"_s).has_value());
    CHECK_FALSE(Base32::decode(u"MZ-W6"_s).has_value());
    CHECK_FALSE(Base32::decode(u"MZ\u00c4W6"_s).has_value());
    CHECK_FALSE(Base32::decode(u"MZ\uff21W6"_s).has_value()); // full-width A
    CHECK_FALSE(Base32::decode(QString(u"MZ\0W6"_s)).has_value());
}

TEST_CASE("Base32 refuses lengths no byte string encodes to", "[base32]") {
    for (int length = 1; length <= 40; ++length) {
        const bool possible = length % 8 != 1 && length % 8 != 3 && length % 8 != 6;
        const std::optional<QByteArray> decoded = Base32::decode(QString(length, u'A'));
        INFO("length " << length);
        CHECK(decoded.has_value() == possible);
        if (decoded)
            CHECK(decoded->size() == length * 5 / 8);
    }
}

TEST_CASE("Base32 refuses non-zero unused trailing bits", "[base32]") {
    // "f" is MY; Y carries 3 data bits and 2 unused bits, so MZ, M2 and M3 differ from it only in unused bits.
    CHECK(Base32::decode(u"MY"_s) == "f"_ba);
    CHECK_FALSE(Base32::decode(u"MZ"_s).has_value());
    CHECK_FALSE(Base32::decode(u"M2"_s).has_value());
    CHECK_FALSE(Base32::decode(u"M3"_s).has_value());
    CHECK_FALSE(Base32::decode(u"MZXW7"_s).has_value());   // 1 unused bit
    CHECK_FALSE(Base32::decode(u"MZXW6YR"_s).has_value()); // 3 unused bits
    CHECK_FALSE(Base32::decode(u"MZXW6YTBOJ"_s).has_value());
}

TEST_CASE("Every short string that decodes re-encodes to itself", "[base32]") {
    const QString symbols = Alphabet + u"a=1 z8"_s;
    int decodable[4] = {0, 0, 0, 0};
    QString text;
    const auto check = [&](int length) {
        const std::optional<QByteArray> decoded = Base32::decode(text);
        if (!decoded)
            return;
        ++decodable[length];
        if (Base32::encode(*decoded) != text)
            FAIL("not canonical: " << text.toStdString());
    };
    text.clear();
    check(0);
    for (const QChar a : symbols) {
        text = QString(a);
        check(1);
        for (const QChar b : symbols) {
            text = QString(a) + b;
            check(2);
            for (const QChar c : symbols) {
                text = QString(a) + b + c;
                check(3);
            }
        }
    }
    CHECK(decodable[0] == 1);
    CHECK(decodable[1] == 0);
    CHECK(decodable[2] == 256); // exactly one string per byte value
    CHECK(decodable[3] == 0);
}

TEST_CASE("Random strings that decode re-encode to themselves", "[base32]") {
    QRandomGenerator random(77);
    const QString symbols = Alphabet + u"b=0"_s;
    int decoded = 0;
    for (int round = 0; round < 20000; ++round) {
        QString text;
        const int length = random.bounded(1, 24);
        for (int i = 0; i < length; ++i)
            text.append(symbols.at(random.bounded(symbols.size())));
        if (const std::optional<QByteArray> bytes = Base32::decode(text)) {
            ++decoded;
            if (Base32::encode(*bytes) != text)
                FAIL("not canonical: " << text.toStdString());
        }
    }
    CHECK(decoded > 100);
}
