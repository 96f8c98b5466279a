// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/devices/ScannerInput.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <algorithm>

namespace besuk {

namespace {

constexpr int FlushMarginMs = 20;
constexpr int StutterAfterKeys = 4;
constexpr int StutterGapMs = 250;

constexpr Qt::KeyboardModifiers TypingModifiers = Qt::ShiftModifier | Qt::KeypadModifier;

// A key a scanner types: visible characters, at most with Shift (capitals) or from the keypad.
bool isPrintableKey(const QKeyEvent *event) {
    const QString text = event->text();
    if (text.isEmpty() || event->isAutoRepeat() || (event->modifiers() & ~TypingModifiers))
        return false;
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isPrint(); });
}

// Keys that change what the next key types, pressed and released around it (Shift for capitals) or toggled (Caps
// Lock): a scanner sends them inside a burst, so they neither end nor break one.
bool isModifierKey(const QKeyEvent *event) {
    switch (event->key()) {
    case Qt::Key_Shift:
    case Qt::Key_Control:
    case Qt::Key_Alt:
    case Qt::Key_AltGr:
    case Qt::Key_Meta:
    case Qt::Key_CapsLock:
    case Qt::Key_NumLock:
    case Qt::Key_Super_L:
    case Qt::Key_Super_R:
        return true;
    default:
        return false;
    }
}

// The suffixes scanners are set to send: Enter (main or keypad), Tab, and CR / LF sent as Ctrl+M / Ctrl+J.
bool isSuffixKey(const QKeyEvent *event) {
    if (event->isAutoRepeat())
        return false;
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Tab:
        return modifiers == Qt::NoModifier;
    case Qt::Key_M:
    case Qt::Key_J:
        return modifiers == Qt::ControlModifier;
    default:
        return false;
    }
}

// "]" + symbology letter + modifier digit: the AIM identifier some scanners put before every code.
bool startsWithAimIdentifier(const QString &text) {
    return text.size() > 3 && text.at(0) == u']' && text.at(1).isLetter() && text.at(2).isDigit();
}

// Key events reach the window first, then the focused widget, then (if ignored) its parents: only the focused
// object's copy counts. With no focus window at all (synthetic events in tests), whichever widget gets it.
bool isPrimaryTarget(const QObject *watched) {
    const QObject *focus = QGuiApplication::focusObject();
    return focus ? watched == focus : watched->isWidgetType();
}

} // namespace

ScannerInput::ScannerInput(QObject *parent) : QObject(parent), m_steady(steadyElapsedMs()) {
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &ScannerInput::flushUnlessStillArriving);
}

ScannerInput::~ScannerInput() {
    flush();
}

void ScannerInput::install(QObject *application) {
    if (!application)
        application = QCoreApplication::instance();
    if (application)
        application->installEventFilter(this);
}

void ScannerInput::setEnabled(bool enabled) {
    if (!enabled)
        flush();
    m_enabled = enabled;
}

void ScannerInput::setMinLength(int characters) {
    m_minLength = std::max(1, characters);
}

void ScannerInput::setMaxKeyGapMs(int milliseconds) {
    m_maxKeyGapMs = std::max(1, milliseconds);
}

void ScannerInput::setMaxAverageGapMs(int milliseconds) {
    m_maxAverageGapMs = std::max(1, milliseconds);
}

void ScannerInput::setElapsedSource(ElapsedMs elapsed) {
    m_elapsed = std::move(elapsed);
}

qint64 ScannerInput::timeOf(const QKeyEvent *event) {
    if (m_elapsed)
        return m_elapsed();
    // The window system's time of the key (X11: milliseconds, 32 bits), not the time we got round to it.
    if (event->timestamp() != 0)
        return static_cast<qint64>(event->timestamp());
    return m_steady();
}

// The UI thread may have been busy (painting, a database read) while the scanner went on typing: those keys wait in
// the event queue with their own time stamps. They are looked at before the held keys are taken for typing.
void ScannerInput::flushUnlessStillArriving() {
    QCoreApplication::processEvents();
    if (!m_flushTimer.isActive()) // else a key went on with the burst (or began another), and the timer runs again
        flush();
}

void ScannerInput::flush() {
    m_flushTimer.stop();
    if (m_held.empty())
        return;
    const std::vector<HeldKey> held = std::move(m_held);
    m_held.clear();
    for (const HeldKey &key : held) {
        QObject *target = key.receiver ? key.receiver.data() : QGuiApplication::focusObject();
        if (!target)
            continue;
        // Only this very event passes the filter unexamined (also on its way up to the parents); keys that arrive
        // meanwhile, in a nested event loop, are still looked at.
        m_replaying = key.event.get();
        QCoreApplication::sendEvent(target, key.event.get());
    }
    m_replaying = nullptr;
}

bool ScannerInput::eventFilter(QObject *watched, QEvent *event) {
    const QEvent::Type type = event->type();
    if (type != QEvent::KeyPress && type != QEvent::KeyRelease && type != QEvent::ShortcutOverride)
        return false;
    if (!m_enabled || event == m_replaying || !isPrimaryTarget(watched))
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    switch (type) {
    case QEvent::KeyPress:
        return handleKeyPress(watched, key);
    case QEvent::KeyRelease:
        return handleKeyRelease(watched, key);
    default:
        return handleShortcutOverride(key);
    }
}

bool ScannerInput::handleKeyPress(QObject *receiver, QKeyEvent *event) {
    if (isModifierKey(event))
        return false;
    if (isPrintableKey(event)) {
        const qint64 now = timeOf(event);
        if (!m_held.empty() && now - m_lastPressMs >= allowedGapMs())
            flush(); // too slow for a scanner: what was held was typed by a person
        if (m_held.empty()) {
            m_burstStartMs = now;
            m_heldPresses = 0;
        }
        m_lastPressMs = now;
        ++m_heldPresses;
        hold(receiver, event);
        m_flushTimer.start(allowedGapMs() + FlushMarginMs);
        return true;
    }
    if (isSuffixKey(event) && endBurst(event))
        return true;
    // Any other key (or a suffix after slow or short input): the held keys first, then this one, untouched.
    flush();
    return false;
}

bool ScannerInput::endBurst(const QKeyEvent *event) {
    if (m_held.empty())
        return false;
    const QString text = heldText();
    const qint64 now = timeOf(event);
    const bool fastEnough =
        now - m_lastPressMs < allowedGapMs() && now - m_burstStartMs <= qint64(m_maxAverageGapMs) * m_heldPresses;
    if (!fastEnough || text.size() < m_minLength)
        return false;
    m_flushTimer.stop();
    m_held.clear();
    m_swallowReleaseOf = event->key();
    Q_EMIT scanned(withoutPrefix(text));
    return true;
}

// A burst that has kept a scanner's pace for a few keys may stutter once (USB polling, a loaded X server) without
// turning into typing; before that, a pause of maxKeyGapMs() means a person.
int ScannerInput::allowedGapMs() const {
    const bool scannerPace = m_heldPresses >= StutterAfterKeys &&
                             m_lastPressMs - m_burstStartMs <= qint64(m_maxAverageGapMs) * (m_heldPresses - 1);
    return scannerPace ? std::max(m_maxKeyGapMs, StutterGapMs) : m_maxKeyGapMs;
}

QString ScannerInput::withoutPrefix(QString text) const {
    if (!m_prefix.isEmpty() && text.startsWith(m_prefix))
        text.remove(0, m_prefix.size());
    if (startsWithAimIdentifier(text))
        text.remove(0, 3);
    return text;
}

bool ScannerInput::handleKeyRelease(QObject *receiver, QKeyEvent *event) {
    if (isModifierKey(event))
        return false;
    if (m_swallowReleaseOf != 0 && event->key() == m_swallowReleaseOf && !event->isAutoRepeat()) {
        m_swallowReleaseOf = 0;
        return true;
    }
    if (!m_held.empty() && isHeldKey(event->key())) {
        hold(receiver, event); // delivered after its press, or dropped with it
        return true;
    }
    return false;
}

bool ScannerInput::handleShortcutOverride(QKeyEvent *event) {
    // While a burst may be under way, its keys are text for us, not shortcuts for someone else.
    if (m_held.empty() || !(isPrintableKey(event) || isSuffixKey(event)))
        return false;
    event->accept();
    return true;
}

bool ScannerInput::isHeldKey(int key) const {
    return std::any_of(m_held.cbegin(), m_held.cend(), [key](const HeldKey &held) {
        return held.event->type() == QEvent::KeyPress && held.event->key() == key;
    });
}

QString ScannerInput::heldText() const {
    QString text;
    for (const HeldKey &held : m_held) {
        if (held.event->type() == QEvent::KeyPress)
            text += held.event->text();
    }
    return text;
}

void ScannerInput::hold(QObject *receiver, QKeyEvent *event) {
    m_held.push_back({receiver, std::unique_ptr<QKeyEvent>(static_cast<QKeyEvent *>(event->clone()))});
}

} // namespace besuk
