// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/AuditLog.h"
#include "ui/staff/StaffPage.h"

#include <memory>

namespace besuk {

namespace Ui {
class AuditPage;
}

// The audit log: every change, export, sign-in and view of personal data, newest first, filtered by dates, who,
// what and text; and a check of the whole hash chain that finds any altered or removed entry.
class AuditPage : public StaffPage {
    Q_OBJECT
public:
    static constexpr int PageSize = 200;

    explicit AuditPage(Facility &facility, QWidget *parent = nullptr);
    ~AuditPage() override;

    [[nodiscard]] QString title() const override;
    void refresh() override;
    void search();
    void verify();
    [[nodiscard]] const QList<AuditEntry> &shown() const { return m_entries; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void load(bool more);
    void fill();
    void retranslate();

    std::unique_ptr<Ui::AuditPage> m_ui;
    QList<AuditEntry> m_entries;
    bool m_loaded = false;
};

} // namespace besuk
