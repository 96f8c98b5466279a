// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/kiosk/KioskScreen.h"

#include <QKeyEvent>

#include <algorithm>

namespace besuk {

QString isolatedName(const QString &name) {
    const bool rightToLeft = std::any_of(name.cbegin(), name.cend(), [](QChar c) {
        return c.direction() == QChar::DirR || c.direction() == QChar::DirAL;
    });
    if (!rightToLeft)
        return name;
    return QChar(0x2068) + name + QChar(0x2069); // FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE
}

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
