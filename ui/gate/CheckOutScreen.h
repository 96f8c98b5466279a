// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/GateService.h"
#include "db/Visit.h"
#include "ui/gate/GateFormScreen.h"

#include <QDateTime>
#include <QList>

#include <memory>

class QCheckBox;

namespace besuk {

namespace Ui {
class CheckOutScreen;
}

// A group leaving: how long it was inside, the items it deposited at the entry handed back one by one (each
// ticked), notes of the exit inspection, then Check out.
class CheckOutScreen : public GateFormScreen {
    Q_OBJECT
public:
    explicit CheckOutScreen(QWidget *parent = nullptr);
    ~CheckOutScreen() override;

    void begin(const VisitRecord &visit, const QList<InspectionItem> &deposited, const QDateTime &localNow);
    // The exit inspection: every deposited item returned, with its tag. Only valid when allReturned().
    [[nodiscard]] InspectionRequest request() const;
    [[nodiscard]] bool allReturned() const;
    [[nodiscard]] QList<QCheckBox *> itemBoxes() const { return m_boxes; }
    void showError(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::CheckOutScreen> m_ui;
    VisitRecord m_visit;
    QList<InspectionItem> m_deposited;
    QList<QCheckBox *> m_boxes;
    qint64 m_minutesInside = 0;
};

} // namespace besuk
