// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/kiosk/TicketScreen.h"

#include "platform/printing/TicketPrinter.h"
#include "platform/ticket/QrCode.h"
#include "platform/ticket/TicketView.h"
#include "ui/common/KioskSettings.h"
#include "ui/kiosk/KioskFlow.h"
#include "ui/kiosk/MessageArea.h"
#include "ui/kiosk/ReviewScreen.h"
#include "ui_TicketScreen.h"

#include <QPixmap>
#include <QStyle>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

constexpr int QrPixels = 300;
constexpr int MaxPrints = 2; // the automatic print and one "Print again"

void setRole(QWidget *widget, const QString &role) {
    widget->setProperty("role", role);
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
    widget->updateGeometry(); // the role's font and padding change the label's height
}

} // namespace

TicketScreen::TicketScreen(KioskFlow &flow, const KioskSettings &settings, QWidget *parent)
    : KioskScreen(parent), m_ui(std::make_unique<Ui::TicketScreen>()), m_flow(flow), m_settings(settings) {
    m_ui->setupUi(this);
    makeEnterClickButtons();
    reserveMessageLines(m_ui->printStatusLabel, 3);
    connect(m_ui->printAgainPushButton, &QPushButton::clicked, this, &TicketScreen::print);
    connect(m_ui->donePushButton, &QPushButton::clicked, this, &TicketScreen::done);
    refresh();
}

TicketScreen::~TicketScreen() = default;

void TicketScreen::clear() {
    ++m_generation;
    m_printState = PrintState::Idle;
    m_printError.clear();
    m_prints = 0;
    m_ui->qrLabel->clear();
    refresh();
}

void TicketScreen::activate() {
    clear();
    m_ui->donePushButton->setFocus(Qt::OtherFocusReason);
    if (!m_flow.ticket())
        return;
    m_printState = PrintState::Printing;
    const auto &payload = m_flow.ticket()->payload;
    const int modules = QrCode::modules(payload) + 8;
    const int moduleSize = std::max(2, QrPixels / std::max(1, modules));
    m_ui->qrLabel->setPixmap(QPixmap::fromImage(QrCode::image(payload, moduleSize)));
    m_ui->qrLabel->setAccessibleName(tr("QR code of the ticket"));
    refresh();
    // Printing can take a moment: the ticket is painted first.
    QTimer::singleShot(0, this, [this, generation = m_generation] {
        if (generation == m_generation)
            print();
    });
}

void TicketScreen::print() {
    if (!m_flow.ticket() || m_prints >= MaxPrints)
        return;
    ++m_prints;
    const VisitRecord &visit = m_flow.ticket()->visit;
    auto printed = m_flow.printTicket(m_settings.choiceFor(visit.date.toString(Qt::ISODate), visit.queueLabel()));
    m_printState = printed ? PrintState::Printed : PrintState::Failed;
    m_printError = printed ? QString() : TicketPrinter::visitorMessage(printed.error());
    refresh();
}

void TicketScreen::setSecondsLeft(int seconds) {
    m_secondsLeft = seconds;
    m_ui->countdownLabel->setText(seconds > 0 ? tr("Back to the start in %n second(s).", nullptr, seconds) : QString());
}

void TicketScreen::refresh() {
    const auto &ticket = m_flow.ticket();
    if (ticket) {
        const TicketView view = TicketView::from(ticket->visit, ticket->payload, m_flow.facility());
        m_ui->queueLabel->setText(view.queueLabel);
        m_ui->serviceLabel->setText(view.serviceText);
        m_ui->dateValueLabel->setText(view.dateText);
        m_ui->sessionValueLabel->setText(view.sessionText.isEmpty() ? tr("none (item drop-off)") : view.sessionText);
        m_ui->inmateValueLabel->setText(
            view.inmateBlock.isEmpty() ? view.inmateName : u"%1 · %2"_s.arg(view.inmateName, view.inmateBlock));
        m_ui->groupValueLabel->setText(groupText(view.men, view.women, view.children));
        m_ui->leadValueLabel->setText(u"%1 (%2)"_s.arg(isolatedName(view.leadName), view.leadMaskedNik));
    } else {
        for (QLabel *label : {m_ui->queueLabel, m_ui->serviceLabel, m_ui->dateValueLabel, m_ui->sessionValueLabel,
                              m_ui->inmateValueLabel, m_ui->groupValueLabel, m_ui->leadValueLabel})
            label->clear();
    }
    switch (m_printState) {
    case PrintState::Idle:
        m_ui->printStatusLabel->clear();
        setRole(m_ui->printStatusLabel, u"hint"_s);
        break;
    case PrintState::Printing:
        setRole(m_ui->printStatusLabel, u"hint"_s);
        m_ui->printStatusLabel->setText(tr("Printing your ticket…"));
        break;
    case PrintState::Printed:
        setRole(m_ui->printStatusLabel, u"ok"_s);
        m_ui->printStatusLabel->setText(tr("Your ticket has been printed. Please take it and wait until your "
                                           "number is called."));
        break;
    case PrintState::Failed:
        setRole(m_ui->printStatusLabel, u"error"_s);
        m_ui->printStatusLabel->setText(m_printError + u"\n"_s + tr("Your ticket on this screen is still valid."));
        break;
    }
    m_ui->printStatusLabel->setVisible(m_printState != PrintState::Idle);
    m_ui->printAgainPushButton->setEnabled(ticket && m_printState != PrintState::Printing && m_prints < MaxPrints);
    setSecondsLeft(m_secondsLeft);
}

void TicketScreen::defaultAction() {
    Q_EMIT done();
}

void TicketScreen::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        refresh();
    }
    KioskScreen::changeEvent(event);
}

} // namespace besuk
