// SPDX-License-Identifier: GPL-3.0-or-later
// "Masih di sini?": before an idle form is wiped, a countdown over the screen says so; any touch or key keeps the
// form and starts the idle time again; an open PIN dialog holds the wipe back until it closes.
#include "KioskTest.h"
#include "db/AdminPin.h"

#include <QSettings>
#include <QTemporaryDir>

using namespace besuk;
using namespace besuk::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int IdleMs = 3000;
constexpr int WarningMs = 2000;

QWidget *overlay(KioskFixture &kiosk) {
    auto *found = kiosk.window->findChild<QWidget *>(u"stillHereOverlay"_s);
    REQUIRE(found != nullptr);
    return found;
}

} // namespace

TEST_CASE("Before an idle form is wiped, Still here? counts down, and a touch or a key keeps the form",
          "[kiosk][idle]") {
    KioskFixture kiosk;
    kiosk.settings.formIdleMs = IdleMs;
    kiosk.settings.idleWarningMs = WarningMs;
    kiosk.open();
    kiosk.toAdults();
    KioskFixture::type(u"6471"_s);
    QWidget *still = overlay(kiosk);
    CHECK_FALSE(still->isVisible());

    REQUIRE(waitUntil([&] { return still->isVisible(); }));
    CHECK(kiosk.screen() == u"adultsScreen"_s);
    CHECK(still->geometry() == kiosk.window->rect());
    CHECK(kiosk.text(u"stillHereTitleLabel"_s) == u"Masih di sini?"_s);
    REQUIRE(waitUntil([&] { return kiosk.text(u"stillHereCountdownLabel"_s).contains(u"detik"_s); }));
    shoot(kiosk.window.get(), u"still-here"_s, u"id"_s);

    // A touch anywhere on it: the form stays, nothing underneath is pressed, the idle time starts again.
    const int visitsBefore = int(kiosk.visits().size());
    QTest::mouseClick(still, Qt::LeftButton, {}, still->rect().bottomRight() - QPoint(40, 40));
    CHECK_FALSE(still->isVisible());
    CHECK(kiosk.window->idleRemainingMs() > IdleMs - WarningMs);
    CHECK(kiosk.screen() == u"adultsScreen"_s);
    CHECK(kiosk.find<QLineEdit>(u"nikLineEdit"_s)->text() == u"6471"_s);
    CHECK(int(kiosk.visits().size()) == visitsBefore);

    // A key: dismisses it and still types where the visitor was typing.
    REQUIRE(waitUntil([&] { return still->isVisible(); }));
    KioskFixture::type(u"0"_s);
    CHECK_FALSE(still->isVisible());
    CHECK(kiosk.find<QLineEdit>(u"nikLineEdit"_s)->text() == u"64710"_s);

    // Its button, in English.
    kiosk.window->setLanguage(u"en"_s);
    REQUIRE(waitUntil([&] { return still->isVisible(); }));
    CHECK(kiosk.text(u"stillHereTitleLabel"_s) == u"Still here?"_s);
    REQUIRE(waitUntil([&] { return kiosk.text(u"stillHereCountdownLabel"_s).contains(u"second"_s); }));
    shoot(kiosk.window.get(), u"still-here"_s, u"en"_s);
    kiosk.click(u"stillHerePushButton"_s);
    CHECK_FALSE(still->isVisible());
    CHECK(kiosk.screen() == u"adultsScreen"_s);

    // Left alone: wiped, and the overlay gone with the form.
    REQUIRE(waitUntil([&] { return kiosk.screen() == u"welcomeScreen"_s; }));
    CHECK_FALSE(still->isVisible());
    CHECK(kiosk.find<QLineEdit>(u"nikLineEdit"_s)->text().isEmpty());
    CHECK(kiosk.window->language() == u"id"_s);
}

TEST_CASE("The welcome and ticket screens show no Still here?", "[kiosk][idle]") {
    KioskFixture kiosk;
    kiosk.settings.formIdleMs = 400;
    kiosk.settings.idleWarningMs = 300;
    kiosk.settings.ticketIdleMs = 400;
    kiosk.open();
    kiosk.toReview();
    kiosk.click(u"confirmPushButton"_s);
    REQUIRE(kiosk.screen() == u"ticketScreen"_s);
    QWidget *still = overlay(kiosk);
    bool shown = false;
    REQUIRE(waitUntil([&] {
        shown = shown || still->isVisible();
        return kiosk.screen() == u"welcomeScreen"_s;
    }));
    CHECK_FALSE(shown);
    // The welcome screen's own idle time runs out (the language goes back to the default) with no overlay.
    kiosk.click(u"englishPushButton"_s);
    REQUIRE(waitUntil([&] {
        shown = shown || still->isVisible();
        return kiosk.window->language() == u"id"_s;
    }));
    CHECK_FALSE(shown);
}

TEST_CASE("The idle wipe waits until an open PIN dialog has closed", "[kiosk][idle]") {
    KioskFixture kiosk;
    REQUIRE(AdminPin(*kiosk.facility).set(u"2468"_s, u"staff"_s).ok());
    kiosk.settings.formIdleMs = 400;
    kiosk.settings.idleWarningMs = 300;
    kiosk.open();
    kiosk.toAdults();
    KioskFixture::type(u"6471"_s);
    kiosk.window->requestUnlock(AdminPinDialog::Purpose::Quit);
    auto *dialog = kiosk.window->findChild<AdminPinDialog *>();
    REQUIRE(dialog != nullptr);
    QTest::keyClicks(kiosk.find<QLineEdit>(u"pinLineEdit"_s), u"99"_s);

    // The idle time runs out while the dialog is open: nothing is wiped, nothing covers the dialog.
    REQUIRE(waitUntil([&] { return kiosk.window->idleRemainingMs() < 0; }));
    CHECK(dialog->isVisible());
    CHECK(kiosk.find<QLineEdit>(u"pinLineEdit"_s)->text() == u"99"_s);
    CHECK(kiosk.screen() == u"adultsScreen"_s);
    CHECK_FALSE(overlay(kiosk)->isVisible());
    CHECK(kiosk.window->findChild<QLineEdit *>(u"nikLineEdit"_s)->text() == u"6471"_s);

    // Closed: a full idle time later, the form is wiped.
    kiosk.click(u"cancelPushButton"_s);
    REQUIRE(waitUntil([&] { return kiosk.screen() == u"welcomeScreen"_s; }));
    CHECK(kiosk.window->findChild<QLineEdit *>(u"nikLineEdit"_s)->text().isEmpty());
}

TEST_CASE("The Still here? time is a station setting", "[kiosk][idle]") {
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    QSettings settings(folder.filePath(u"besuk.conf"_s), QSettings::IniFormat);
    CHECK(KioskSettings::load(settings).idleWarningMs == 10'000);
    settings.setValue(u"kiosk/idleWarningSeconds"_s, 15);
    CHECK(KioskSettings::load(settings).idleWarningMs == 15'000);
    settings.setValue(u"kiosk/idleWarningSeconds"_s, u"nonsense"_s);
    CHECK(KioskSettings::load(settings).idleWarningMs == 10'000);
}
