// SPDX-License-Identifier: GPL-3.0-or-later
// The first administrator when accounts exist but no active administrator does (guards made at the gate first):
// the sign-in offers to make one, and only while none exists.
#include "StaffTestSupport.h"
#include "ui/staff/FirstAdminScreen.h"

using namespace besuk;
using namespace besuk::test;
using namespace Qt::StringLiterals;

namespace {

// A facility with a guard and a staff member, and no administrator.
class NoAdminFixture : public StaffFixture {
public:
    NoAdminFixture() : StaffFixture(false) {
        createAccount(GuardLogin, u"Joko Susilo"_s, Role::Guard, Pin);
        createAccount(StaffLogin, u"Rina Marlina"_s, Role::Staff, Pin);
    }

    void typeFirstAdmin(const QString &login, const QString &pin) {
        find<QLineEdit>(u"loginLineEdit"_s)->setText(login);
        find<QLineEdit>(u"nameLineEdit"_s)->setText(u"Kepala Rutan"_s);
        find<QLineEdit>(u"pinLineEdit"_s)->setText(pin);
        find<QLineEdit>(u"againLineEdit"_s)->setText(pin);
        QTest::mouseClick(find<QPushButton>(u"createPushButton"_s), Qt::LeftButton);
    }
};

} // namespace

TEST_CASE("With only a guard and staff, the sign-in offers to create the first administrator",
          "[gui][staff][firstrun]") {
    NoAdminFixture f;
    StaffWindow &window = f.open();
    REQUIRE(window.signInScreen()->isVisible());
    auto *create = f.find<QPushButton>(u"alternativePushButton"_s);
    REQUIRE(create->isVisible());
    CHECK(create->text() == u"Create the first administrator"_s);
    CHECK(f.text(u"messageLabel"_s).startsWith(u"No active administrator exists yet"_s));
    f.shoot(u"signin-no-admin"_s);

    // There and back again, nothing made.
    QTest::mouseClick(create, Qt::LeftButton);
    REQUIRE(window.firstAdminScreen()->isVisible());
    CHECK(f.find<QLineEdit>(u"loginLineEdit"_s)->hasFocus());
    QTest::mouseClick(f.find<QPushButton>(u"backPushButton"_s), Qt::LeftButton);
    REQUIRE(window.signInScreen()->isVisible());
    CHECK(f.auditCount(u"user.create"_s) == 2);

    // A login already taken by the guard: the domain's message, nothing changed.
    QTest::mouseClick(create, Qt::LeftButton);
    f.typeFirstAdmin(GuardLogin, u"482916"_s);
    CHECK(f.text(u"messageLabel"_s) == u"The user name joko is already taken."_s);
    CHECK_FALSE(window.user().has_value());
    CHECK(UserStore(*f.facility).find(GuardLogin)->role == Role::Guard);

    f.typeFirstAdmin(u"kepala"_s, u"482916"_s);
    REQUIRE(window.user().has_value());
    CHECK(window.user()->login == u"kepala"_s);
    CHECK(window.user()->role == Role::Admin);
    CHECK(window.allowedPages().size() == window.pages().size());
    CHECK(f.auditCount(u"user.create"_s) == 3);

    // From now on an administrator exists: the sign-in no longer offers it.
    window.signOut();
    REQUIRE(window.signInScreen()->isVisible());
    CHECK_FALSE(f.find<QPushButton>(u"alternativePushButton"_s)->isVisible());
    CHECK_FALSE(f.find<QLabel>(u"messageLabel"_s)->isVisible());
}

TEST_CASE("A first administrator made meanwhile at another station wins, and the screen says so",
          "[gui][staff][firstrun]") {
    NoAdminFixture f;
    StaffWindow &window = f.open(u"id"_s);
    QTest::mouseClick(f.find<QPushButton>(u"alternativePushButton"_s), Qt::LeftButton);
    REQUIRE(window.firstAdminScreen()->isVisible());
    REQUIRE(UserStore(*f.facility).createFirstAdmin(u"lain"_s, u"Admin Lain"_s, u"135790"_s));

    f.typeFirstAdmin(u"kepala"_s, u"482916"_s);
    CHECK_FALSE(window.user().has_value());
    CHECK(f.text(u"messageLabel"_s).startsWith(u"Administrator aktif sudah ada"_s));
    CHECK_FALSE(UserStore(*f.facility).find(u"kepala"_s));
    QTest::mouseClick(f.find<QPushButton>(u"backPushButton"_s), Qt::LeftButton);
    REQUIRE(window.signInScreen()->isVisible());
    CHECK_FALSE(f.find<QPushButton>(u"alternativePushButton"_s)->isVisible());
}

TEST_CASE("A staff member can still sign in while no administrator exists", "[gui][staff][firstrun]") {
    NoAdminFixture f;
    StaffWindow &window = f.open();
    f.signIn(StaffLogin);
    REQUIRE(window.user().has_value());
    CHECK(window.user()->role == Role::Staff);
}

TEST_CASE("On a fresh facility the first administrator's screen has no way back to a sign-in",
          "[gui][staff][firstrun]") {
    StaffFixture f(false);
    StaffWindow &window = f.open();
    REQUIRE(window.firstAdminScreen()->isVisible());
    CHECK_FALSE(f.find<QPushButton>(u"backPushButton"_s)->isVisible());
}
