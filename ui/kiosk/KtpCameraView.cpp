// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/kiosk/KtpCameraView.h"

#include <QPainter>
#include <QPainterPath>

namespace besuk {

namespace {

constexpr double CardAspect = 85.6 / 54.0;
constexpr double GuideShare = 0.8; // of the view's width or height, whichever binds

} // namespace

KtpCameraView::KtpCameraView(QWidget *parent) : QWidget(parent) {
    setMinimumSize(320, 200);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void KtpCameraView::showImage(const QImage &frame) {
    m_image = frame.scaled(size(), Qt::KeepAspectRatio, Qt::FastTransformation);
    update();
}

void KtpCameraView::clear() {
    m_image = QImage();
    update();
}

QRectF KtpCameraView::guideRect() const {
    double w = width() * GuideShare;
    double h = w / CardAspect;
    if (h > height() * GuideShare) {
        h = height() * GuideShare;
        w = h * CardAspect;
    }
    return {(width() - w) / 2, (height() - h) / 2, w, h};
}

void KtpCameraView::paintEvent(QPaintEvent *) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), QColor(0x1F, 0x29, 0x37));
    if (!m_image.isNull())
        painter.drawImage(QPoint((width() - m_image.width()) / 2, (height() - m_image.height()) / 2), m_image);
    const QRectF guide = guideRect();
    const double radius = guide.height() * 0.06;
    // Darken around the card so the guide stands out.
    QPainterPath outside;
    outside.addRect(rect());
    QPainterPath card;
    card.addRoundedRect(guide, radius, radius);
    painter.fillPath(outside.subtracted(card), QColor(0, 0, 0, 110));
    painter.setPen(QPen(QColor(0xFA, 0xCC, 0x15), 4, Qt::DashLine));
    painter.drawRoundedRect(guide, radius, radius);
}

} // namespace besuk
