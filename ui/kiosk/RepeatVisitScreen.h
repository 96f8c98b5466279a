// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/kiosk/KioskScreen.h"

class QLabel;
class QPushButton;

namespace besuk {

class KioskFlow;

// "Visit again": the visitor shows the QR of their last ticket (the window's scanner reads it). Until then the
// screen asks for it; then it offers what that ticket showed (the inmate, the lead visitor with the NIK masked, how
// many others) with today's children to adjust, and one Confirm issues today's ticket. A refusal at confirmation
// (a rule that changed meanwhile) is refused(); anything else stays on the screen.
class RepeatVisitScreen : public KioskScreen {
    Q_OBJECT
public:
    explicit RepeatVisitScreen(KioskFlow &flow, QWidget *parent = nullptr);

    void clear() override;
    void activate() override;
    void showError(const QString &message);

Q_SIGNALS:
    void registered();
    void refused(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void defaultAction() override;

private:
    void build();
    void step(int delta);
    void confirm();
    void refresh();

    KioskFlow &m_flow;
    QString m_error;
    QLabel *m_title = nullptr;
    QLabel *m_prompt = nullptr;
    QWidget *m_details = nullptr;
    QLabel *m_inmateField = nullptr;
    QLabel *m_inmate = nullptr;
    QLabel *m_visitorsField = nullptr;
    QLabel *m_visitors = nullptr;
    QLabel *m_childrenField = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_minus = nullptr;
    QPushButton *m_plus = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_confirm = nullptr;
};

} // namespace besuk
