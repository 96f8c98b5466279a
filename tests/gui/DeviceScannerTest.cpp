// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeviceTestSupport.h"
#include "GuiWait.h"
#include "platform/devices/ScannerInput.h"

#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>
#include <QWidget>
#include <QWindow>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace besuk;
using namespace besuk::test;

namespace {

// A gate screen stand-in: a focused text field (the manual queue-number entry) and the scanner watching the
// application. Key times come from a clock that moves `stepMs` every time the scanner reads it (once per key).
struct ScannerBench {
    explicit ScannerBench(qint64 stepMs) : m_stepMs(stepMs) {
        auto *layout = new QVBoxLayout(&window);
        field = new QLineEdit(u"A-0"_s, &window);
        layout->addWidget(field);
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        field->setFocus();
        REQUIRE(QApplication::focusWidget() == field);
        scanner.setElapsedSource([this] { return m_now += m_stepMs; });
        scanner.install();
    }

    // What a scanner (fast) or a person (slow) types, then Enter.
    void type(const QString &text, bool enter = true) {
        QTest::keyClicks(field, text);
        if (enter)
            QTest::keyClick(field, Qt::Key_Return);
    }

    qint64 m_stepMs;
    qint64 m_now = 0;
    QWidget window;
    QLineEdit *field = nullptr;
    ScannerInput scanner;
    QSignalSpy scans{&scanner, &ScannerInput::scanned};
};

} // namespace

TEST_CASE("A scanner burst is one scan and never reaches the focused field", "[devices][scanner]") {
    const SignedTicket ticket;
    REQUIRE(ticket.payload.size() == 125);
    ScannerBench bench(4); // 4 ms a key: a typical USB scanner
    QSignalSpy returns(bench.field, &QLineEdit::returnPressed);

    bench.type(ticket.payload);
    REQUIRE(bench.scans.count() == 1);
    CHECK(bench.scans.at(0).at(0).toString() == ticket.payload);
    CHECK(ticket.verifies(bench.scans.at(0).at(0).toString()));
    CHECK(bench.field->text() == u"A-0"_s);
    CHECK(returns.isEmpty()); // the scanner's Enter did not submit the field either

    // The next ticket, straight after: a scan of its own.
    bench.type(ticket.payload.left(60));
    REQUIRE(bench.scans.count() == 2);
    CHECK(bench.scans.at(1).at(0).toString() == ticket.payload.left(60));
    bench.scanner.flush(); // what the flush timer would deliver later comes out now: nothing
    CHECK(bench.field->text() == u"A-0"_s);
}

TEST_CASE("Typing at a person's speed lands in the field and is no scan", "[devices][scanner]") {
    SECTION("a slow clock") {
        ScannerBench bench(140);
        QSignalSpy returns(bench.field, &QLineEdit::returnPressed);
        bench.type(u"42 Budi Santoso"_s);
        CHECK(bench.field->text() == u"A-042 Budi Santoso"_s);
        CHECK(returns.count() == 1);
        CHECK(bench.scans.isEmpty());
    }
    SECTION("real time, keys 100 ms apart, no Enter: the last key comes through on its own") {
        ScannerBench bench(0);
        bench.scanner.setElapsedSource({});                              // the real clock
        QTest::keyClicks(bench.field, u"42 budi"_s, Qt::NoModifier, 50); // 50 ms before press and before release
        REQUIRE(waitUntil([&] { return bench.field->text() == u"A-042 budi"_s; }));
        CHECK(bench.scans.isEmpty());
    }
    SECTION("fast but short: fewer than 8 characters are typing") {
        ScannerBench bench(4);
        bench.type(u"42"_s);
        CHECK(bench.field->text() == u"A-042"_s);
        CHECK(bench.scans.isEmpty());
    }
    SECTION("fast without Enter: let through once the keys stop") {
        ScannerBench bench(4);
        bench.type(u"42 and more text"_s, false);
        CHECK(bench.field->text() == u"A-0"_s); // held for now
        REQUIRE(waitUntil([&] { return bench.field->text() == u"A-042 and more text"_s; }));
        CHECK(bench.scans.isEmpty());
    }
    SECTION("editing keys pass straight through, after what was held") {
        ScannerBench bench(4);
        bench.type(u"42"_s, false);
        QTest::keyClick(bench.field, Qt::Key_Backspace);
        CHECK(bench.field->text() == u"A-04"_s);
        CHECK(bench.scans.isEmpty());
    }
    SECTION("disabled, the scanner leaves every key alone") {
        ScannerBench bench(4);
        bench.scanner.setEnabled(false);
        bench.type(u"1234567890"_s);
        CHECK(bench.field->text() == u"A-01234567890"_s);
        CHECK(bench.scans.isEmpty());
    }
}

TEST_CASE("A burst of garbage is reported as it is, and the ticket check calls it invalid", "[devices][scanner]") {
    const SignedTicket ticket;
    ScannerBench bench(3);
    QString tampered = ticket.payload; // one character changed: the signature no longer holds
    tampered[60] = tampered.at(60) == u'A' ? u'B' : u'A';
    const QList<QString> bursts{u"HELLO WORLD 123!"_s, tampered, u"https://example.com/?q=1"_s};
    for (const QString &burst : bursts) {
        INFO(burst.toStdString());
        bench.scans.clear();
        bench.type(burst);
        REQUIRE(bench.scans.count() == 1);
        const QString text = bench.scans.at(0).at(0).toString();
        CHECK(text == burst);
        CHECK_FALSE(ticket.verifies(text));
    }
    CHECK(bench.field->text() == u"A-0"_s);
}

TEST_CASE("A slow pause in the middle of a burst makes it typing", "[devices][scanner]") {
    qint64 now = 0;
    qint64 step = 4;
    ScannerBench bench(0);
    bench.scanner.setElapsedSource([&] { return now += step; });
    QTest::keyClicks(bench.field, u"ABCD"_s);
    step = 300; // a person hesitating, then fast again
    QTest::keyClicks(bench.field, u"E"_s);
    step = 4;
    QTest::keyClicks(bench.field, u"FGH"_s);
    QTest::keyClick(bench.field, Qt::Key_Return);
    CHECK(bench.scans.isEmpty()); // "ABCD" then "EFGH": each too short on its own
    CHECK(bench.field->text() == u"A-0ABCDEFGH"_s);
}

TEST_CASE("Keys as the window system delivers them (window first, then the focused widget) work the same",
          "[devices][scanner]") {
    const SignedTicket ticket;
    ScannerBench bench(4);
    QWindow *window = bench.window.windowHandle();
    REQUIRE(window);
    const auto typeIntoWindow = [window](const QString &text) {
        for (const QChar c : text)
            QTest::keyClick(window, c.toLatin1());
    };
    typeIntoWindow(ticket.payload);
    QTest::keyClick(window, Qt::Key_Return);
    REQUIRE(bench.scans.count() == 1);
    CHECK(bench.scans.at(0).at(0).toString() == ticket.payload);
    CHECK(bench.field->text() == u"A-0"_s);

    bench.m_stepMs = 150;
    typeIntoWindow(u"42"_s);
    QTest::keyClick(window, Qt::Key_Return);
    CHECK(bench.field->text() == u"A-042"_s);
    CHECK(bench.scans.count() == 1);
}

TEST_CASE("Modifier keys inside a burst neither end nor break it, and every usual suffix ends it",
          "[devices][scanner]") {
    const SignedTicket ticket;
    ScannerBench bench(3);
    // Shift pressed and released around each capital, as a USB scanner does (QTest::keyClicks sends no Shift).
    const auto typeWithShift = [&](const QString &text) {
        for (const QChar c : text) {
            if (c.isUpper())
                QTest::keyPress(bench.field, Qt::Key_Shift);
            QTest::keyClick(bench.field, c.toLatin1(), c.isUpper() ? Qt::ShiftModifier : Qt::NoModifier);
            if (c.isUpper())
                QTest::keyRelease(bench.field, Qt::Key_Shift, Qt::ShiftModifier);
        }
    };
    const QList<std::pair<Qt::Key, Qt::KeyboardModifiers>> suffixes{{Qt::Key_Return, Qt::NoModifier},
                                                                    {Qt::Key_Enter, Qt::KeypadModifier},
                                                                    {Qt::Key_Tab, Qt::NoModifier},
                                                                    {Qt::Key_J, Qt::ControlModifier},
                                                                    {Qt::Key_M, Qt::ControlModifier}};
    for (const auto &[key, modifiers] : suffixes) {
        INFO("suffix key " << key);
        bench.scans.clear();
        typeWithShift(ticket.payload);
        QTest::keyClick(bench.field, key, modifiers);
        REQUIRE(bench.scans.count() == 1);
        CHECK(bench.scans.at(0).at(0).toString() == ticket.payload);
    }
    SECTION("Caps Lock pressed before the burst") {
        bench.scans.clear();
        QTest::keyClick(bench.field, Qt::Key_CapsLock);
        bench.type(ticket.payload);
        REQUIRE(bench.scans.count() == 1);
    }
    CHECK(bench.field->text() == u"A-0"_s);
}

TEST_CASE("A scanner's prefix is not part of what it read", "[devices][scanner]") {
    const SignedTicket ticket;
    ScannerBench bench(3);
    bench.scanner.setPrefix(u"##"_s);
    bench.type(u"]Q1"_s + ticket.payload); // the AIM symbology identifier scanners may send
    bench.type(u"##"_s + ticket.payload);
    bench.type(u"##]Q1"_s + ticket.payload);
    REQUIRE(bench.scans.count() == 3);
    for (const QList<QVariant> &scan : bench.scans)
        CHECK(scan.at(0).toString() == ticket.payload);
    CHECK(bench.field->text() == u"A-0"_s);
}

TEST_CASE("A scanner that stutters once keeps its burst, a slow start does not", "[devices][scanner]") {
    const SignedTicket ticket;
    qint64 now = 0;
    ScannerBench bench(0);
    const auto typeWithGaps = [&](const QString &text, const std::function<qint64(qsizetype)> &gapBefore) {
        for (qsizetype i = 0; i < text.size(); ++i) {
            bench.scanner.setElapsedSource([&now, gap = gapBefore(i)] { return now += gap; });
            QTest::keyClicks(bench.field, text.mid(i, 1));
        }
        bench.scanner.setElapsedSource([&now] { return now += 5; });
        QTest::keyClick(bench.field, Qt::Key_Return);
    };
    SECTION("one 200 ms stutter after 60 keys at 5 ms: one scan") {
        typeWithGaps(ticket.payload, [](qsizetype i) { return i == 60 ? 200 : 5; });
        REQUIRE(bench.scans.count() == 1);
        CHECK(bench.scans.at(0).at(0).toString() == ticket.payload);
        CHECK(bench.field->text() == u"A-0"_s);
    }
    SECTION("keys 90 ms apart from the start: typing, however long") {
        typeWithGaps(u"ABCDEFGHIJKL"_s, [](qsizetype) { return 90; });
        CHECK(bench.scans.isEmpty());
        CHECK(bench.field->text() == u"A-0ABCDEFGHIJKL"_s);
    }
    SECTION("keys 60 ms apart, each within the gap but too slow on average: typing") {
        typeWithGaps(u"ABCDEFGHIJKL"_s, [](qsizetype) { return 60; });
        CHECK(bench.scans.isEmpty());
        CHECK(bench.field->text() == u"A-0ABCDEFGHIJKL"_s);
    }
}
