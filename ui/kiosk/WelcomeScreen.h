// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Visit.h"
#include "ui/kiosk/KioskScreen.h"

#include <memory>

namespace besuk {

namespace Ui {
class WelcomeScreen;
}

// The first screen: what the visitor has come for (queue A or B), or a booking made online (the button, or its QR
// held to the scanner, which the window handles), or a visit again from the last ticket (likewise). A message from the
// last attempt (a refused booking) stays until the next visitor starts.
class WelcomeScreen : public KioskScreen {
    Q_OBJECT
public:
    explicit WelcomeScreen(QWidget *parent = nullptr);
    ~WelcomeScreen() override;

    void clear() override;
    void activate() override;
    void showMessage(const QString &message);

Q_SIGNALS:
    void serviceChosen(besuk::Service service);
    void bookedChosen();
    void repeatChosen();

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::WelcomeScreen> m_ui;
};

} // namespace besuk
