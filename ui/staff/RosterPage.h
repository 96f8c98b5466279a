// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/InmateStore.h"
#include "ui/staff/StaffPage.h"

#include <functional>
#include <memory>

namespace besuk {

namespace Ui {
class RosterPage;
}

// The roster of inmates: search, add one, correct a name or block, deactivate one who was released or transferred
// (their visits stay in the history) and reactivate; import a CSV file and see what became of each row.
class RosterPage : public StaffPage {
    Q_OBJECT
public:
    // Asks which CSV file to import (empty: not now). Tests answer without a dialog.
    using CsvChooser = std::function<QString()>;

    explicit RosterPage(Facility &facility, QWidget *parent = nullptr);
    ~RosterPage() override;

    [[nodiscard]] QString title() const override;
    void refresh() override;
    void setCsvChooser(CsvChooser chooser) { m_chooseCsv = std::move(chooser); }
    // The inmates listed now (after the search).
    [[nodiscard]] const QList<Inmate> &listed() const { return m_inmates; }
    bool select(const QString &number);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void showSelected();
    void startNew();
    void addInmate();
    void saveInmate();
    void setSelectedActive(bool active);
    void importCsv();
    void submit();
    [[nodiscard]] const Inmate *selected() const;
    void showMessage(const QString &message, const QString &ok = {});
    void retranslate();

    void showReport();

    std::unique_ptr<Ui::RosterPage> m_ui;
    QList<Inmate> m_inmates;
    QList<ImportReport::Row> m_report;
    QString m_formNumber; // whose name and block the form holds (empty: a new inmate)
    CsvChooser m_chooseCsv;
};

} // namespace besuk
