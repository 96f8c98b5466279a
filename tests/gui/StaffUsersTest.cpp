// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffTestSupport.h"
#include "ui/staff/UsersPage.h"

#include <QComboBox>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using namespace besuk;
using namespace besuk::test;

namespace {

void typeInto(QWidget *page, const QString &name, const QString &text) {
    auto *edit = child<QLineEdit>(page, name);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void chooseRole(QWidget *page, const QString &box, Role role) {
    auto *combo = child<QComboBox>(page, box);
    const int index = combo->findData(roleKey(role));
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

void selectUser(QWidget *page, const QString &login) {
    auto *table = child<QTableWidget>(page, u"usersTableWidget"_s);
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == login) {
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                              table->visualItemRect(table->item(row, 0)).center());
            return;
        }
    }
    FAIL("no such user in the table");
}

User userOf(StaffFixture &f, const QString &login) {
    auto user = UserStore(*f.facility).find(login);
    REQUIRE(user.ok());
    return std::move(user).value();
}

} // namespace

TEST_CASE("Users: add one - change role and PIN - disable - the last admin cannot be disabled", "[gui][staff][users]") {
    const QString language = QString::fromLatin1(GENERATE("en", "id"));
    StaffFixture f;
    StaffWindow &window = f.open(language);
    f.signIn(AdminLogin);
    REQUIRE(window.user().has_value());
    auto *page = f.openPage<UsersPage>();
    auto *table = child<QTableWidget>(page, u"usersTableWidget"_s);
    auto *message = child<QLabel>(page, u"messageLabel"_s);
    REQUIRE(table->rowCount() == 3);
    CHECK(table->item(0, 0)->text() == AdminLogin);
    CHECK(table->item(0, 2)->text() == UsersPage::roleName(Role::Admin));
    CHECK_FALSE(child<QPushButton>(page, u"activePushButton"_s)->isEnabled());

    // The PINs differ: refused by the page, nothing stored.
    const Snapshot before = f.db.snapshot();
    typeInto(page, u"loginLineEdit"_s, u"dewi"_s);
    typeInto(page, u"nameLineEdit"_s, u"Dewi Lestari"_s);
    chooseRole(page, u"roleComboBox"_s, Role::Staff);
    typeInto(page, u"pinLineEdit"_s, u"1357"_s);
    typeInto(page, u"pinAgainLineEdit"_s, u"1375"_s);
    click(page, u"createPushButton"_s);
    CHECK(message->isVisible());
    CHECK(message->text() == UsersPage::tr("The two PINs are not the same. Please type the PIN again in both fields."));
    CHECK(f.db.snapshot() == before);
    // A PIN too short: the domain's message.
    typeInto(page, u"pinLineEdit"_s, u"13"_s);
    typeInto(page, u"pinAgainLineEdit"_s, u"13"_s);
    click(page, u"createPushButton"_s);
    CHECK(message->text() ==
          UserStore(*f.facility).create(u"dewi"_s, u"Dewi Lestari"_s, Role::Staff, u"13"_s, u"t"_s).error().message);
    CHECK(f.db.snapshot() == before);

    // Right: Return in the second PIN creates the account.
    typeInto(page, u"pinLineEdit"_s, u"1357"_s);
    typeInto(page, u"pinAgainLineEdit"_s, u"1357"_s);
    QTest::keyClick(child<QLineEdit>(page, u"pinAgainLineEdit"_s), Qt::Key_Return);
    CHECK_FALSE(message->isVisible());
    User dewi = userOf(f, u"dewi"_s);
    CHECK(dewi.displayName == u"Dewi Lestari"_s);
    CHECK(dewi.role == Role::Staff);
    CHECK(dewi.active);
    CHECK(UserStore(*f.facility).authenticate(u"dewi"_s, u"1357"_s).ok());
    REQUIRE(table->rowCount() == 4);
    CHECK(child<QLineEdit>(page, u"pinLineEdit"_s)->text().isEmpty());
    CHECK(f.db.rows(u"SELECT actor FROM audit_log WHERE action = 'user.create'"_s).contains(AdminLogin));

    // Dewi becomes an admin, and gets a new PIN.
    selectUser(page, u"dewi"_s);
    CHECK(child<QComboBox>(page, u"changeRoleComboBox"_s)->currentData().toString() == roleKey(Role::Staff));
    chooseRole(page, u"changeRoleComboBox"_s, Role::Admin);
    click(page, u"changeRolePushButton"_s);
    CHECK(userOf(f, u"dewi"_s).role == Role::Admin);
    typeInto(page, u"changePinLineEdit"_s, u"8642"_s);
    typeInto(page, u"changePinAgainLineEdit"_s, u"8642"_s);
    click(page, u"changePinPushButton"_s);
    CHECK_FALSE(message->isVisible());
    CHECK(UserStore(*f.facility).authenticate(u"dewi"_s, u"8642"_s).ok());
    CHECK_FALSE(UserStore(*f.facility).authenticate(u"dewi"_s, u"1357"_s).ok());

    // Rina is disabled, then enabled again.
    selectUser(page, StaffLogin);
    click(page, u"activePushButton"_s);
    CHECK_FALSE(userOf(f, StaffLogin).active);
    CHECK(child<QPushButton>(page, u"activePushButton"_s)->text() == UsersPage::tr("&Enable account"));
    click(page, u"activePushButton"_s);
    CHECK(userOf(f, StaffLogin).active);

    // Dewi disabled: the signed-in admin is the last active one and cannot be disabled or demoted.
    selectUser(page, u"dewi"_s);
    click(page, u"activePushButton"_s);
    CHECK_FALSE(userOf(f, u"dewi"_s).active);
    const Snapshot lastAdmin = f.db.snapshot();
    selectUser(page, AdminLogin);
    click(page, u"activePushButton"_s);
    CHECK(message->isVisible());
    const QString refusal = UserStore(*f.facility).setActive(AdminLogin, false, u"t"_s).error().message;
    CHECK(message->text() == refusal);
    CHECK(userOf(f, AdminLogin).active);
    f.shoot(u"users"_s);
    chooseRole(page, u"changeRoleComboBox"_s, Role::Staff);
    click(page, u"changeRolePushButton"_s);
    CHECK(message->text() == refusal);
    CHECK(userOf(f, AdminLogin).role == Role::Admin);
    CHECK(child<QComboBox>(page, u"changeRoleComboBox"_s)->currentData().toString() == roleKey(Role::Admin));
    CHECK(f.db.snapshot() == lastAdmin);
}
