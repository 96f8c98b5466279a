// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the gate's GUI tests: a real facility on a temporary database with the demo roster, a guard account,
// a clock standing at Saturday 27 December 2025 09:00 WITA, and a GateWindow driven with QTest.

#include "DeviceTestSupport.h"
#include "FacilityFixture.h"
#include "GuiWait.h"
#include "db/InmateStore.h"
#include "db/RegistrationService.h"
#include "db/UserStore.h"
#include "ui/common/SignInScreen.h"
#include "ui/gate/GateWindow.h"
#include "ui/gate/ScanScreen.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

#include <functional>
#include <memory>

namespace besuk::test {

inline const QString GuardLogin = QStringLiteral("joko");
inline const QString GuardPin = QStringLiteral("2468");
inline const QString GuardName = QStringLiteral("Joko Susilo");
inline const QString BudiNik = QStringLiteral("6471050501900003"); // man, 5 January 1990
inline const QString SitiNik = QStringLiteral("6471055208010002"); // woman, 12 August 2001
inline const QString AgusNik = QStringLiteral("6471050202850005"); // man, 2 February 1985
inline const QString DewiNik = QStringLiteral("6471054303870006"); // woman, 3 March 1987

class GateFixture : public FacilityFixture {
public:
    GateFixture() {
        ensureRuntimeDir();
        importDemoRoster();
        allowUnlimitedVisits();
        createAccount(GuardLogin, GuardName, Role::Guard, GuardPin);
        settings.sounds = false; // the cue still goes with every verdict (verdictShown)
        settings.language = QStringLiteral("en");
    }

    ~GateFixture() { window.reset(); }

    // A group registered at the kiosk: Budi (and Siti when `pair`) visiting `inmate`.
    IssuedTicket registerGroup(const QString &inmate = QStringLiteral("B.I-001/2025"), bool pair = true,
                               int children = 1) {
        QList<AdultEntry> adults{{BudiNik, QStringLiteral("Budi Santoso")}};
        if (pair)
            adults.append({SitiNik, QStringLiteral("Siti Aminah")});
        auto ticket = RegistrationService(*facility).registerGroup(
            RegistrationRequest{inmate, adults, children, Service::Visit, QStringLiteral("kiosk-test")});
        REQUIRE(ticket.ok());
        return std::move(ticket).value();
    }

    GateWindow &open() {
        window = std::make_unique<GateWindow>(*facility, settings);
        window->resize(1280, 800);
        window->show();
        QApplication::setActiveWindow(window.get());
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
        return *window;
    }

    // Signs in with the keyboard, as a guard does at the start of a shift.
    void signIn(const QString &pin = GuardPin) {
        QTest::keyClicks(focused(), GuardLogin);
        QTest::keyClick(focused(), Qt::Key_Return);
        QTest::keyClicks(focused(), pin);
        QTest::keyClick(focused(), Qt::Key_Return);
    }

    // Keys the scanner still holds (a burst it has not recognised) go where its flush timer would send them, and
    // what they cause is handled: nothing more can come of the last burst.
    void settleScanner() {
        window->scanner().flush();
        QCoreApplication::processEvents();
    }

    static QWidget *focused() {
        QWidget *widget = QApplication::focusWidget();
        REQUIRE(widget != nullptr);
        return widget;
    }
    static void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QTest::keyClick(focused(), key, modifiers);
    }
    static void type(const QString &text) { QTest::keyClicks(focused(), text); }
    // A USB scanner: the whole text within a few milliseconds, then Enter, into whatever has the focus.
    static void scanBurst(const QString &text) {
        QTest::keyClicks(focused(), text);
        QTest::keyClick(focused(), Qt::Key_Return);
    }

    template <typename T> T *find(const QString &name) const {
        T *widget = nullptr;
        for (T *candidate : window->findChildren<T *>(name))
            if (!widget || candidate->isVisible())
                widget = candidate;
        INFO("widget " << name.toStdString());
        REQUIRE(widget != nullptr);
        return widget;
    }
    // Whether `screen` is the one showing.
    bool on(const QWidget *screen) const { return window->currentScreen() == screen; }
    QString text(const QString &labelName) const { return find<QLabel>(labelName)->text(); }
    QString tone() const { return find<QFrame>(QStringLiteral("bannerFrame"))->property("tone").toString(); }

    // Saves what the window shows as BESUK_SCREENSHOT_DIR/gate-<name>-<language>.png, for people to look at.
    void shoot(const QString &name) const {
        QDir().mkpath(QStringLiteral(BESUK_SCREENSHOT_DIR));
        const QString path =
            QStringLiteral(BESUK_SCREENSHOT_DIR "/gate-%1-%2.png").arg(name, window->language().current());
        QCoreApplication::processEvents(); // pending layout and style changes
        INFO(path.toStdString());
        CHECK(window->grab().save(path));
    }

    GateSettings settings;
    std::unique_ptr<GateWindow> window;
};

} // namespace besuk::test
