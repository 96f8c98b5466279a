// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/UserStore.h"

#include <QWidget>

#include <memory>

namespace besuk {

namespace Ui {
class FirstAdminScreen;
}

// The staff console's first run: no account exists yet, so the first administrator is made here.
class FirstAdminScreen : public QWidget {
    Q_OBJECT
public:
    explicit FirstAdminScreen(Facility &facility, QWidget *parent = nullptr);
    ~FirstAdminScreen() override;

    void activate();

Q_SIGNALS:
    void created(const besuk::User &admin);

protected:
    void changeEvent(QEvent *event) override;

private:
    void create();

    Facility &m_facility;
    std::unique_ptr<Ui::FirstAdminScreen> m_ui;
};

} // namespace besuk
