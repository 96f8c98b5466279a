// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/GateService.h"
#include "db/Visit.h"
#include "ui/staff/StaffPage.h"

#include <functional>
#include <memory>

namespace besuk {

namespace Ui {
class VisitsPage;
}

// A day's tickets: search (number, inmate, visitor), filter by status, see a ticket's group and inspections,
// reprint it, or cancel it with a reason. Opening a ticket's details is recorded as a view of personal data.
class VisitsPage : public StaffPage {
    Q_OBJECT
public:
    // Asks for a cancellation reason (empty: the staff member changed their mind). Tests answer without a dialog.
    using ReasonAsker = std::function<QString(const VisitRecord &)>;
    // Asks where to save the reprinted ticket as PDF (empty: not now).
    using PdfChooser = std::function<QString(const VisitRecord &)>;

    explicit VisitsPage(Facility &facility, QWidget *parent = nullptr);
    ~VisitsPage() override;

    [[nodiscard]] QString title() const override;
    void refresh() override;
    void setDate(const QDate &date);
    void setReasonAsker(ReasonAsker asker) { m_askReason = std::move(asker); }
    void setPdfChooser(PdfChooser chooser) { m_choosePdf = std::move(chooser); }
    // The tickets listed now (after search and filter).
    [[nodiscard]] QList<VisitRecord> listed() const;
    bool select(qint64 visitId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void showSelected();
    void readDetail(const VisitRecord &visit);
    void cancelSelected();
    void reprintSelected();
    [[nodiscard]] const VisitRecord *selected() const;
    void showMessage(const QString &message);
    void retranslate();

    std::unique_ptr<Ui::VisitsPage> m_ui;
    QList<VisitRecord> m_visits;
    QList<int> m_shown; // indexes into m_visits, in table order
    qint64 m_lastViewed = 0;
    qint64 m_inspectionsOf = 0; // whose inspections m_inspections holds (read again at each refresh)
    QList<InspectionRecord> m_inspections;
    ReasonAsker m_askReason;
    PdfChooser m_choosePdf;
};

} // namespace besuk
