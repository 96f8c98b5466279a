// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Visit.h"

#include <QDialog>
#include <QList>
#include <QTimeZone>

class QLineEdit;
class QTableWidget;

namespace besuk {

// Today's tickets, to pick one by hand when its QR will not read: type to filter (number, inmate, visitor),
// arrows to choose, Enter to take it.
class TicketListDialog : public QDialog {
    Q_OBJECT
public:
    TicketListDialog(const QList<VisitRecord> &tickets, const QTimeZone &zone, QWidget *parent = nullptr);

    [[nodiscard]] qint64 chosenVisitId() const { return m_chosen; }
    [[nodiscard]] QLineEdit *filterEdit() const { return m_filter; }
    [[nodiscard]] QTableWidget *table() const { return m_table; }

    static QString statusText(VisitStatus status);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter(const QString &text);
    void choose();

    QList<VisitRecord> m_tickets;
    QLineEdit *m_filter;
    QTableWidget *m_table;
    qint64 m_chosen = 0;
};

} // namespace besuk
