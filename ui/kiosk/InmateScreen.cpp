// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/kiosk/InmateScreen.h"

#include "ui/kiosk/KioskFlow.h"
#include "ui/kiosk/LengthLimit.h"
#include "ui/kiosk/MessageArea.h"
#include "ui_InmateScreen.h"

#include <QKeyEvent>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {
constexpr int MinSearchLength = 2;
}

InmateScreen::InmateScreen(KioskFlow &flow, QWidget *parent)
    : KioskScreen(parent), m_ui(std::make_unique<Ui::InmateScreen>()), m_flow(flow) {
    m_ui->setupUi(this);
    makeEnterClickButtons();
    m_ui->searchKeyboard->setMode(OnScreenKeyboard::Mode::Search);
    m_ui->searchKeyboard->setTarget(m_ui->searchLineEdit);
    m_ui->searchLineEdit->installEventFilter(this);
    reserveMessageLines(m_ui->messageLabel, 3);
    new LengthLimit(m_ui->searchLineEdit, 60, m_ui->messageLabel);
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, this, &InmateScreen::search);
    connect(m_ui->resultsListWidget, &QListWidget::currentRowChanged, this, &InmateScreen::check);
    // A tap on a name is the choice: the early check ran when the row became current (on the press); an inmate it
    // allows goes straight on to the adults, a refusal stays here with its message. No separate "Next" to find.
    connect(m_ui->resultsListWidget, &QListWidget::itemClicked, this, &InmateScreen::choose);
    connect(m_ui->backPushButton, &QPushButton::clicked, this, &InmateScreen::back);
    updateState();
}

InmateScreen::~InmateScreen() = default;

void InmateScreen::clear() {
    m_results.clear();
    m_searchError.clear();
    m_refusal.clear();
    m_ui->resultsListWidget->clear();
    m_ui->searchLineEdit->clear();
    updateState();
}

void InmateScreen::activate() {
    m_ui->searchLineEdit->setFocus(Qt::OtherFocusReason);
}

void InmateScreen::search() {
    const QString text = m_ui->searchLineEdit->text().trimmed();
    m_results.clear();
    m_searchError.clear();
    m_refusal.clear();
    m_ui->resultsListWidget->clear();
    if (text.size() >= MinSearchLength) {
        auto found = m_flow.searchInmates(text, MaxResults);
        if (found)
            m_results = *found;
        else
            m_searchError = found.error().message;
    }
    for (const Inmate &inmate : std::as_const(m_results)) {
        auto *item = new QListWidgetItem(m_ui->resultsListWidget);
        item->setSizeHint(QSize(0, 72));
        item->setData(Qt::UserRole, inmate.id);
    }
    updateState();
    m_ui->resultsListWidget->scrollToTop();
}

void InmateScreen::updateState() {
    for (int row = 0; row < m_results.size(); ++row) {
        const Inmate &inmate = m_results.at(row);
        const QString block = inmate.block.isEmpty() ? tr("no block") : inmate.block;
        if (QListWidgetItem *item = m_ui->resultsListWidget->item(row))
            item->setText(tr("%1 · %2").arg(inmate.name, block));
    }
    const int length = int(m_ui->searchLineEdit->text().trimmed().size());
    QString message;
    if (!m_refusal.isEmpty())
        message = m_refusal;
    else if (!m_searchError.isEmpty())
        message = m_searchError;
    else if (length < MinSearchLength)
        message = tr("Type at least %n letters or digits.", nullptr, MinSearchLength);
    else if (m_results.isEmpty())
        message = tr("Nobody found. Check the spelling, try part of the name, or ask an officer.");
    else if (m_ui->resultsListWidget->currentRow() < 0)
        message = tr("Tap the name of the person you are visiting.");
    const QString role = m_refusal.isEmpty() ? u"hint"_s : u"error"_s;
    if (m_ui->messageLabel->property("role").toString() != role) {
        m_ui->messageLabel->setProperty("role", role);
        m_ui->messageLabel->style()->unpolish(m_ui->messageLabel);
        m_ui->messageLabel->style()->polish(m_ui->messageLabel);
    }
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setVisible(!message.isEmpty());
}

// The inmate tapped (or selected with the arrow keys) is checked at once: a refusal shows before any typing.
bool InmateScreen::check() {
    const int row = m_ui->resultsListWidget->currentRow();
    m_refusal.clear();
    if (row >= 0 && row < m_results.size()) {
        if (auto allowed = m_flow.checkInmate(m_results.at(row)); !allowed)
            m_refusal = allowed.error().message;
    }
    updateState();
    return row >= 0 && row < m_results.size() && m_refusal.isEmpty();
}

void InmateScreen::choose() {
    if (!check()) // asked again: the answer may have changed since the tap (another kiosk registered meanwhile)
        return;
    m_flow.setInmate(m_results.at(m_ui->resultsListWidget->currentRow()));
    Q_EMIT next();
}

void InmateScreen::defaultAction() {
    if (m_results.isEmpty())
        return;
    const bool inList = m_ui->resultsListWidget->hasFocus();
    if (m_ui->resultsListWidget->currentRow() >= 0 && (inList || m_results.size() == 1)) {
        choose();
        return;
    }
    if (m_ui->resultsListWidget->currentRow() < 0)
        m_ui->resultsListWidget->setCurrentRow(0);
    m_ui->resultsListWidget->setFocus(Qt::OtherFocusReason);
}

bool InmateScreen::eventFilter(QObject *watched, QEvent *event) {
    // Down from the search field goes into the results, as in any search box.
    if (watched == m_ui->searchLineEdit && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && !m_results.isEmpty()) {
        if (m_ui->resultsListWidget->currentRow() < 0)
            m_ui->resultsListWidget->setCurrentRow(0);
        m_ui->resultsListWidget->setFocus(Qt::OtherFocusReason);
        return true;
    }
    return KioskScreen::eventFilter(watched, event);
}

void InmateScreen::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateState();
    }
    KioskScreen::changeEvent(event);
}

} // namespace besuk
