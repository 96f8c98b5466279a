// SPDX-License-Identifier: GPL-3.0-or-later
// The gate read by a USB keyboard-wedge scanner through a real X server: xdotool sends XTest key events, which the
// X server delivers exactly as it delivers a USB keyboard's, Shift presses around capitals included. Run by
// tests/x11/run-under-xvfb.sh, which starts Xvfb (or reports the test as skipped where it cannot).
#include "GateTestSupport.h"

#include <QLineEdit>
#include <QProcess>
#include <QTimer>

#include <array>

using namespace Qt::StringLiterals;
using namespace besuk;
using namespace besuk::test;

namespace {

// xdotool arguments that type `text` as a scanner does: every key `delayMs` after the one before, capitals with
// Shift pressed and released around them (xdotool does that for upper-case key names, as for `type`), then the
// suffix key. One xdotool command, so no process start-up falls between the keys.
QStringList wedgeBurst(const QString &text, int delayMs, const QString &suffixKey = u"Return"_s) {
    QStringList args{u"key"_s, u"--delay"_s, QString::number(delayMs)};
    for (const QChar c : text)
        args << (c == u'#' ? u"numbersign"_s : c == u']' ? u"bracketright"_s : QString(c));
    args << suffixKey;
    return args;
}

// The same, with the right Shift key held around each capital, as some scanners' keyboard tables do.
QStringList rightShiftBurst(const QString &text, int delayMs) {
    const QString delay = QString::number(delayMs);
    QStringList args;
    for (const QChar c : text) {
        if (c.isUpper())
            args << u"keydown"_s << u"Shift_R"_s << u"key"_s << u"--delay"_s << delay << QString(c.toLower())
                 << u"keyup"_s << u"Shift_R"_s;
        else
            args << u"key"_s << u"--delay"_s << delay << QString(c);
    }
    args << u"key"_s << u"--delay"_s << delay << u"Return"_s;
    return args;
}

class X11Gate {
public:
    X11Gate() {
        REQUIRE(QGuiApplication::platformName() == u"xcb"_s);
        f.settings.scannerPrefix = u"#"_s;
        for (int i = 0; i < 24; ++i)
            tickets.append(registerOne(i));
        // No window manager runs here: the X server's keyboard focus is given to the window directly.
        f.window = std::make_unique<GateWindow>(*f.facility, f.settings);
        GateWindow &window = *f.window;
        window.resize(1280, 740);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        xdotool({u"windowfocus"_s, u"--sync"_s, QString::number(window.winId())});
        REQUIRE(QTest::qWaitForWindowActive(&window));
        queueField = f.find<QLineEdit>(u"queueLineEdit"_s);
        f.signIn();
        REQUIRE(f.on(window.scanScreen()));
    }

    // One adult per group, a different visitor each time, across the roster's inmates.
    QString registerOne(int i) {
        static const QStringList inmates{u"B.I-001/2025"_s,  u"B.I-002/2025"_s,  u"B.I-003/2025"_s, u"B.I-004/2025"_s,
                                         u"B.II-006/2025"_s, u"B.II-007/2025"_s, u"B.II-008/2025"_s};
        const QString nik = u"647105050190"_s + QString::number(i + 1).rightJustified(4, u'0');
        auto ticket = RegistrationService(*f.facility)
                          .registerGroup(RegistrationRequest{inmates.at(i % inmates.size()),
                                                             {{nik, u"Pengunjung "_s + QChar(u'A' + i)}},
                                                             0,
                                                             Service::Visit,
                                                             u"kiosk-test"_s});
        INFO("group " << i + 1 << ": " << (ticket ? QString() : ticket.error().message).toStdString());
        REQUIRE(ticket.ok());
        return ticket->payload;
    }

    // Runs xdotool to the end, with the event loop running (the keys reach the window meanwhile).
    // A scanner keeps its own time whatever the PC is doing: where it may (as root), xdotool runs at a real-time
    // priority, ahead of the load that the gate is exposed to, so the keys leave on time, as from the device.
    static void xdotool(const QStringList &args, const std::function<void()> &whileTyping = {}) {
        static const bool realTime = QProcess::execute(u"chrt"_s, {u"-f"_s, u"50"_s, u"true"_s}) == 0;
        QProcess process;
        if (realTime)
            process.start(u"chrt"_s, QStringList{u"-f"_s, u"50"_s, u"xdotool"_s} + args);
        else
            process.start(u"xdotool"_s, args);
        REQUIRE(process.waitForStarted());
        if (whileTyping)
            whileTyping();
        REQUIRE(waitUntil([&] { return process.state() == QProcess::NotRunning; }, 120'000));
        INFO(process.readAllStandardError().toStdString());
        REQUIRE(process.exitStatus() == QProcess::NormalExit);
        REQUIRE(process.exitCode() == 0);
    }

    // Back on the scan screen with the queue-number field focused, as the guard leaves it: a scanner that typed
    // into the field would show there.
    void readyToScan() {
        if (!f.on(f.window->scanScreen()))
            xdotool({u"key"_s, u"Escape"_s});
        REQUIRE(waitUntil([&] { return f.on(f.window->scanScreen()) && queueField->hasFocus(); }));
        REQUIRE(queueField->text().isEmpty());
    }

    // Sends one burst and expects the valid verdict for `payload`, with nothing typed into the field.
    void expectValid(const QString &payload, const QStringList &burst, const std::function<void()> &whileTyping = {}) {
        readyToScan();
        QSignalSpy shown(f.window.get(), &GateWindow::verdictShown);
        xdotool(burst, whileTyping);
        INFO("burst ends with " << burst.last().toStdString() << ", the field reads "
                                << queueField->text().toStdString());
        REQUIRE(waitUntil([&] { return shown.count() >= 1; }));
        CHECK(shown.count() == 1);
        const auto outcome = shown.at(0).at(0).value<GateOutcome>();
        CHECK(outcome.verdict == Verdict::Valid);
        REQUIRE(outcome.visit.has_value());
        CHECK(outcome.visit->id == visitIdOf(payload));
        CHECK(f.text(u"titleLabel"_s) == u"VALID"_s);
        CHECK(queueField->text().isEmpty());
    }

    qint64 visitIdOf(const QString &payload) {
        auto outcome = GateService(*f.facility).scan(payload);
        REQUIRE(outcome.ok());
        REQUIRE(outcome->visit.has_value());
        return outcome->visit->id;
    }

    GateFixture f;
    QStringList tickets;
    QLineEdit *queueField = nullptr;
};

// The UI thread busy for `ms` (painting a large table, a slow database read) while keys keep arriving.
void stallUiThread(int ms) {
    QElapsedTimer busy;
    busy.start();
    while (busy.elapsed() < ms) {
    }
}

// Two processes that keep both cores busy while the scanner types, as on a kiosk PC doing other work.
class CpuLoad {
public:
    CpuLoad() {
        for (auto &process : m_processes) {
            process.start(u"sh"_s, {u"-c"_s, u"while :; do :; done"_s});
            REQUIRE(process.waitForStarted());
        }
    }
    ~CpuLoad() {
        for (auto &process : m_processes) {
            process.kill();
            process.waitForFinished();
        }
    }

private:
    std::array<QProcess, 2> m_processes;
};

} // namespace

TEST_CASE("x11: 20 wedge-scanner bursts with Shift capitals in a row each give the valid verdict",
          "[x11][gate][scanner]") {
    X11Gate gate;
    CpuLoad load;
    const std::array<int, 5> delays{2, 5, 10, 20, 30}; // milliseconds a key: fast and slow scanner models
    for (int i = 0; i < 20; ++i) {
        const int delay = delays.at(i % delays.size());
        INFO("scan " << i + 1 << ", " << delay << " ms a key");
        // Every third burst meets a UI thread that is busy for 250 ms in the middle of it.
        std::function<void()> stall;
        if (i % 3 == 2)
            stall = [] { QTimer::singleShot(60, [] { stallUiThread(250); }); };
        gate.expectValid(gate.tickets.at(i), wedgeBurst(gate.tickets.at(i), delay), stall);
    }
}

TEST_CASE("x11: every common scanner set-up gives the valid verdict", "[x11][gate][scanner]") {
    X11Gate gate;
    int next = 0;
    const auto ticket = [&] { return gate.tickets.at(next++); };
    SECTION("lower-case mode, Tab suffix, keypad Enter, LF and CR as control keys, right Shift, prefixes") {
        QString payload = ticket();
        gate.expectValid(payload, wedgeBurst(payload.toLower(), 5));
        payload = ticket();
        gate.expectValid(payload, wedgeBurst(payload, 5, u"Tab"_s));
        payload = ticket();
        gate.expectValid(payload, wedgeBurst(payload, 5, u"KP_Enter"_s));
        payload = ticket();
        gate.expectValid(payload, wedgeBurst(payload, 5, u"ctrl+j"_s));
        payload = ticket();
        gate.expectValid(payload, wedgeBurst(payload, 5, u"ctrl+m"_s));
        payload = ticket();
        gate.expectValid(payload, rightShiftBurst(payload, 4));
        payload = ticket();
        gate.expectValid(payload, wedgeBurst(u"]Q1"_s + payload, 5)); // AIM symbology identifier
        payload = ticket();
        gate.expectValid(payload, wedgeBurst(u"#"_s + payload, 5)); // the prefix set in gate/scannerPrefix
    }
    SECTION("Caps Lock on") {
        const QString payload = ticket();
        X11Gate::xdotool({u"key"_s, u"Caps_Lock"_s});
        gate.expectValid(payload, wedgeBurst(payload, 5));
        const QString second = ticket();
        gate.expectValid(second, wedgeBurst(second.toLower(), 5));
        X11Gate::xdotool({u"key"_s, u"Caps_Lock"_s});
    }
}

TEST_CASE("x11: a guard typing a queue number by hand still types into the field", "[x11][gate][scanner]") {
    X11Gate gate;
    gate.readyToScan();
    QSignalSpy shown(gate.f.window.get(), &GateWindow::verdictShown);
    X11Gate::xdotool({u"key"_s, u"--delay"_s, u"120"_s, u"a"_s, u"1"_s});
    REQUIRE(waitUntil([&] { return gate.queueField->text() == u"a1"_s; }));
    CHECK(shown.isEmpty());
    X11Gate::xdotool({u"key"_s, u"Return"_s});
    REQUIRE(waitUntil([&] { return shown.count() == 1; }));
    CHECK(shown.at(0).at(0).value<GateOutcome>().verdict == Verdict::Valid);
    const auto outcome = shown.at(0).at(0).value<GateOutcome>();
    REQUIRE(outcome.visit.has_value());
    CHECK(outcome.visit->id == gate.visitIdOf(gate.tickets.at(0)));
}
