#pragma once

#include "DeviceClock.h"

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
// it finds nothing, a costlier full-resolution pass. A camera frame gets one costlier pass at most (they take
// turns from frame to frame, the next frame comes soon anyway); a still image gets all of them.
class FrameDecoder : public QObject {
    Q_OBJECT
public:
    static constexpr int RepeatWindowMs = 2000;

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
    int m_nextCostlierPass = 0;
    Counters m_counters;
    QString m_lastText;
    qint64 m_lastSeenMs = 0;
};

} // namespace besuk
