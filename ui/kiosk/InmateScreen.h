// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/InmateStore.h"
#include "ui/kiosk/KioskScreen.h"

#include <QList>

#include <memory>

namespace besuk {

class KioskFlow;

namespace Ui {
class InmateScreen;
}

// Finding the inmate: live results by name or number, showing only name and block. The inmate tapped (or Enter on the
// selected row) is checked at once (the domain's rules on the inmate and today) and, if allowed, chosen: on to the
// adults. A refusal stays here, before any typing.
class InmateScreen : public KioskScreen {
    Q_OBJECT
public:
    static constexpr int MaxResults = 6;

    explicit InmateScreen(KioskFlow &flow, QWidget *parent = nullptr);
    ~InmateScreen() override;

    void clear() override;
    void activate() override;

Q_SIGNALS:
    void next();

protected:
    void changeEvent(QEvent *event) override;
    void defaultAction() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    bool check();
    void choose();
    void updateState();

    std::unique_ptr<Ui::InmateScreen> m_ui;
    KioskFlow &m_flow;
    QList<Inmate> m_results;
    QString m_searchError;
    QString m_refusal; // the early check's answer for the inmate chosen, shown until another is chosen
};

} // namespace besuk
