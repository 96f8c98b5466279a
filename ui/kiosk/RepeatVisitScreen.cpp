// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/kiosk/RepeatVisitScreen.h"

#include "ui/kiosk/KioskFlow.h"
#include "ui/kiosk/MessageArea.h"
#include "ui/kiosk/ReviewScreen.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QLocale>
#include <QPushButton>
#include <QStringList>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

QLabel *label(QWidget *parent, const QString &name, const QString &role) {
    auto *made = new QLabel(parent);
    made->setObjectName(name);
    made->setProperty("role", role);
    made->setWordWrap(true);
    return made;
}

QPushButton *button(QWidget *parent, const QString &name, const QString &role) {
    auto *made = new QPushButton(parent);
    made->setObjectName(name);
    if (!role.isEmpty())
        made->setProperty("role", role);
    // The style sheet's stepper is a 140 px circle: the layout is told so before the style is applied.
    if (role == u"stepper")
        made->setMinimumSize(140, 140);
    else
        made->setMinimumHeight(72);
    made->setAutoDefault(true);
    return made;
}

QString categoryText(Category category) {
    switch (category) {
    case Category::Woman:
        return RepeatVisitScreen::tr("a woman");
    case Category::Child:
        return RepeatVisitScreen::tr("a child with a NIK");
    case Category::Man:
        break;
    }
    return RepeatVisitScreen::tr("a man");
}

} // namespace

RepeatVisitScreen::RepeatVisitScreen(KioskFlow &flow, QWidget *parent) : KioskScreen(parent), m_flow(flow) {
    build();
    makeEnterClickButtons();
    connect(m_minus, &QPushButton::clicked, this, [this] { step(-1); });
    connect(m_plus, &QPushButton::clicked, this, [this] { step(+1); });
    connect(m_confirm, &QPushButton::clicked, this, &RepeatVisitScreen::confirm);
    connect(m_back, &QPushButton::clicked, this, &RepeatVisitScreen::back);
    refresh();
}

void RepeatVisitScreen::build() {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 32, 48, 32);
    layout->setSpacing(20);
    m_title = label(this, u"titleLabel"_s, u"title"_s);
    m_prompt = label(this, u"promptLabel"_s, u"lead"_s);
    layout->addWidget(m_title);
    layout->addWidget(m_prompt);

    m_details = new QWidget(this);
    m_details->setObjectName(u"detailsWidget"_s);
    auto *grid = new QGridLayout(m_details);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(24);
    grid->setVerticalSpacing(16);
    m_inmateField = label(m_details, u"inmateFieldLabel"_s, u"field"_s);
    m_inmate = label(m_details, u"inmateValueLabel"_s, u"value"_s);
    m_visitorsField = label(m_details, u"visitorsFieldLabel"_s, u"field"_s);
    m_visitors = label(m_details, u"visitorsValueLabel"_s, u"value"_s);
    m_childrenField = label(m_details, u"childrenFieldLabel"_s, u"field"_s);
    for (QLabel *field : {m_inmateField, m_visitorsField, m_childrenField})
        field->setWordWrap(false);
    m_count = label(m_details, u"countLabel"_s, u"value"_s);
    m_count->setWordWrap(false);
    m_count->setAlignment(Qt::AlignCenter);
    m_count->setMinimumWidth(80);
    m_minus = button(m_details, u"minusPushButton"_s, u"stepper"_s);
    m_plus = button(m_details, u"plusPushButton"_s, u"stepper"_s);
    m_minus->setText(u"\u2212"_s);
    m_plus->setText(u"+"_s);
    m_minus->setAutoDefault(false);
    m_plus->setAutoDefault(false);
    auto *stepper = new QHBoxLayout;
    stepper->addWidget(m_minus);
    stepper->addWidget(m_count);
    stepper->addWidget(m_plus);
    stepper->addStretch(1);
    grid->addWidget(m_inmateField, 0, 0, Qt::AlignTop);
    grid->addWidget(m_inmate, 0, 1);
    grid->addWidget(m_visitorsField, 1, 0, Qt::AlignTop);
    grid->addWidget(m_visitors, 1, 1);
    grid->addWidget(m_childrenField, 2, 0, Qt::AlignVCenter);
    grid->addLayout(stepper, 2, 1);
    grid->setColumnStretch(1, 1);
    layout->addWidget(m_details);

    m_errorLabel = label(this, u"errorLabel"_s, u"error"_s);
    reserveMessageLines(m_errorLabel, 3);
    layout->addWidget(m_errorLabel);
    layout->addStretch(1);
    auto *buttons = new QHBoxLayout;
    m_back = button(this, u"backPushButton"_s, QString());
    m_confirm = button(this, u"confirmPushButton"_s, u"primary"_s);
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_confirm);
    layout->addLayout(buttons);
}

void RepeatVisitScreen::clear() {
    m_error.clear();
    refresh();
}

void RepeatVisitScreen::activate() {
    m_error.clear();
    refresh();
    if (m_flow.repeat())
        m_confirm->setFocus(Qt::OtherFocusReason);
    else
        m_back->setFocus(Qt::OtherFocusReason);
}

void RepeatVisitScreen::showError(const QString &message) {
    m_error = message;
    refresh();
}

void RepeatVisitScreen::step(int delta) {
    const int wanted = m_flow.children() + delta;
    if (wanted >= 0 && wanted <= m_flow.maxChildren()) {
        m_flow.setChildren(wanted);
        m_error.clear();
    } else if (wanted > m_flow.maxChildren()) {
        m_error = tr("No more children fit in this group: at most %n people, children included.", nullptr,
                     m_flow.maxGroupSize());
    }
    refresh();
}

void RepeatVisitScreen::confirm() {
    m_confirm->setEnabled(false); // one registration per tap, however impatient
    auto issued = m_flow.confirmRepeat();
    m_confirm->setEnabled(true);
    if (issued) {
        m_error.clear();
        Q_EMIT registered();
    } else if (issued.error().code == ErrorCode::RuleRefused || issued.error().code == ErrorCode::SeeOfficer) {
        Q_EMIT refused(issued.error().message);
    } else {
        m_error = issued.error().message;
        refresh();
    }
}

void RepeatVisitScreen::refresh() {
    const auto &repeat = m_flow.repeat();
    m_title->setText(tr("Visit again"));
    m_prompt->setText(repeat ? tr("Your last visit, on %1. Check the details, set today's children, then confirm.")
                                   .arg(QLocale().toString(repeat->date, u"d MMMM yyyy"_s))
                             : tr("Hold the QR code of your last ticket to the scanner. A booking's QR code works "
                                  "too."));
    m_details->setVisible(repeat.has_value());
    m_confirm->setVisible(repeat.has_value());
    m_inmateField->setText(tr("Visiting"));
    m_visitorsField->setText(tr("Visitors"));
    m_childrenField->setText(tr("Children without a NIK"));
    m_back->setText(tr("Back"));
    m_confirm->setText(tr("Confirm and get my number"));
    m_minus->setAccessibleName(tr("One child fewer"));
    m_plus->setAccessibleName(tr("One child more"));
    if (repeat) {
        m_inmate->setText(u"%1 · %2"_s.arg(
            repeat->inmate.name, repeat->inmate.block.isEmpty() ? ReviewScreen::tr("no block") : repeat->inmate.block));
        QStringList visitors;
        for (qsizetype i = 0; i < repeat->members.size(); ++i) {
            const Member &member = repeat->members.at(i);
            visitors.append(
                member.name.isEmpty()
                    ? tr("%1. Another visitor from that ticket (%2)").arg(i + 1).arg(categoryText(member.category))
                    : u"%1. %2 (%3)"_s.arg(i + 1).arg(isolatedName(member.name), member.maskedNik));
        }
        m_visitors->setText(visitors.join(u'\n'));
        m_count->setText(QString::number(m_flow.children()));
        m_count->setAccessibleName(ReviewScreen::tr("%n child(ren)", nullptr, m_flow.children()));
    }
    m_errorLabel->setText(m_error);
    m_errorLabel->setVisible(!m_error.isEmpty());
    // The details' height depends on their width (wrapped text): recomputed whenever what they show changes.
    m_details->layout()->invalidate();
    layout()->invalidate();
}

void RepeatVisitScreen::defaultAction() {
    if (m_flow.repeat() && m_confirm->isEnabled())
        confirm();
}

void RepeatVisitScreen::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        refresh();
    KioskScreen::changeEvent(event);
}

} // namespace besuk
