// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/devices/DeviceClock.h"

#include <QFutureWatcher>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThreadPool>
#include <QVideoFrame>
#include <QVideoSink>

#include <optional>

namespace besuk {

// Reads QR codes from a webcam's frames (a QVideoSink: QCamera or, in tests, QMediaPlayer), off the UI thread.
//
// Each frame's luminance is copied on the owner's thread (a memcpy of the Y plane for the usual YUV formats) and
// decoded on a private one-thread pool; frames arriving while a decode runs are dropped. Results come back on the
// owner's thread as decoded(). The same text seen again within RepeatWindowMs of its last sighting is not emitted
// again: a ticket held in front of the camera is one scan; shown again after a pause, it is a new one.
//
// The reader is tuned for tickets (QR only, one symbol): a cheap pass on a half-resolution image first; only when
// it finds nothing, a costlier full-resolution pass (denoised and contrast-stretched, or searched harder). Camera
// frames ration them (costlierPassFor()): one frame in CostlierStride gets one costlier pass, the passes taking
// turns, so a frame without a code mostly costs the cheap pass and a ticket held up is read within a few frames
// (docs/benchmarks.md). A still image gets every pass.
class FrameDecoder : public QObject {
    Q_OBJECT
public:
    static constexpr int RepeatWindowMs = 2000;
    static constexpr int CostlierPassCount = 2;
    // A camera frame the cheap pass found nothing in gets a costlier pass only every CostlierStride-th frame: a
    // frame without a code then costs the cheap pass (about a millisecond at 720p) two times in three.
    static constexpr int CostlierStride = 3;

    // How hard decodeImage() tries: Cheap = the half-resolution pass only; Full = then every costlier pass.
    enum class Effort { Cheap, Full };

    struct Counters {
        int frames = 0;  // offered to processFrame()
        int dropped = 0; // not decoded: a decode was running, or the frame could not be read
        int decodes = 0; // decodes finished
        int found = 0;   // decodes that read a QR code (before the repeat filter)
    };

    explicit FrameDecoder(QObject *parent = nullptr);
    ~FrameDecoder() override; // waits for a running decode (a few milliseconds)

    // Decodes the frames `sink` shows from now on (nullptr: stop).
    void setVideoSink(QVideoSink *sink);
    void setElapsedSource(ElapsedMs elapsed);

    [[nodiscard]] bool isBusy() const { return m_busy; }
    [[nodiscard]] Counters counters() const { return m_counters; }

    // The gate's "open image file" (a photo of a ticket on a phone) and tests: the same reader, synchronously.
    // Any image format; photos larger than about 1600 pixels on the short side are scaled down first.
    static std::optional<QString> decodeImage(const QImage &image, Effort effort = Effort::Full);
    // What the camera path does with one frame's luminance (Format_Grayscale8) on its worker thread: the cheap
    // pass, and only when it finds nothing, costlier pass number `costlierPass` (none when negative).
    static std::optional<QString> decodeFrame(const QImage &gray, int costlierPass);
    // The costlier pass the camera's `frameNumber`-th decoded frame gets when its cheap pass finds nothing, or -1.
    static int costlierPassFor(int frameNumber);
    // A frame's luminance as Format_Grayscale8, or a null image if the frame cannot be read.
    static QImage luminance(const QVideoFrame &frame);

public Q_SLOTS:
    void processFrame(const QVideoFrame &frame);

Q_SIGNALS:
    void decoded(const QString &text);

private:
    void onDecodeFinished();

    QThreadPool m_pool;
    QFutureWatcher<std::optional<QString>> m_watcher;
    QPointer<QVideoSink> m_sink;
    ElapsedMs m_elapsed;
    bool m_busy = false;
    int m_decodedFrames = 0;
    Counters m_counters;
    QString m_lastText;
    qint64 m_lastSeenMs = 0;
};

} // namespace besuk
