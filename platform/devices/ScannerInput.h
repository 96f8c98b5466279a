// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/devices/DeviceClock.h"

#include <QKeyEvent>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <vector>

namespace besuk {

// A USB barcode scanner that types like a keyboard ("keyboard wedge"), recognised by its speed: a burst of at least
// minLength() printable keys on average at most maxAverageGapMs() apart (no person types 8 keys at 25 a second),
// none more than maxKeyGapMs() after the one before (up to 250 ms once a burst has kept a scanner's pace for four
// keys: USB polling and a loaded X server make scanners stutter), ended by a suffix key (Enter, keypad Enter, Tab, or
// Ctrl+M / Ctrl+J, the CR and LF of a scanner set to send control characters).
//
// Installed as an event filter on the application, it holds back printable keys headed for the focused widget
// until it knows what they are: a scanner burst becomes one scanned() signal and none of its keys (nor the suffix)
// reach the widget; anything slower is a person typing, and the held keys are delivered in order (after the next
// key, or at the latest a little more than maxKeyGapMs() later). Modifier keys (Shift around capitals, Caps Lock)
// neither end nor break a burst. Gaps are measured between the key events' own time stamps (when the window system
// gives them), so a busy UI thread that handles keys late does not split a burst; and before held keys are let through,
// keys that are already waiting in the event queue are looked at first.
//
// What a burst reports is the scanned text without the suffix and without a prefix: the configured one, and an AIM
// symbology identifier ("]Q1") that scanners may be set to send. Deciding whether it is a ticket (in any letter
// case) is the verdict path's job.
//
// Limits: a shortcut bound to a single printable key without modifiers may still take the first key of a burst
// (use function keys or Ctrl/Alt combinations for shortcuts on scanning screens); input methods (compose, CJK)
// are not involved on the gate and are not considered; a scanner that sends no suffix types into the focused field.
class ScannerInput : public QObject {
    Q_OBJECT
public:
    static constexpr int DefaultMinLength = 8;
    static constexpr int DefaultMaxKeyGapMs = 80;
    static constexpr int DefaultMaxAverageGapMs = 40;

    explicit ScannerInput(QObject *parent = nullptr);
    ~ScannerInput() override;

    // Starts watching every key event of `application` (QCoreApplication::instance() if null).
    void install(QObject *application = nullptr);

    // Disabled, every key goes through untouched (held keys are delivered first).
    void setEnabled(bool enabled);
    [[nodiscard]] bool isEnabled() const { return m_enabled; }

    void setMinLength(int characters);
    [[nodiscard]] int minLength() const { return m_minLength; }
    void setMaxKeyGapMs(int milliseconds);
    [[nodiscard]] int maxKeyGapMs() const { return m_maxKeyGapMs; }
    void setMaxAverageGapMs(int milliseconds);
    [[nodiscard]] int maxAverageGapMs() const { return m_maxAverageGapMs; }
    // Text the scanner is set to send before every code; removed from what scanned() reports.
    void setPrefix(const QString &prefix) { m_prefix = prefix; }
    [[nodiscard]] QString prefix() const { return m_prefix; }

    // Where key times come from (read once per printable key press and per suffix key), instead of the events'
    // own time stamps. Tests inject their own; null restores the default.
    void setElapsedSource(ElapsedMs elapsed);

    // Delivers the held keys now, as typed by a person.
    void flush();

    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    // The text of one scanner burst, without its prefix and suffix.
    void scanned(const QString &text);

private:
    struct HeldKey {
        QPointer<QObject> receiver;
        std::unique_ptr<QKeyEvent> event;
    };

    bool handleKeyPress(QObject *receiver, QKeyEvent *event);
    bool handleKeyRelease(QObject *receiver, QKeyEvent *event);
    bool handleShortcutOverride(QKeyEvent *event);
    bool endBurst(const QKeyEvent *event);
    void flushUnlessStillArriving();
    [[nodiscard]] qint64 timeOf(const QKeyEvent *event);
    [[nodiscard]] bool isHeldKey(int key) const;
    [[nodiscard]] QString heldText() const;
    [[nodiscard]] QString withoutPrefix(QString text) const;
    [[nodiscard]] int allowedGapMs() const;
    void hold(QObject *receiver, QKeyEvent *event);

    bool m_enabled = true;
    const QEvent *m_replaying = nullptr; // the held event being delivered by flush()
    int m_minLength = DefaultMinLength;
    int m_maxKeyGapMs = DefaultMaxKeyGapMs;
    int m_maxAverageGapMs = DefaultMaxAverageGapMs;
    QString m_prefix;
    ElapsedMs m_elapsed; // set by tests; otherwise event time stamps, or m_steady for events without one
    ElapsedMs m_steady;
    qint64 m_burstStartMs = 0; // the first held key's press
    qint64 m_lastPressMs = 0;
    int m_heldPresses = 0;
    int m_swallowReleaseOf = 0; // the suffix key that ended a burst: its release is swallowed too
    std::vector<HeldKey> m_held;
    QTimer m_flushTimer;
};

} // namespace besuk
