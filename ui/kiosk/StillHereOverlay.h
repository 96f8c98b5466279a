// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace besuk {

// "Still here?": covers the kiosk window for the last seconds before an idle form is wiped, with the seconds left.
// A touch anywhere on it only dismisses it (it never reaches the button underneath); the window restarts its idle
// time on any touch or key, and hides the overlay then.
class StillHereOverlay : public QFrame {
    Q_OBJECT
public:
    explicit StillHereOverlay(QWidget *parent);

    void setSecondsLeft(int seconds);

Q_SIGNALS:
    void dismissed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void retranslate();

    QLabel *m_titleLabel = nullptr;
    QLabel *m_countdownLabel = nullptr;
    QPushButton *m_continueButton = nullptr;
    int m_seconds = 0;
};

} // namespace besuk
