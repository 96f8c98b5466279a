// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/kiosk/KioskScreen.h"

#include <memory>

namespace besuk {

class KioskFlow;
struct KioskSettings;

namespace Ui {
class TicketScreen;
}

// The issued ticket, large: queue number, QR, date, session, inmate, group, lead visitor with masked NIK.
// Printing starts by itself; the ticket stays on screen whatever the printer does.
class TicketScreen : public KioskScreen {
    Q_OBJECT
public:
    TicketScreen(KioskFlow &flow, const KioskSettings &settings, QWidget *parent = nullptr);
    ~TicketScreen() override;

    void clear() override;
    void activate() override; // shows the flow's ticket and starts printing it
    void setSecondsLeft(int seconds);

Q_SIGNALS:
    void done();

protected:
    void changeEvent(QEvent *event) override;
    void defaultAction() override;

private:
    enum class PrintState { Idle, Printing, Printed, Failed };

    void print();
    void refresh();

    std::unique_ptr<Ui::TicketScreen> m_ui;
    KioskFlow &m_flow;
    const KioskSettings &m_settings;
    PrintState m_printState = PrintState::Idle;
    QString m_printError;
    int m_prints = 0;
    int m_secondsLeft = 0;
    quint64 m_generation = 0; // a print queued for a ticket that has since been cleared does nothing
};

} // namespace besuk
