// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/ChangeFeedThread.h"
#include "platform/devices/Announcer.h"
#include "platform/devices/CameraInput.h"
#include "platform/devices/FrameDecoder.h"
#include "platform/devices/GateCues.h"
#include "platform/devices/ScannerInput.h"
#include "platform/devices/ServerProbe.h"
#include "ui/common/GateSettings.h"
#include "ui/common/StationLanguage.h"
#include "ui/gate/GateDesk.h"
#include "ui/gate/VerdictScreen.h"

#include <QTimer>
#include <QVideoSink>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;

namespace besuk {

class BusyShade;
class MirrorSchedule;

class CallPanel;
class CheckOutScreen;
class InspectionScreen;
class RoomBoard;
class ScanScreen;
class SignInScreen;

namespace Ui {
class GateWindow;
}

// The gate station: the guard signs in, then every ticket — scanned, seen by the camera, typed, picked from a
// list or opened as an image — goes one verdict path: verdict → entry inspection → admit, or → check-out. Beside
// it, calling numbers and the visiting room board. Everything works from the keyboard and the scanner.
class GateWindow : public QWidget {
    Q_OBJECT
public:
    GateWindow(Facility &facility, const GateSettings &settings, QWidget *parent = nullptr);
    ~GateWindow() override;

    [[nodiscard]] GateDesk &desk() { return m_desk; }
    [[nodiscard]] ScannerInput &scanner() { return m_scanner; }
    [[nodiscard]] FrameDecoder &frameDecoder() { return m_decoder; }
    // Where camera frames arrive (the preview and the decoder read them); tests play a video into it.
    [[nodiscard]] QVideoSink *videoSink() { return &m_videoSink; }
    // What "Open image" asks for the file (tests answer without a file dialog).
    void setImageChooser(std::function<QString()> chooser) { m_imageChooser = std::move(chooser); }
    [[nodiscard]] QWidget *currentScreen() const;
    [[nodiscard]] SignInScreen *signInScreen() const { return m_signIn; }
    [[nodiscard]] ScanScreen *scanScreen() const { return m_scan; }
    [[nodiscard]] VerdictScreen *verdictScreen() const { return m_verdict; }
    [[nodiscard]] InspectionScreen *inspectionScreen() const { return m_inspection; }
    [[nodiscard]] CheckOutScreen *checkOutScreen() const { return m_checkOut; }
    [[nodiscard]] RoomBoard *roomBoard() const { return m_roomBoard; }
    [[nodiscard]] CallPanel *callPanel() const { return m_callPanel; }
    [[nodiscard]] StationLanguage &language() { return m_language; }
    // The banner over the screens while the server cannot be reached (and briefly when it is back).
    [[nodiscard]] QLabel *offlineBanner() const { return m_offlineBanner; }

public Q_SLOTS:
    // One ticket's text, from the scanner, the camera or an image.
    void handleScan(const QString &text);
    void openImage(const QString &path);
    // Reads the visiting room and the calls again (other gates change them too).
    void refreshSide();

Q_SIGNALS:
    // Every verdict shown, with the sound that went with it.
    void verdictShown(const besuk::GateOutcome &outcome, besuk::GateCue cue);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showScreen(QWidget *screen);
    void showSignIn();
    void showScan();
    [[nodiscard]] bool busyWithGroup() const;
    void present(const Result<GateOutcome> &outcome, VerdictScreen::Step step);
    void playCue(GateCue cue);
    void findQueueNumber(const QString &label);
    void pickFromList();
    void chooseImage();
    void pickGroup(qint64 visitId);
    void startInspection();
    void submitInspection();
    void startCheckOut();
    void submitCheckOut();
    void setCamera(bool on);
    void showCall(const Result<CallRecord> &call);
    void tick();
    void retranslate();
    void offlineChanged(bool offline);
    void serverAnswered(bool reachable);
    void showOfflineBanner();

    Facility &m_facility;
    GateSettings m_settings;
    GateDesk m_desk;
    StationLanguage m_language;
    std::unique_ptr<Ui::GateWindow> m_ui;
    SignInScreen *m_signIn;
    ScanScreen *m_scan;
    VerdictScreen *m_verdict;
    InspectionScreen *m_inspection;
    CheckOutScreen *m_checkOut;
    CallPanel *m_callPanel;
    RoomBoard *m_roomBoard;
    ScannerInput m_scanner;
    QVideoSink m_videoSink;
    FrameDecoder m_decoder;
    CameraInput m_camera;
    Announcer m_sound;
    QTimer m_clock;
    QTimer m_refresh;      // the side panel's safety net
    QTimer m_sideCoalesce; // changes from the feed, a refresh of the side panel
    std::unique_ptr<ChangeFeedThread> m_feed;
    QTimer m_resultTimer;
    QLabel *m_offlineBanner;
    ServerProbe m_probe;
    QTimer m_probeTimer;                // offline: ask whether the server is back
    MirrorSchedule *m_mirror = nullptr; // online, with a journal: copies today's tickets for offline use
    QTimer m_bannerTimer;               // back online: the banner says so, then goes
    int m_uploaded = -1;                // entries sent when the server came back; -1 while offline
    std::function<QString()> m_imageChooser;
    BusyShade *m_busyShade = nullptr;
};

} // namespace besuk
