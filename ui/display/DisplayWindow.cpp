// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/display/DisplayWindow.h"

#include "db/Facility.h"
#include "ui/display/CallSpeaker.h"
#include "ui/display/DisplayModel.h"
#include "ui_DisplayWindow.h"

#include <QFile>
#include <QFontMetrics>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QShortcut>
#include <QStyle>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

constexpr int BlinkMs = 500;
constexpr int NumberPixels = 280; // the called number at 1920×1080
constexpr double MinScale = 0.3;
constexpr double MaxScale = 3.0;

bool isAllDigits(const QString &text) {
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
}

QLabel *rowLabel(QWidget *parent, const QString &name, const QString &role) {
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setProperty("role", role);
    return label;
}

// Re-evaluates the style sheet of `widget` and the labels in it, after a property its selectors use has changed.
void repolish(QWidget *widget) {
    QList<QWidget *> widgets{widget};
    for (QLabel *label : widget->findChildren<QLabel *>())
        widgets.append(label);
    for (QWidget *each : std::as_const(widgets)) {
        each->style()->unpolish(each);
        each->style()->polish(each);
        each->update();
    }
}

} // namespace

DisplayWindow::DisplayWindow(Facility &facility, const DisplaySettings &settings, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::DisplayWindow>()), m_facility(facility), m_settings(settings) {
    m_settings.recent = std::clamp(m_settings.recent, 1, DisplaySettings::MaxRecent);
    m_ui->setupUi(this);
    setObjectName(u"displayWindow"_s);
    setCursor(Qt::BlankCursor); // a TV: nothing to point at
    if (QFile style(u":/display/display.qss"_s); style.open(QIODevice::ReadOnly))
        m_styleSheet = QString::fromUtf8(style.readAll());
    m_ui->facilityLabel->setText(m_facility.profile().name);
    m_ui->problemLabel->hide();

    for (int i = 0; i < m_settings.recent; ++i) {
        const QString n = QString::number(i);
        RecentRow row{rowLabel(m_ui->recentFrame, u"recentNumberLabel"_s + n, u"recentNumber"_s),
                      rowLabel(m_ui->recentFrame, u"recentArrowLabel"_s + n, u"recentArrow"_s),
                      rowLabel(m_ui->recentFrame, u"recentGateLabel"_s + n, u"recentGate"_s),
                      rowLabel(m_ui->recentFrame, u"recentTimeLabel"_s + n, u"recentTime"_s)};
        row.arrow->setText(u"→"_s);
        row.gate->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // a long gate name wraps
        row.gate->setWordWrap(true);
        row.time->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_ui->recentGridLayout->addWidget(row.number, i, 0);
        m_ui->recentGridLayout->addWidget(row.arrow, i, 1);
        m_ui->recentGridLayout->addWidget(row.gate, i, 2);
        m_ui->recentGridLayout->addWidget(row.time, i, 3);
        m_rows.append(row);
    }
    m_ui->recentGridLayout->setColumnStretch(2, 1);
    m_ui->recentFrame->setProperty("dense", m_settings.recent > 6);
    // The board scales its fonts to the screen: its layout must not insist on the full-size minimum.
    layout()->setSizeConstraint(QLayout::SetNoConstraint);
    setMinimumSize(DesignWidth / 4, DesignHeight / 4);
    for (QLayout *layout : findChildren<QLayout *>())
        m_designSpacing.insert(layout, {layout->contentsMargins(), layout->spacing()});

    m_model = std::make_unique<DisplayModel>(facility, m_settings.recent);
    m_speaker = std::make_unique<CallSpeaker>(m_settings.speech);
    connect(m_model.get(), &DisplayModel::boardChanged, this, &DisplayWindow::showBoard);
    connect(m_model.get(), &DisplayModel::announce, this, [this](const CallRecord &call) {
        highlight(call);
        m_speaker->speak(call);
    });
    connect(m_model.get(), &DisplayModel::problem, this, &DisplayWindow::showProblem);

    m_clockTimer.setInterval(1000);
    connect(&m_clockTimer, &QTimer::timeout, this, &DisplayWindow::showClock);
    m_clockTimer.start();
    m_blinkTimer.setInterval(BlinkMs);
    connect(&m_blinkTimer, &QTimer::timeout, this, [this] {
        if (--m_blinksLeft <= 0) {
            m_blinkTimer.stop();
            setHighlight(false);
        } else {
            setHighlight(!m_highlightOn);
        }
    });

    // Staff only; there is no visitor keyboard at a TV, so no PIN.
    connect(new QShortcut(QKeySequence(Qt::Key_F11), this), &QShortcut::activated, this, [this] {
        if (isFullScreen())
            showNormal();
        else
            showFullScreen();
    });
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q), this), &QShortcut::activated, this, &QWidget::close);

    setLanguage(m_settings.language);
    applyScale();
    showBoard();
    showClock();
    showProblem();
}

DisplayWindow::~DisplayWindow() = default;

QString DisplayWindow::gateText(const QString &gate) {
    const QString name = gate.trimmed();
    return isAllDigits(name) ? tr("Gate %1").arg(name) : name;
}

void DisplayWindow::setLanguage(const QString &code) {
    if (!m_language.apply(code))
        qWarning("besuk: no translation for language %s", qPrintable(code));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
}

void DisplayWindow::showBoard() {
    const std::optional<CallRecord> &current = m_model->current();
    const bool idle = !current.has_value();
    m_ui->captionLabel->setVisible(!idle);
    m_ui->numberLabel->setVisible(!idle);
    m_ui->gateLabel->setVisible(!idle);
    m_ui->recallLabel->setVisible(!idle && current->kind == CallKind::Recall);
    m_ui->idleTitleLabel->setVisible(idle);
    m_ui->idleHintLabel->setVisible(idle);
    if (!idle) {
        m_ui->numberLabel->setText(current->queueLabel());
        m_ui->gateLabel->setText(gateText(current->gate));
        fitNumber();
    } else {
        m_ui->numberLabel->clear();
        m_ui->gateLabel->clear();
    }

    const QList<CallRecord> &recent = m_model->recent();
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const RecentRow &row = m_rows.at(i);
        const bool shown = i < recent.size();
        for (QLabel *label : {row.number, row.arrow, row.gate, row.time})
            label->setVisible(shown);
        if (!shown)
            continue;
        const CallRecord &call = recent.at(i);
        row.number->setText(call.queueLabel());
        row.gate->setText(gateText(call.gate));
        row.time->setText(m_facility.toLocal(call.at).toString(u"HH:mm"_s));
    }
    m_ui->recentEmptyLabel->setVisible(recent.isEmpty());

    m_ui->visitWaitingLabel->setText(tr("Waiting: %1").arg(m_model->waiting(Service::Visit)));
    m_ui->depositWaitingLabel->setText(tr("Waiting: %1").arg(m_model->waiting(Service::Deposit)));
}

void DisplayWindow::showClock() {
    const QDateTime now = m_facility.toLocal(m_facility.now());
    m_ui->clockLabel->setText(now.toString(u"HH:mm"_s));
    m_ui->dateLabel->setText(QLocale().toString(now.date(), u"dddd, d MMMM yyyy"_s));
}

void DisplayWindow::showProblem() {
    const QString message = m_model->problemText();
    m_ui->problemLabel->setVisible(!message.isEmpty());
    m_ui->problemLabel->setText(message.isEmpty() ? QString() : tr("The board may be out of date: %1").arg(message));
}

void DisplayWindow::highlight(const CallRecord &) {
    m_blinksLeft = HighlightMs / BlinkMs;
    setHighlight(true);
    m_blinkTimer.start();
}

void DisplayWindow::setHighlight(bool on) {
    if (on == m_highlightOn)
        return;
    m_highlightOn = on;
    m_ui->currentFrame->setProperty("highlight", on);
    repolish(m_ui->currentFrame);
}

void DisplayWindow::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    applyScale();
    fitNumber();
}

void DisplayWindow::applyScale() {
    const double scale =
        std::clamp(std::min(double(width()) / DesignWidth, double(height()) / DesignHeight), MinScale, MaxScale);
    if (std::abs(scale - m_scale) < 0.01)
        return;
    m_scale = scale;
    const auto scaled = [scale](int value) { return value > 0 ? std::max(1, qRound(value * scale)) : 0; };
    // Every size in the style sheet is in pixels at 1920×1080.
    static const QRegularExpression Pixels(u"(\\d+)px"_s);
    QString sheet;
    qsizetype from = 0;
    for (auto it = Pixels.globalMatch(m_styleSheet); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        sheet += QStringView(m_styleSheet).mid(from, match.capturedStart() - from);
        sheet += QString::number(scaled(match.captured(1).toInt())) + u"px"_s;
        from = match.capturedEnd();
    }
    sheet += QStringView(m_styleSheet).mid(from);
    setStyleSheet(sheet);
    for (auto it = m_designSpacing.cbegin(); it != m_designSpacing.cend(); ++it) {
        const QMargins &margins = it.value().first;
        it.key()->setContentsMargins(scaled(margins.left()), scaled(margins.top()), scaled(margins.right()),
                                     scaled(margins.bottom()));
        if (it.value().second >= 0)
            it.key()->setSpacing(scaled(it.value().second));
    }
}

void DisplayWindow::fitNumber() {
    // As large as designed, smaller when a long number ("A-1024") would not fit the left part of the board.
    const QString text = m_ui->numberLabel->text();
    const double available = (width() - 136 * m_scale) * 3.0 / 5.0 - 80 * m_scale;
    int pixels = std::max(8, qRound(NumberPixels * m_scale));
    QFont font = m_ui->numberLabel->font();
    font.setBold(true);
    while (pixels > 8) {
        font.setPixelSize(pixels);
        if (QFontMetrics(font).horizontalAdvance(text) <= available)
            break;
        pixels -= std::max(1, pixels / 20);
    }
    m_ui->numberLabel->setStyleSheet(u"font-size: %1px;"_s.arg(pixels));
}

void DisplayWindow::retranslate() {
    showBoard();
    showClock();
    showProblem();
}

void DisplayWindow::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        if (m_model)
            retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace besuk
