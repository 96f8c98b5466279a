// SPDX-License-Identifier: GPL-3.0-or-later
// A visitor at the full-screen kiosk cannot leave it: the keys and gestures that close or leave a window either do
// nothing or ask for the admin PIN; the PIN locks after five wrong tries; and the idle wipe also empties the
// clipboard and closes any dialog left open.
#include "KioskTest.h"
#include "db/AdminPin.h"

#include <QClipboard>
#include <QMessageBox>
#include <QStyleHints>

using namespace besuk;
using namespace besuk::test;
using namespace Qt::StringLiterals;

namespace {

QList<QDialog *> visibleDialogs(QWidget *window) {
    QList<QDialog *> visible;
    for (QDialog *dialog : window->findChildren<QDialog *>())
        if (dialog->isVisible())
            visible.append(dialog);
    return visible;
}

// The kiosk as a visitor meets it: full screen, with an admin PIN set.
KioskWindow &openFullScreen(KioskFixture &kiosk) {
    REQUIRE(AdminPin(*kiosk.facility).set(u"2468"_s, u"staff"_s).ok());
    kiosk.window = std::make_unique<KioskWindow>(*kiosk.facility, kiosk.settings);
    kiosk.window->showFullScreen();
    QApplication::setActiveWindow(kiosk.window.get());
    REQUIRE(QTest::qWaitForWindowActive(kiosk.window.get()));
    REQUIRE(kiosk.window->isFullScreen());
    return *kiosk.window;
}

// Still there, still full screen; a PIN dialog asking to close the kiosk is cancelled if one came up.
void stillLocked(KioskFixture &kiosk, bool pinAsked, const char *what) {
    INFO(what);
    CHECK(kiosk.window->isVisible());
    CHECK(kiosk.window->isFullScreen());
    const auto dialogs = visibleDialogs(kiosk.window.get());
    CHECK(dialogs.size() == (pinAsked ? 1 : 0));
    if (!dialogs.isEmpty()) {
        CHECK(dialogs.first()->objectName() == u"adminPinDialog"_s);
        CHECK(kiosk.text(u"promptLabel"_s) == u"Masukkan PIN admin untuk menutup kios."_s);
        kiosk.click(u"cancelPushButton"_s);
        CHECK(visibleDialogs(kiosk.window.get()).isEmpty());
    }
    // Offscreen there is no window manager to give the activation back when a dialog closes: ask the platform for
    // it (QApplication::setActiveWindow alone leaves no focus window, and the next click deactivates the kiosk).
    kiosk.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(kiosk.window.get()));
}

// A finger resting on `widget` for twice the platform's press-and-hold interval (what Qt itself counts as a long
// press), then lifted.
void longPress(QWidget *widget) {
    const QPoint centre = widget->rect().center();
    QTest::mousePress(widget, Qt::LeftButton, Qt::NoModifier, centre);
    processEventsUntil(QDeadlineTimer(2 * QGuiApplication::styleHints()->mousePressAndHoldInterval()));
    QTest::mouseRelease(widget, Qt::LeftButton, Qt::NoModifier, centre);
}

} // namespace

TEST_CASE("Keys, the close event and long presses do not take a visitor out of the full-screen kiosk",
          "[kiosk][escape]") {
    KioskFixture kiosk;
    KioskWindow &window = openFullScreen(kiosk);
    QWidget *target = kiosk.window.get();

    QTest::keyClick(target, Qt::Key_F4, Qt::AltModifier); // a window manager's close: nothing in the kiosk
    stillLocked(kiosk, false, "Alt+F4");
    QTest::keyClick(target, Qt::Key_W, Qt::ControlModifier);
    stillLocked(kiosk, false, "Ctrl+W");
    QTest::keyClick(target, Qt::Key_Q, Qt::ControlModifier);
    stillLocked(kiosk, true, "Ctrl+Q");
    QTest::keyClick(target, Qt::Key_Escape);
    stillLocked(kiosk, true, "Escape");
    QTest::keyClick(target, Qt::Key_F11);
    {
        INFO("F11");
        REQUIRE(visibleDialogs(target).size() == 1);
        CHECK(kiosk.text(u"promptLabel"_s) == u"Masukkan PIN admin untuk keluar dari layar penuh."_s);
        kiosk.click(u"cancelPushButton"_s);
    }
    stillLocked(kiosk, false, "F11 cancelled");
    CHECK_FALSE(window.close()); // the window system's close event (the title bar's X, Alt+F4 under a WM)
    stillLocked(kiosk, true, "close event");
    QCloseEvent closeEvent;
    QApplication::sendEvent(target, &closeEvent);
    CHECK_FALSE(closeEvent.isAccepted());
    stillLocked(kiosk, true, "QCloseEvent sent directly");

    longPress(window.currentScreen());
    stillLocked(kiosk, false, "long press on the welcome screen");
    CHECK(kiosk.screen() == u"welcomeScreen"_s);
    longPress(kiosk.find<QLabel>(u"facilityLabel"_s));
    stillLocked(kiosk, false, "long press on the facility name");

    // Staff leave with the PIN.
    QTest::keyClick(target, Qt::Key_Q, Qt::ControlModifier);
    REQUIRE(visibleDialogs(target).size() == 1);
    for (const QChar digit : u"2468"_s)
        kiosk.click(u"digit%1PushButton"_s.arg(digit));
    QTest::keyClick(kiosk.find<QLineEdit>(u"pinLineEdit"_s), Qt::Key_Return);
    CHECK_FALSE(window.isVisible());
}

TEST_CASE("Five wrong admin PINs in the dialog lock it, and the kiosk stays", "[kiosk][escape]") {
    KioskFixture kiosk;
    KioskWindow &window = openFullScreen(kiosk);
    QTest::keyClick(kiosk.window.get(), Qt::Key_Escape);
    REQUIRE(visibleDialogs(kiosk.window.get()).size() == 1);
    auto *pin = kiosk.find<QLineEdit>(u"pinLineEdit"_s);
    for (int attempt = 1; attempt <= AdminPin::MaxFailures; ++attempt) {
        QTest::keyClicks(pin, u"1357"_s);
        QTest::keyClick(pin, Qt::Key_Return);
        CHECK(kiosk.text(u"messageLabel"_s) == u"PIN salah. Silakan coba lagi."_s);
    }
    // Locked: even the right PIN is refused, with the time it opens again (the clock stands at 09:00 WITA).
    QTest::keyClicks(pin, u"2468"_s);
    QTest::keyClick(pin, Qt::Key_Return);
    CHECK(kiosk.text(u"messageLabel"_s) == u"Terlalu banyak PIN yang salah. Coba lagi setelah 09:05."_s);
    CHECK(pin->text().isEmpty());
    CHECK(window.isVisible());
    CHECK(window.isFullScreen());
    kiosk.click(u"cancelPushButton"_s);

    kiosk.clock.advanceSeconds(AdminPin::LockoutSeconds);
    QApplication::setActiveWindow(kiosk.window.get());
    REQUIRE(QTest::qWaitForWindowActive(kiosk.window.get()));
    QTest::keyClick(kiosk.window.get(), Qt::Key_Escape);
    pin = kiosk.find<QLineEdit>(u"pinLineEdit"_s);
    QTest::keyClicks(pin, u"2468"_s);
    QTest::keyClick(pin, Qt::Key_Return);
    CHECK_FALSE(window.isVisible());
    CHECK(kiosk.db.rows(u"SELECT COUNT(*) FROM audit_log WHERE action = 'kiosk.pin.wrong'"_s) == QStringList{u"5"_s});
}

TEST_CASE("The idle wipe empties the clipboard and closes any dialog left open", "[kiosk][escape]") {
    KioskFixture kiosk;
    kiosk.settings.formIdleMs = 500;
    KioskWindow &window = openFullScreen(kiosk);
    kiosk.toAdults();
    QClipboard *clipboard = QGuiApplication::clipboard();
    clipboard->setText(BudiNik);
    REQUIRE(clipboard->text() == BudiNik);

    // (Not the admin PIN dialog: staff are at the kiosk, and the wipe waits until it closes: KioskStillHereTest.cpp.)
    SECTION("a message box") {
        auto *box = new QMessageBox(QMessageBox::Warning, u"Besuk"_s, u"Printer error"_s, QMessageBox::Ok, &window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    REQUIRE(visibleDialogs(&window).size() == 1);
    REQUIRE(waitUntil([&] { return kiosk.screen() == u"welcomeScreen"_s; }));
    CHECK(visibleDialogs(&window).isEmpty());
    CHECK(clipboard->text().isEmpty());
    CHECK(window.isFullScreen());
    // The next visitor cannot paste it either.
    QApplication::setActiveWindow(&window); // offscreen, nothing gives the activation back when a dialog closes
    kiosk.toAdults();
    QTest::keyClick(kiosk.find<QLineEdit>(u"nikLineEdit"_s), Qt::Key_V, Qt::ControlModifier);
    CHECK(kiosk.find<QLineEdit>(u"nikLineEdit"_s)->text().isEmpty());
}
