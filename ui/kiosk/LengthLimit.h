// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QLabel;
class QLineEdit;

namespace besuk {

// Keeps a line edit within its limit without cutting anything silently: a key past the limit is refused, and so is
// a paste that would not fit (whole, never a part of it); either way the label under the field says why. The label
// (made here, placed by the screen) keeps its height whether it shows a message or not.
class LengthLimit : public QObject {
    Q_OBJECT
public:
    LengthLimit(QLineEdit *field, int limit, QLabel *label);

    // Whether `text` fits in where the cursor is (replacing any selection); says why not when it does not.
    // For the on-screen keyboards, which insert text themselves.
    bool accepts(const QString &text, bool pasted = false);
    // The limit set on `field`, if any.
    [[nodiscard]] static LengthLimit *of(const QLineEdit *field);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Refusal { None, Full, Paste };
    void show(Refusal refusal);

    QLineEdit *m_field;
    QLabel *m_label;
    int m_limit;
    Refusal m_refusal = Refusal::None;
};

} // namespace besuk
