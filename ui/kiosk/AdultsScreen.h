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
    // What the visitor confirmed on the card-scan screen: fills the NIK and the name, and adds the person when both
    // were read. False when the person was not added (no name read, or a rule refused them: the screen says why).
    bool addFromCard(const QString &nik, const QString &name);
    // "Next": on to the review when the group has an adult (a person typed but not added is added on the way).
    void goNext();
    // The station's region code (kiosk/nikRegionPrefix: 4 or 6 digits, empty for none): a keypad key types it as the
    // start of a NIK. From the second adult on, a second key types the first 6 digits of the previous adult's NIK.
    void setRegionPrefix(const QString &digits);

Q_SIGNALS:
    void next();
    void scanRequested(); // "Scan ID card"

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void defaultAction() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool add();
    void showStatus(const QString &text, const QString &role);
    void nikEdited();
    void keypadTyped();
    void rebuildList();
    void retranslate();
    void updatePrefixKeys();

    std::unique_ptr<Ui::AdultsScreen> m_ui;
    QPushButton *m_scanButton = nullptr;
    KioskFlow &m_flow;
    QString m_error; // the last refusal, shown until the visitor types again
    QString m_regionPrefix;
};

} // namespace besuk
