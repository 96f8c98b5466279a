// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace besuk {

// A form the guard fills in for one group (the entry inspection, the check-out): Ctrl+Enter submits it from any
// field, Escape cancels it.
class GateFormScreen : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

Q_SIGNALS:
    void submitted();
    void cancelled();

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace besuk
