// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>
#include <QLineEdit>
#include <QList>
#include <QPointer>
#include <QPushButton>
#include <QWidget>

namespace besuk {

// Big digit keys for a touch screen with no keyboard: 1-9, clear, 0, delete. The keys never take the focus;
// they type into the target line edit, which keeps it. Above them, up to two prefix keys that type several digits
// at once (a NIK's region code), shown only while the target is empty.
class NumericKeypad : public QWidget {
    Q_OBJECT
public:
    static constexpr int MaxPrefixKeys = 2;
    struct PrefixKey {
        QString digits;      // typed by one tap; labelled "6471…"
        QString description; // tooltip and accessible name: what the digits are
        QString objectName;
    };

    explicit NumericKeypad(QWidget *parent = nullptr);

    void setTarget(QLineEdit *target);
    // The prefix keys, in order (at most MaxPrefixKeys; the rest are dropped). While any is set, their row keeps its
    // place whether the keys show or not, so that the digit keys never move under a finger.
    void setPrefixKeys(const QList<PrefixKey> &keys);
    [[nodiscard]] QLineEdit *target() const { return m_target; }

Q_SIGNALS:
    void typed(); // after every key, once the target has changed

protected:
    void changeEvent(QEvent *event) override;

private:
    void press(const QString &text);
    void retranslate();
    void updatePrefixKeys();

    QPointer<QLineEdit> m_target;
    QWidget *m_prefixRow = nullptr;
    QPushButton *m_prefix[MaxPrefixKeys] = {};
    QString m_prefixDigits[MaxPrefixKeys];
    QPushButton *m_clear = nullptr;
    QPushButton *m_backspace = nullptr;
};

} // namespace besuk
