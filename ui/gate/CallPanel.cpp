// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/gate/CallPanel.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>

using namespace Qt::StringLiterals;

namespace besuk {

CallPanel::CallPanel(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_service(new QComboBox(this)), m_current(new QLabel(this)),
      m_waiting(new QLabel(this)), m_message(new QLabel(this)), m_callNext(new QPushButton(this)),
      m_recall(new QPushButton(this)), m_skip(new QPushButton(this)) {
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // Two columns, so that the Indonesian labels ("Panggil berikutnya (F5)") fit a narrow side panel.
    layout->addWidget(m_title, 0, 0);
    layout->addWidget(m_service, 0, 1);
    layout->addWidget(m_current, 1, 0);
    layout->addWidget(m_waiting, 1, 1);
    layout->addWidget(m_callNext, 2, 0, 1, 2);
    layout->addWidget(m_recall, 3, 0);
    layout->addWidget(m_skip, 3, 1);
    layout->addWidget(m_message, 4, 0, 1, 2);
    m_title->setProperty("role", u"subtitle"_s);
    m_current->setObjectName(u"callCurrentLabel"_s);
    m_current->setProperty("role", u"called"_s);
    m_waiting->setObjectName(u"callWaitingLabel"_s);
    m_message->setObjectName(u"callMessageLabel"_s);
    m_message->setWordWrap(true);
    m_message->hide();
    m_callNext->setObjectName(u"callNextPushButton"_s);
    m_recall->setObjectName(u"recallPushButton"_s);
    m_skip->setObjectName(u"skipPushButton"_s);
    m_service->addItem(QString(), int(Service::Visit));
    m_service->addItem(QString(), int(Service::Deposit));
    connect(m_service, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT serviceChanged(service()); });
    connect(m_callNext, &QPushButton::clicked, this, [this] { Q_EMIT callNextRequested(service()); });
    connect(m_recall, &QPushButton::clicked, this, &CallPanel::recallRequested);
    connect(m_skip, &QPushButton::clicked, this, &CallPanel::skipRequested);
    const std::pair<Qt::Key, QPushButton *> keys[] = {
        {Qt::Key_F5, m_callNext}, {Qt::Key_F6, m_recall}, {Qt::Key_F7, m_skip}};
    for (const auto &[key, button] : keys) {
        // The whole gate window hears these, whatever has the focus.
        auto *shortcut = new QShortcut(QKeySequence(key), this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, button, &QPushButton::click);
    }
    retranslate();
}

void CallPanel::setService(Service service) {
    m_service->setCurrentIndex(m_service->findData(int(service)));
}

Service CallPanel::service() const {
    return Service(m_service->currentData().toInt());
}

void CallPanel::setCurrent(const std::optional<CallRecord> &call) {
    m_call = call;
    retranslate();
}

void CallPanel::setWaiting(int waiting) {
    m_waitingCount = waiting;
    retranslate();
}

void CallPanel::showMessage(const QString &message) {
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void CallPanel::retranslate() {
    m_title->setText(tr("Calling"));
    m_service->setItemText(0, tr("A — visits"));
    m_service->setItemText(1, tr("B — item drop-off"));
    m_current->setText(m_call ? m_call->queueLabel() : tr("—"));
    m_current->setToolTip(tr("The number this gate called last"));
    m_waiting->setText(tr("Waiting: %1").arg(m_waitingCount));
    m_callNext->setText(tr("Call next (F5)"));
    m_recall->setText(tr("Call again (F6)"));
    m_skip->setText(tr("No-show (F7)"));
}

void CallPanel::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace besuk
