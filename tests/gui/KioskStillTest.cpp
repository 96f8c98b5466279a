// SPDX-License-Identifier: GPL-3.0-or-later
// A kiosk that holds still: no button moves when a message appears, grows or goes (a finger on its way to a button
// must find it where it was), on every screen that shows messages and in the PIN dialog, in both languages.
#include "KioskTest.h"
#include "db/AdminPin.h"
#include "db/BanStore.h"

#include <QAbstractButton>
#include <QHash>

using namespace besuk;
using namespace besuk::test;
using namespace Qt::StringLiterals;

namespace {

using Places = QHash<QAbstractButton *, QRect>;

// Every visible button under `root`, where it is on the screen once pending layouts are done.
Places places(QWidget *root) {
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    Places found;
    const auto buttons = root->findChildren<QAbstractButton *>();
    for (QAbstractButton *button : buttons)
        if (button->isVisible())
            found.insert(button, QRect(button->mapToGlobal(QPoint(0, 0)), button->size()));
    return found;
}

// Each button visible both times is where it was.
void checkStill(const Places &before, const Places &after, const QString &what) {
    INFO(what.toStdString());
    int compared = 0;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!after.contains(it.key()))
            continue;
        ++compared;
        INFO("button " << it.key()->objectName() << " \"" << it.key()->text() << "\"");
        CHECK(after.value(it.key()) == it.value());
    }
    CHECK(compared >= 2);
}

QLabel *visibleMessage(KioskFixture &kiosk, const QString &name) {
    auto *label = kiosk.find<QLabel>(name);
    CHECK(label->isVisible());
    CHECK_FALSE(label->text().isEmpty());
    return label;
}

} // namespace

TEST_CASE("No button moves when a message appears, grows or goes", "[kiosk][still]") {
    const QString language = GENERATE(u"id"_s, u"en"_s);
    KioskFixture kiosk;
    kiosk.settings.language = language;
    kiosk.settings.formIdleMs = 600'000;
    kiosk.open();
    QWidget *window = kiosk.window.get();

    // (Not yet the welcome screen: its message still moves the service buttons, see the report of issue #20.)
    Places before;

    // Whom you visit: the hint grows from one line to two, then goes.
    kiosk.toInmate();
    KioskFixture::type(u"A"_s);
    before = places(window);
    KioskFixture::type(u"qzx"_s);
    CHECK(kiosk.find<QListWidget>(u"resultsListWidget"_s)->count() == 0);
    checkStill(before, places(window), u"inmate: nobody found"_s);
    auto *search = kiosk.find<QLineEdit>(u"searchLineEdit"_s);
    search->clear();
    KioskFixture::type(u"Andi"_s);
    auto *results = kiosk.find<QListWidget>(u"resultsListWidget"_s);
    results->setCurrentRow(0);
    checkStill(before, places(window), u"inmate: chosen, no message"_s);
    QTest::mouseClick(results->viewport(), Qt::LeftButton, {}, results->visualItemRect(results->item(0)).center());
    REQUIRE(kiosk.screen() == u"adultsScreen"_s);

    // Adults: the NIK's hint, a refusal, two lines of "counted as a child", a missing name.
    before = places(window);
    KioskFixture::type(u"647"_s);
    checkStill(before, places(window), u"adults: digits counted"_s);
    KioskFixture::type(u"1059999999999"_s);
    visibleMessage(kiosk, u"statusLabel"_s);
    checkStill(before, places(window), u"adults: impossible NIK"_s);
    auto *nik = kiosk.find<QLineEdit>(u"nikLineEdit"_s);
    nik->clear();
    nik->setFocus();
    KioskFixture::type(BoyNik);
    nik->setFocus(); // the keypad, not the name's keyboard: the same buttons before and after
    visibleMessage(kiosk, u"statusLabel"_s);
    checkStill(before, places(window), u"adults: counted as a child"_s);
    kiosk.click(u"addPushButton"_s); // no name yet
    visibleMessage(kiosk, u"statusLabel"_s);
    nik->setFocus();
    checkStill(before, places(window), u"adults: name missing"_s);
    kiosk.click(u"nextPushButton"_s); // Next with the name missing: says so and stays
    REQUIRE(kiosk.screen() == u"adultsScreen"_s);
    visibleMessage(kiosk, u"statusLabel"_s);
    nik->setFocus();
    checkStill(before, places(window), u"adults: next, name missing"_s);
    nik->clear();
    kiosk.addAdult(BudiNik, u"Budi Santoso"_s);
    REQUIRE(kiosk.window->flow().adults().size() == 1);

    // Review: children past the group's limit.
    kiosk.click(u"nextPushButton"_s);
    REQUIRE(kiosk.screen() == u"reviewScreen"_s);
    before = places(window);
    for (int i = 0; i <= kiosk.window->flow().maxChildren(); ++i)
        kiosk.click(u"plusPushButton"_s);
    visibleMessage(kiosk, u"errorLabel"_s);
    checkStill(before, places(window), u"children: too many"_s);
    kiosk.click(u"minusPushButton"_s);
    checkStill(before, places(window), u"children: one fewer, message gone"_s);

    // Review: refused at the last moment (banned meanwhile).
    REQUIRE(BanStore(*kiosk.facility).add(BudiNik, u"test"_s, u"staff"_s).ok());
    kiosk.click(u"confirmPushButton"_s);
    REQUIRE(kiosk.screen() == u"reviewScreen"_s);
    visibleMessage(kiosk, u"errorLabel"_s);
    checkStill(before, places(window), u"review: refused"_s);

    // Booking code: not found.
    kiosk.window->resetToWelcome();
    kiosk.window->setLanguage(language);
    kiosk.click(u"bookedPushButton"_s);
    REQUIRE(kiosk.screen() == u"bookingCodeScreen"_s);
    kiosk.tapKeys(u"ZZZZ"_s); // fast keys here would be taken for a scanner
    before = places(window);
    kiosk.click(u"findPushButton"_s);
    REQUIRE(kiosk.screen() == u"bookingCodeScreen"_s);
    visibleMessage(kiosk, u"messageLabel"_s);
    checkStill(before, places(window), u"booking code: not found"_s);
}

TEST_CASE("The PIN keypad stays where it was after a wrong PIN", "[kiosk][still]") {
    const QString language = GENERATE(u"id"_s, u"en"_s);
    KioskFixture kiosk;
    kiosk.settings.language = language;
    REQUIRE(AdminPin(*kiosk.facility).set(u"2468"_s, u"staff"_s).ok());
    kiosk.open();
    kiosk.window->requestUnlock(AdminPinDialog::Purpose::Quit);
    auto *dialog = kiosk.window->findChild<AdminPinDialog *>();
    REQUIRE(dialog != nullptr);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    const Places before = places(dialog);
    for (const QChar digit : u"1111"_s)
        kiosk.click(u"digit%1PushButton"_s.arg(digit));
    kiosk.click(u"okPushButton"_s);
    REQUIRE(dialog->isVisible());
    visibleMessage(kiosk, u"messageLabel"_s);
    checkStill(before, places(dialog), u"PIN: wrong"_s);
    CHECK(before.size() >= 14); // the keypad's twelve keys and the dialog's two buttons
    kiosk.click(u"digit2PushButton"_s);
    checkStill(before, places(dialog), u"PIN: typing again, message gone"_s);
}
