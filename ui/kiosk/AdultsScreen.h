// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/kiosk/KioskScreen.h"

#include <memory>

namespace besuk {

class KioskFlow;

namespace Ui {
class AdultsScreen;
}

// Each adult's NIK (on-screen keypad) and name (on-screen keyboard), checked as typed; sex and age shown as the
// NIK tells them; people added to and removed from the group.
class AdultsScreen : public KioskScreen {
    Q_OBJECT
public:
    explicit AdultsScreen(KioskFlow &flow, QWidget *parent = nullptr);
    ~AdultsScreen() override;

    void clear() override;
    void activate() override;

Q_SIGNALS:
    void next();

protected:
    void changeEvent(QEvent *event) override;
    void defaultAction() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool add();
    void goNext();
    void showStatus(const QString &text, const QString &role);
    void nikEdited();
    void keypadTyped();
    void rebuildList();
    void retranslate();

    std::unique_ptr<Ui::AdultsScreen> m_ui;
    KioskFlow &m_flow;
    QString m_error; // the last refusal, shown until the visitor types again
};

} // namespace besuk
