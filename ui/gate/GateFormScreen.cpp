// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/gate/GateFormScreen.h"

#include <QKeyEvent>

namespace besuk {

void GateFormScreen::keyPressEvent(QKeyEvent *event) {
    if (event->key() == Qt::Key_Escape) {
        Q_EMIT cancelled();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        (event->modifiers() & Qt::ControlModifier)) {
        Q_EMIT submitted();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace besuk
