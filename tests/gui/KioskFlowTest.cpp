// SPDX-License-Identifier: GPL-3.0-or-later
// A whole registration at the kiosk, by keyboard alone and by mouse alone, and the refusals on the way.
#include "KioskTest.h"
#include "db/BanStore.h"

using namespace besuk;
using namespace besuk::test;
using namespace Qt::StringLiterals;

TEST_CASE("A group registers by keyboard alone and gets ticket A-001", "[kiosk]") {
    KioskFixture kiosk;
    kiosk.open();
    REQUIRE(kiosk.screen() == u"welcomeScreen");

    KioskFixture::press(Qt::Key_Return); // "Face-to-face visit" has the focus
    REQUIRE(kiosk.screen() == u"inmateScreen");
    KioskFixture::type(u"andi"_s);
    REQUIRE(kiosk.find<QListWidget>(u"resultsListWidget"_s)->count() == 1);
    CHECK(kiosk.find<QListWidget>(u"resultsListWidget"_s)->item(0)->text() == u"Andi Wijaya · Blok A"_s);
    KioskFixture::press(Qt::Key_Return); // into the results
    KioskFixture::press(Qt::Key_Return); // choose
    REQUIRE(kiosk.screen() == u"adultsScreen");

    REQUIRE(KioskFixture::focused()->objectName() == u"nikLineEdit");
    KioskFixture::type(BudiNik);
    CHECK(kiosk.text(u"statusLabel"_s) == u"Laki-laki, 35 tahun"_s);
    KioskFixture::press(Qt::Key_Tab);
    REQUIRE(KioskFixture::focused()->objectName() == u"nameLineEdit");
    KioskFixture::type(u"Budi Santoso"_s);
    KioskFixture::press(Qt::Key_Return); // add
    REQUIRE(KioskFixture::focused()->objectName() == u"nikLineEdit");
    KioskFixture::type(SitiNik);
    CHECK(kiosk.text(u"statusLabel"_s) == u"Perempuan, 24 tahun"_s);
    KioskFixture::press(Qt::Key_Return); // on to the name
    KioskFixture::type(u"Siti Aminah"_s);
    KioskFixture::press(Qt::Key_Return);
    REQUIRE(kiosk.window->flow().adults().size() == 2);
    CHECK(kiosk.text(u"adult2Label"_s).startsWith(u"2. Siti Aminah\n6471********0002"_s));
    KioskFixture::press(Qt::Key_Return); // both fields empty: next
    REQUIRE(kiosk.screen() == u"reviewScreen");

    // The children without a NIK are counted on the review screen: "+" and "-" on the keyboard work the stepper.
    KioskFixture::press(Qt::Key_Plus);
    KioskFixture::press(Qt::Key_Plus);
    CHECK(kiosk.text(u"childrenValueLabel"_s) == u"2"_s);
    CHECK(kiosk.text(u"groupValueLabel"_s) == u"1 laki-laki, 1 perempuan, 2 anak-anak"_s);
    CHECK(kiosk.db.rows(u"SELECT COUNT(*) FROM visits"_s) == QStringList{u"0"_s});

    KioskFixture::press(Qt::Key_Return); // confirm
    REQUIRE(kiosk.screen() == u"ticketScreen");
    CHECK(kiosk.text(u"queueLabel"_s) == u"A-001"_s);
    CHECK(kiosk.text(u"groupValueLabel"_s) == u"1 laki-laki, 1 perempuan, 2 anak-anak"_s);
    CHECK(kiosk.text(u"leadValueLabel"_s) == u"Budi Santoso (6471********0003)"_s);
    CHECK(kiosk.text(u"dateValueLabel"_s).contains(u"Desember 2025"_s));
    CHECK(kiosk.find<QLabel>(u"qrLabel"_s)->pixmap().width() >= 200);
    CHECK(kiosk.visits() == QStringList{u"1|1|1|2"_s});

    KioskFixture::press(Qt::Key_Return); // done
    CHECK(kiosk.screen() == u"welcomeScreen");
}

TEST_CASE("A group registers by mouse alone on the on-screen keys", "[kiosk]") {
    KioskFixture kiosk;
    kiosk.open();

    kiosk.click(u"visitPushButton"_s);
    REQUIRE(kiosk.screen() == u"inmateScreen");
    kiosk.tapKeys(u"SITI"_s);
    auto *results = kiosk.find<QListWidget>(u"resultsListWidget"_s);
    REQUIRE(results->count() == 1);
    CHECK(results->item(0)->text() == u"Siti Rahmawati · Blok Wanita"_s);
    // The tap on the name is the choice: no "Next" to find.
    QTest::mouseClick(results->viewport(), Qt::LeftButton, {}, results->visualItemRect(results->item(0)).center());
    REQUIRE(kiosk.screen() == u"adultsScreen");

    kiosk.tapKeys(DewiNik); // the keypad moves on to the name by itself at the 16th digit
    CHECK(kiosk.find<QLineEdit>(u"nikLineEdit"_s)->text() == DewiNik);
    REQUIRE(kiosk.find<QLineEdit>(u"nameLineEdit"_s)->hasFocus());
    kiosk.tapKeys(u"DEWI LESTARI"_s);
    CHECK(kiosk.find<QLineEdit>(u"nameLineEdit"_s)->text() == u"Dewi Lestari"_s);
    kiosk.click(u"addPushButton"_s);
    QTest::mouseClick(kiosk.find<QLineEdit>(u"nikLineEdit"_s), Qt::LeftButton);
    kiosk.tapKeys(BoyNik);
    CHECK(kiosk.text(u"statusLabel"_s).contains(u"anak-anak"_s));
    kiosk.tapKeys(u"RAKA"_s);
    kiosk.click(u"nextPushButton"_s); // the last person typed is added on the way: no "Add this person" needed
    REQUIRE(kiosk.screen() == u"reviewScreen");
    REQUIRE(kiosk.window->flow().adults().size() == 2);

    kiosk.click(u"plusPushButton"_s);
    kiosk.click(u"plusPushButton"_s);
    kiosk.click(u"minusPushButton"_s);
    CHECK(kiosk.text(u"childrenValueLabel"_s) == u"1"_s);
    kiosk.click(u"confirmPushButton"_s);
    REQUIRE(kiosk.screen() == u"ticketScreen");
    CHECK(kiosk.text(u"queueLabel"_s) == u"A-001"_s);
    // The boy has a NIK but is under 18: he counts as a child, with the one counted on the stepper.
    CHECK(kiosk.visits() == QStringList{u"1|0|1|2"_s});
    kiosk.click(u"donePushButton"_s);
    CHECK(kiosk.screen() == u"welcomeScreen");
}

TEST_CASE("Item drop-off takes queue B", "[kiosk]") {
    KioskFixture kiosk;
    kiosk.open();
    kiosk.click(u"depositPushButton"_s);
    KioskFixture::type(u"B.II-006"_s);
    KioskFixture::press(Qt::Key_Return);
    KioskFixture::press(Qt::Key_Return);
    REQUIRE(kiosk.screen() == u"adultsScreen");
    kiosk.addAdult(AgusNik, u"Agus"_s);
    kiosk.click(u"nextPushButton"_s);
    kiosk.click(u"confirmPushButton"_s);
    REQUIRE(kiosk.screen() == u"ticketScreen");
    CHECK(kiosk.text(u"queueLabel"_s) == u"B-001"_s);
}

TEST_CASE("More children than the group allows: the review screen's stepper says so and stays", "[kiosk]") {
    KioskFixture kiosk;
    kiosk.open();
    kiosk.toAdults();
    kiosk.addAdult(BudiNik, u"Budi Santoso"_s);
    kiosk.addAdult(SitiNik, u"Siti Aminah"_s);
    kiosk.click(u"nextPushButton"_s);
    REQUIRE(kiosk.screen() == u"reviewScreen");
    REQUIRE(kiosk.window->flow().maxChildren() == 2);
    for (int i = 0; i < 3; ++i)
        kiosk.click(u"plusPushButton"_s);
    CHECK(kiosk.text(u"childrenValueLabel"_s) == u"2"_s);
    CHECK(kiosk.window->flow().children() == 2);
    auto *error = kiosk.find<QLabel>(u"errorLabel"_s);
    CHECK(error->isVisible());
    CHECK(error->text().contains(u"paling banyak 4 orang"_s));
    kiosk.click(u"minusPushButton"_s);
    CHECK_FALSE(error->isVisible());
}

TEST_CASE("A refusal by the rules at confirmation is shown and changes nothing", "[kiosk]") {
    KioskFixture kiosk;
    kiosk.open();
    kiosk.toReview(2);
    // Staff tighten the rules while the group stands at the kiosk.
    Rules rules = kiosk.facility->rules();
    rules.maxGroupSize = 3;
    REQUIRE(kiosk.facility->saveRules(rules, u"staff"_s).ok());
    const auto before = kiosk.db.snapshot();

    kiosk.click(u"confirmPushButton"_s);
    CHECK(kiosk.screen() == u"reviewScreen");
    auto *error = kiosk.find<QLabel>(u"errorLabel"_s);
    CHECK(error->isVisible());
    CHECK(error->text().contains(u"paling banyak 3 orang"_s));
    CHECK(kiosk.db.snapshot() == before);
}

TEST_CASE("A NIK with an impossible birth date is explained and not added", "[kiosk]") {
    KioskFixture kiosk;
    kiosk.open();
    kiosk.toAdults();
    const auto before = kiosk.db.snapshot();
    KioskFixture::type(u"6471053113900003"_s); // month 13
    const QString message = kiosk.text(u"statusLabel"_s);
    CHECK(message.contains(u"bulan lahir"_s, Qt::CaseInsensitive));
    KioskFixture::press(Qt::Key_Tab);
    KioskFixture::type(u"Budi Santoso"_s);
    KioskFixture::press(Qt::Key_Return);
    CHECK(kiosk.window->flow().adults().isEmpty());
    CHECK(kiosk.text(u"statusLabel"_s) == message);
    kiosk.click(u"nextPushButton"_s);
    CHECK(kiosk.screen() == u"adultsScreen");
    CHECK(kiosk.db.snapshot() == before);
}

TEST_CASE("A bad name and a NIK entered twice are explained in plain words", "[kiosk]") {
    KioskFixture kiosk;
    kiosk.open();
    kiosk.toAdults();
    kiosk.addAdult(BudiNik, u"Budi 2"_s);
    CHECK(kiosk.text(u"statusLabel"_s).contains(u"angka"_s));
    CHECK(kiosk.window->flow().adults().isEmpty());
    kiosk.find<QLineEdit>(u"nikLineEdit"_s)->clear();
    kiosk.find<QLineEdit>(u"nameLineEdit"_s)->clear();
    kiosk.addAdult(BudiNik, u"Budi"_s);
    kiosk.addAdult(BudiNik, u"Budi Lagi"_s);
    CHECK(kiosk.window->flow().adults().size() == 1);
    CHECK(kiosk.text(u"statusLabel"_s).contains(u"sudah ditambahkan"_s));
    kiosk.click(u"removeAdult1PushButton"_s);
    CHECK(kiosk.window->flow().adults().isEmpty());
}

TEST_CASE("A banned visitor is told to see an officer, and nothing is stored", "[kiosk]") {
    KioskFixture kiosk;
    kiosk.open();
    kiosk.toReview();
    // Banned while the group was at the kiosk (a ban in force before is refused at the NIK: KioskRepeatTest.cpp).
    REQUIRE(BanStore(*kiosk.facility).add(SitiNik, u"Smuggling attempt"_s, u"staff"_s).ok());
    const auto before = kiosk.db.snapshot();
    kiosk.click(u"confirmPushButton"_s);
    CHECK(kiosk.screen() == u"reviewScreen");
    const QString message = kiosk.text(u"errorLabel"_s);
    CHECK(message == u"Pendaftaran ini tidak dapat diselesaikan di sini. Silakan temui petugas."_s);
    CHECK_FALSE(message.contains(u"Smuggling"_s));
    CHECK(kiosk.db.snapshot() == before);
}
