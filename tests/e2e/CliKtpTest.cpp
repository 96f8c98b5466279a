// SPDX-License-Identifier: GPL-3.0-or-later
// besuk-cli ktp read on card photos the suite draws (tests/support/KtpCards.h) and saves to a temporary folder.
#include "CliRunner.h"
#include "KtpCards.h"

#include <QJsonDocument>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace besuk::e2e;
using besuk::test::KtpBand;
using besuk::test::KtpCardGenerator;

namespace {

const QString Now = u"2026-12-05T09:00"_s;

QList<QJsonObject> jsonLines(const QString &out) {
    QList<QJsonObject> lines;
    for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts))
        lines.append(QJsonDocument::fromJson(line.toUtf8()).object());
    return lines;
}

} // namespace

TEST_CASE("ktp read prints the NIK and name of each card photo as a JSON line", "[cli][ktp]") {
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    KtpCardGenerator generator(20);
    const auto first = generator.randomPhoto(KtpBand::Easy);
    const auto second = generator.randomPhoto(KtpBand::Easy);
    const QString firstPath = folder.filePath(u"first.jpg"_s);
    const QString secondPath = folder.filePath(u"second.png"_s);
    REQUIRE(first.image.save(firstPath, "JPG", 90));
    REQUIRE(second.image.save(secondPath));

    const CliResult result = runCli({u"--now"_s, Now, u"ktp"_s, u"read"_s, firstPath, secondPath}, {}, 60000);
    INFO(result.describe());
    CHECK(result.exitCode == 0);
    const auto lines = jsonLines(result.out);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].value(u"file"_s).toString() == firstPath);
    CHECK(lines[0].value(u"nik"_s).toString() == first.card.nik);
    CHECK(lines[0].value(u"name"_s).toString() == first.card.name);
    CHECK(lines[1].value(u"nik"_s).toString() == second.card.nik);
    CHECK(lines[1].value(u"name"_s).toString() == second.card.name);
}

TEST_CASE("ktp read says why a photo held no card, a file no picture, in the user's language", "[cli][ktp]") {
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    QImage blank(800, 600, QImage::Format_RGB32);
    blank.fill(Qt::darkGray);
    const QString blankPath = folder.filePath(u"blank.png"_s);
    REQUIRE(blank.save(blankPath));
    const QString missing = folder.filePath(u"missing.jpg"_s);

    const CliResult english = runCli({u"ktp"_s, u"read"_s, blankPath, missing}, {{u"LANG"_s, u"C"_s}}, 60000);
    INFO(english.describe());
    CHECK(english.exitCode == 1);
    const auto lines = jsonLines(english.out);
    REQUIRE(lines.size() == 2);
    CHECK_FALSE(lines[0].contains(u"nik"_s));
    CHECK(lines[0].value(u"problem"_s).toString().contains(u"No card text"_s));
    CHECK(lines[1].value(u"problem"_s).toString() == u"There is no such file."_s);

    const CliResult indonesian = runCli({u"ktp"_s, u"read"_s, missing}, {{u"LANG"_s, u"id_ID.UTF-8"_s}}, 60000);
    CHECK(indonesian.exitCode == 1);
    const auto translated = jsonLines(indonesian.out);
    REQUIRE(translated.size() == 1);
    CHECK(translated[0].value(u"problem"_s).toString() == u"Berkas itu tidak ada."_s);
}

TEST_CASE("ktp read needs at least one image", "[cli][ktp]") {
    const CliResult result = runCli({u"ktp"_s, u"read"_s});
    CHECK(result.exitCode == 2);
}
