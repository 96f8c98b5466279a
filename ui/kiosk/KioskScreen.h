// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPushButton>
#include <QString>
#include <QWidget>

namespace besuk {

// A visitor's name as part of a line of text. A name in a right-to-left script (Arabic, Hebrew) is isolated
// (U+2068 ... U+2069), so that it neither turns the whole line right-to-left nor reorders the NIK beside it;
// other names are returned as they are.
[[nodiscard]] QString isolatedName(const QString &name);

// What every kiosk screen offers the window that shows it.
class KioskScreen : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    // Forgets everything typed, chosen or shown, as if no visitor had been here.
    virtual void clear() = 0;
    // The screen is about to be shown: refresh from the flow and put the focus where typing starts.
    virtual void activate() {}

Q_SIGNALS:
    void back();

protected:
    // What Enter does when the focused widget does not use it (a line edit, a label, the screen itself).
    virtual void defaultAction() {}
    void keyPressEvent(QKeyEvent *event) override;
    // Makes Enter click a focused button, as in a dialog.
    void makeEnterClickButtons();
};

} // namespace besuk
