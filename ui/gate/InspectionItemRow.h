// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/GateService.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace besuk {

// One item the group brought: what it is, what happens to it, and its deposit tag.
class InspectionItemRow : public QWidget {
    Q_OBJECT
public:
    explicit InspectionItemRow(const InspectionItem &item, QWidget *parent = nullptr);

    [[nodiscard]] InspectionItem item() const;
    [[nodiscard]] QLineEdit *descriptionEdit() const { return m_description; }
    [[nodiscard]] QComboBox *dispositionBox() const { return m_disposition; }
    [[nodiscard]] QLineEdit *tagEdit() const { return m_tag; }

Q_SIGNALS:
    void removeRequested(besuk::InspectionItemRow *row);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateTag();

    QLineEdit *m_description;
    QComboBox *m_disposition;
    QLineEdit *m_tag;
    QPushButton *m_remove;
};

} // namespace besuk
