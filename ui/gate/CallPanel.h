// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/CallService.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;

namespace besuk {

// Calling the lobby: the gate's current number, how many wait, and call next (F5) / recall (F6) / skip (F7).
class CallPanel : public QWidget {
    Q_OBJECT
public:
    explicit CallPanel(QWidget *parent = nullptr);

    void setService(Service service);
    [[nodiscard]] Service service() const;
    void setCurrent(const std::optional<CallRecord> &call);
    void setWaiting(int waiting);
    void showMessage(const QString &message);
    [[nodiscard]] QLabel *currentLabel() const { return m_current; }

Q_SIGNALS:
    void callNextRequested(besuk::Service service);
    void recallRequested();
    void skipRequested();
    void serviceChanged(besuk::Service service);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title;
    QComboBox *m_service;
    QLabel *m_current;
    QLabel *m_waiting;
    QLabel *m_message;
    QPushButton *m_callNext;
    QPushButton *m_recall;
    QPushButton *m_skip;
    std::optional<CallRecord> m_call;
    int m_waitingCount = 0;
};

} // namespace besuk
