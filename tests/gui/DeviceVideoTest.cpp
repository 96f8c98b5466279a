#include "DeviceTestSupport.h"
#include "FrameDecoder.h"

#include <QElapsedTimer>
#include <QMediaPlayer>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>
#include <QVideoSink>

#include <catch2/catch.hpp>

#include <iostream>

using namespace Qt::StringLiterals;
using namespace besuk;
using namespace besuk::test;

namespace {

constexpr int FramesPerSecond = 10;

// What the camera sees, frame by frame: nothing, the ticket held up (moving a little), nothing for 0.8 s, the
// ticket again, nothing. 4 seconds.
bool ticketInView(int frame) {
    return (frame >= 5 && frame < 17) || (frame >= 25 && frame < 35);
}
constexpr int FrameCount = 40;

// Renders the frames and pipes them to GStreamer (raw grey frames on its standard input), which encodes them into a
// VP8/WebM video under the build tree (real-time encoder settings: Theora takes 4 times as long).
QString makeTicketVideo(const QString &payload) {
    const QString gstLaunch = QStandardPaths::findExecutable(u"gst-launch-1.0"_s);
    if (gstLaunch.isEmpty())
        FAIL("gst-launch-1.0 is missing: install gstreamer1.0-tools (packaging/install-deps.sh test)");
    QDir dir(QStringLiteral(BESUK_DEVICE_MEDIA_DIR));
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

} // namespace

TEST_CASE("A ticket shown to the camera twice in a video reads once, exactly", "[devices][camera][video]") {
    ensureRuntimeDir();
    const SignedTicket ticket;
    QElapsedTimer timer;
    timer.start();
    const QString video = makeTicketVideo(ticket.payload);
    const qint64 encodeMs = timer.restart();

    QMediaPlayer player;
    QVideoSink sink;
    player.setVideoSink(&sink);
    FrameDecoder decoder;
    decoder.setVideoSink(&sink);
    QSignalSpy decoded(&decoder, &FrameDecoder::decoded);
    player.setSource(QUrl::fromLocalFile(video));
    player.play();
    const bool ended = QTest::qWaitFor(
        [&] { return player.mediaStatus() == QMediaPlayer::EndOfMedia || player.error() != QMediaPlayer::NoError; },
        15000);
    INFO(player.errorString().toStdString());
    REQUIRE(player.error() == QMediaPlayer::NoError);
    REQUIRE(ended);
    REQUIRE(QTest::qWaitFor([&] { return !decoder.isBusy(); }, 5000));
    const auto counters = decoder.counters();
    std::cout << "ticket video: encoded in " << encodeMs << " ms, played in " << timer.elapsed() << " ms; frames "
              << counters.frames << ", decoded " << counters.decodes << ", dropped " << counters.dropped
              << ", with the code " << counters.found << '\n';

    REQUIRE(decoded.count() == 1); // in view twice, 0.8 s apart: one scan
    CHECK(decoded.at(0).at(0).toString() == ticket.payload);
    CHECK(ticket.verifies(decoded.at(0).at(0).toString()));
    CHECK(counters.frames >= FrameCount / 2);
    CHECK(counters.found >= 2);
}
