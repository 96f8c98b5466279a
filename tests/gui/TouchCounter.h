// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QEvent>
#include <QObject>

namespace besuk::test {

// Counts presses on widgets while it lives: what a touch screen would count as touches.
class TouchCounter : public QObject {
public:
    TouchCounter() { qApp->installEventFilter(this); }
    ~TouchCounter() override { qApp->removeEventFilter(this); }
    TouchCounter(const TouchCounter &) = delete;
    TouchCounter &operator=(const TouchCounter &) = delete;
    int touches = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (event->type() == QEvent::MouseButtonPress && watched->isWidgetType())
            ++touches;
        return false;
    }
};

} // namespace besuk::test
