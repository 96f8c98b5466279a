// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;

namespace besuk {

class FacilityThread;

// What a station's window does while its domain thread works (FacilityThread::call): it holds the user's input
// back, and from FacilityThread::BusyAfterMs on it lies over the window with a calm "Please wait…". Keys (a
// scanner's or a keyboard's) are kept and given back in their order when the wait ends; taps, clicks and
// shortcuts made during the wait are dropped, since the screen they aimed at may be about to change.
class BusyShade : public QWidget {
    Q_OBJECT
public:
    BusyShade(FacilityThread &domain, QWidget *window);
    ~BusyShade() override;

    void retranslate();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void holdInput();
    void giveInputBack();
    void setBusy(bool busy);

    struct HeldKey {
        QPointer<QObject> receiver;
        std::unique_ptr<QEvent> event;
    };
    QLabel *m_label = nullptr;
    std::vector<HeldKey> m_held;
    bool m_holding = false;
};

} // namespace besuk
