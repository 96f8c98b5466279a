// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/gate/CheckOutScreen.h"

#include "ui_CheckOutScreen.h"

#include <QCheckBox>

using namespace Qt::StringLiterals;

namespace besuk {

CheckOutScreen::CheckOutScreen(QWidget *parent) : GateFormScreen(parent), m_ui(std::make_unique<Ui::CheckOutScreen>()) {
    m_ui->setupUi(this);
    connect(m_ui->checkOutPushButton, &QPushButton::clicked, this, &CheckOutScreen::submitted);
    connect(m_ui->cancelPushButton, &QPushButton::clicked, this, &CheckOutScreen::cancelled);
}

CheckOutScreen::~CheckOutScreen() = default;

void CheckOutScreen::begin(const VisitRecord &visit, const QList<InspectionItem> &deposited,
                           const QDateTime &localNow) {
    m_visit = visit;
    m_deposited = deposited;
    m_minutesInside = visit.minutesInside(localNow);
    qDeleteAll(m_boxes);
    m_boxes.clear();
    for (qsizetype index = 0; index < deposited.size(); ++index) {
        auto *box = new QCheckBox(m_ui->depositedGroupBox);
        box->setObjectName(u"returnedCheckBox"_s);
        m_ui->depositedGroupBox->layout()->addWidget(box);
        m_boxes.append(box);
    }
    m_ui->depositedGroupBox->setVisible(!m_boxes.isEmpty());
    m_ui->nothingDepositedLabel->setVisible(m_boxes.isEmpty());
    m_ui->notesLineEdit->clear();
    m_ui->messageLabel->hide();
    retranslate();
    (m_boxes.isEmpty() ? static_cast<QWidget *>(m_ui->checkOutPushButton) : m_boxes.constFirst())
        ->setFocus(Qt::OtherFocusReason);
}

InspectionRequest CheckOutScreen::request() const {
    InspectionRequest request;
    request.phase = InspectionPhase::Exit;
    for (const InspectionItem &item : m_deposited)
        request.items.append(InspectionItem{item.description, Disposition::Returned, item.tag});
    request.notes = m_ui->notesLineEdit->text().trimmed();
    return request;
}

bool CheckOutScreen::allReturned() const {
    return std::all_of(m_boxes.begin(), m_boxes.end(), [](const QCheckBox *box) { return box->isChecked(); });
}

void CheckOutScreen::showError(const QString &message) {
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setVisible(!message.isEmpty());
}

void CheckOutScreen::retranslate() {
    m_ui->titleLabel->setText(tr("Exit — %1").arg(m_visit.queueLabel()));
    QStringList names;
    for (const Member &member : m_visit.members)
        names.append(member.name);
    m_ui->durationLabel->setText(tr("%1 (visiting %2) has been inside for %n minute(s).", nullptr, int(m_minutesInside))
                                     .arg(names.join(u", "_s), m_visit.inmate.name));
    for (int index = 0; index < m_boxes.size(); ++index) {
        const InspectionItem &item = m_deposited[index];
        m_boxes[index]->setText(tr("%1 — tag %2 handed back").arg(item.description, item.tag));
    }
}

void CheckOutScreen::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    GateFormScreen::changeEvent(event);
}

} // namespace besuk
