// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the device tests: a real signed ticket payload, the pictures a camera or a phone would show of it,
// and a runtime directory for Qt Multimedia.

#include "db/FacilityKey.h"
#include "db/TicketCodec.h"
#include "platform/ticket/QrCode.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLinearGradient>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <ostream>

inline std::ostream &operator<<(std::ostream &os, const QString &s) {
    return os << s.toStdString();
}

namespace besuk::test {

// A ticket as the kiosk signs it: 125 characters of Base32, verifiable with the key's public half.
struct SignedTicket {
    FacilityKey key = FacilityKey::generate();
    TicketClaims claims{0x5A17C0DEu, QDate(2025, 12, 27), 1042, 'A', 42};
    QString payload = TicketCodec::encode(claims, key);

    [[nodiscard]] bool verifies(const QString &text) const {
        return TicketCodec::decode(text, key.publicKey(), claims.facilityCode).ok();
    }
};

// A 1280 × 720 webcam frame of the gate's desk; with the ticket's QR held up (6 pixels a module), shifted by
// `offset` pixels as a hand moves.
inline QImage cameraFrame(const QString &payload, bool withCode, int offset = 0) {
    QImage frame(1280, 720, QImage::Format_RGB32);
    frame.fill(QColor(168, 172, 160));
    QPainter painter(&frame);
    painter.fillRect(QRect(0, 560, 1280, 160), QColor(96, 72, 54)); // the desk
    painter.setPen(QColor(40, 40, 40));
    painter.drawText(QRect(20, 20, 600, 40), Qt::AlignLeft, QStringLiteral("Gate 1 camera"));
    if (withCode) {
        const QImage code = QrCode::image(payload, 6);
        painter.drawImage(QPoint(640 - code.width() / 2 + offset, 330 - code.height() / 2 + offset / 2), code);
    }
    return frame;
}

// A phone photographed at the gate: grey counter, the phone turned 10°, its screen showing the ticket's QR a little
// darker and lighter than ink and paper, a glare across it.
inline QImage phonePhoto(const QString &payload) {
    QImage photo(1600, 1200, QImage::Format_RGB32);
    photo.fill(QColor(128, 128, 128));
    QPainter painter(&photo);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.translate(820, 610);
    painter.rotate(10);
    painter.scale(1.45, 1.45);
    painter.setBrush(QColor(25, 25, 30));
    painter.setPen(Qt::NoPen);
    painter.drawRoundedRect(QRectF(-210, -380, 420, 760), 40, 40);         // the phone
    painter.fillRect(QRectF(-190, -330, 380, 660), QColor(236, 236, 240)); // its screen
    QImage code = QrCode::image(payload, 3).convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < code.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(code.scanLine(y));
        for (int x = 0; x < code.width(); ++x)
            line[x] = qGray(line[x]) ? qRgb(236, 236, 240) : qRgb(40, 40, 48);
    }
    painter.drawImage(QPointF(-code.width() / 2.0, -code.height() / 2.0 - 40), code);
    painter.resetTransform();
    QLinearGradient glare(QPointF(300, 0), QPointF(1300, 1200));
    glare.setColorAt(0, QColor(255, 255, 255, 0));
    glare.setColorAt(0.5, QColor(255, 255, 255, 50));
    glare.setColorAt(1, QColor(255, 255, 255, 0));
    painter.fillRect(photo.rect(), glare);
    return photo;
}

// Mono 16-bit `pcm` as a WAV file, for a person to listen to what the tests synthesised.
inline bool saveWav(const QByteArray &pcm, int sampleRate, const QString &path) {
    QByteArray header;
    const auto u32 = [&header](quint32 v) { header.append(reinterpret_cast<const char *>(&v), 4); };
    const auto u16 = [&header](quint16 v) { header.append(reinterpret_cast<const char *>(&v), 2); };
    header.append("RIFF");
    u32(quint32(36 + pcm.size()));
    header.append("WAVEfmt ");
    u32(16);
    u16(1); // PCM
    u16(1); // mono
    u32(quint32(sampleRate));
    u32(quint32(sampleRate * 2));
    u16(2);
    u16(16);
    header.append("data");
    u32(quint32(pcm.size()));
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(header + pcm) == header.size() + pcm.size();
}

inline constexpr int FramesPerSecond = 10;

// What the camera sees, frame by frame: nothing, the ticket held up (moving a little), nothing for 0.8 s, the
// ticket again, nothing. 4 seconds.
inline bool ticketInView(int frame) {
    return (frame >= 5 && frame < 17) || (frame >= 25 && frame < 35);
}
inline constexpr int FrameCount = 40;

// Renders the frames and pipes them to GStreamer (raw grey frames on its standard input), which encodes them into a
// VP8/WebM video (ticket.webm) in `folder` (real-time encoder settings: Theora takes 4 times as long).
inline QString makeTicketVideo(const QString &payload, const QString &folder) {
    using namespace Qt::StringLiterals;
    const QString gstLaunch = QStandardPaths::findExecutable(u"gst-launch-1.0"_s);
    if (gstLaunch.isEmpty())
        FAIL("gst-launch-1.0 is missing: install gstreamer1.0-tools (packaging/install-deps.sh test)");
    QDir dir(folder);
    REQUIRE(dir.mkpath(u"."_s));
    const QString video = dir.filePath(u"ticket.webm"_s);
    QFile::remove(video);
    QProcess gst;
    // No spaces inside an element's settings: the pipeline is split at spaces into gst-launch's arguments.
    const QString pipeline =
        u"-q fdsrc fd=0 ! rawvideoparse format=gray8 width=1280 height=720 framerate=%1/1 "
        u"! videoconvert ! video/x-raw,format=I420 "
        u"! vp8enc deadline=1 cpu-used=8 target-bitrate=2000000 ! webmmux ! filesink"_s.arg(FramesPerSecond);
    gst.start(gstLaunch, pipeline.split(u' ') << u"location="_s + video);
    REQUIRE(gst.waitForStarted(5000));
    for (int i = 0; i < FrameCount; ++i) {
        const QImage frame =
            cameraFrame(payload, ticketInView(i), 4 * (i % 6)).convertToFormat(QImage::Format_Grayscale8);
        REQUIRE(frame.bytesPerLine() == frame.width());
        gst.write(reinterpret_cast<const char *>(frame.constBits()), frame.sizeInBytes());
        REQUIRE(gst.waitForBytesWritten(10000));
    }
    gst.closeWriteChannel();
    REQUIRE(gst.waitForFinished(15000));
    INFO(QString::fromLocal8Bit(gst.readAllStandardError()).toStdString());
    REQUIRE(gst.exitStatus() == QProcess::NormalExit);
    REQUIRE(gst.exitCode() == 0);
    REQUIRE(QFileInfo(video).size() > 0);
    return video;
}

// Qt Multimedia wants XDG_RUNTIME_DIR; headless machines often have none.
inline void ensureRuntimeDir() {
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    static QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir.path()));
}

} // namespace besuk::test
