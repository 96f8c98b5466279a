// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the kiosk's GUI tests: a real facility on a temporary database, the demo roster, a clock standing at
// Saturday 27 December 2025 09:00 WITA, and a KioskWindow driven with QTest.

#include "FacilityFixture.h"
#include "GuiWait.h"
#include "db/InmateStore.h"
#include "ui/common/KioskSettings.h"
#include "ui/kiosk/KioskFlow.h"
#include "ui/kiosk/KioskWindow.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

#include <catch2/catch.hpp>

#include <functional>
#include <memory>
#include <ostream>

inline std::ostream &operator<<(std::ostream &os, const QString &text) {
    return os << text.toStdString();
}

namespace besuk::test {

// Budi Santoso, man, born 5 January 1990; Siti Aminah, woman, born 12 August 2001; a boy born 15 May 2015.
inline const QString BudiNik = QStringLiteral("6471050501900003");
inline const QString SitiNik = QStringLiteral("6471055208010002");
inline const QString BoyNik = QStringLiteral("6471051505150004");
inline const QString AgusNik = QStringLiteral("6471050202850005");
inline const QString DewiNik = QStringLiteral("6471054303870006");

// Saves what `widget` shows as BESUK_SCREENSHOT_DIR/kiosk-<screen>-<language>.png, for people to look at.
inline void shoot(QWidget *widget, const QString &screen, const QString &language) {
    QDir().mkpath(QStringLiteral(BESUK_SCREENSHOT_DIR));
    const QString path = QStringLiteral(BESUK_SCREENSHOT_DIR "/kiosk-%1-%2.png").arg(screen, language);
    QCoreApplication::processEvents(); // pending layout and style changes
    INFO(path.toStdString());
    CHECK(widget->grab().save(path));
}

class KioskFixture : public FacilityFixture {
public:
    KioskFixture() {
        REQUIRE(importDemoRoster() == 8);
        settings.printer.kind = PrinterChoice::Kind::Pdf;
        settings.pdfFolder = db.filePath(QStringLiteral("tickets"));
        settings.station = QStringLiteral("kiosk-test");
    }

    ~KioskFixture() { window.reset(); }

    // Makes and shows the window with the current settings, active so that keys reach the focused widget.
    KioskWindow &open() {
        window = std::make_unique<KioskWindow>(*facility, settings);
        window->resize(1280, 800);
        window->show();
        QApplication::setActiveWindow(window.get());
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
        return *window;
    }

    // The widget of this name on the screen showing (several screens have a titleLabel or a nextPushButton).
    template <typename T> T *find(const QString &name) const {
        const auto all = window->findChildren<T *>(name);
        T *widget = all.isEmpty() ? nullptr : all.first();
        for (T *candidate : all)
            if (candidate->isVisible())
                widget = candidate;
        INFO("widget " << name.toStdString());
        REQUIRE(widget != nullptr);
        return widget;
    }
    QString screen() const { return window->currentScreen()->objectName(); }
    QString text(const QString &labelName) const { return find<QLabel>(labelName)->text(); }

    // Keyboard alone: everything goes to whichever widget has the focus.
    static QWidget *focused() {
        QWidget *widget = QApplication::focusWidget();
        REQUIRE(widget != nullptr);
        return widget;
    }
    static void type(const QString &text) { QTest::keyClicks(focused(), text); }
    static void press(Qt::Key key) { QTest::keyClick(focused(), key); }

    // Mouse alone.
    void click(const QString &buttonName) const {
        QPushButton *button = nullptr;
        const auto buttons = window->findChildren<QPushButton *>(buttonName);
        for (QPushButton *candidate : buttons)
            if (candidate->isVisible())
                button = candidate;
        INFO("button " << buttonName.toStdString());
        REQUIRE(button != nullptr);
        REQUIRE(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    }
    // Types with the on-screen keypad or keyboard that is showing.
    void tapKeys(const QString &text) const {
        for (const QChar character : text) {
            if (character == u' ')
                click(QStringLiteral("spacePushButton"));
            else if (character.isDigit() && window->currentScreen()->objectName() == u"adultsScreen")
                click(QStringLiteral("digit%1PushButton").arg(character));
            else
                click(QStringLiteral("key%1PushButton").arg(character.toUpper()));
        }
    }

    // Through the screens quickly (by keyboard), for tests about what comes after.
    void toInmate(Service service = Service::Visit) {
        REQUIRE(screen() == u"welcomeScreen");
        click(service == Service::Visit ? QStringLiteral("visitPushButton") : QStringLiteral("depositPushButton"));
        REQUIRE(screen() == u"inmateScreen");
    }
    void toAdults(const QString &search = QStringLiteral("Andi")) {
        toInmate();
        type(search);
        press(Qt::Key_Return);
        press(Qt::Key_Return);
        REQUIRE(screen() == u"adultsScreen");
    }
    void addAdult(const QString &nik, const QString &name) {
        find<QLineEdit>(QStringLiteral("nikLineEdit"))->setFocus();
        type(nik);
        press(Qt::Key_Tab);
        type(name);
        press(Qt::Key_Return);
    }
    void toReview(int children = 0) {
        toAdults();
        addAdult(BudiNik, QStringLiteral("Budi Santoso"));
        addAdult(SitiNik, QStringLiteral("Siti Aminah"));
        click(QStringLiteral("nextPushButton"));
        REQUIRE(screen() == u"reviewScreen");
        for (int i = 0; i < children; ++i)
            click(QStringLiteral("plusPushButton"));
    }

    QStringList visits() const {
        return db.rows(QStringLiteral("SELECT queue_number, men, women, children FROM visits"));
    }

    KioskSettings settings;
    std::unique_ptr<KioskWindow> window;
};

} // namespace besuk::test
