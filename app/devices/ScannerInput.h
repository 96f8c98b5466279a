#pragma once

#include "DeviceClock.h"

#include <QKeyEvent>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <vector>

namespace besuk {

// A USB barcode scanner that types like a keyboard ("keyboard wedge"), recognised by its speed: a burst of at least
// minLength() printable keys, each less than maxKeyGapMs() after the one before, ended by Enter/Return.
//
// Installed as an event filter on the application, it holds back printable keys headed for the focused widget
// until it knows what they are: a scanner burst becomes one scanned() signal and none of its keys (nor the Enter)
// reach the widget; anything slower is a person typing, and the held keys are delivered in order (after the next
// key, or at the latest 2 × maxKeyGapMs() later). Whatever the scanner typed is reported as it is — deciding
// whether it is a ticket is the verdict path's job.
//
// Limits: a shortcut bound to a single printable key without modifiers may still take the first key of a burst
// (use function keys or Ctrl/Alt combinations for shortcuts on scanning screens); input methods (compose, CJK)
// are not involved on the gate and are not considered.
class ScannerInput : public QObject {
    Q_OBJECT
public:
    static constexpr int DefaultMinLength = 8;
    static constexpr int DefaultMaxKeyGapMs = 30;

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

    // Where key times come from (read once per printable key press and per Enter). Default: a steady clock.
    void setElapsedSource(ElapsedMs elapsed);

    // Delivers the held keys now, as typed by a person.
    void flush();

    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    // The text of one scanner burst, without the Enter.
    void scanned(const QString &text);

private:
    struct HeldKey {
        QPointer<QObject> receiver;
        std::unique_ptr<QKeyEvent> event;
    };

    bool handleKeyPress(QObject *receiver, QKeyEvent *event);
    bool handleKeyRelease(QObject *receiver, QKeyEvent *event);
    bool handleShortcutOverride(QKeyEvent *event);
    [[nodiscard]] bool isHeldKey(int key) const;
    [[nodiscard]] QString heldText() const;
    void hold(QObject *receiver, QKeyEvent *event);

    bool m_enabled = true;
    const QEvent *m_replaying = nullptr; // the held event being delivered by flush()
    int m_minLength = DefaultMinLength;
    int m_maxKeyGapMs = DefaultMaxKeyGapMs;
    ElapsedMs m_elapsed;
    qint64 m_lastPressMs = 0;
    int m_swallowReleaseOf = 0; // the Enter that ended a burst: its release is swallowed too
    std::vector<HeldKey> m_held;
    QTimer m_flushTimer;
};

} // namespace besuk
