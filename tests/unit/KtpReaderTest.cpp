// SPDX-License-Identifier: GPL-3.0-or-later
// The KTP reader (platform/ktp) on cards the suite draws itself (tests/support/KtpCards.h): nothing is read from
// or written to disk.
#include "platform/ktp/KtpReader.h"

#include "KtpCards.h"
#include "platform/ktp/KtpImage.h"
#include "platform/ktp/KtpText.h"

#include <QElapsedTimer>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <ostream>
#include <vector>

using namespace Qt::StringLiterals;
using besuk::ktp::KtpReader;
using besuk::ktp::KtpText;
using besuk::test::KtpBand;
using besuk::test::KtpCardGenerator;

static std::ostream &operator<<(std::ostream &os, const QString &s) {
    return os << s.toStdString();
}

namespace {

const QDate Today(2026, 12, 5);

KtpReader &sharedReader() {
    static KtpReader reader; // loading the model takes a while: one for the whole run
    return reader;
}

struct Tally {
    int photos = 0;
    int nikRight = 0;
    int nameRight = 0;
    int wrongValidNik = 0;
};

Tally readPhotos(KtpBand band, int count, quint32 seed, bool verbose = false) {
    KtpCardGenerator generator(seed);
    Tally tally;
    std::vector<qint64> times;
    for (int i = 0; i < count; ++i) {
        const auto photo = generator.randomPhoto(band);
        QElapsedTimer timer;
        timer.start();
        const auto reading = sharedReader().read(photo.image, Today);
        times.push_back(timer.elapsed());
        ++tally.photos;
        if (reading && reading->nik == photo.card.nik)
            ++tally.nikRight;
        else if (reading)
            ++tally.wrongValidNik;
        if (reading && reading->name == photo.card.name)
            ++tally.nameRight;
        if (verbose && (!reading || reading->nik != photo.card.nik || reading->name != photo.card.name))
            std::printf("%s | %s %s | %s\n", qPrintable(photo.description), qPrintable(photo.card.nik),
                        qPrintable(photo.card.name),
                        reading ? qPrintable(reading->nik + u' ' + reading->name)
                                : qPrintable(reading.error().message));
    }
    if (verbose) {
        std::sort(times.begin(), times.end());
        std::printf("%s: %d photos, NIK %d, name %d, wrong valid NIK %d, median %lld ms\n",
                    qPrintable(besuk::test::ktpBandName(band)), tally.photos, tally.nikRight, tally.nameRight,
                    tally.wrongValidNik, times.empty() ? 0LL : times[times.size() / 2]);
    }
    return tally;
}

} // namespace

TEST_CASE("KTP text: a NIK row gives its 16 digits, fixing misread digits only into a valid NIK", "[ktp]") {
    CHECK(KtpText::nik(u"NIK : 3578014505900002"_s, Today) == u"3578014505900002"_s);
    CHECK(KtpText::nik(u"3578 0145 0590 0002"_s, Today) == u"3578014505900002"_s);
    CHECK(KtpText::nik(u"NIK : 357B0I45O59OOOO2"_s, Today) == u"3578014505900002"_s);
    // 16 digits but no valid NIK (month 13): never offered, fixed or not.
    CHECK_FALSE(KtpText::nik(u"NIK : 3578014513900002"_s, Today));
    CHECK_FALSE(KtpText::nik(u"NIK : 35780145I39OOOO2"_s, Today));
    CHECK_FALSE(KtpText::nik(u"NIK : 357801450590000"_s, Today)); // 15 digits
    CHECK_FALSE(KtpText::nik(u"NIK : 35780145059000021"_s, Today));
    CHECK_FALSE(KtpText::nik(QString(), Today));
}

TEST_CASE("KTP text: a name row gives the name in capitals, letters only", "[ktp]") {
    CHECK(KtpText::name(u"Nama : SITI RAHMAWATI"_s) == u"SITI RAHMAWATI"_s);
    CHECK(KtpText::name(u"Nama   MA'RUF  AMIN"_s) == u"MA'RUF AMIN"_s);
    CHECK(KtpText::name(u": I GUSTI NGURAH-PUTRA"_s) == u"I GUSTI NGURAH-PUTRA"_s);
    // What is left of a misread label, and specks read as dots or quotes at the ends, are dropped.
    CHECK(KtpText::name(u"Nama . SITI SAPUTRA '"_s) == u"SITI SAPUTRA"_s);
    CHECK(KtpText::name(u"Naa MADE SANTOSO"_s) == u"MADE SANTOSO"_s);
    CHECK(KtpText::name(u"aGUS SARI"_s) == u"AGUS SARI"_s); // a capital misread small is no label
    CHECK(KtpText::name(u"BUDI MAULANA ."_s) == u"BUDI MAULANA"_s);
    CHECK(KtpText::name(u"Nama : MUH. ALI"_s) == u"MUH. ALI"_s);
    CHECK_FALSE(KtpText::name(u"Nama : BUDI 2"_s));
    CHECK_FALSE(KtpText::name(u"Nama : "_s));
    CHECK_FALSE(KtpText::name(u"Nama : -"_s));
}

TEST_CASE("KTP image: evening the light makes glare-dimmed strokes as dark as the others, the paper white", "[ktp]") {
    // Grey paper with dark bars (strokes) every 12 pixels; glare over the right half lifts everything two fifths of the
    // way to white, leaving ink and paper 90 grey levels apart there (evenLight stretches what lies 80 or more apart).
    QImage gray(320, 96, QImage::Format_Grayscale8);
    for (int y = 0; y < gray.height(); ++y) {
        uchar *line = gray.scanLine(y);
        for (int x = 0; x < gray.width(); ++x) {
            const int level = (x % 12 < 3 && y % 32 < 20) ? 40 : 190;
            line[x] = uchar(x < 160 ? level : level + (255 - level) * 2 / 5);
        }
    }
    REQUIRE(qGray(gray.pixel(241, 8)) > 115); // a stroke under the glare: nearer the paper outside it than the ink
    const QImage even = besuk::ktp::KtpImage::evenLight(gray);
    REQUIRE(even.size() == gray.size());
    REQUIRE(even.format() == QImage::Format_Grayscale8);
    for (const int x : {48, 240}) {
        CAPTURE(x);
        CHECK(qGray(even.pixel(x + 1, 8)) < 60);  // a stroke
        CHECK(qGray(even.pixel(x + 7, 8)) > 220); // the paper between strokes
    }
}

TEST_CASE("KTP reader: a plain card drawn straight is read exactly", "[ktp]") {
    KtpCardGenerator generator(7);
    const auto card = generator.randomCard();
    const auto reading = sharedReader().read(generator.renderCard(card), Today);
    REQUIRE(reading);
    CHECK(reading->nik == card.nik);
    CHECK(reading->name == card.name);
}

TEST_CASE("KTP reader: 20 easy photos read nearly all, no wrong NIK offered", "[ktp]") {
    const Tally tally = readPhotos(KtpBand::Easy, 20, 2026);
    CHECK(tally.nikRight >= 19);
    CHECK(tally.nameRight >= 18);
    CHECK(tally.wrongValidNik == 0);
}

// The hard band is where the reader still falls short of issue #20's targets (docs/benchmarks.md, section 8): these
// thresholds hold for this seed and say so, rather than the targets (read now: 8 NIKs, 7 names, 1 wrong NIK; 9, 7 and 1
// with the hand-written light correction Leptonica's replaced, a glare-dimmed last digit; 6, 5 and 1 before any).
TEST_CASE("KTP reader: 10 hard photos (tilt, blur, glare, noise, JPEG): most NIKs read, at most one wrong offered",
          "[ktp]") {
    const Tally tally = readPhotos(KtpBand::Hard, 10, 1945);
    CHECK(tally.nikRight >= 8);
    CHECK(tally.nameRight >= 6);
    CHECK(tally.wrongValidNik <= 1);
}

TEST_CASE("KTP reader: a photo without a card, or an empty image, says so", "[ktp]") {
    QImage blank(1280, 720, QImage::Format_RGB32);
    blank.fill(QColor(90, 80, 70));
    const auto none = sharedReader().read(blank, Today);
    REQUIRE_FALSE(none);
    CHECK_FALSE(none.error().message.isEmpty());
    CHECK_FALSE(sharedReader().read(QImage(), Today));
}

// Tuning aid, not run by default: `besuk_ktp_tests "[ktp-sweep]" -s`.
TEST_CASE("KTP reader: sweep of every band, printed", "[.][ktp-sweep]") {
    for (const KtpBand band : {KtpBand::Easy, KtpBand::Medium, KtpBand::Hard})
        readPhotos(band, 40, 99 + quint32(band), true);
}
