// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/UserStore.h"
#include "ui/staff/StaffPage.h"

#include <memory>

namespace besuk {

namespace Ui {
class UsersPage;
}

// Staff accounts: add one (PIN typed twice), change a user's PIN or role, disable or enable an account. The domain
// refuses to leave the facility without an active admin; its message is shown.
class UsersPage : public StaffPage {
    Q_OBJECT
public:
    explicit UsersPage(Facility &facility, QWidget *parent = nullptr);
    ~UsersPage() override;

    [[nodiscard]] QString title() const override;
    void refresh() override;
    [[nodiscard]] const QList<User> &listed() const { return m_users; }
    bool select(const QString &login);

    // The role's name as shown to people (translated).
    static QString roleName(Role role);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void showSelected();
    void createUser();
    void changeRole();
    void changePin();
    void toggleActive();
    [[nodiscard]] const User *selected() const;
    void showMessage(const QString &message, const QString &ok = {});
    void retranslate();

    std::unique_ptr<Ui::UsersPage> m_ui;
    QList<User> m_users;
    QString m_shownLogin; // whose role the role box shows
};

} // namespace besuk
