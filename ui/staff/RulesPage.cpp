// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/staff/RulesPage.h"

#include "db/Facility.h"
#include "db/InmateStore.h"
#include "ui/staff/BookingRulesBox.h"
#include "ui/staff/ClosedDaysBox.h"
#include "ui_RulesPage.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTimeEdit>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

enum SessionColumn { NameColumn, StartColumn, EndColumn, CapacityColumn };

QTimeEdit *timeEdit(const QTime &time) {
    auto *edit = new QTimeEdit(time);
    edit->setDisplayFormat(u"HH:mm"_s);
    edit->setFrame(false);
    edit->setButtonSymbols(QAbstractSpinBox::NoButtons); // too narrow a cell for arrows: typed or wheeled
    return edit;
}

QString daysText(const QList<int> &days) {
    QStringList numbers;
    for (int day : days)
        numbers.append(QString::number(day));
    return numbers.join(u',');
}

} // namespace

RulesPage::RulesPage(Facility &facility, QWidget *parent)
    : StaffPage(facility, Permission::ManageRules, parent), m_ui(std::make_unique<Ui::RulesPage>()),
      m_bookingRulesBox(new BookingRulesBox), m_closedDaysBox(new ClosedDaysBox(domain(), [this] { return actor(); })) {
    m_ui->setupUi(this);
    m_ui->rightLayout->addWidget(m_bookingRulesBox);
    m_ui->rightLayout->addWidget(m_closedDaysBox);
    m_ui->rightLayout->addStretch();
    m_bookingRulesBox->setVisitingDaysSource([this] {
        const auto rules = edited();
        return rules ? rules->anyVisitingDays() : m_loaded.anyVisitingDays();
    });
    m_ui->messageLabel->hide();
    m_ui->okLabel->hide();
    for (QTableWidget *table : {m_ui->sessionsTableWidget, m_ui->blocksTableWidget}) {
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        table->horizontalHeader()->setStretchLastSection(true);
        table->setMinimumHeight(150);
    }
    m_ui->sessionsTableWidget->setColumnCount(4);
    m_ui->sessionsTableWidget->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_ui->sessionsTableWidget->horizontalHeader()->setStretchLastSection(false);
    m_ui->blocksTableWidget->setColumnCount(2);
    connect(m_ui->savePushButton, &QPushButton::clicked, this, &RulesPage::save);
    connect(m_ui->revertPushButton, &QPushButton::clicked, this, &RulesPage::revert);
    connect(m_ui->addSessionPushButton, &QPushButton::clicked, this, [this] {
        addSessionRow(VisitSession{QString(), m_ui->opensTimeEdit->time(), m_ui->closesTimeEdit->time(), 0});
        m_ui->sessionsTableWidget->setCurrentCell(m_ui->sessionsTableWidget->rowCount() - 1, NameColumn);
        m_ui->sessionsTableWidget->editItem(
            m_ui->sessionsTableWidget->item(m_ui->sessionsTableWidget->rowCount() - 1, NameColumn));
    });
    connect(m_ui->removeSessionPushButton, &QPushButton::clicked, this, [this] {
        if (const int row = m_ui->sessionsTableWidget->currentRow(); row >= 0)
            m_ui->sessionsTableWidget->removeRow(row);
    });
    connect(m_ui->addBlockPushButton, &QPushButton::clicked, this, [this] {
        addBlockRow(QString(), {});
        m_ui->blocksTableWidget->setCurrentCell(m_ui->blocksTableWidget->rowCount() - 1, 0);
        m_ui->blocksTableWidget->editItem(m_ui->blocksTableWidget->item(m_ui->blocksTableWidget->rowCount() - 1, 0));
    });
    connect(m_ui->removeBlockPushButton, &QPushButton::clicked, this, [this] {
        if (const int row = m_ui->blocksTableWidget->currentRow(); row >= 0)
            m_ui->blocksTableWidget->removeRow(row);
    });
    connect(m_ui->addItemPushButton, &QPushButton::clicked, this, &RulesPage::addItem);
    connect(m_ui->itemLineEdit, &QLineEdit::returnPressed, this, &RulesPage::addItem);
    connect(m_ui->removeItemPushButton, &QPushButton::clicked, this,
            [this] { delete m_ui->itemsListWidget->currentItem(); });
    retranslate();
}

RulesPage::~RulesPage() = default;

QString RulesPage::title() const {
    return tr("Rules");
}

QList<QCheckBox *> RulesPage::dayBoxes() const {
    return {m_ui->mondayCheckBox, m_ui->tuesdayCheckBox,  m_ui->wednesdayCheckBox, m_ui->thursdayCheckBox,
            m_ui->fridayCheckBox, m_ui->saturdayCheckBox, m_ui->sundayCheckBox};
}

void RulesPage::refresh() {
    m_closedDaysBox->refresh();
    auto current = edited();
    if (m_everLoaded && (!current || *current != m_loaded))
        return; // unsaved changes: kept until saved or reverted
    if (auto saved = savedRules())
        load(*saved);
    else if (!m_everLoaded)
        showMessage(saved.error().message);
}

// The rules as stored now: another console may have changed them since this one read them.
Result<Rules> RulesPage::savedRules() {
    return onDomain([](Facility &facility) -> Result<Rules> {
        if (auto read = facility.reloadRules(); !read)
            return read.error();
        return facility.rules();
    });
}

void RulesPage::revert() {
    auto saved = savedRules();
    if (!saved) {
        showMessage(saved.error().message);
        return;
    }
    load(*saved);
    showMessage({}, tr("The form shows the saved rules again."));
}

void RulesPage::load(const Rules &rules) {
    m_loaded = rules;
    // The form leaves out a weekday without slots; so does what it is compared with (unsaved changes).
    m_loaded.bookingSlots.removeIf([](const auto &day) { return day.value().isEmpty(); });
    m_everLoaded = true;
    const QList<QCheckBox *> boxes = dayBoxes();
    for (int day = 1; day <= 7; ++day)
        boxes[day - 1]->setChecked(rules.visitingDays.contains(day));
    m_ui->opensTimeEdit->setTime(rules.opens);
    m_ui->closesTimeEdit->setTime(rules.closes);
    m_ui->sessionsTableWidget->setRowCount(0);
    for (const VisitSession &session : rules.sessions)
        addSessionRow(session);
    m_ui->blocksTableWidget->setRowCount(0);
    for (auto it = rules.blockVisitingDays.cbegin(); it != rules.blockVisitingDays.cend(); ++it)
        addBlockRow(it.key(), it.value());
    m_ui->maxGroupSizeSpinBox->setValue(rules.maxGroupSize);
    m_ui->maxAdultsSpinBox->setValue(rules.maxAdults);
    m_ui->visitsPerWeekSpinBox->setValue(rules.visitsPerInmatePerWeek);
    m_ui->dailyCapSpinBox->setValue(rules.dailyCapPeople);
    m_ui->adultAgeSpinBox->setValue(rules.adultAge);
    m_ui->visitMinutesSpinBox->setValue(rules.visitMinutes);
    m_ui->inspectionCheckBox->setChecked(rules.requireClearedInspection);
    m_ui->itemsListWidget->clear();
    m_ui->itemsListWidget->addItems(rules.prohibitedItems);
    m_bookingRulesBox->load(rules);
}

void RulesPage::addSessionRow(const VisitSession &session) {
    QTableWidget *table = m_ui->sessionsTableWidget;
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, NameColumn, new QTableWidgetItem(session.name));
    table->setCellWidget(row, StartColumn, timeEdit(session.start));
    table->setCellWidget(row, EndColumn, timeEdit(session.end));
    auto *capacity = new QSpinBox;
    capacity->setRange(0, 100000);
    capacity->setFrame(false);
    capacity->setButtonSymbols(QAbstractSpinBox::NoButtons);
    capacity->setSpecialValueText(tr("no limit"));
    capacity->setValue(session.capacity);
    table->setCellWidget(row, CapacityColumn, capacity);
}

void RulesPage::addBlockRow(const QString &block, const QList<int> &days) {
    QTableWidget *table = m_ui->blocksTableWidget;
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, 0, new QTableWidgetItem(block));
    table->setItem(row, 1, new QTableWidgetItem(daysText(days)));
}

void RulesPage::addItem() {
    const QString item = m_ui->itemLineEdit->text().simplified();
    if (item.isEmpty())
        return;
    if (!m_ui->itemsListWidget->findItems(item, Qt::MatchFixedString).isEmpty()) {
        showMessage(tr("%1 is already on the list.").arg(item));
        return;
    }
    m_ui->itemsListWidget->addItem(item);
    m_ui->itemsListWidget->setCurrentRow(m_ui->itemsListWidget->count() - 1);
    m_ui->itemLineEdit->clear();
    showMessage({});
}

Result<Rules> RulesPage::edited() const {
    Rules rules = m_loaded;
    rules.visitingDays.clear();
    const QList<QCheckBox *> boxes = dayBoxes();
    for (int day = 1; day <= 7; ++day)
        if (boxes[day - 1]->isChecked())
            rules.visitingDays.append(day);
    rules.opens = m_ui->opensTimeEdit->time();
    rules.closes = m_ui->closesTimeEdit->time();

    rules.sessions.clear();
    const QTableWidget *sessions = m_ui->sessionsTableWidget;
    for (int row = 0; row < sessions->rowCount(); ++row) {
        const QTableWidgetItem *name = sessions->item(row, NameColumn);
        rules.sessions.append(
            VisitSession{name ? name->text().trimmed() : QString(),
                         qobject_cast<QTimeEdit *>(sessions->cellWidget(row, StartColumn))->time(),
                         qobject_cast<QTimeEdit *>(sessions->cellWidget(row, EndColumn))->time(),
                         qobject_cast<QSpinBox *>(sessions->cellWidget(row, CapacityColumn))->value()});
    }

    rules.blockVisitingDays.clear();
    const QTableWidget *blocks = m_ui->blocksTableWidget;
    static const QRegularExpression separator(u"[,;\\s]+"_s);
    for (int row = 0; row < blocks->rowCount(); ++row) {
        const QString block = blocks->item(row, 0) ? blocks->item(row, 0)->text().trimmed() : QString();
        const QString text = blocks->item(row, 1) ? blocks->item(row, 1)->text() : QString();
        if (block.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             tr("Each row of visiting days per block needs the block's name."));
        if (rules.blockVisitingDays.contains(block))
            return makeError(ErrorCode::InvalidInput, tr("%1 is listed twice.").arg(InmateStore::blockText(block)));
        QList<int> days;
        for (const QString &part : text.split(separator, Qt::SkipEmptyParts)) {
            bool number = false;
            const int day = part.toInt(&number);
            if (!number)
                return makeError(ErrorCode::InvalidInput,
                                 tr("Write the visiting days of %1 as numbers, 1 (Monday) to 7 (Sunday), "
                                    "for example 1,3,5.")
                                     .arg(InmateStore::blockText(block)));
            if (!days.contains(day))
                days.append(day);
        }
        if (days.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             tr("Write the visiting days of %1 as numbers, 1 (Monday) to 7 (Sunday), "
                                "for example 1,3,5.")
                                 .arg(InmateStore::blockText(block)));
        std::sort(days.begin(), days.end());
        rules.blockVisitingDays.insert(block, days);
    }

    rules.maxGroupSize = m_ui->maxGroupSizeSpinBox->value();
    rules.maxAdults = m_ui->maxAdultsSpinBox->value();
    rules.visitsPerInmatePerWeek = m_ui->visitsPerWeekSpinBox->value();
    rules.dailyCapPeople = m_ui->dailyCapSpinBox->value();
    rules.adultAge = m_ui->adultAgeSpinBox->value();
    rules.visitMinutes = m_ui->visitMinutesSpinBox->value();
    rules.requireClearedInspection = m_ui->inspectionCheckBox->isChecked();
    rules.prohibitedItems.clear();
    for (int row = 0; row < m_ui->itemsListWidget->count(); ++row)
        rules.prohibitedItems.append(m_ui->itemsListWidget->item(row)->text());
    m_bookingRulesBox->applyTo(rules);
    return rules;
}

bool RulesPage::save() {
    auto rules = edited();
    if (!rules) {
        showMessage(rules.error().message);
        return false;
    }
    auto saved = onDomain([&rules, by = actor()](Facility &facility) -> Result<Rules> {
        if (auto stored = facility.saveRules(*rules, by); !stored)
            return stored.error();
        return facility.rules();
    });
    if (!saved) {
        showMessage(saved.error().message);
        return false;
    }
    load(*saved);
    showMessage({}, tr("The rules were saved. They apply to registrations from now on."));
    return true;
}

void RulesPage::showMessage(const QString &message, const QString &ok) {
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setVisible(!message.isEmpty());
    m_ui->okLabel->setText(ok);
    m_ui->okLabel->setVisible(!ok.isEmpty());
}

void RulesPage::retranslate() {
    const QLocale locale;
    const QList<QCheckBox *> boxes = dayBoxes();
    for (int day = 1; day <= 7; ++day)
        boxes[day - 1]->setText(locale.dayName(day, QLocale::LongFormat));
    m_ui->visitsPerWeekSpinBox->setSpecialValueText(tr("no limit"));
    m_ui->dailyCapSpinBox->setSpecialValueText(tr("no limit"));
    for (int row = 0; row < m_ui->sessionsTableWidget->rowCount(); ++row)
        if (auto *capacity = qobject_cast<QSpinBox *>(m_ui->sessionsTableWidget->cellWidget(row, CapacityColumn)))
            capacity->setSpecialValueText(tr("no limit"));
    m_ui->itemLineEdit->setPlaceholderText(tr("New item, e.g. Kamera"));
    m_ui->sessionsTableWidget->setHorizontalHeaderLabels({tr("Session"), tr("Starts"), tr("Ends"), tr("Capacity")});
    m_ui->blocksTableWidget->setHorizontalHeaderLabels({tr("Block"), tr("Visiting days")});
}

void RulesPage::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    StaffPage::changeEvent(event);
}

} // namespace besuk
