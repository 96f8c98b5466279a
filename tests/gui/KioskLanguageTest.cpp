// SPDX-License-Identifier: GPL-3.0-or-later
// Bahasa Indonesia by default, English on request, on every screen; and a screenshot of each for people to look at.
#include "KioskTest.h"
#include "db/AdminPin.h"

using namespace besuk;
using namespace besuk::test;
using namespace Qt::StringLiterals;

TEST_CASE("The language switch retranslates the screen at once", "[kiosk]") {
    KioskFixture kiosk;
    kiosk.open();
    CHECK(kiosk.window->language() == u"id"_s);
    CHECK(kiosk.text(u"titleLabel"_s) == u"Selamat datang"_s);
    CHECK(kiosk.find<QPushButton>(u"indonesianPushButton"_s)->isChecked());

    kiosk.click(u"englishPushButton"_s);
    CHECK(kiosk.text(u"titleLabel"_s) == u"Welcome"_s);
    CHECK(kiosk.find<QPushButton>(u"visitPushButton"_s)->text() == u"Face-to-face visit"_s);
    CHECK(QLocale().language() == QLocale::English);

    kiosk.toAdults();
    KioskFixture::type(BudiNik);
    CHECK(kiosk.text(u"statusLabel"_s) == u"Male, 35 years old"_s);
    kiosk.click(u"indonesianPushButton"_s);
    CHECK(kiosk.text(u"statusLabel"_s) == u"Laki-laki, 35 tahun"_s);
    CHECK(kiosk.find<QPushButton>(u"backPushButton"_s)->isVisible());
    CHECK(QLocale().language() == QLocale::Indonesian);
}

TEST_CASE("The domain's refusals come in the visitor's language", "[kiosk]") {
    KioskFixture kiosk;
    kiosk.settings.language = u"en"_s;
    kiosk.open();
    kiosk.toAdults();
    KioskFixture::type(u"12345"_s);
    KioskFixture::press(Qt::Key_Tab);
    KioskFixture::type(u"Budi"_s);
    KioskFixture::press(Qt::Key_Return);
    CHECK(kiosk.text(u"statusLabel"_s) == u"A NIK has 16 digits; this one has 5."_s);
    kiosk.click(u"indonesianPushButton"_s);
    KioskFixture::press(Qt::Key_Return);
    CHECK(kiosk.text(u"statusLabel"_s) == u"NIK terdiri dari 16 angka; yang ini 5 angka."_s);
}

TEST_CASE("Screenshots of every kiosk screen in both languages", "[kiosk][screenshots]") {
    for (const QString &language : {u"id"_s, u"en"_s}) {
        KioskFixture kiosk;
        REQUIRE(AdminPin(*kiosk.facility).set(u"1234"_s, u"test"_s).ok());
        kiosk.settings.language = language;
        kiosk.open();
        QWidget *window = kiosk.window.get();
        kiosk.window->setDemoPin(u"1234"_s);
        shoot(window, u"welcome"_s, language);

        kiosk.toInmate();
        KioskFixture::type(u"ma"_s);
        shoot(window, u"inmate"_s, language);
        KioskFixture::press(Qt::Key_Return);
        KioskFixture::press(Qt::Key_Return);

        kiosk.addAdult(BudiNik, u"Budi Santoso"_s);
        kiosk.addAdult(u"6471053113900003"_s, u"Siti Aminah"_s);
        shoot(window, u"adults-error"_s, language);
        kiosk.find<QLineEdit>(u"nikLineEdit"_s)->clear();
        kiosk.find<QLineEdit>(u"nameLineEdit"_s)->clear();
        kiosk.addAdult(SitiNik, u"Siti Aminah"_s);
        KioskFixture::type(u"647105"_s);
        shoot(window, u"adults"_s, language);
        QTest::mouseClick(kiosk.find<QLineEdit>(u"nameLineEdit"_s), Qt::LeftButton);
        shoot(window, u"adults-keyboard"_s, language);
        kiosk.find<QLineEdit>(u"nikLineEdit"_s)->clear();

        kiosk.click(u"nextPushButton"_s);
        REQUIRE(kiosk.screen() == u"reviewScreen");
        kiosk.click(u"plusPushButton"_s);
        kiosk.click(u"plusPushButton"_s);
        kiosk.click(u"plusPushButton"_s);
        shoot(window, u"review-children-limit"_s, language);
        kiosk.click(u"minusPushButton"_s);
        shoot(window, u"review"_s, language);
        kiosk.click(u"confirmPushButton"_s);
        REQUIRE(waitUntil([&] { return !kiosk.text(u"printStatusLabel"_s).isEmpty(); }));
        shoot(window, u"ticket"_s, language);

        kiosk.window->requestUnlock(AdminPinDialog::Purpose::Quit);
        auto *dialog = kiosk.window->findChild<QDialog *>();
        REQUIRE(dialog != nullptr);
        QTest::keyClicks(kiosk.find<QLineEdit>(u"pinLineEdit"_s), u"12"_s);
        shoot(dialog, u"pin"_s, language);
    }
}
