// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/BusyShade.h"

#include "db/FacilityThread.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

bool isKey(QEvent::Type type) {
    return type == QEvent::KeyPress || type == QEvent::KeyRelease;
}

bool isDropped(QEvent::Type type) {
    switch (type) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::Wheel:
    case QEvent::Shortcut:
    case QEvent::ShortcutOverride:
        return true;
    default:
        return false;
    }
}

} // namespace

BusyShade::BusyShade(FacilityThread &domain, QWidget *window) : QWidget(window) {
    setObjectName(u"busyShade"_s);
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(u"#busyShade { background: rgba(255, 255, 255, 160); } #busyShadeLabel { background: white; "
                  "border: 2px solid #5b6b7a; border-radius: 12px; padding: 24px 40px; font-size: 22pt; "
                  "color: #1f2a33; }"_s);
    m_label = new QLabel(this);
    m_label->setObjectName(u"busyShadeLabel"_s);
    m_label->setAlignment(Qt::AlignCenter);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label, 0, Qt::AlignCenter);
    hide();
    window->installEventFilter(this);
    connect(&domain, &FacilityThread::waitStarted, this, &BusyShade::holdInput);
    connect(&domain, &FacilityThread::waitEnded, this, &BusyShade::giveInputBack);
    connect(&domain, &FacilityThread::busyChanged, this, &BusyShade::setBusy);
    retranslate();
}

BusyShade::~BusyShade() {
    if (m_holding)
        qApp->removeEventFilter(this);
}

void BusyShade::retranslate() {
    m_label->setText(tr("Please wait…"));
}

void BusyShade::holdInput() {
    if (m_holding)
        return;
    m_holding = true;
    qApp->installEventFilter(this);
}

void BusyShade::giveInputBack() {
    if (!m_holding)
        return;
    m_holding = false;
    qApp->removeEventFilter(this);
    if (m_held.empty())
        return;
    // After the screen has handled the call's result: each key goes to whatever has the focus by then, as keys
    // queued behind a busy screen would.
    auto held = std::make_shared<std::vector<HeldKey>>(std::move(m_held));
    m_held.clear();
    QMetaObject::invokeMethod(
        this,
        [held] {
            for (HeldKey &key : *held) {
                QObject *target = QGuiApplication::focusObject();
                if (!target)
                    target = key.receiver;
                if (target)
                    QCoreApplication::sendEvent(target, key.event.get());
            }
        },
        Qt::QueuedConnection);
}

void BusyShade::setBusy(bool busy) {
    if (busy) {
        setGeometry(parentWidget()->rect());
        raise();
        show();
    } else {
        hide();
    }
}

bool BusyShade::eventFilter(QObject *watched, QEvent *event) {
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        setGeometry(parentWidget()->rect());
    if (!m_holding)
        return false;
    if (isKey(event->type())) {
        m_held.push_back(HeldKey{watched, std::unique_ptr<QEvent>(event->clone())});
        return true;
    }
    return isDropped(event->type());
}

} // namespace besuk
