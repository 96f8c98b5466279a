// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/kiosk/KioskScreen.h"

#include <memory>

namespace besuk {

class KioskFlow;

namespace Ui {
class ChildrenScreen;
}

// How many children without a NIK come along: a stepper bounded by the group size.
class ChildrenScreen : public KioskScreen {
    Q_OBJECT
public:
    explicit ChildrenScreen(KioskFlow &flow, QWidget *parent = nullptr);
    ~ChildrenScreen() override;

    void clear() override;
    void activate() override;

Q_SIGNALS:
    void next();

protected:
    void changeEvent(QEvent *event) override;
    void defaultAction() override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void step(int delta);
    void refresh();

    std::unique_ptr<Ui::ChildrenScreen> m_ui;
    KioskFlow &m_flow;
    bool m_atLimit = false; // the visitor asked for one more than the group allows
};

} // namespace besuk
