// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/kiosk/KioskScreen.h"

#include <memory>

namespace besuk {

class KioskFlow;

namespace Ui {
class BookingCodeScreen;
}

// A group that booked online types its booking code ("K7QM-4ZPX", with or without the dash, any case) on the
// on-screen keyboard. A code that is not one, or no booking with it, is said here and changes nothing; a booking
// that cannot be used today (cancelled, another day, closed day) is refused(), which the window shows on the
// welcome screen.
class BookingCodeScreen : public KioskScreen {
    Q_OBJECT
public:
    explicit BookingCodeScreen(KioskFlow &flow, QWidget *parent = nullptr);
    ~BookingCodeScreen() override;

    void clear() override;
    void activate() override;
    void showError(const QString &message);

Q_SIGNALS:
    void found();
    void refused(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void defaultAction() override;

private:
    void find();
    void updateState();

    std::unique_ptr<Ui::BookingCodeScreen> m_ui;
    KioskFlow &m_flow;
    QString m_error;
};

} // namespace besuk
