// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/gate/VerdictScreen.h"

#include "db/Nik.h"
#include "ui_VerdictScreen.h"

#include <QKeyEvent>
#include <QLocale>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

QString toneKey(VerdictScreen::Tone tone) {
    switch (tone) {
    case VerdictScreen::Tone::Positive:
        return u"positive"_s;
    case VerdictScreen::Tone::Warning:
        return u"warning"_s;
    case VerdictScreen::Tone::Negative:
        break;
    }
    return u"negative"_s;
}

} // namespace

VerdictScreen::VerdictScreen(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::VerdictScreen>()) {
    m_ui->setupUi(this);
    m_ui->membersTableWidget->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->membersTableWidget->horizontalHeader()->setStretchLastSection(true);
    connect(m_ui->nextPushButton, &QPushButton::clicked, this, &VerdictScreen::done);
    connect(m_ui->primaryPushButton, &QPushButton::clicked, this, [this] {
        if (m_offer == Offer::Inspect)
            Q_EMIT inspectRequested();
        else if (m_offer == Offer::CheckOut)
            Q_EMIT checkOutRequested();
    });
}

VerdictScreen::~VerdictScreen() = default;

VerdictScreen::Tone VerdictScreen::toneOf(Verdict verdict, Step step) {
    switch (verdict) {
    case Verdict::Valid:
    case Verdict::Admitted:
        return Tone::Positive;
    case Verdict::CheckedOut:
        return step == Step::CheckOut ? Tone::Positive : Tone::Negative;
    case Verdict::AlreadyAdmitted:
    case Verdict::NotInspected:
    case Verdict::NotAdmitted:
        return Tone::Warning;
    case Verdict::WrongDay:
    case Verdict::Cancelled:
    case Verdict::Refused:
    case Verdict::Banned:
    case Verdict::Unknown:
    case Verdict::Invalid:
        break;
    }
    return Tone::Negative;
}

VerdictScreen::Tone VerdictScreen::toneOf(const GateOutcome &outcome, Step step) {
    if (outcome.verdict == Verdict::Valid && step == Step::Scan && outcome.booking && outcome.booking->offSlot())
        return Tone::Warning;
    return toneOf(outcome.verdict, step);
}

bool VerdictScreen::offSlot() const {
    return m_outcome.verdict == Verdict::Valid && m_outcome.booking && m_outcome.booking->offSlot();
}

void VerdictScreen::showOutcome(const GateOutcome &outcome, Step step) {
    m_outcome = outcome;
    m_step = step;
    m_tone = toneOf(outcome, step);
    m_offer = Offer::None;
    if (step == Step::Scan && outcome.verdict == Verdict::Valid)
        m_offer = Offer::Inspect;
    else if (step == Step::Scan && outcome.verdict == Verdict::AlreadyAdmitted)
        m_offer = Offer::CheckOut;
    m_ui->bannerFrame->setProperty("tone", toneKey(m_tone));
    // The band and its labels: the text colour follows the tone too (dark on amber).
    for (QWidget *widget : {static_cast<QWidget *>(m_ui->bannerFrame), static_cast<QWidget *>(m_ui->titleLabel),
                            static_cast<QWidget *>(m_ui->reasonLabel)}) {
        widget->style()->unpolish(widget);
        widget->style()->polish(widget);
    }
    present();
    (m_offer != Offer::None ? m_ui->primaryPushButton : m_ui->nextPushButton)->setFocus(Qt::OtherFocusReason);
}

QString VerdictScreen::title() const {
    return m_ui->titleLabel->text();
}

QString VerdictScreen::bookingText() const {
    if (!m_outcome.booking)
        return {};
    const GateBooking &booking = *m_outcome.booking;
    const QString code = BookingService::displayCode(booking.code);
    switch (booking.timing) {
    case BookingService::Timing::Early:
        return tr("%1 (code %2) — came early").arg(booking.slot(), code);
    case BookingService::Timing::Late:
        return tr("%1 (code %2) — came late").arg(booking.slot(), code);
    case BookingService::Timing::InSlot:
        break;
    }
    return tr("%1 (code %2)").arg(booking.slot(), code);
}

QString VerdictScreen::titleText() const {
    switch (m_outcome.verdict) {
    case Verdict::Valid:
        if (offSlot())
            return m_outcome.booking->timing == BookingService::Timing::Early ? tr("VALID — EARLY")
                                                                              : tr("VALID — LATE");
        return tr("VALID");
    case Verdict::Admitted:
        return tr("ADMITTED");
    case Verdict::CheckedOut:
        return m_step == Step::CheckOut ? tr("CHECKED OUT") : tr("ALREADY LEFT");
    case Verdict::AlreadyAdmitted:
        return tr("ALREADY ADMITTED");
    case Verdict::NotInspected:
        return tr("NOT INSPECTED YET");
    case Verdict::NotAdmitted:
        return tr("NOT ADMITTED");
    case Verdict::WrongDay:
        return tr("WRONG DAY");
    case Verdict::Cancelled:
        return tr("CANCELLED");
    case Verdict::Refused:
        if (m_step == Step::Refuse)
            return tr("ENTRY REFUSED");
        return m_outcome.visit ? tr("REFUSED EARLIER") : tr("BOOKING REFUSED"); // no visit: a booked ticket's day
    case Verdict::Banned:
        return tr("BANNED");
    case Verdict::Unknown:
        return tr("UNKNOWN TICKET");
    case Verdict::Invalid:
        break;
    }
    return tr("NOT A VALID TICKET");
}

void VerdictScreen::present() {
    m_ui->titleLabel->setText(titleText());
    m_ui->reasonLabel->setText(m_outcome.message);

    QStringList bans;
    for (const Ban &ban : m_outcome.bans) {
        const QString until =
            ban.expiresAt.isValid()
                ? tr(" (until %1)").arg(QLocale().toString(ban.expiresAt.date(), QLocale::ShortFormat))
                : QString();
        bans.append(tr("Banned: NIK %1 — %2%3").arg(Nik::mask(ban.nik), ban.reason, until));
    }
    m_ui->banLabel->setText(bans.join(u'\n'));
    m_ui->banLabel->setVisible(!bans.isEmpty());

    const bool hasVisit = m_outcome.visit.has_value();
    for (QWidget *widget :
         {static_cast<QWidget *>(m_ui->ticketCaptionLabel), static_cast<QWidget *>(m_ui->ticketLabel),
          static_cast<QWidget *>(m_ui->inmateCaptionLabel), static_cast<QWidget *>(m_ui->inmateLabel),
          static_cast<QWidget *>(m_ui->childrenCaptionLabel), static_cast<QWidget *>(m_ui->childrenLabel),
          static_cast<QWidget *>(m_ui->membersTableWidget)})
        widget->setVisible(hasVisit);
    m_ui->bookingLabel->setText(bookingText());
    m_ui->bookingCaptionLabel->setVisible(m_outcome.booking.has_value());
    m_ui->bookingLabel->setVisible(m_outcome.booking.has_value());
    m_ui->membersTableWidget->setRowCount(0);
    if (hasVisit) {
        const VisitRecord &visit = *m_outcome.visit;
        m_ui->ticketLabel->setText(tr("%1 — %2, %n person(s)", nullptr, visit.people())
                                       .arg(visit.queueLabel(), QLocale().toString(visit.date, QLocale::ShortFormat)));
        m_ui->inmateLabel->setText(tr("%1 (%2), %3").arg(visit.inmate.name, visit.inmate.number, visit.inmate.block));
        m_ui->childrenLabel->setText(QString::number(visit.children));
        m_ui->membersTableWidget->setRowCount(int(visit.members.size()));
        for (int row = 0; row < visit.members.size(); ++row) {
            const Member &member = visit.members[row];
            const QString counted = member.category == Category::Man     ? tr("man")
                                    : member.category == Category::Woman ? tr("woman")
                                                                         : tr("child");
            const QStringList cells{member.name, member.maskedNik, counted};
            for (int column = 0; column < cells.size(); ++column)
                m_ui->membersTableWidget->setItem(row, column, new QTableWidgetItem(cells[column]));
        }
    }
    switch (m_offer) {
    case Offer::Inspect:
        m_ui->primaryPushButton->setText(tr("Inspect belongings (Enter)"));
        break;
    case Offer::CheckOut:
        m_ui->primaryPushButton->setText(tr("Check out (Enter)"));
        break;
    case Offer::None:
        break;
    }
    m_ui->primaryPushButton->setVisible(m_offer != Offer::None);
}

void VerdictScreen::keyPressEvent(QKeyEvent *event) {
    if (event->key() == Qt::Key_Escape) {
        Q_EMIT done();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && event->modifiers() == Qt::NoModifier) {
        if (m_offer == Offer::None)
            Q_EMIT done();
        else
            m_ui->primaryPushButton->click();
        return;
    }
    QWidget::keyPressEvent(event);
}

void VerdictScreen::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        present();
    }
    QWidget::changeEvent(event);
}

} // namespace besuk
