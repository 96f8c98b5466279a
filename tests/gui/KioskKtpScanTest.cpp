// SPDX-License-Identifier: GPL-3.0-or-later
// "Scan ID card" on the adults screen: a fake camera (frames fed to the screen's video sink) shows a card the suite
// draws (tests/support/KtpCards.h); the NIK and name read are confirmed with one tap, or typed instead.
#include "KioskTest.h"
#include "KtpCards.h"
#include "ui/kiosk/KtpScanScreen.h"

#include <QVideoFrame>
#include <QVideoFrameFormat>

#include <cstring>

using namespace besuk;
using namespace besuk::test;
using namespace Qt::StringLiterals;

namespace {

// A camera frame (BGRX, as many webcams deliver) showing `image`.
QVideoFrame cameraFrame(const QImage &image) {
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    QVideoFrame frame(QVideoFrameFormat(rgb.size(), QVideoFrameFormat::Format_BGRX8888));
    REQUIRE(frame.map(QVideoFrame::WriteOnly));
    for (int y = 0; y < rgb.height(); ++y)
        std::memcpy(frame.bits(0) + qsizetype(y) * frame.bytesPerLine(0), rgb.constScanLine(y),
                    std::size_t(rgb.width()) * 4);
    frame.unmap();
    return frame;
}

// Shows `image` to the scan screen, as a camera's stream of new frames, until it offers a reading (a card takes two
// agreeing reads). The sink ignores a frame it already shows, so two frames take turns.
bool showUntilRead(KtpScanScreen &scan, const QImage &image) {
    const QVideoFrame frames[] = {cameraFrame(image), cameraFrame(image)};
    int next = 0;
    return waitUntil(
        [&] {
            scan.videoSink()->setVideoFrame(frames[next++ % 2]);
            return !scan.shownNik().isEmpty();
        },
        30000);
}

} // namespace

TEST_CASE("A KTP held to the kiosk's camera adds the adult with one tap, then waits for the next card, in both "
          "languages",
          "[kiosk][ktp]") {
    KtpCardGenerator generator(1366);
    for (const QString &language : {u"id"_s, u"en"_s}) {
        KioskFixture kiosk;
        kiosk.open();
        kiosk.window->resize(1366, 768);
        kiosk.window->setLanguage(language);
        kiosk.toAdults();
        CHECK(kiosk.find<QPushButton>(u"scanKtpPushButton"_s)->text() ==
              (language == u"id" ? u"Pindai KTP"_s : u"Scan ID card"_s));
        kiosk.click(u"scanKtpPushButton"_s);
        REQUIRE(kiosk.screen() == u"ktpScanScreen");
        auto *scan = kiosk.window->findChild<KtpScanScreen *>(u"ktpScanScreen"_s);
        REQUIRE(scan != nullptr);
        CHECK_FALSE(kiosk.find<QPushButton>(u"nextPushButton"_s)->isVisible()); // no one in the group yet

        const auto photo = generator.randomPhoto(KtpBand::Easy);
        scan->videoSink()->setVideoFrame(cameraFrame(photo.image));
        REQUIRE(waitUntil([&] { return scan->hasFrame(); }));
        shoot(kiosk.window.get(), u"ktp-scan"_s, language);
        const bool read = showUntilRead(*scan, photo.image);
        INFO(kiosk.text(u"ktpStatusLabel"_s) << " | " << photo.description << " | " << photo.card.nik);
        REQUIRE(read);
        CHECK(scan->shownNik() == photo.card.nik);
        CHECK(kiosk.text(u"ktpNikLabel"_s).remove(u' ') == photo.card.nik);
        CHECK(kiosk.text(u"ktpNameLabel"_s) == photo.card.name);
        CHECK_FALSE(scan->hasFrame()); // the preview is gone once the card is read
        CHECK(kiosk.find<QPushButton>(u"confirmPushButton"_s)->text() ==
              (language == u"id" ? u"Benar, tambahkan"_s : u"Correct, add"_s));
        shoot(kiosk.window.get(), u"ktp-read"_s, language);

        kiosk.click(u"confirmPushButton"_s);
        REQUIRE(kiosk.window->flow().adults().size() == 1);
        CHECK(kiosk.window->flow().adults().constFirst().nik == photo.card.nik);
        CHECK(kiosk.window->flow().adults().constFirst().name == photo.card.name);
        // Still the camera, for the next adult's card; the one added is named, and "Next" goes on.
        REQUIRE(kiosk.screen() == u"ktpScanScreen");
        CHECK(scan->shownNik().isEmpty());
        CHECK(kiosk.text(u"ktpHintLabel"_s).contains(photo.card.name));
        CHECK(
            kiosk.text(u"ktpHintLabel"_s).startsWith(language == u"id" ? u"Dalam rombongan: "_s : u"In the group: "_s));
        REQUIRE(kiosk.find<QPushButton>(u"nextPushButton"_s)->isVisible());
        CHECK(kiosk.find<QPushButton>(u"nextPushButton"_s)->text() == (language == u"id" ? u"Lanjut"_s : u"Next"_s));
        shoot(kiosk.window.get(), u"ktp-next-card"_s, language);

        // The same card again: refused as already in the group; the adults screen says so with the fields filled.
        REQUIRE(showUntilRead(*scan, photo.image));
        kiosk.click(u"confirmPushButton"_s);
        REQUIRE(kiosk.screen() == u"adultsScreen");
        CHECK(kiosk.window->flow().adults().size() == 1);
        CHECK(kiosk.find<QLineEdit>(u"nikLineEdit"_s)->text() == photo.card.nik);
        CHECK_FALSE(kiosk.text(u"statusLabel"_s).isEmpty());
        kiosk.find<QLineEdit>(u"nikLineEdit"_s)->clear();
        kiosk.find<QLineEdit>(u"nameLineEdit"_s)->clear();

        kiosk.click(u"scanKtpPushButton"_s);
        REQUIRE(kiosk.screen() == u"ktpScanScreen");
        kiosk.click(u"nextPushButton"_s);
        CHECK(kiosk.screen() == u"reviewScreen");
    }
}

TEST_CASE("Typing instead of scanning leaves the adult's fields as they were and keeps no frame", "[kiosk][ktp]") {
    KioskFixture kiosk;
    kiosk.open();
    kiosk.toAdults();
    kiosk.click(u"scanKtpPushButton"_s);
    REQUIRE(kiosk.screen() == u"ktpScanScreen");
    auto *scan = kiosk.window->findChild<KtpScanScreen *>(u"ktpScanScreen"_s);
    QImage blank(1280, 720, QImage::Format_RGB32);
    blank.fill(QColor(80, 70, 60));
    scan->videoSink()->setVideoFrame(cameraFrame(blank));
    REQUIRE(waitUntil([&] { return scan->hasFrame(); }));
    kiosk.click(u"typePushButton"_s);
    REQUIRE(kiosk.screen() == u"adultsScreen");
    CHECK_FALSE(scan->hasFrame());
    CHECK(kiosk.find<QLineEdit>(u"nikLineEdit"_s)->text().isEmpty());
    CHECK(kiosk.find<QLineEdit>(u"nameLineEdit"_s)->text().isEmpty());
    // Back on the scan screen, nothing of the last picture is shown.
    kiosk.click(u"scanKtpPushButton"_s);
    CHECK_FALSE(scan->hasFrame());
}
