#include "KioskScreen.h"

#include <QKeyEvent>

namespace besuk {

void KioskScreen::keyPressEvent(QKeyEvent *event) {
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        defaultAction();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void KioskScreen::makeEnterClickButtons() {
    const auto buttons = findChildren<QPushButton *>();
    for (QPushButton *button : buttons)
        button->setAutoDefault(true);
}

} // namespace besuk
