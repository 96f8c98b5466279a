// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QWidget>

namespace besuk {

// Letter keys for a touch screen with no keyboard. Names: letters and the punctuation a name may hold, with
// capitals at the start of each word. Search: digits and the characters of inmate numbers as well. Code: digits and
// the letters of booking codes (no I, L, O, U), no space.
// The keys never take the focus; they type into the target line edit.
class OnScreenKeyboard : public QWidget {
    Q_OBJECT
public:
    enum class Mode { Names, Search, Code };

    explicit OnScreenKeyboard(QWidget *parent = nullptr);

    void setMode(Mode mode);
    void setTarget(QLineEdit *target);

Q_SIGNALS:
    void typed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    void press(const QString &key);
    void retranslate();

    Mode m_mode = Mode::Names;
    QPointer<QLineEdit> m_target;
    QPushButton *m_space = nullptr; // none in Code mode
    QPushButton *m_backspace = nullptr;
};

} // namespace besuk
