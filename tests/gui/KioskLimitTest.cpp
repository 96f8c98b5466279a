// SPDX-License-Identifier: GPL-3.0-or-later
// No silent truncation: a field stops at its limit and says so under it; a paste that would not fit is refused
// whole (never cut) and says so; the same for the on-screen keyboard. Names (100), the inmate search (60) and the
// booking code (12), through real key events.
#include "KioskTest.h"
#include "db/Validation.h"

#include <QClipboard>

using namespace besuk;
using namespace besuk::test;
using namespace Qt::StringLiterals;

namespace {

QString lettersOf(int length) {
    QString text;
    while (text.size() < length)
        text += u"Siti Nurhaliza "_s;
    return text.left(length - 1) + u'a'; // no trailing space
}

void paste(QLineEdit *field, const QString &text) {
    QGuiApplication::clipboard()->setText(text);
    QTest::keyClick(field, Qt::Key_V, Qt::ControlModifier);
}

} // namespace

TEST_CASE("A name stops at 100 characters and says so, and a paste that would not fit is refused whole",
          "[kiosk][limit]") {
    const QString language = GENERATE(u"id"_s, u"en"_s);
    KioskFixture kiosk;
    kiosk.settings.language = language;
    kiosk.settings.formIdleMs = 600'000;
    kiosk.open();
    kiosk.toAdults();
    auto *name = kiosk.find<QLineEdit>(u"nameLineEdit"_s);
    auto *limit = kiosk.find<QWidget>(u"adultsScreen"_s)->findChild<QLabel *>(u"statusLabel"_s);
    REQUIRE(limit != nullptr);
    name->setFocus();
    const QString full = lettersOf(Validation::MaxNameLength);

    // Typed to the limit: taken, no message.
    QTest::keyClicks(name, full);
    CHECK(name->text() == full);
    CHECK_FALSE(limit->isVisible());
    // One more key: refused, and said.
    QTest::keyClicks(name, u"h"_s);
    CHECK(name->text() == full);
    CHECK(limit->isVisible());
    CHECK(limit->text() == (language == u"id" ? u"Kolom ini sudah penuh: paling banyak 100 karakter."_s
                                              : u"This field is full: at most 100 characters."_s));
    // On the on-screen keyboard too.
    kiosk.click(u"keyBPushButton"_s);
    CHECK(name->text() == full);
    CHECK(limit->isVisible());
    // Deleting a character takes the message away.
    QTest::keyClick(name, Qt::Key_Backspace);
    CHECK(name->text() == full.left(full.size() - 1));
    CHECK_FALSE(limit->isVisible());

    // A paste that would overflow: nothing of it goes in.
    name->clear();
    QTest::keyClicks(name, u"Budi "_s);
    paste(name, lettersOf(200));
    CHECK(name->text() == u"Budi "_s);
    CHECK(limit->isVisible());
    CHECK(limit->text().contains(u"100"_s));
    CHECK(limit->text() != (language == u"id" ? u"Kolom ini sudah penuh: paling banyak 100 karakter."_s
                                              : u"This field is full: at most 100 characters."_s));
    shoot(kiosk.window.get(), u"limit-name-paste"_s, language);
    // The message follows the language.
    kiosk.window->setLanguage(language == u"id" ? u"en"_s : u"id"_s);
    CHECK(limit->text().startsWith(language == u"id" ? u"Too long to paste"_s : u"Terlalu panjang"_s));
    kiosk.window->setLanguage(language);
    // A paste that fits, replacing a selection, goes in whole.
    name->selectAll();
    paste(name, full);
    CHECK(name->text() == full);
    CHECK_FALSE(limit->isVisible());

    // And the visitor goes on with a 100-character name.
    auto *nik = kiosk.find<QLineEdit>(u"nikLineEdit"_s);
    nik->setFocus();
    QTest::keyClicks(nik, BudiNik);
    kiosk.click(u"addPushButton"_s);
    REQUIRE(kiosk.window->flow().adults().size() == 1);
    CHECK(kiosk.window->flow().adults().first().name == full);
}

TEST_CASE("The inmate search stops at 60 characters and the booking code at 12, and say so", "[kiosk][limit]") {
    KioskFixture kiosk;
    kiosk.settings.formIdleMs = 600'000;
    kiosk.open();
    kiosk.toInmate();
    auto *search = kiosk.find<QLineEdit>(u"searchLineEdit"_s);
    auto *searchLimit = kiosk.find<QWidget>(u"inmateScreen"_s)->findChild<QLabel *>(u"messageLabel"_s);
    REQUIRE(searchLimit != nullptr);
    const QString sixty = lettersOf(60);
    QTest::keyClicks(search, sixty + u"xyz"_s);
    CHECK(search->text() == sixty);
    CHECK(searchLimit->isVisible());
    CHECK(searchLimit->text() == u"Kolom ini sudah penuh: paling banyak 60 karakter."_s);
    kiosk.click(u"keyAPushButton"_s); // the on-screen keyboard
    CHECK(search->text() == sixty);
    search->clear();
    CHECK_FALSE(searchLimit->text().contains(u"60"_s)); // the search's own hint again
    paste(search, lettersOf(61));
    CHECK(search->text().isEmpty());
    CHECK(searchLimit->text().contains(u"60"_s));

    kiosk.window->resetToWelcome();
    kiosk.click(u"bookedPushButton"_s);
    REQUIRE(kiosk.screen() == u"bookingCodeScreen"_s);
    auto *code = kiosk.find<QLineEdit>(u"codeLineEdit"_s);
    auto *codeLimit = kiosk.find<QWidget>(u"bookingCodeScreen"_s)->findChild<QLabel *>(u"messageLabel"_s);
    REQUIRE(codeLimit != nullptr);
    kiosk.tapKeys(u"ABCD2345EFGH"_s); // fast keys here would be taken for a scanner
    CHECK(code->text() == u"ABCD2345EFGH"_s);
    CHECK_FALSE(codeLimit->isVisible());
    kiosk.tapKeys(u"K"_s);
    CHECK(code->text() == u"ABCD2345EFGH"_s);
    CHECK(codeLimit->isVisible());
    CHECK(codeLimit->text() == u"Kolom ini sudah penuh: paling banyak 12 karakter."_s);
}
