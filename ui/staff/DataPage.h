// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/staff/StaffPage.h"

#include <functional>
#include <memory>

namespace besuk {

namespace Ui {
class DataPage;
}

// Retention (how long names and NIKs are kept, and anonymising now), one person's data exported or erased by
// NIK, and backups on demand (SQLite; PostgreSQL sites use pg_dump, which the message says).
class DataPage : public StaffPage {
    Q_OBJECT
public:
    // Asks a yes/no question (tests answer without a dialog).
    using Confirmer = std::function<bool(const QString &question)>;
    // Asks where to save a person's data (empty: not now).
    using FileChooser = std::function<QString(const QString &suggestedName)>;

    explicit DataPage(Facility &facility, QWidget *parent = nullptr);
    ~DataPage() override;

    [[nodiscard]] QString title() const override;
    void refresh() override;
    void setConfirmer(Confirmer confirmer) { m_confirm = std::move(confirmer); }
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }
    // Beside the database by default, as besuk-cli backup does.
    void setBackupFolder(const QString &folder);

protected:
    void changeEvent(QEvent *event) override;

private:
    void saveDays();
    void anonymise();
    void exportPerson();
    void erasePerson();
    void backUp();
    void listBackups();
    void showMessage(const QString &text, bool ok);

    std::unique_ptr<Ui::DataPage> m_ui;
    QString m_backupFolder;
    Confirmer m_confirm;
    FileChooser m_chooseFile;
};

} // namespace besuk
