// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/staff/StaffPage.h"

#include <functional>
#include <memory>

class QComboBox;
class QSettings;

namespace besuk {

namespace Ui {
class SettingsPage;
}

// The facility's name (in the database, for every station; the time zone is shown, never changed) and this
// computer's station settings (its QSettings: the kiosk's timeouts and printer, the gate, the lobby display), with
// the same keys and defaults as KioskSettings, GateSettings and DisplaySettings. Stations read them at start-up.
class SettingsPage : public StaffPage {
    Q_OBJECT
public:
    // Asks for a folder (empty: not now); tests answer without a dialog.
    using FolderChooser = std::function<QString(const QString &current)>;

    explicit SettingsPage(Facility &facility, QWidget *parent = nullptr);
    ~SettingsPage() override;

    [[nodiscard]] QString title() const override;
    // Shows the facility's name again, unless it is being edited.
    void refresh() override;
    // The station settings to show and save (not owned; must outlive the page). Null: this computer's own
    // QSettings, owned by the page. Loads them.
    void setStationSettings(QSettings *settings);
    void setFolderChooser(FolderChooser chooser) { m_chooseFolder = std::move(chooser); }

    bool saveName();
    // Writes every station setting the page shows and syncs; false (with the reason shown) when they could not be
    // written.
    bool saveStation();
    // Shows the stored station settings again.
    void revertStation();

protected:
    void changeEvent(QEvent *event) override;

private:
    void loadStation();
    void updatePrinterFields();
    void retranslate();
    void showMessage(const QString &text, bool ok);
    // Selects the item whose data is `key`; false (nothing changed) when there is none.
    static bool select(QComboBox *combo, const QString &key);

    std::unique_ptr<Ui::SettingsPage> m_ui;
    std::unique_ptr<QSettings> m_ownSettings;
    QSettings *m_settings;
    FolderChooser m_chooseFolder;
};

} // namespace besuk
