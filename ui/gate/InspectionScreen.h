// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/GateService.h"
#include "db/Visit.h"
#include "ui/gate/GateFormScreen.h"

#include <QList>

#include <memory>

class QCheckBox;

namespace besuk {

class InspectionItemRow;

namespace Ui {
class InspectionScreen;
}

// The entry inspection: the facility's prohibited-items checklist, what the group brings and what happens to
// each item (quick-add buttons for the usual ones), notes, and the outcome — cleared (then Admit) or refused.
class InspectionScreen : public GateFormScreen {
    Q_OBJECT
public:
    explicit InspectionScreen(QWidget *parent = nullptr);
    ~InspectionScreen() override;

    // Starts a fresh form for this group.
    void begin(const VisitRecord &visit, const QStringList &prohibitedItems);
    // The form as the domain takes it (the officer is filled in by the desk).
    [[nodiscard]] InspectionRequest request() const;
    [[nodiscard]] bool refusing() const;
    void showError(const QString &message);
    // Adds a row and puts the cursor where the guard types next (the description if empty, else the tag when
    // deposited).
    InspectionItemRow *addItem(const QString &description, Disposition disposition = Disposition::Allowed);
    [[nodiscard]] QList<InspectionItemRow *> rows() const { return m_rows; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void removeRow(InspectionItemRow *row);
    void prohibitedToggled(QCheckBox *box, bool found);
    void updateOutcome();

    std::unique_ptr<Ui::InspectionScreen> m_ui;
    QList<InspectionItemRow *> m_rows;
    QList<QCheckBox *> m_prohibited;
    QString m_queueLabel;
};

} // namespace besuk
