// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/kiosk/MessageArea.h"

#include <QEvent>
#include <QFontMetrics>
#include <QLabel>

namespace besuk {

namespace {

// A status box's margin and border (resources/kiosk/kiosk.qss: role "error" and "ok"), each side.
constexpr int BoxMarginPx = 10;
constexpr int BoxBorderPx = 2;
const QString ObjectName = QStringLiteral("besukMessageLines");

// Sets the label's height again whenever its font may have changed (the style sheet is applied at polish time).
class MessageLines : public QObject {
public:
    MessageLines(QLabel *label, int lines) : QObject(label), m_label(label), m_lines(lines) {
        setObjectName(ObjectName);
        label->installEventFilter(this);
        apply();
    }

    void setLines(int lines) {
        m_lines = lines;
        apply();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (watched == m_label && (event->type() == QEvent::Polish || event->type() == QEvent::FontChange ||
                                   event->type() == QEvent::StyleChange))
            apply();
        return false;
    }

private:
    void apply() {
        QFont bold = m_label->font();
        bold.setBold(true);
        const int height = m_lines * QFontMetrics(bold).lineSpacing() + 2 * (BoxMarginPx + BoxBorderPx);
        if (m_label->minimumHeight() != height || m_label->maximumHeight() != height)
            m_label->setFixedHeight(height);
    }

    QLabel *m_label;
    int m_lines;
};

} // namespace

void reserveMessageLines(QLabel *label, int lines) {
    QSizePolicy policy = label->sizePolicy();
    policy.setVerticalPolicy(QSizePolicy::Fixed);
    policy.setRetainSizeWhenHidden(true);
    label->setSizePolicy(policy);
    if (auto *reserved =
            dynamic_cast<MessageLines *>(label->findChild<QObject *>(ObjectName, Qt::FindDirectChildrenOnly)))
        reserved->setLines(lines);
    else
        new MessageLines(label, lines);
}

} // namespace besuk
