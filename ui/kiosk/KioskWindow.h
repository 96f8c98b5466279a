// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/devices/ScannerInput.h"
#include "ui/common/KioskSettings.h"
#include "ui/common/StationLanguage.h"
#include "ui/kiosk/AdminPinDialog.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTimer>
#include <QWidget>

#include <memory>

namespace besuk {

class AdultsScreen;
class BookingCodeScreen;
class BookingScreen;
class Facility;
class InmateScreen;
class KioskFlow;
class KioskScreen;
class RepeatVisitScreen;
class StillHereOverlay;
class KtpScanScreen;
class OfflineBar;
class BusyShade;
class ReviewScreen;
class TicketScreen;
class VoiceGuide;
class WelcomeScreen;

namespace Ui {
class KioskWindow;
}

// The kiosk: a header with the facility and the language switch, and one screen at a time. Wipes itself after
// idle time and cannot be closed or taken out of full screen without the admin PIN. A USB wedge scanner reads
// booked tickets on the welcome and booking-code screens, and earlier days' tickets for a visit again on the welcome
// and repeat-visit screens, while the window is active (and is off elsewhere, where people type).
class KioskWindow : public QWidget {
    Q_OBJECT
public:
    KioskWindow(Facility &facility, KioskSettings settings, QWidget *parent = nullptr);
    ~KioskWindow() override;

    // Shows a DEMO badge with the admin PIN in the header.
    void setDemoPin(const QString &pin);
    void setLanguage(const QString &code);
    [[nodiscard]] QString language() const { return m_language.current(); }
    [[nodiscard]] KioskFlow &flow() { return *m_flow; }
    [[nodiscard]] QWidget *currentScreen() const;
    [[nodiscard]] ScannerInput &scanner() { return m_scanner; }
    // Until the idle wipe (or the ticket screen's return), in ms; -1 when no wait is running (it has run out while
    // the PIN dialog is open: the wipe waits until the dialog closes).
    [[nodiscard]] int idleRemainingMs() const { return m_idleTimer.remainingTime(); }
    [[nodiscard]] VoiceGuide &voiceGuide() { return *m_voice; }
    [[nodiscard]] QLabel *offlineBanner() const;

    // Back to the welcome screen in the default language, with every field, list and dialog emptied.
    void resetToWelcome();
    // Opens the PIN dialog; when it is accepted, quits or leaves full screen.
    void requestUnlock(AdminPinDialog::Purpose purpose);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void connectScreens();
    void showScreen(KioskScreen *screen);
    void restartIdle();
    void idleExpired();
    void showStillHere();
    [[nodiscard]] bool pinDialogOpen() const;
    void updateCountdown();
    void unlocked(AdminPinDialog::Purpose purpose);
    void retranslate();
    void updateScanner();
    void handleScan(const QString &text);
    void handleWelcomeScan(const QString &text);
    void showBooking(KioskScreen *from);
    // Back to the welcome screen in the visitor's language with `message` there (a booking refused).
    void backToWelcome(const QString &message);
    void addVoiceButton();
    void voiceToggled(bool on);
    // Reads the current screen aloud when the visitor has asked for voice help.
    void readAloud();

    std::unique_ptr<Ui::KioskWindow> m_ui;
    Facility &m_facility;
    KioskSettings m_settings;
    StationLanguage m_language;
    std::unique_ptr<KioskFlow> m_flow;
    OfflineBar *m_offlineBar = nullptr;
    BusyShade *m_busyShade = nullptr;
    WelcomeScreen *m_welcome = nullptr;
    InmateScreen *m_inmate = nullptr;
    AdultsScreen *m_adults = nullptr;
    ReviewScreen *m_review = nullptr;
    TicketScreen *m_ticket = nullptr;
    BookingCodeScreen *m_bookingCode = nullptr;
    BookingScreen *m_booking = nullptr;
    RepeatVisitScreen *m_repeat = nullptr;
    KtpScanScreen *m_ktpScan = nullptr;
    KioskScreen *m_beforeBooking = nullptr; // where Back on the booking screen leads
    ScannerInput m_scanner;
    VoiceGuide *m_voice = nullptr;
    QPushButton *m_voiceButton = nullptr;
    QTimer m_idleTimer;
    QTimer m_warningTimer; // when the "Still here?" overlay shows on a form
    QTimer m_countdownTimer;
    StillHereOverlay *m_stillHere = nullptr;
    QPointer<AdminPinDialog> m_pinDialog;
    QString m_demoPin;
    bool m_mayClose = false;
    int m_headerTaps = 0;
    QElapsedTimer m_firstTap;
};

} // namespace besuk
