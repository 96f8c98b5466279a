// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/kiosk/StillHereOverlay.h"

#include "ui/kiosk/MessageArea.h"

#include <QEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace besuk {

StillHereOverlay::StillHereOverlay(QWidget *parent) : QFrame(parent) {
    setObjectName(u"stillHereOverlay"_s);
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(u"#stillHereOverlay { background: rgba(17, 24, 39, 170); }"_s);
    auto *card = new QFrame(this);
    card->setObjectName(u"stillHereCard"_s);
    card->setProperty("role", u"card"_s);
    card->setFixedWidth(720); // a known width, so that the wrapped countdown gets the height it needs
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(40, 32, 40, 32);
    cardLayout->setSpacing(20);
    m_titleLabel = new QLabel(card);
    m_titleLabel->setObjectName(u"stillHereTitleLabel"_s);
    m_titleLabel->setProperty("role", u"title"_s);
    m_titleLabel->setAlignment(Qt::AlignCenter);
    m_titleLabel->setWordWrap(true);
    m_countdownLabel = new QLabel(card);
    m_countdownLabel->setObjectName(u"stillHereCountdownLabel"_s);
    m_countdownLabel->setProperty("role", u"lead"_s);
    m_countdownLabel->setAlignment(Qt::AlignCenter);
    m_countdownLabel->setWordWrap(true);
    reserveMessageLines(m_countdownLabel, 2);
    m_continueButton = new QPushButton(card);
    m_continueButton->setObjectName(u"stillHerePushButton"_s);
    m_continueButton->setProperty("role", u"primary"_s);
    m_continueButton->setFocusPolicy(Qt::NoFocus); // the visitor's field keeps the focus and the keys
    connect(m_continueButton, &QPushButton::clicked, this, &StillHereOverlay::dismissed);
    cardLayout->addWidget(m_titleLabel);
    cardLayout->addWidget(m_countdownLabel);
    cardLayout->addWidget(m_continueButton, 0, Qt::AlignHCenter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->addStretch(1);
    layout->addWidget(card, 0, Qt::AlignHCenter);
    layout->addStretch(1);
    parent->installEventFilter(this);
    setGeometry(parent->rect());
    hide();
    retranslate();
}

void StillHereOverlay::setSecondsLeft(int seconds) {
    m_seconds = seconds;
    retranslate();
}

bool StillHereOverlay::eventFilter(QObject *watched, QEvent *event) {
    if (watched == parent() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QFrame::eventFilter(watched, event);
}

void StillHereOverlay::mousePressEvent(QMouseEvent *event) {
    event->accept();
    Q_EMIT dismissed();
}

void StillHereOverlay::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void StillHereOverlay::retranslate() {
    m_titleLabel->setText(tr("Still here?"));
    m_countdownLabel->setText(
        tr("This form will be cleared in %n second(s). Touch the screen to carry on.", nullptr, m_seconds));
    m_continueButton->setText(tr("Yes, carry on"));
}

} // namespace besuk
