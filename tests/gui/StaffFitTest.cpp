// SPDX-License-Identifier: GPL-3.0-or-later
// The staff console on the office screens, 1280x720 and 1366x768, in Indonesian and English: every screen (the first
// administrator's with its error, the sign-in without an administrator, the sign-in with its error, every page an
// admin opens) shows each label and button whole and nothing outside the window, and the window's minimum size fits
// the screen. Screenshots: staff-fit-<screen>-<width>-<language>.png.
#include "LayoutChecks.h"
#include "StaffTestSupport.h"
#include "ui/staff/FirstAdminScreen.h"

using namespace besuk;
using namespace besuk::test;
using namespace Qt::StringLiterals;

namespace {

// Fits the window to `screen` and lists what is cut on what it shows now.
QStringList cutOnScreen(StaffWindow &window, QSize screen) {
    QCoreApplication::processEvents(); // pending layouts
    QStringList cut;
    const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
    if (minimum.width() > screen.width() || minimum.height() > screen.height())
        cut.append(u"the window needs at least %1x%2"_s.arg(minimum.width()).arg(minimum.height()));
    window.resize(screen);
    QCoreApplication::processEvents();
    if (window.size() != screen)
        cut.append(u"the window is %1x%2"_s.arg(window.width()).arg(window.height()));
    return cut + clippedLabels(&window) + clippedButtons(&window) + clippedHeaders(&window) + widgetsOutside(&window);
}

void typeFirstAdmin(StaffFixture &f, const QString &pin, const QString &again) {
    f.find<QLineEdit>(u"loginLineEdit"_s)->setText(u"kepala"_s);
    f.find<QLineEdit>(u"nameLineEdit"_s)->setText(u"Kepala Rutan"_s);
    f.find<QLineEdit>(u"pinLineEdit"_s)->setText(pin);
    f.find<QLineEdit>(u"againLineEdit"_s)->setText(again);
    QTest::mouseClick(f.find<QPushButton>(u"createPushButton"_s), Qt::LeftButton);
}

} // namespace

TEST_CASE("Every staff screen fits 1280x720 and 1366x768 whole, in either language", "[gui][staff][layout][fit]") {
    const QString language = GENERATE(u"id"_s, u"en"_s);
    const QSize screen = GENERATE(QSize(1280, 720), QSize(1366, 768));
    const QString size = QString::number(screen.width());
    INFO(language << " at " << screen.width() << "x" << screen.height());
    StaffFixture f(false);
    StaffWindow &window = f.open(language);
    const auto check = [&](const QString &name) {
        INFO("screen " << name);
        CHECK(cutOnScreen(window, screen) == QStringList());
        f.shoot(u"fit-%1-%2"_s.arg(name, size));
    };

    // A fresh facility: the first administrator, with the PINs typed differently.
    REQUIRE(window.firstAdminScreen()->isVisible());
    typeFirstAdmin(f, u"2468"_s, u"2469"_s);
    REQUIRE(f.find<QLabel>(u"messageLabel"_s)->isVisible());
    check(u"first-admin"_s);

    // A guard but no administrator: the sign-in offers to make one.
    f.createAccount(GuardLogin, u"Joko Susilo"_s, Role::Guard, Pin);
    window.signOut();
    REQUIRE(f.find<QPushButton>(u"alternativePushButton"_s)->isVisible());
    check(u"signin-no-admin"_s);
    QTest::mouseClick(f.find<QPushButton>(u"alternativePushButton"_s), Qt::LeftButton);
    typeFirstAdmin(f, u"2468"_s, u"2469"_s);
    check(u"first-admin-back"_s);

    // The sign-in's error.
    f.createAccount(AdminLogin, u"Kepala Rutan"_s, Role::Admin, Pin);
    window.signOut();
    f.signIn(AdminLogin, u"9999"_s);
    REQUIRE(f.find<QLabel>(u"messageLabel"_s)->isVisible());
    check(u"signin-error"_s);

    f.signIn(AdminLogin);
    REQUIRE(window.user().has_value());
    for (StaffPage *page : window.pages()) {
        REQUIRE(window.openPage(page));
        check(QString::fromLatin1(page->metaObject()->className()).remove(u"besuk::"_s));
    }
}
