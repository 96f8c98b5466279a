// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk wipes itself when left alone, and cannot be left without the admin PIN.
#include "KioskTest.h"
#include "db/AdminPin.h"

#include <QCloseEvent>

using namespace besuk;
using namespace besuk::test;
using namespace Qt::StringLiterals;

namespace {

bool anyDialogVisible(QWidget *window) {
    const auto dialogs = window->findChildren<QDialog *>();
    return std::any_of(dialogs.begin(), dialogs.end(), [](QDialog *dialog) { return dialog->isVisible(); });
}

} // namespace

TEST_CASE("Idle time on a form returns to the welcome screen with everything wiped", "[kiosk]") {
    KioskFixture kiosk;
    kiosk.settings.formIdleMs = 400;
    kiosk.open();
    kiosk.toAdults(u"an"_s);
    CHECK(kiosk.window->flow().inmate().has_value());
    kiosk.addAdult(BudiNik, u"Budi Santoso"_s);
    KioskFixture::type(u"6471"_s);
    KioskFixture::press(Qt::Key_Tab);
    KioskFixture::type(u"Sit"_s);
    kiosk.click(u"englishPushButton"_s);
    // (An open PIN dialog holds the wipe back until it closes: KioskStillHereTest.cpp.)

    REQUIRE(waitUntil([&] { return kiosk.screen() == u"welcomeScreen"; }));
    CHECK_FALSE(anyDialogVisible(kiosk.window.get()));
    CHECK(kiosk.window->language() == u"id"_s);
    CHECK(kiosk.text(u"titleLabel"_s) == u"Selamat datang"_s);
    const KioskFlow &flow = kiosk.window->flow();
    CHECK_FALSE(flow.inmate().has_value());
    CHECK(flow.adults().isEmpty());
    CHECK(flow.children() == 0);
    CHECK_FALSE(flow.ticket().has_value());
    for (QLineEdit *field : kiosk.window->findChildren<QLineEdit *>())
        CHECK(field->text().isEmpty());
    CHECK(kiosk.find<QListWidget>(u"resultsListWidget"_s)->count() == 0);
    CHECK(kiosk.window->findChild<QLabel *>(u"adult1Label"_s) == nullptr);
    CHECK(kiosk.db.rows(u"SELECT COUNT(*) FROM visits"_s) == QStringList{u"0"_s});
}

TEST_CASE("Activity keeps a form open past the idle time", "[kiosk]") {
    KioskFixture kiosk;
    constexpr int IdleMs = 1000;
    kiosk.settings.formIdleMs = IdleMs;
    kiosk.open();
    kiosk.toInmate();
    // Each key comes once a third of the idle time has run out, and starts it again; four of them outlast it.
    for (int i = 0; i < 4; ++i) {
        REQUIRE(waitUntil([&] { return kiosk.window->idleRemainingMs() < IdleMs * 2 / 3; }));
        REQUIRE(kiosk.screen() == u"inmateScreen");
        KioskFixture::type(u"a"_s);
        CHECK(kiosk.window->idleRemainingMs() > IdleMs * 2 / 3);
    }
    CHECK(kiosk.screen() == u"inmateScreen");
    CHECK(kiosk.find<QLineEdit>(u"searchLineEdit"_s)->text() == u"aaaa"_s);
}

TEST_CASE("The ticket screen counts down and returns to the welcome screen", "[kiosk]") {
    KioskFixture kiosk;
    kiosk.settings.ticketIdleMs = 1500;
    kiosk.open();
    kiosk.toReview();
    kiosk.click(u"confirmPushButton"_s);
    REQUIRE(kiosk.screen() == u"ticketScreen");
    REQUIRE(waitUntil([&] { return kiosk.text(u"countdownLabel"_s).contains(u"detik"_s); }));
    const QString countdown = kiosk.text(u"countdownLabel"_s);
    CHECK((countdown.contains(u"2 detik"_s) || countdown.contains(u"1 detik"_s)));
    REQUIRE(waitUntil([&] { return kiosk.screen() == u"welcomeScreen"; }));
    CHECK(kiosk.text(u"queueLabel"_s).isEmpty());
    CHECK(kiosk.visits() == QStringList{u"1|1|1|0"_s});
}

TEST_CASE("Closing the kiosk needs the admin PIN", "[kiosk]") {
    KioskFixture kiosk;
    REQUIRE(AdminPin(*kiosk.facility).set(u"2468"_s, u"staff"_s).ok());
    kiosk.open();

    kiosk.window->close();
    CHECK(kiosk.window->isVisible());
    REQUIRE(anyDialogVisible(kiosk.window.get()));
    auto *pin = kiosk.find<QLineEdit>(u"pinLineEdit"_s);
    QTest::keyClicks(pin, u"1111"_s);
    QTest::keyClick(pin, Qt::Key_Return);
    CHECK(kiosk.text(u"messageLabel"_s) == u"PIN salah. Silakan coba lagi."_s);
    CHECK(kiosk.window->isVisible());
    kiosk.click(u"cancelPushButton"_s); // the dialog is a child of the window
    CHECK_FALSE(anyDialogVisible(kiosk.window.get()));

    QApplication::setActiveWindow(kiosk.window.get());
    REQUIRE(QTest::qWaitForWindowActive(kiosk.window.get()));
    QTest::keyClick(kiosk.window.get(), Qt::Key_Q, Qt::ControlModifier);
    REQUIRE(anyDialogVisible(kiosk.window.get()));
    pin = kiosk.find<QLineEdit>(u"pinLineEdit"_s);
    for (const QChar digit : u"2468"_s)
        kiosk.click(u"digit%1PushButton"_s.arg(digit));
    CHECK(pin->text() == u"2468"_s);
    QTest::keyClick(pin, Qt::Key_Return);
    CHECK_FALSE(kiosk.window->isVisible());
    CHECK(kiosk.db.rows(u"SELECT action, subject FROM audit_log WHERE action = 'kiosk.unlock'"_s) ==
          QStringList{u"kiosk.unlock|quit"_s});
}

TEST_CASE("Without an admin PIN the kiosk says so and lets staff out", "[kiosk]") {
    KioskFixture kiosk;
    kiosk.open();
    QTest::keyClick(kiosk.window.get(), Qt::Key_Escape);
    REQUIRE(anyDialogVisible(kiosk.window.get()));
    CHECK(kiosk.text(u"promptLabel"_s).contains(u"besuk-cli admin-pin set"_s));
    CHECK_FALSE(kiosk.find<QLineEdit>(u"pinLineEdit"_s)->isVisible());
    kiosk.click(u"okPushButton"_s);
    CHECK_FALSE(kiosk.window->isVisible());
}
