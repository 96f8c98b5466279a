#include "ScannerInput.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <algorithm>

namespace besuk {

namespace {

constexpr Qt::KeyboardModifiers TypingModifiers = Qt::ShiftModifier | Qt::KeypadModifier;

// A key a scanner types: visible characters, at most with Shift (capitals) or from the keypad.
bool isPrintableKey(const QKeyEvent *event) {
    const QString text = event->text();
    if (text.isEmpty() || event->isAutoRepeat() || (event->modifiers() & ~TypingModifiers))
        return false;
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isPrint(); });
}

bool isEnterKey(const QKeyEvent *event) {
    return (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
           !(event->modifiers() & ~Qt::KeypadModifier) && !event->isAutoRepeat();
}

// Key events reach the window first, then the focused widget, then (if ignored) its parents: only the focused
// object's copy counts. With no focus window at all (synthetic events in tests), whichever widget gets it.
bool isPrimaryTarget(const QObject *watched) {
    const QObject *focus = QGuiApplication::focusObject();
    return focus ? watched == focus : watched->isWidgetType();
}

} // namespace

ScannerInput::ScannerInput(QObject *parent) : QObject(parent), m_elapsed(steadyElapsedMs()) {
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(2 * m_maxKeyGapMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &ScannerInput::flush);
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
    m_flushTimer.setInterval(2 * m_maxKeyGapMs);
}

void ScannerInput::setElapsedSource(ElapsedMs elapsed) {
    m_elapsed = elapsed ? std::move(elapsed) : steadyElapsedMs();
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
    if (isPrintableKey(event)) {
        const qint64 now = m_elapsed();
        if (!m_held.empty() && now - m_lastPressMs >= m_maxKeyGapMs)
            flush(); // too slow for a scanner: what was held was typed by a person
        m_lastPressMs = now;
        hold(receiver, event);
        m_flushTimer.start();
        return true;
    }
    if (isEnterKey(event) && !m_held.empty()) {
        const qint64 now = m_elapsed();
        const QString text = heldText();
        if (now - m_lastPressMs < m_maxKeyGapMs && text.size() >= m_minLength) {
            m_flushTimer.stop();
            m_held.clear();
            m_swallowReleaseOf = event->key();
            Q_EMIT scanned(text);
            return true;
        }
    }
    // Any other key (or an Enter after slow or short input): the held keys first, then this one, untouched.
    flush();
    return false;
}

bool ScannerInput::handleKeyRelease(QObject *receiver, QKeyEvent *event) {
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
    if (m_held.empty() || !(isPrintableKey(event) || isEnterKey(event)))
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
