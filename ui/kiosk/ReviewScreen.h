// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Visit.h"
#include "ui/kiosk/KioskScreen.h"

#include <memory>

namespace besuk {

class KioskFlow;

namespace Ui {
class ReviewScreen;
}

// Everything chosen, for one last look, and the children without a NIK counted with a -/+ stepper (as on the
// repeat-visit screen); Confirm registers the group. The domain checks every rule at Confirm: a refusal is shown here,
// in the visitor's language, with what to do next.
class ReviewScreen : public KioskScreen {
    Q_OBJECT
public:
    explicit ReviewScreen(KioskFlow &flow, QWidget *parent = nullptr);
    ~ReviewScreen() override;

    void clear() override;
    void activate() override;

Q_SIGNALS:
    void registered();

protected:
    void changeEvent(QEvent *event) override;
    void defaultAction() override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void step(int delta);
    void confirm();
    void refresh();

    std::unique_ptr<Ui::ReviewScreen> m_ui;
    KioskFlow &m_flow;
    QString m_error;
};

// "1 man, 2 women, 1 child" in the current language.
QString groupText(int men, int women, int children);
QString serviceText(Service service);

} // namespace besuk
