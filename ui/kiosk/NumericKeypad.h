// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QWidget>

namespace besuk {

// Big digit keys for a touch screen with no keyboard: 1-9, clear, 0, delete. The keys never take the focus;
// they type into the target line edit, which keeps it.
class NumericKeypad : public QWidget {
    Q_OBJECT
public:
    explicit NumericKeypad(QWidget *parent = nullptr);

    void setTarget(QLineEdit *target);
    [[nodiscard]] QLineEdit *target() const { return m_target; }

Q_SIGNALS:
    void typed(); // after every key, once the target has changed

protected:
    void changeEvent(QEvent *event) override;

private:
    void press(const QString &text);
    void retranslate();

    QPointer<QLineEdit> m_target;
    QPushButton *m_clear = nullptr;
    QPushButton *m_backspace = nullptr;
};

} // namespace besuk
