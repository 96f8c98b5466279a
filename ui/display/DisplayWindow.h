// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/CallService.h"
#include "ui/common/DisplaySettings.h"
#include "ui/common/StationLanguage.h"

#include <QList>
#include <QMap>
#include <QMargins>
#include <QTimer>
#include <QWidget>

#include <memory>

class QLabel;
class QLayout;

namespace besuk {

class CallSpeaker;
class DisplayModel;
class Facility;

namespace Ui {
class DisplayWindow;
}

// The lobby TV's "now serving" board: the facility and the time, the number called (very large) and its gate, the
// calls before it and how many wait per queue. A new call is highlighted for a few seconds and spoken. Designed for
// 1920×1080 and scaled to the screen (1280×720 too). Nothing on it reacts to touch: F11 toggles full screen and
// Ctrl+Q quits, with no PIN, since a TV has no visitor keyboard.
class DisplayWindow : public QWidget {
    Q_OBJECT
public:
    static constexpr int DesignWidth = 1920;
    static constexpr int DesignHeight = 1080;
    static constexpr int HighlightMs = 4000;

    DisplayWindow(Facility &facility, const DisplaySettings &settings, QWidget *parent = nullptr);
    ~DisplayWindow() override;

    void setLanguage(const QString &code);
    [[nodiscard]] QString language() const { return m_language.current(); }
    [[nodiscard]] DisplayModel &model() { return *m_model; }
    [[nodiscard]] CallSpeaker &speaker() { return *m_speaker; }
    [[nodiscard]] bool highlighted() const { return m_highlightOn; }
    // "Gate 1" for a numeric gate, any other gate name as it is.
    static QString gateText(const QString &gate);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct RecentRow {
        QLabel *number = nullptr;
        QLabel *arrow = nullptr;
        QLabel *gate = nullptr;
        QLabel *time = nullptr;
    };

    void showBoard();
    void showClock();
    void showProblem();
    void highlight(const CallRecord &call);
    void setHighlight(bool on);
    void applyScale();
    void fitNumber();
    void retranslate();

    std::unique_ptr<Ui::DisplayWindow> m_ui;
    Facility &m_facility;
    DisplaySettings m_settings;
    StationLanguage m_language;
    std::unique_ptr<DisplayModel> m_model;
    std::unique_ptr<CallSpeaker> m_speaker;
    QList<RecentRow> m_rows;
    QString m_styleSheet; // as designed, for 1920×1080
    double m_scale = 0;
    QMap<QLayout *, std::pair<QMargins, int>> m_designSpacing; // each layout's margins and spacing at full size
    QTimer m_clockTimer;
    QTimer m_blinkTimer;
    int m_blinksLeft = 0;
    bool m_highlightOn = false;
};

} // namespace besuk
