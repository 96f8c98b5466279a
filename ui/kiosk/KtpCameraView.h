// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QRectF>
#include <QWidget>

namespace besuk {

// The kiosk camera's live picture with a card-shaped guide (85.6 × 54 mm) in the middle, so the visitor sees where
// to hold the identity card. Keeps only a preview-sized copy of the latest frame; clear() forgets it.
class KtpCameraView : public QWidget {
    Q_OBJECT
public:
    explicit KtpCameraView(QWidget *parent = nullptr);

    void showImage(const QImage &frame);
    void clear();
    [[nodiscard]] bool hasImage() const { return !m_image.isNull(); }
    // Where the guide is drawn, in widget coordinates.
    [[nodiscard]] QRectF guideRect() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QImage m_image;
};

} // namespace besuk
