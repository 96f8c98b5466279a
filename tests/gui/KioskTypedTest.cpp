// SPDX-License-Identifier: GPL-3.0-or-later
// The typed journey with fewer taps (issue #20): a tap on the inmate's name goes on, "Next" adds the person typed,
// the children are counted on the review screen, and the NIK keypad's region keys type a NIK's first digits.
#include "KioskTest.h"
#include "TouchCounter.h"

using namespace besuk;
using namespace besuk::test;
using namespace Qt::StringLiterals;

namespace {

void tapRow(QListWidget *list, const QString &startsWith) {
    for (int row = 0; row < list->count(); ++row)
        if (list->item(row)->text().startsWith(startsWith)) {
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(row)).center());
            return;
        }
    FAIL("no list item " << startsWith.toStdString());
}

// The prefix key of this name, or nullptr when the keypad has none (or it is hidden).
QPushButton *visibleKey(KioskFixture &kiosk, const QString &name) {
    for (QPushButton *key : kiosk.window->findChildren<QPushButton *>(name))
        if (key->isVisible())
            return key;
    return nullptr;
}

} // namespace

TEST_CASE("A tap on an allowed inmate's name goes on to the adults", "[kiosk][typed]") {
    KioskFixture kiosk;
    kiosk.open();
    kiosk.toInmate();
    kiosk.tapKeys(u"ANDI"_s);
    tapRow(kiosk.find<QListWidget>(u"resultsListWidget"_s), u"Andi Wijaya"_s);
    REQUIRE(kiosk.screen() == u"adultsScreen");
    REQUIRE(kiosk.window->flow().inmate().has_value());
    CHECK(kiosk.window->flow().inmate()->name == u"Andi Wijaya"_s);
    // Back: the inmate screen has no "Next" any more, only the list and Back.
    kiosk.click(u"backPushButton"_s);
    REQUIRE(kiosk.screen() == u"inmateScreen");
    CHECK(kiosk.window->findChild<QWidget *>(u"inmateScreen"_s)->findChild<QPushButton *>(u"nextPushButton"_s) ==
          nullptr);
}

TEST_CASE("Next adds a complete person typed but not added, and goes on", "[kiosk][typed]") {
    KioskFixture kiosk;
    kiosk.open();
    kiosk.toAdults();
    kiosk.addAdult(BudiNik, u"Budi Santoso"_s);
    REQUIRE(kiosk.window->flow().adults().size() == 1);
    kiosk.find<QLineEdit>(u"nikLineEdit"_s)->setFocus();
    KioskFixture::type(SitiNik);
    KioskFixture::press(Qt::Key_Tab);
    KioskFixture::type(u"Siti Aminah"_s);
    kiosk.click(u"nextPushButton"_s);
    REQUIRE(kiosk.screen() == u"reviewScreen");
    REQUIRE(kiosk.window->flow().adults().size() == 2);
    CHECK(kiosk.window->flow().adults().at(1).name == u"Siti Aminah"_s);
    CHECK(kiosk.text(u"visitorsValueLabel"_s).contains(u"Siti Aminah"_s));
    // Back on the adults screen, the fields are empty (nobody added twice by a second Next).
    kiosk.click(u"backPushButton"_s);
    REQUIRE(kiosk.screen() == u"adultsScreen");
    CHECK(kiosk.find<QLineEdit>(u"nikLineEdit"_s)->text().isEmpty());
    kiosk.click(u"nextPushButton"_s);
    REQUIRE(kiosk.screen() == u"reviewScreen");
    CHECK(kiosk.window->flow().adults().size() == 2);
}

TEST_CASE("Next with a half-typed person says what is missing and stays", "[kiosk][typed]") {
    const QString language = GENERATE(u"id"_s, u"en"_s);
    KioskFixture kiosk;
    kiosk.settings.language = language;
    kiosk.open();
    kiosk.toAdults();
    kiosk.addAdult(BudiNik, u"Budi Santoso"_s);
    auto *nik = kiosk.find<QLineEdit>(u"nikLineEdit"_s);
    auto *name = kiosk.find<QLineEdit>(u"nameLineEdit"_s);
    auto *status = kiosk.window->findChild<QWidget *>(u"adultsScreen"_s)->findChild<QLabel *>(u"statusLabel"_s);
    const auto stays = [&](const QString &says) {
        kiosk.click(u"nextPushButton"_s);
        CHECK(kiosk.screen() == u"adultsScreen");
        CHECK(kiosk.window->flow().adults().size() == 1);
        CHECK(status->isVisible());
        CHECK(status->property("role").toString() == u"error"_s);
        CHECK(status->text().contains(says));
    };

    SECTION("the NIK incomplete") {
        nik->setFocus();
        KioskFixture::type(u"6471055"_s);
        stays(language == u"id" ? u"7 dari 16"_s : u"7 of 16"_s);
        CHECK(nik->hasFocus());
        CHECK(nik->text() == u"6471055"_s); // nothing dropped: the visitor finishes it
    }
    SECTION("the name empty") {
        nik->setFocus();
        KioskFixture::type(SitiNik);
        stays(language == u"id" ? u"nama"_s : u"name"_s);
        CHECK(name->hasFocus());
        CHECK(nik->text() == SitiNik);
        kiosk.tapKeys(u"SITI"_s);
        kiosk.click(u"nextPushButton"_s);
        CHECK(kiosk.screen() == u"reviewScreen");
        CHECK(kiosk.window->flow().adults().size() == 2);
    }
    SECTION("a name without a NIK") {
        name->setFocus();
        KioskFixture::type(u"Siti"_s);
        stays(u"NIK"_s);
    }
    shoot(kiosk.window.get(), u"adults-half-typed"_s, language);
}

TEST_CASE("The review screen counts the children within the group's room, and the ticket has them", "[kiosk][typed]") {
    KioskFixture kiosk;
    kiosk.open();
    kiosk.toAdults();
    kiosk.addAdult(BudiNik, u"Budi Santoso"_s);
    kiosk.click(u"nextPushButton"_s);
    REQUIRE(kiosk.screen() == u"reviewScreen");
    KioskFlow &flow = kiosk.window->flow();
    REQUIRE(flow.maxChildren() == kiosk.facility->rules().maxGroupSize - 1);
    CHECK(kiosk.text(u"childrenValueLabel"_s) == u"0"_s);
    kiosk.click(u"minusPushButton"_s); // not below none
    CHECK(flow.children() == 0);
    for (int i = 0; i <= flow.maxChildren(); ++i)
        kiosk.click(u"plusPushButton"_s);
    CHECK(flow.children() == flow.maxChildren());
    CHECK(kiosk.text(u"childrenValueLabel"_s) == QString::number(flow.maxChildren()));
    CHECK(kiosk.find<QLabel>(u"errorLabel"_s)->isVisible());
    CHECK(kiosk.text(u"groupValueLabel"_s).contains(u"%1 anak-anak"_s.arg(flow.maxChildren())));
    kiosk.click(u"minusPushButton"_s);
    CHECK_FALSE(kiosk.find<QLabel>(u"errorLabel"_s)->isVisible());
    const int children = flow.children();
    kiosk.click(u"confirmPushButton"_s);
    REQUIRE(kiosk.screen() == u"ticketScreen");
    CHECK(kiosk.visits() == QStringList{u"1|1|0|%1"_s.arg(children)});
}

TEST_CASE("Back from the review screen leads to the adults, and the children counted stay", "[kiosk][typed]") {
    KioskFixture kiosk;
    kiosk.open();
    kiosk.toReview(1);
    kiosk.click(u"backPushButton"_s);
    REQUIRE(kiosk.screen() == u"adultsScreen");
    kiosk.click(u"nextPushButton"_s);
    REQUIRE(kiosk.screen() == u"reviewScreen");
    CHECK(kiosk.text(u"childrenValueLabel"_s) == u"1"_s);
}

TEST_CASE("The NIK keypad's region keys", "[kiosk][typed]") {
    KioskFixture kiosk;

    SECTION("no key without the setting, until a second adult") {
        kiosk.open();
        kiosk.toAdults();
        CHECK(visibleKey(kiosk, u"regionPrefixPushButton"_s) == nullptr);
        CHECK(visibleKey(kiosk, u"previousPrefixPushButton"_s) == nullptr);
        kiosk.addAdult(BudiNik, u"Budi Santoso"_s);
        CHECK(visibleKey(kiosk, u"regionPrefixPushButton"_s) == nullptr);
        QPushButton *previous = visibleKey(kiosk, u"previousPrefixPushButton"_s);
        REQUIRE(previous != nullptr);
        CHECK(previous->text() == u"647105\u2026"_s);
        CHECK(previous->accessibleName().contains(u"647105"_s));
    }

    SECTION("the station's region key, then the previous person's") {
        kiosk.settings.nikRegionPrefix = u"6471"_s;
        kiosk.open();
        kiosk.toAdults();
        auto *nik = kiosk.find<QLineEdit>(u"nikLineEdit"_s);
        QPushButton *region = visibleKey(kiosk, u"regionPrefixPushButton"_s);
        REQUIRE(region != nullptr);
        CHECK(region->text() == u"6471\u2026"_s);
        CHECK_FALSE(region->toolTip().isEmpty());
        CHECK(region->accessibleName() == region->toolTip());
        CHECK(visibleKey(kiosk, u"previousPrefixPushButton"_s) == nullptr); // the first adult has no previous one
        const QRect digitPlace = kiosk.find<QPushButton>(u"digit5PushButton"_s)->geometry();

        kiosk.click(u"regionPrefixPushButton"_s);
        CHECK(nik->text() == u"6471"_s); // typed, for the visitor to see
        CHECK(nik->hasFocus());
        CHECK(visibleKey(kiosk, u"regionPrefixPushButton"_s) == nullptr); // only on an empty field
        QCoreApplication::processEvents();
        CHECK(kiosk.find<QPushButton>(u"digit5PushButton"_s)->geometry() == digitPlace); // the digits stay put
        kiosk.click(u"backspacePushButton"_s);
        CHECK(visibleKey(kiosk, u"regionPrefixPushButton"_s) == nullptr);
        kiosk.click(u"clearPushButton"_s);
        CHECK(visibleKey(kiosk, u"regionPrefixPushButton"_s) != nullptr); // empty again: the key is back
        kiosk.click(u"regionPrefixPushButton"_s);
        kiosk.tapKeys(BudiNik.mid(4));
        CHECK(nik->text() == BudiNik);
        kiosk.tapKeys(u"BUDI"_s);
        kiosk.click(u"addPushButton"_s);
        REQUIRE(kiosk.window->flow().adults().size() == 1);

        REQUIRE(visibleKey(kiosk, u"regionPrefixPushButton"_s) != nullptr);
        REQUIRE(visibleKey(kiosk, u"previousPrefixPushButton"_s) != nullptr);
        kiosk.click(u"previousPrefixPushButton"_s);
        CHECK(nik->text() == u"647105"_s);
        kiosk.tapKeys(SitiNik.mid(6));
        CHECK(nik->text() == SitiNik);
        kiosk.tapKeys(u"SITI"_s);
        kiosk.click(u"nextPushButton"_s);
        REQUIRE(kiosk.screen() == u"reviewScreen");
        CHECK(kiosk.window->flow().adults().size() == 2);
    }

    SECTION("a bad setting gives no key") {
        QSettings ini(kiosk.db.filePath(u"station.ini"_s), QSettings::IniFormat);
        ini.setValue(u"kiosk/nikRegionPrefix"_s, u"64a1"_s);
        CHECK(KioskSettings::load(ini).nikRegionPrefix.isEmpty());
        ini.setValue(u"kiosk/nikRegionPrefix"_s, u"64710"_s);
        CHECK(KioskSettings::load(ini).nikRegionPrefix.isEmpty());
        ini.setValue(u"kiosk/nikRegionPrefix"_s, u"647105"_s);
        CHECK(KioskSettings::load(ini).nikRegionPrefix == u"647105"_s);
    }
}

TEST_CASE("The typed journey for two adults and a child takes at most 57 touches", "[kiosk][typed]") {
    KioskFixture kiosk;
    kiosk.settings.nikRegionPrefix = u"6471"_s;
    kiosk.open();
    TouchCounter touches;
    kiosk.click(u"visitPushButton"_s);
    kiosk.tapKeys(u"ANDI"_s);
    tapRow(kiosk.find<QListWidget>(u"resultsListWidget"_s), u"Andi Wijaya"_s);
    REQUIRE(kiosk.screen() == u"adultsScreen");
    kiosk.click(u"regionPrefixPushButton"_s);
    kiosk.tapKeys(BudiNik.mid(4));
    kiosk.tapKeys(u"BUDI SANTOSO"_s);
    kiosk.click(u"addPushButton"_s);
    kiosk.click(u"previousPrefixPushButton"_s);
    kiosk.tapKeys(SitiNik.mid(6));
    kiosk.tapKeys(u"SITI AMINAH"_s);
    kiosk.click(u"nextPushButton"_s);
    REQUIRE(kiosk.screen() == u"reviewScreen");
    kiosk.click(u"plusPushButton"_s);
    kiosk.click(u"confirmPushButton"_s);
    REQUIRE(kiosk.screen() == u"ticketScreen");
    CHECK(touches.touches <= 57);
    CHECK(kiosk.visits() == QStringList{u"1|1|1|1"_s});
}

TEST_CASE("Screenshots: the adults screen with its region keys and the review screen, two screen sizes",
          "[kiosk][typed][screenshots]") {
    for (const QString &language : {u"id"_s, u"en"_s})
        for (const QSize size : {QSize(1366, 768), QSize(1080, 1920)}) {
            KioskFixture kiosk;
            kiosk.settings.language = language;
            kiosk.settings.nikRegionPrefix = u"6471"_s;
            kiosk.open();
            kiosk.window->resize(size);
            QCoreApplication::processEvents();
            INFO("window " << kiosk.window->width() << "x" << kiosk.window->height() << ", minimum "
                           << kiosk.window->minimumSizeHint().width() << "x"
                           << kiosk.window->minimumSizeHint().height());
            REQUIRE(kiosk.window->size() == size);
            const QString suffix = u"%1x%2"_s.arg(size.width()).arg(size.height());
            kiosk.toAdults();
            kiosk.addAdult(BudiNik, u"Budi Santoso"_s);
            kiosk.find<QLineEdit>(u"nikLineEdit"_s)->setFocus();
            REQUIRE(visibleKey(kiosk, u"previousPrefixPushButton"_s) != nullptr);
            shoot(kiosk.window.get(), u"typed-adults-keys-"_s + suffix, language);
            // The prefix keys and the digits stay where they are while a message shows.
            const QRect keyPlace = visibleKey(kiosk, u"regionPrefixPushButton"_s)->geometry();
            const QRect nextPlace = kiosk.find<QPushButton>(u"nextPushButton"_s)->geometry();
            KioskFixture::type(u"6471"_s);
            kiosk.click(u"nextPushButton"_s);
            CHECK(kiosk.find<QLabel>(u"statusLabel"_s)->isVisible());
            CHECK(kiosk.find<QPushButton>(u"nextPushButton"_s)->geometry() == nextPlace);
            shoot(kiosk.window.get(), u"typed-adults-half-"_s + suffix, language);
            kiosk.click(u"clearPushButton"_s);
            CHECK(visibleKey(kiosk, u"regionPrefixPushButton"_s)->geometry() == keyPlace);
            kiosk.addAdult(SitiNik, u"Siti Aminah"_s);
            kiosk.click(u"nextPushButton"_s);
            REQUIRE(kiosk.screen() == u"reviewScreen");
            kiosk.click(u"plusPushButton"_s);
            const QRect confirmPlace = kiosk.find<QPushButton>(u"confirmPushButton"_s)->geometry();
            shoot(kiosk.window.get(), u"typed-review-"_s + suffix, language);
            // The stepper's circles keep to their own row: nothing beside them overlaps, the lines below start under.
            const auto placeOf = [&kiosk](const QString &name) {
                const QWidget *widget = kiosk.find<QWidget>(name);
                return QRect(widget->mapTo(kiosk.window.get(), QPoint(0, 0)), widget->size());
            };
            CHECK_FALSE(placeOf(u"childrenHintLabel"_s).intersects(placeOf(u"plusPushButton"_s)));
            CHECK(placeOf(u"groupValueLabel"_s).top() > placeOf(u"plusPushButton"_s).bottom());
            kiosk.click(u"plusPushButton"_s);
            kiosk.click(u"plusPushButton"_s); // one more than fits: the message, nothing moves
            CHECK(kiosk.find<QLabel>(u"errorLabel"_s)->isVisible());
            CHECK(kiosk.find<QPushButton>(u"confirmPushButton"_s)->geometry() == confirmPlace);
            shoot(kiosk.window.get(), u"typed-review-limit-"_s + suffix, language);
        }
}
