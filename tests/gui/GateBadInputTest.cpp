// SPDX-License-Identifier: GPL-3.0-or-later
// Garbage at the gate: a scanner that bursts random bytes, 10,000 characters, a real ticket with one byte changed,
// an empty burst, SQL typed as a queue number. Each ends in a red verdict, a clear message or no reaction; never a
// crash, never a change to the database, and the next real ticket still scans VALID. Also the staff lock-out
// through the gate's sign-in screen (the domain's is in tests/unit/UserStoreTest.cpp).
#include "GateTestSupport.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QRandomGenerator>

#include <iostream>

using namespace Qt::StringLiterals;
using namespace besuk;
using namespace besuk::test;

namespace {

// A scanner burst of any characters: one key event per character, back to back, then Enter.
void burst(const QString &text) {
    QWidget *target = GateFixture::focused();
    for (const QChar character : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(character));
        QApplication::sendEvent(target, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(character));
        QApplication::sendEvent(target, &release);
        target = GateFixture::focused();
    }
    QTest::keyClick(target, Qt::Key_Return);
}

QString randomText(QRandomGenerator &random, int length, bool withControls) {
    QString text;
    for (int i = 0; i < length; ++i) {
        const bool control = withControls && random.bounded(5) == 0;
        text.append(QChar(control ? char16_t(random.bounded(0, 32)) : char16_t(random.bounded(33, 127))));
    }
    return text;
}

struct Garbage {
    const char *label;
    QString text;
};

} // namespace

TEST_CASE("A scanner bursting garbage gets a red verdict or nothing, and the next ticket still scans",
          "[gui][gate][scanner][badinput]") {
    GateFixture f;
    const IssuedTicket ticket = f.registerGroup();
    QRandomGenerator random(20251227);
    QString flipped = ticket.payload;
    flipped[flipped.size() / 2] = flipped[flipped.size() / 2] == u'A' ? u'B' : u'A';
    QString truncated = ticket.payload.left(ticket.payload.size() - 1);
    const QList<Garbage> cases{
        {"random printable, 200", randomText(random, 200, false)},
        {"random printable, 10,000", randomText(random, 10'000, false)},
        {"random with control characters, 500", randomText(random, 500, true)},
        {"non-Latin characters", u"ÄÖÜß€ΩЖ中文العربية😀"_s.repeated(5)},
        {"ticket with one byte changed", flipped},
        {"ticket with its last byte missing", truncated},
        {"ticket with garbage after it", ticket.payload + u"%%%%%%%%"_s},
        {"ticket twice", ticket.payload + ticket.payload},
        {"SQL", u"'); DROP TABLE visits; --"_s},
        {"empty burst", QString()},
    };
    GateWindow &window = f.open();
    f.signIn();
    REQUIRE(f.on(window.scanScreen()));
    const Snapshot before = f.db.snapshot();
    QSignalSpy shown(&window, &GateWindow::verdictShown);
    int red = 0, messages = 0, nothing = 0;
    for (const Garbage &garbage : cases) {
        INFO("burst " << garbage.label);
        shown.clear();
        burst(garbage.text);
        f.settleScanner();
        if (!shown.isEmpty()) {
            CHECK(f.on(window.verdictScreen()));
            const QString title = f.text(u"titleLabel"_s);
            INFO(title.toStdString());
            CHECK(f.tone() == u"negative"_s);
            CHECK((title == u"NOT A VALID TICKET"_s || title == u"UNKNOWN TICKET"_s));
            CHECK_FALSE(f.find<QPushButton>(u"primaryPushButton"_s)->isVisible()); // no way in
            ++red;
            std::cout << "gate bad input: " << garbage.label << ": red verdict " << title.toStdString() << std::endl;
            if (QLatin1String(garbage.label) == QLatin1String("random printable, 10,000"))
                f.shoot(u"badinput-10000"_s);
        } else {
            // Keys a person could have typed (a control character breaks a burst) went to the queue field, and its
            // Enter looked them up as a queue number: a message, or nothing for an empty field.
            CHECK(f.on(window.scanScreen()));
            const QString message = f.text(u"messageLabel"_s);
            const bool said = f.find<QLabel>(u"messageLabel"_s)->isVisible() && !message.isEmpty();
            said ? ++messages : ++nothing;
            std::cout << "gate bad input: " << garbage.label << ": "
                      << (said ? "message: " + message.toStdString() : std::string("no reaction")) << std::endl;
            if (QLatin1String(garbage.label) == QLatin1String("random with control characters, 500"))
                f.shoot(u"badinput-controls"_s);
        }
        GateFixture::press(Qt::Key_Escape);
        REQUIRE(waitUntil([&] { return f.on(window.scanScreen()); }));
        f.find<QLineEdit>(u"queueLineEdit"_s)->clear();
        f.find<QLineEdit>(u"queueLineEdit"_s)->setFocus();
    }
    std::cout << "gate bad input: " << cases.size() << " bursts: " << red << " red verdicts, " << messages
              << " messages, " << nothing << " no reaction" << std::endl;
    CHECK(red + messages + nothing == int(cases.size()));
    CHECK(red >= 7);
    CHECK(f.db.snapshot() == before);

    SECTION("SQL typed as a queue number is a clear message") {
        GateFixture::press(Qt::Key_F2);
        QTest::keyClicks(GateFixture::focused(), u"a1'; DROP TABLE visits; --"_s, Qt::NoModifier, 40);
        GateFixture::press(Qt::Key_Return);
        REQUIRE(waitUntil([&] { return f.on(window.scanScreen()) && !f.text(u"messageLabel"_s).isEmpty(); }));
        CHECK(f.db.snapshot() == before);
        GateFixture::press(Qt::Key_Escape);
    }
    shown.clear();
    GateFixture::scanBurst(ticket.payload);
    REQUIRE(waitUntil([&] { return shown.count() == 1; }));
    CHECK(f.text(u"titleLabel"_s) == u"VALID"_s);
    CHECK(f.tone() == u"positive"_s);
}

TEST_CASE("Five wrong PINs at the gate's sign-in lock the account, and the gate says until when",
          "[gui][gate][badinput]") {
    GateFixture f;
    f.settings.language = u"id"_s;
    GateWindow &window = f.open();
    const auto typePin = [](const QString &pin) {
        GateFixture::type(pin);
        GateFixture::press(Qt::Key_Return);
    };
    f.signIn(u"1111"_s); // the login stays, the focus goes back to the PIN
    for (int attempt = 2; attempt <= UserStore::MaxFailures; ++attempt) {
        CHECK_FALSE(f.on(window.scanScreen()));
        typePin(u"1111"_s);
    }
    typePin(GuardPin); // the right PIN, too late
    CHECK_FALSE(f.on(window.scanScreen()));
    CHECK(f.text(u"messageLabel"_s) == u"Terlalu banyak percobaan yang salah. Coba lagi setelah 09:05."_s);
    f.clock.advanceSeconds(UserStore::LockoutSeconds);
    typePin(GuardPin);
    CHECK(f.on(window.scanScreen()));
}
