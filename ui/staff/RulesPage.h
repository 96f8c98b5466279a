// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Rules.h"
#include "ui/staff/StaffPage.h"

#include <memory>

class QCheckBox;

namespace besuk {

namespace Ui {
class RulesPage;
}
class BookingRulesBox;
class ClosedDaysBox;

// The facility's visiting rules, every one of them: days and hours, sessions, days per block, group limits,
// the weekly and daily limits, the adult age, the visit length, the gate's inspection and its prohibited items,
// and booking ahead (BookingRulesBox). Save checks them with the domain (nothing is stored when one is impossible);
// Revert shows the saved rules again. Closed days (ClosedDaysBox) take effect at once, without Save.
class RulesPage : public StaffPage {
    Q_OBJECT
public:
    explicit RulesPage(Facility &facility, QWidget *parent = nullptr);
    ~RulesPage() override;

    [[nodiscard]] QString title() const override;
    // Shows the saved rules, unless the form holds changes not saved yet.
    void refresh() override;
    // The rules as the form holds them; InvalidInput when a field cannot be read (e.g. block days).
    [[nodiscard]] Result<Rules> edited() const;
    bool save();
    void revert();

protected:
    void changeEvent(QEvent *event) override;

private:
    void load(const Rules &rules);
    Result<Rules> savedRules();
    void addSessionRow(const VisitSession &session);
    void addBlockRow(const QString &block, const QList<int> &days);
    void addItem();
    [[nodiscard]] QList<QCheckBox *> dayBoxes() const;
    void showMessage(const QString &message, const QString &ok = {});
    void retranslate();

    std::unique_ptr<Ui::RulesPage> m_ui;
    BookingRulesBox *m_bookingRulesBox;
    ClosedDaysBox *m_closedDaysBox;
    Rules m_loaded; // what the form showed when loaded
    bool m_everLoaded = false;
};

} // namespace besuk
