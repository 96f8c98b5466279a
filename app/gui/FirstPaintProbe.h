// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace besuk {

// For the start-up benchmark (tests/bench): with BESUK_REPORT_FIRST_PAINT set, prints one line
// "besuk-first-paint rss-kb N" on standard error as soon as the first window has been painted (N: resident memory
// then); with BESUK_EXIT_AFTER_FIRST_PAINT set too, the program then quits. Without them it installs nothing.
class FirstPaintProbe final : public QObject {
public:
    static void installIfAsked() {
        if (qEnvironmentVariableIsSet("BESUK_REPORT_FIRST_PAINT"))
            QCoreApplication::instance()->installEventFilter(new FirstPaintProbe(QCoreApplication::instance()));
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (!m_seen && event->type() == QEvent::Paint && watched->isWidgetType() &&
            static_cast<QWidget *>(watched)->isWindow()) {
            m_seen = true;
            // A window paints itself, then its children, in one go: the queued call runs once all are painted.
            QTimer::singleShot(0, this, [] {
                QFile status(QStringLiteral("/proc/self/status"));
                QByteArray rss = "0";
                if (status.open(QIODevice::ReadOnly))
                    for (const QByteArray &line : status.readAll().split('\n'))
                        if (line.startsWith("VmRSS:"))
                            rss = line.mid(6).trimmed().split(' ').value(0);
                std::fprintf(stderr, "besuk-first-paint rss-kb %s\n", rss.constData());
                std::fflush(stderr);
                if (qEnvironmentVariableIsSet("BESUK_EXIT_AFTER_FIRST_PAINT"))
                    QCoreApplication::exit(0);
            });
        }
        return false;
    }

private:
    using QObject::QObject;
    bool m_seen = false;
};

} // namespace besuk
