// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/BanStore.h"
#include "ui/staff/StaffPage.h"

#include <functional>
#include <memory>

namespace besuk {

namespace Ui {
class BansPage;
}

// The bans in force (NIKs masked): add one, with or without an end date, or lift one.
class BansPage : public StaffPage {
    Q_OBJECT
public:
    // Asks whether to lift this ban (false: the staff member changed their mind). Tests answer without a dialog.
    using LiftConfirmer = std::function<bool(const Ban &)>;

    explicit BansPage(Facility &facility, QWidget *parent = nullptr);
    ~BansPage() override;

    [[nodiscard]] QString title() const override;
    void refresh() override;
    void setLiftConfirmer(LiftConfirmer confirmer) { m_confirmLift = std::move(confirmer); }
    [[nodiscard]] const QList<Ban> &listed() const { return m_bans; }
    bool select(qint64 banId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void showSelected();
    void addBan();
    void liftSelected();
    [[nodiscard]] const Ban *selected() const;
    // The last day of a ban that ends at `expiresAt` (facility time).
    [[nodiscard]] QDate lastDay(const QDateTime &expiresAt);
    void showMessage(const QString &message, const QString &ok = {});
    void retranslate();

    std::unique_ptr<Ui::BansPage> m_ui;
    QList<Ban> m_bans;
    LiftConfirmer m_confirmLift;
};

} // namespace besuk
