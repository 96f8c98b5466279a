// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QCamera;
class QMediaCaptureSession;
class QVideoSink;

namespace besuk {

// A webcam feeding a QVideoSink (the gate's preview and its FrameDecoder).
class CameraInput : public QObject {
    Q_OBJECT
public:
    explicit CameraInput(QObject *parent = nullptr);
    ~CameraInput() override;

    // The cameras this machine has, by description (what settings store and show).
    static QStringList available();
    // Starts the camera whose description or id is `wanted` (the default camera when empty), showing its frames
    // in `sink`. False, with problem() emitted, when there is no such camera.
    bool start(const QString &wanted, QVideoSink *sink);
    void stop();
    [[nodiscard]] bool isActive() const;

Q_SIGNALS:
    void problem(const QString &message);

private:
    std::unique_ptr<QMediaCaptureSession> m_session;
    std::unique_ptr<QCamera> m_camera;
};

} // namespace besuk
