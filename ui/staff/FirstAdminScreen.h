// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/UserStore.h"
#include "ui/staff/StaffDomain.h"

#include <QWidget>

#include <memory>

namespace besuk {

namespace Ui {
class FirstAdminScreen;
}

// The first administrator, made here while no active administrator exists (a first run, or only guards and staff so
// far); the domain refuses it once one exists.
class FirstAdminScreen : public QWidget {
    Q_OBJECT
public:
    explicit FirstAdminScreen(StaffDomain &domain, QWidget *parent = nullptr);
    ~FirstAdminScreen() override;

    // `canGoBack`: accounts exist, so "Back to sign-in" is offered.
    void activate(bool canGoBack);

Q_SIGNALS:
    void created(const besuk::User &admin);
    void backRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void create();
    // An empty message hides the message line.
    void showMessage(const QString &message);
    void fitForm();

    StaffDomain &m_domain;
    std::unique_ptr<Ui::FirstAdminScreen> m_ui;
};

} // namespace besuk
