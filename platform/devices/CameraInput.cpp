// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/devices/CameraInput.h"

#include <QCamera>
#include <QCameraDevice>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QVideoSink>

namespace besuk {

CameraInput::CameraInput(QObject *parent) : QObject(parent) {}

CameraInput::~CameraInput() {
    stop();
}

QStringList CameraInput::available() {
    QStringList names;
    for (const QCameraDevice &device : QMediaDevices::videoInputs())
        names.append(device.description());
    return names;
}

bool CameraInput::start(const QString &wanted, QVideoSink *sink) {
    stop();
    QCameraDevice chosen = QMediaDevices::defaultVideoInput();
    if (!wanted.isEmpty()) {
        chosen = {};
        for (const QCameraDevice &device : QMediaDevices::videoInputs())
            if (device.description() == wanted || QString::fromUtf8(device.id()) == wanted)
                chosen = device;
    }
    if (chosen.isNull()) {
        Q_EMIT problem(wanted.isEmpty() ? tr("No camera was found. Scan with the barcode scanner or type the number.")
                                        : tr("The camera \"%1\" was not found.").arg(wanted));
        return false;
    }
    m_camera = std::make_unique<QCamera>(chosen);
    connect(m_camera.get(), &QCamera::errorOccurred, this,
            [this](QCamera::Error, const QString &text) { Q_EMIT problem(tr("Camera problem: %1").arg(text)); });
    m_session = std::make_unique<QMediaCaptureSession>();
    m_session->setCamera(m_camera.get());
    m_session->setVideoSink(sink);
    m_camera->start();
    return true;
}

void CameraInput::stop() {
    if (m_camera)
        m_camera->stop();
    m_session.reset();
    m_camera.reset();
}

bool CameraInput::isActive() const {
    return m_camera && m_camera->isActive();
}

} // namespace besuk
