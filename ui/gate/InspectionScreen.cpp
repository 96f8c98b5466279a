// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/gate/InspectionScreen.h"

#include "ui/gate/InspectionItemRow.h"
#include "ui_InspectionScreen.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QShortcut>

using namespace Qt::StringLiterals;

namespace besuk {

InspectionScreen::InspectionScreen(QWidget *parent)
    : GateFormScreen(parent), m_ui(std::make_unique<Ui::InspectionScreen>()) {
    m_ui->setupUi(this);
    const std::pair<QPushButton *, const char *> quickItems[] = {{m_ui->foodPushButton, QT_TR_NOOP("Food")},
                                                                 {m_ui->clothesPushButton, QT_TR_NOOP("Clothes")},
                                                                 {m_ui->documentsPushButton, QT_TR_NOOP("Documents")},
                                                                 {m_ui->medicinePushButton, QT_TR_NOOP("Medicine")},
                                                                 {m_ui->moneyPushButton, QT_TR_NOOP("Money")}};
    int key = Qt::Key_1;
    for (const auto &[button, name] : quickItems) {
        connect(button, &QPushButton::clicked, this, [this, name] { addItem(tr(name)); });
        auto *shortcut = new QShortcut(QKeyCombination(Qt::AltModifier, Qt::Key(key++)), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, button, &QPushButton::click);
    }
    connect(m_ui->otherPushButton, &QPushButton::clicked, this, [this] { addItem(QString()); });
    auto *other = new QShortcut(QKeyCombination(Qt::AltModifier, Qt::Key_6), this);
    other->setContext(Qt::WidgetWithChildrenShortcut);
    connect(other, &QShortcut::activated, m_ui->otherPushButton, &QPushButton::click);

    connect(m_ui->refusedRadioButton, &QRadioButton::toggled, this, &InspectionScreen::updateOutcome);
    connect(m_ui->admitPushButton, &QPushButton::clicked, this, &InspectionScreen::submitted);
    connect(m_ui->cancelPushButton, &QPushButton::clicked, this, &InspectionScreen::cancelled);
    retranslate();
}

InspectionScreen::~InspectionScreen() = default;

void InspectionScreen::begin(const VisitRecord &visit, const QStringList &prohibitedItems) {
    m_queueLabel = visit.queueLabel();
    for (InspectionItemRow *row : std::as_const(m_rows))
        row->deleteLater();
    m_rows.clear();
    qDeleteAll(m_prohibited);
    m_prohibited.clear();
    auto *grid = static_cast<QGridLayout *>(m_ui->prohibitedGroupBox->layout());
    constexpr int Columns = 3;
    for (const QString &name : prohibitedItems) {
        auto *box = new QCheckBox(name, m_ui->prohibitedGroupBox);
        box->setObjectName(u"prohibitedCheckBox"_s);
        const int index = int(m_prohibited.size());
        grid->addWidget(box, index / Columns, index % Columns);
        connect(box, &QCheckBox::toggled, this, [this, box](bool found) { prohibitedToggled(box, found); });
        m_prohibited.append(box);
    }
    m_ui->prohibitedGroupBox->setVisible(!m_prohibited.isEmpty());
    m_ui->notesLineEdit->clear();
    m_ui->reasonLineEdit->clear();
    m_ui->clearedRadioButton->setChecked(true);
    m_ui->messageLabel->hide();
    m_ui->noItemsLabel->show();
    retranslate();
    updateOutcome();
    (m_prohibited.isEmpty() ? static_cast<QWidget *>(m_ui->foodPushButton) : m_prohibited.constFirst())
        ->setFocus(Qt::OtherFocusReason);
}

InspectionItemRow *InspectionScreen::addItem(const QString &description, Disposition disposition) {
    auto *row = new InspectionItemRow(InspectionItem{description, disposition, {}}, m_ui->itemsContainer);
    // Above the spacer that keeps the rows at the top.
    m_ui->itemsLayout->insertWidget(m_ui->itemsLayout->count() - 1, row);
    connect(row, &InspectionItemRow::removeRequested, this, &InspectionScreen::removeRow);
    m_rows.append(row);
    m_ui->noItemsLabel->hide();
    m_ui->itemsScrollArea->ensureWidgetVisible(row);
    (description.isEmpty() ? static_cast<QWidget *>(row->descriptionEdit())
                           : static_cast<QWidget *>(row->dispositionBox()))
        ->setFocus(Qt::OtherFocusReason);
    return row;
}

void InspectionScreen::removeRow(InspectionItemRow *row) {
    m_rows.removeOne(row);
    for (QCheckBox *box : std::as_const(m_prohibited))
        if (box->property("row").value<QObject *>() == row) {
            const QSignalBlocker blocker(box);
            box->setChecked(false);
        }
    row->deleteLater();
    m_ui->noItemsLabel->setVisible(m_rows.isEmpty());
}

void InspectionScreen::prohibitedToggled(QCheckBox *box, bool found) {
    if (found) {
        // Found prohibited items are taken from the visitor: confiscated unless the guard deposits them.
        InspectionItemRow *row = addItem(box->text(), Disposition::Confiscated);
        box->setProperty("row", QVariant::fromValue<QObject *>(row));
        box->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (auto *row = qobject_cast<InspectionItemRow *>(box->property("row").value<QObject *>()))
        removeRow(row);
}

InspectionRequest InspectionScreen::request() const {
    InspectionRequest request;
    request.phase = InspectionPhase::Entry;
    for (const InspectionItemRow *row : m_rows)
        request.items.append(row->item());
    request.outcome = refusing() ? InspectionOutcome::Refused : InspectionOutcome::Cleared;
    request.reason = refusing() ? m_ui->reasonLineEdit->text().trimmed() : QString();
    request.notes = m_ui->notesLineEdit->text().trimmed();
    return request;
}

bool InspectionScreen::refusing() const {
    return m_ui->refusedRadioButton->isChecked();
}

void InspectionScreen::showError(const QString &message) {
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setVisible(!message.isEmpty());
}

void InspectionScreen::updateOutcome() {
    m_ui->reasonLineEdit->setEnabled(refusing());
    m_ui->admitPushButton->setText(refusing() ? tr("Refuse entry (Ctrl+Enter)") : tr("Admit (Ctrl+Enter)"));
    m_ui->admitPushButton->setProperty("role", refusing() ? u"danger"_s : u"primary"_s);
    m_ui->admitPushButton->style()->unpolish(m_ui->admitPushButton);
    m_ui->admitPushButton->style()->polish(m_ui->admitPushButton);
    if (refusing())
        m_ui->reasonLineEdit->setFocus(Qt::OtherFocusReason);
}

void InspectionScreen::retranslate() {
    m_ui->titleLabel->setText(tr("Entry inspection — %1").arg(m_queueLabel));
    m_ui->reasonLineEdit->setPlaceholderText(tr("Reason for refusing"));
    updateOutcome();
}

void InspectionScreen::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    GateFormScreen::changeEvent(event);
}

} // namespace besuk
