// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/kiosk/KioskScreen.h"

#include <memory>

namespace besuk {

class KioskFlow;

namespace Ui {
class BookingScreen;
}

// The booking the group made online, found by its QR or code: day and slot, inmate, adults (NIKs masked),
// children, status. Confirm makes the arrival and leads to the ticket; a booking already used shows the same ticket
// again, and says so. A refusal at confirmation (the booking cancelled meanwhile, the day closed) is refused().
class BookingScreen : public KioskScreen {
    Q_OBJECT
public:
    explicit BookingScreen(KioskFlow &flow, QWidget *parent = nullptr);
    ~BookingScreen() override;

    void clear() override;
    void activate() override;

Q_SIGNALS:
    void arrived();
    void refused(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void defaultAction() override;

private:
    void confirm();
    void refresh();

    std::unique_ptr<Ui::BookingScreen> m_ui;
    KioskFlow &m_flow;
    QString m_error;
};

} // namespace besuk
