// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/devices/CameraInput.h"
#include "ui/kiosk/KioskScreen.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QVideoFrame>
#include <QVideoSink>

#include <memory>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace besuk {

class KioskFlow;
class KtpCameraView;
class SharedKtpReader;

// What one read of a frame on the worker thread gave: a NIK (and maybe a name) or why not.
struct KtpScanResult {
    quint64 generation = 0;
    QString nik;
    QString name;
    QString problem;
};

// "Scan ID card": the camera's picture with a card-shaped guide; frames are read off the UI thread (one at a
// time, frames arriving meanwhile are dropped) by the KTP reader. When the same valid NIK is read from two frames
// in a row, the NIK and the name are shown for the visitor to confirm ("Correct, add": one tap adds the person) or
// to type instead. After each person added the camera waits for the next card; "Next" goes on to the review. No
// frame is kept once the screen is left: the preview and every pending read are dropped.
class KtpScanScreen : public KioskScreen {
    Q_OBJECT
public:
    KtpScanScreen(KioskFlow &flow, QString camera, QWidget *parent = nullptr);
    ~KtpScanScreen() override; // waits for a running read

    void clear() override;
    void activate() override;

    // Where the camera's frames arrive (tests feed frames here).
    [[nodiscard]] QVideoSink *videoSink() { return &m_sink; }
    [[nodiscard]] bool isReading() const { return m_busy; }
    [[nodiscard]] bool hasFrame() const;
    [[nodiscard]] QString shownNik() const { return m_nik; }
    [[nodiscard]] QString shownName() const { return m_name; }

Q_SIGNALS:
    void confirmed(const QString &nik, const QString &name);
    void nextRequested(); // "Next": the group is complete

protected:
    void changeEvent(QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void buildLayout();
    void frameArrived(const QVideoFrame &frame);
    void readFinished();
    void showReading();
    void showProblem(const QString &message);
    void retranslate();
    void wipe();

    KioskFlow &m_flow;
    QString m_cameraName;
    QVideoSink m_sink;
    CameraInput m_camera;
    std::shared_ptr<SharedKtpReader> m_reader;
    QThreadPool m_pool;
    QFutureWatcher<KtpScanResult> m_watcher;
    bool m_busy = false;
    quint64 m_generation = 0; // reads started before the last wipe are ignored
    QString m_candidateNik;   // read once; shown when the next frame agrees
    QString m_nik;
    QString m_name;
    QString m_problem;

    QLabel *m_titleLabel = nullptr;
    QLabel *m_hintLabel = nullptr;
    QStackedWidget *m_pages = nullptr;
    KtpCameraView *m_view = nullptr;
    QWidget *m_resultPage = nullptr;
    QLabel *m_nikCaption = nullptr;
    QLabel *m_nikLabel = nullptr;
    QLabel *m_nameCaption = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPushButton *m_backButton = nullptr;
    QPushButton *m_typeButton = nullptr;
    QPushButton *m_confirmButton = nullptr;
    QPushButton *m_nextButton = nullptr;
};

} // namespace besuk
