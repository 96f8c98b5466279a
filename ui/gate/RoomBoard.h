// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Visit.h"

#include <QDateTime>
#include <QList>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace besuk {

// The visiting room: groups inside, each with the time since admit, highlighted past the visit time limit.
// Enter (or a double click) on a group starts its check-out.
class RoomBoard : public QWidget {
    Q_OBJECT
public:
    explicit RoomBoard(QWidget *parent = nullptr);

    void setGroups(const QList<VisitRecord> &inside, int limitMinutes);
    // Recomputes the times (every few seconds).
    void setNow(const QDateTime &now);
    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] int overdueCount() const;

Q_SIGNALS:
    void groupChosen(qint64 visitId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void retranslate();

    QLabel *m_title;
    QTableWidget *m_table;
    QList<VisitRecord> m_inside;
    int m_limitMinutes = 30;
    QDateTime m_now;
};

} // namespace besuk
