// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the staff console's GUI tests: a real facility on a temporary database with the demo roster, an admin,
// a staff member and a guard, a clock standing at Saturday 27 December 2025 09:00 WITA, and a StaffWindow with every
// page, driven with QTest.

#include "FacilityFixture.h"
#include "GuiWait.h"
#include "db/InmateStore.h"
#include "db/RegistrationService.h"
#include "db/UserStore.h"
#include "ui/common/SignInScreen.h"
#include "ui/staff/StaffPage.h"
#include "ui/staff/StaffPages.h"
#include "ui/staff/StaffWindow.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <catch2/catch.hpp>

#include <memory>
#include <ostream>

inline std::ostream &operator<<(std::ostream &os, const QString &text) {
    return os << text.toStdString();
}

namespace besuk::test {

inline const QString AdminLogin = QStringLiteral("admin");
inline const QString StaffLogin = QStringLiteral("rina");
inline const QString GuardLogin = QStringLiteral("joko");
inline const QString Pin = QStringLiteral("2468");
inline const QString BudiNik = QStringLiteral("6471050501900003"); // man, 5 January 1990
inline const QString SitiNik = QStringLiteral("6471055208010002"); // woman, 12 August 2001

// A page's own widget by name (pages are tested on their own too).
template <typename T> T *child(QWidget *page, const QString &name) {
    auto *widget = page->findChild<T *>(name);
    INFO("widget " << name.toStdString());
    REQUIRE(widget != nullptr);
    return widget;
}

// Clicks a page's button, which must be showing and enabled, as a person would.
inline void click(QWidget *page, const QString &button) {
    auto *widget = child<QPushButton>(page, button);
    REQUIRE(widget->isVisible());
    REQUIRE(widget->isEnabled());
    QTest::mouseClick(widget, Qt::LeftButton);
}

class StaffFixture : public FacilityFixture {
public:
    // Without accounts, the staff console starts with its first-run screen.
    explicit StaffFixture(bool withAccounts = true) {
        importDemoRoster();
        allowUnlimitedVisits();
        if (!withAccounts)
            return;
        createAccount(AdminLogin, QStringLiteral("Kepala Rutan"), Role::Admin, Pin);
        createAccount(StaffLogin, QStringLiteral("Rina Marlina"), Role::Staff, Pin);
        createAccount(GuardLogin, QStringLiteral("Joko Susilo"), Role::Guard, Pin);
    }

    ~StaffFixture() { window.reset(); }

    // A group registered at the kiosk: Budi (and Siti when `pair`) and `children` children visiting `inmate`.
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

    StaffWindow &open(const QString &language = QStringLiteral("en")) {
        window = std::make_unique<StaffWindow>(*facility, language);
        addStaffPages(*window, *facility);
        window->resize(1280, 800);
        window->show();
        QApplication::setActiveWindow(window.get());
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
        return *window;
    }

    // Signs in with the keyboard.
    void signIn(const QString &login, const QString &pin = Pin) {
        auto *loginEdit = find<QLineEdit>(QStringLiteral("loginLineEdit"));
        loginEdit->clear();
        loginEdit->setFocus();
        QTest::keyClicks(loginEdit, login);
        QTest::keyClick(loginEdit, Qt::Key_Return);
        QTest::keyClicks(QApplication::focusWidget(), pin);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    }

    // The page of type T, opened (REQUIREs that the signed-in role may see it).
    template <typename T> T *openPage() {
        for (StaffPage *page : window->pages())
            if (auto *wanted = qobject_cast<T *>(page)) {
                REQUIRE(window->openPage(wanted));
                return wanted;
            }
        FAIL("no such page");
        return nullptr;
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
    QString text(const QString &labelName) const { return find<QLabel>(labelName)->text(); }

    // How many audit entries carry `action` (a constant of the test, never input).
    int auditCount(const QString &action) const {
        const QStringList rows =
            db.rows(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = '%1'").arg(action));
        return rows.isEmpty() ? -1 : rows.first().toInt();
    }

    // Saves what the window shows as BESUK_SCREENSHOT_DIR/staff-<name>-<language>.png, for people to look at.
    void shoot(const QString &name) const {
        QDir().mkpath(QStringLiteral(BESUK_SCREENSHOT_DIR));
        const QString path =
            QStringLiteral(BESUK_SCREENSHOT_DIR "/staff-%1-%2.png").arg(name, window->language().current());
        QCoreApplication::processEvents(); // pending layout and style changes
        INFO(path.toStdString());
        CHECK(window->grab().save(path));
    }

    std::unique_ptr<StaffWindow> window;
};

} // namespace besuk::test
