// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/staff/DataPage.h"

#include "db/BackupService.h"
#include "db/Facility.h"
#include "db/Nik.h"
#include "db/RetentionService.h"
#include "ui_DataPage.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMessageBox>
#include <QSaveFile>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace besuk {

DataPage::DataPage(Facility &facility, QWidget *parent)
    : StaffPage(facility, Permission::ManageRetention, parent), m_ui(std::make_unique<Ui::DataPage>()) {
    m_ui->setupUi(this);
    m_ui->messageLabel->hide();
    m_ui->nikLineEdit->setPlaceholderText(tr("NIK, 16 digits"));
    const QString location = facility.database().location();
    if (!Database::isPostgresUrl(location))
        m_backupFolder = QFileInfo(location).absoluteDir().filePath(u"backups"_s);
    connect(m_ui->saveDaysPushButton, &QPushButton::clicked, this, &DataPage::saveDays);
    connect(m_ui->anonymisePushButton, &QPushButton::clicked, this, &DataPage::anonymise);
    connect(m_ui->exportPersonPushButton, &QPushButton::clicked, this, &DataPage::exportPerson);
    connect(m_ui->erasePersonPushButton, &QPushButton::clicked, this, &DataPage::erasePerson);
    connect(m_ui->backupPushButton, &QPushButton::clicked, this, &DataPage::backUp);
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Please confirm"), question) == QMessageBox::Yes;
    };
    m_chooseFile = [this](const QString &suggested) {
        return QFileDialog::getSaveFileName(this, tr("Save the person's data"), suggested, tr("JSON files (*.json)"));
    };
}

DataPage::~DataPage() = default;

QString DataPage::title() const {
    return tr("Retention and backups");
}

void DataPage::setBackupFolder(const QString &folder) {
    m_backupFolder = folder;
    refresh();
}

void DataPage::refresh() {
    auto days = onDomain([](Facility &facility) { return RetentionService(facility).retentionDays(); });
    if (days && !m_ui->daysSpinBox->hasFocus())
        m_ui->daysSpinBox->setValue(*days);
    m_ui->folderValueLabel->setText(m_backupFolder.isEmpty() ? tr("PostgreSQL: back up the server with pg_dump "
                                                                  "(see docs/deployment.md).")
                                                             : m_backupFolder);
    m_ui->backupPushButton->setEnabled(!m_backupFolder.isEmpty());
    listBackups();
}

void DataPage::listBackups() {
    m_ui->backupsListWidget->clear();
    if (!m_backupFolder.isEmpty())
        m_ui->backupsListWidget->addItems(BackupService::backupsIn(m_backupFolder));
}

void DataPage::saveDays() {
    auto saved = onDomain([days = m_ui->daysSpinBox->value(), by = actor()](Facility &facility) {
        return RetentionService(facility).setRetentionDays(days, by);
    });
    showMessage(saved ? tr("Personal data is now kept for %n day(s).", nullptr, m_ui->daysSpinBox->value())
                      : saved.error().message,
                saved.ok());
}

void DataPage::anonymise() {
    const int days = m_ui->daysSpinBox->value();
    if (!m_confirm(tr("Remove the names and NIKs of every visit older than %n day(s)? This cannot be undone; the "
                      "tallies stay the same.",
                      nullptr, days)))
        return;
    auto report = onDomain(
        [days, by = actor()](Facility &facility) { return RetentionService(facility).anonymiseOlderThan(days, by); });
    if (!report) {
        showMessage(report.error().message, false);
        return;
    }
    showMessage(tr("%n visit(s) anonymised; %1 people's records removed, %2 kept for their recent visits.", nullptr,
                   report->visits)
                    .arg(report->peopleRemoved)
                    .arg(report->peopleKept),
                true);
}

void DataPage::exportPerson() {
    const QString nik = m_ui->nikLineEdit->text().trimmed();
    const QString path = m_chooseFile(u"besuk-person-%1.json"_s.arg(nik.right(4)));
    if (path.isEmpty())
        return;
    auto person =
        onDomain([&nik, by = actor()](Facility &facility) { return RetentionService(facility).exportPerson(nik, by); });
    if (!person) {
        showMessage(person.error().message, false);
        return;
    }
    QSaveFile file(path);
    const QByteArray bytes = QJsonDocument(*person).toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        showMessage(tr("The file could not be written: %1").arg(file.errorString()), false);
        return;
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    showMessage(tr("Saved: %1").arg(path), true);
}

void DataPage::erasePerson() {
    const QString nik = m_ui->nikLineEdit->text().trimmed();
    if (!m_confirm(tr("Erase the name and NIK of %1 from every visit? Bans on this NIK stay. This cannot be undone.")
                       .arg(Nik::mask(nik))))
        return;
    auto report =
        onDomain([&nik, by = actor()](Facility &facility) { return RetentionService(facility).erasePerson(nik, by); });
    if (!report) {
        showMessage(report.error().message, false);
        return;
    }
    m_ui->nikLineEdit->clear();
    showMessage(tr("Erased from %n visit(s).", nullptr, report->visits), true);
}

void DataPage::backUp() {
    auto made = onDomain([folder = m_backupFolder, keep = m_ui->keepSpinBox->value(), by = actor()](
                             Facility &facility) { return BackupService(facility).backup(folder, keep, by); });
    if (!made) {
        showMessage(made.error().message, false);
        return;
    }
    listBackups();
    showMessage(tr("Backup written and checked: %1").arg(made->path), true);
}

void DataPage::showMessage(const QString &text, bool ok) {
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setProperty("role", ok ? u"ok"_s : u"error"_s);
    m_ui->messageLabel->style()->unpolish(m_ui->messageLabel);
    m_ui->messageLabel->style()->polish(m_ui->messageLabel);
    m_ui->messageLabel->show();
}

void DataPage::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->nikLineEdit->setPlaceholderText(tr("NIK, 16 digits"));
    }
    StaffPage::changeEvent(event);
}

} // namespace besuk
