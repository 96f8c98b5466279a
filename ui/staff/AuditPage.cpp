// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/staff/AuditPage.h"

#include "db/Facility.h"
#include "ui_AuditPage.h"

#include <QStyle>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace besuk {

AuditPage::AuditPage(Facility &facility, QWidget *parent)
    : StaffPage(facility, Permission::ViewAudit, parent), m_ui(std::make_unique<Ui::AuditPage>()) {
    m_ui->setupUi(this);
    m_ui->verifyLabel->hide();
    const QDate today = facility.today();
    m_ui->fromDateEdit->setDate(today.addDays(-7));
    m_ui->toDateEdit->setDate(today);
    m_ui->entriesTableWidget->setColumnCount(5);
    m_ui->entriesTableWidget->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->entriesTableWidget->horizontalHeader()->setStretchLastSection(true);
    connect(m_ui->searchPushButton, &QPushButton::clicked, this, &AuditPage::search);
    for (QLineEdit *edit : {m_ui->actorLineEdit, m_ui->actionLineEdit, m_ui->textLineEdit})
        connect(edit, &QLineEdit::returnPressed, this, &AuditPage::search);
    connect(m_ui->morePushButton, &QPushButton::clicked, this, [this] { load(true); });
    connect(m_ui->verifyPushButton, &QPushButton::clicked, this, &AuditPage::verify);
    retranslate();
}

AuditPage::~AuditPage() = default;

QString AuditPage::title() const {
    return tr("Audit log");
}

void AuditPage::refresh() {
    // The log only grows; a page the staff member is reading is not reloaded under their eyes.
    if (!m_loaded)
        search();
}

void AuditPage::search() {
    load(false);
}

void AuditPage::load(bool more) {
    const QTimeZone zone = facility().profile().timeZone;
    AuditFilter filter;
    filter.from = QDateTime(m_ui->fromDateEdit->date(), QTime(0, 0), zone).toUTC();
    filter.to = QDateTime(m_ui->toDateEdit->date().addDays(1), QTime(0, 0), zone).toUTC();
    filter.actor = m_ui->actorLineEdit->text().trimmed();
    filter.actionPrefix = m_ui->actionLineEdit->text().trimmed();
    filter.text = m_ui->textLineEdit->text().trimmed();
    filter.limit = PageSize;
    filter.beforeId = more && !m_entries.isEmpty() ? m_entries.last().id : 0;
    auto entries = onDomain([&filter](Facility &facility) { return AuditLog::entries(facility.database(), filter); });
    if (!entries)
        return;
    if (!more)
        m_entries.clear();
    m_entries += *entries;
    m_loaded = true;
    m_ui->morePushButton->setEnabled(entries->size() == PageSize);
    fill();
}

void AuditPage::fill() {
    QTableWidget *table = m_ui->entriesTableWidget;
    table->setRowCount(int(m_entries.size()));
    for (int row = 0; row < m_entries.size(); ++row) {
        const AuditEntry &entry = m_entries[row];
        const QStringList cells{facility().toLocal(entry.at).toString(u"yyyy-MM-dd HH:mm:ss"_s), entry.actor,
                                entry.action, entry.subject, entry.detail};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setData(Qt::UserRole, entry.id);
            table->setItem(row, column, item);
        }
    }
    m_ui->countLabel->setText(tr("%n entry(ies) shown", nullptr, int(m_entries.size())));
}

void AuditPage::verify() {
    auto check = onDomain([](Facility &facility) { return AuditLog::verify(facility.database()); });
    const bool intact = check && check->intact;
    const QString text =
        !check   ? check.error().message
        : intact ? tr("The audit log is intact: %n entry(ies), none altered or removed.", nullptr, int(check->entries))
                 : tr("The audit log has been tampered with: %1").arg(check->problem);
    m_ui->verifyLabel->setText(text);
    m_ui->verifyLabel->setProperty("role", intact ? u"ok"_s : u"error"_s);
    m_ui->verifyLabel->style()->unpolish(m_ui->verifyLabel);
    m_ui->verifyLabel->style()->polish(m_ui->verifyLabel);
    m_ui->verifyLabel->show();
}

void AuditPage::retranslate() {
    m_ui->actorLineEdit->setPlaceholderText(tr("Who"));
    m_ui->actionLineEdit->setPlaceholderText(tr("What, e.g. visit. or export"));
    m_ui->textLineEdit->setPlaceholderText(tr("Text"));
    m_ui->entriesTableWidget->setHorizontalHeaderLabels(
        {tr("When"), tr("Who"), tr("What"), tr("Subject"), tr("Detail")});
    m_ui->countLabel->setText(tr("%n entry(ies) shown", nullptr, int(m_entries.size())));
}

void AuditPage::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    StaffPage::changeEvent(event);
}

} // namespace besuk
