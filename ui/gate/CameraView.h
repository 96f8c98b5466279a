// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QVideoFrame>
#include <QWidget>

namespace besuk {

// The camera's live picture, so the guard sees where to hold the ticket. Paints the latest frame, scaled.
class CameraView : public QWidget {
    Q_OBJECT
public:
    explicit CameraView(QWidget *parent = nullptr);

public Q_SLOTS:
    void showFrame(const QVideoFrame &frame);
    void clear();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QImage m_image;
};

} // namespace besuk
