// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/gate/CameraView.h"

#include <QPainter>

namespace besuk {

CameraView::CameraView(QWidget *parent) : QWidget(parent) {
    setMinimumSize(320, 180);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void CameraView::showFrame(const QVideoFrame &frame) {
    if (!isVisible())
        return;
    // A preview needs no more than the widget's size; scaling here keeps painting cheap.
    m_image = frame.toImage().scaled(size(), Qt::KeepAspectRatio, Qt::FastTransformation);
    update();
}

void CameraView::clear() {
    m_image = QImage();
    update();
}

void CameraView::paintEvent(QPaintEvent *) {
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0x1F, 0x29, 0x37));
    if (m_image.isNull())
        return;
    const QPoint origin((width() - m_image.width()) / 2, (height() - m_image.height()) / 2);
    painter.drawImage(origin, m_image);
}

} // namespace besuk
