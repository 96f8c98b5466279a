// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/UserStore.h"
#include "ui/common/StationLanguage.h"
#include "ui/staff/StaffDomain.h"

#include <QList>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

class QListWidget;
class QStackedWidget;
class QLabel;
class QPushButton;

namespace besuk {

class BusyShade;
class Facility;
class FacilityThread;
class FirstAdminScreen;
class SignInScreen;
class StaffPage;

// The staff console: sign in (admin or staff), then the pages the role allows — the day's tally, the visits,
// exports, roster, bans, rules, users, the audit log, retention and backups.
class StaffWindow : public QWidget {
    Q_OBJECT
public:
    StaffWindow(Facility &facility, const QString &language, QWidget *parent = nullptr);
    ~StaffWindow() override;

    // Adds a page (the window owns it); shown in the list when the signed-in role allows it.
    void addPage(StaffPage *page);
    [[nodiscard]] QList<StaffPage *> pages() const { return m_pages; }
    // Opens the page of this title's position among those allowed; false if the role may not see it.
    bool openPage(StaffPage *page);
    [[nodiscard]] StaffPage *currentPage() const;
    [[nodiscard]] QList<StaffPage *> allowedPages() const;
    [[nodiscard]] const std::optional<User> &user() const { return m_user; }
    [[nodiscard]] SignInScreen *signInScreen() const { return m_signIn; }
    [[nodiscard]] FirstAdminScreen *firstAdminScreen() const { return m_firstAdmin; }
    [[nodiscard]] StationLanguage &language() { return m_language; }
    void signOut();

protected:
    void changeEvent(QEvent *event) override;

private:
    Result<void> signIn(const QString &login, const QString &secret);
    void showPages();
    // The sign-in, or the first administrator's screen when no account exists at all.
    void showStart();
    void showFirstAdmin(bool canGoBack);
    void rebuildList();
    void retranslate();

    std::unique_ptr<FacilityThread> m_domain; // the pages' reads and writes
    StaffDomain m_staffDomain;                // the window's own: sign-in, the first administrator
    StationLanguage m_language;
    std::optional<User> m_user;
    bool m_noActiveAdmin = false;
    QLabel *m_facilityLabel;
    QLabel *m_userLabel;
    QPushButton *m_languageButton;
    QPushButton *m_signOutButton;
    QStackedWidget *m_stack; // sign-in (or the first administrator), then the console
    SignInScreen *m_signIn;
    FirstAdminScreen *m_firstAdmin;
    QListWidget *m_list;
    QStackedWidget *m_pageStack;
    QList<StaffPage *> m_pages;
    QTimer m_refresh;
    BusyShade *m_busyShade = nullptr;
};

} // namespace besuk
