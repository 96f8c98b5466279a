// SPDX-License-Identifier: GPL-3.0-or-later
// Whatever a visitor types, pastes or an input method commits at the kiosk: names in any script are stored as they
// are and shown unbroken on the review and ticket screens; what the domain refuses is said in the visitor's
// language and nothing is stored; nothing crashes. Screenshots: kiosk-badinput-*.png.
#include "KioskTest.h"
#include "db/Validation.h"
#include "db/Visit.h"

#include <QClipboard>
#include <QInputMethodEvent>
#include <QKeyEvent>

#include <iostream>

using namespace besuk;
using namespace besuk::test;
using namespace Qt::StringLiterals;

namespace {

enum class Entry { Keys, InputMethod, Paste };

// Keys as a keyboard layout delivers them (one event per character, whatever the script); an input method's
// committed text (Chinese, Japanese); or the clipboard and Ctrl+V.
void enter(QLineEdit *field, const QString &text, Entry how) {
    field->setFocus(Qt::OtherFocusReason);
    switch (how) {
    case Entry::Keys:
        for (qsizetype i = 0; i < text.size(); ++i) {
            const qsizetype length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
            const QString character = text.mid(i, length);
            i += length - 1;
            QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, character);
            QApplication::sendEvent(field, &press);
            QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, character);
            QApplication::sendEvent(field, &release);
        }
        break;
    case Entry::InputMethod: {
        QInputMethodEvent commit;
        commit.setCommitString(text);
        QApplication::sendEvent(field, &commit);
        break;
    }
    case Entry::Paste:
        QGuiApplication::clipboard()->setText(text);
        QTest::keyClick(field, Qt::Key_V, Qt::ControlModifier);
        break;
    }
}

// On the adults screen: the NIK typed, the name entered `how`, then Enter.
void addAdult(KioskFixture &kiosk, const QString &nik, const QString &name, Entry how) {
    auto *nikField = kiosk.find<QLineEdit>(u"nikLineEdit"_s);
    auto *nameField = kiosk.find<QLineEdit>(u"nameLineEdit"_s);
    nikField->clear();
    nameField->clear();
    nikField->setFocus(Qt::OtherFocusReason);
    QTest::keyClicks(nikField, nik);
    enter(nameField, name, how);
    QTest::keyClick(nameField, Qt::Key_Return);
}

QString repeatedTo(const QString &piece, int length) {
    QString text;
    while (text.size() < length)
        text += piece;
    return text.left(length);
}

struct Accepted {
    const char *label;
    QString nik;
    QString name;
    Entry how;
};

struct Refused {
    const char *label;
    QString name;
    Entry how;
};

} // namespace

TEST_CASE("Names in any script are stored as entered and shown unbroken on the review and ticket screens",
          "[kiosk][badinput]") {
    KioskFixture kiosk;
    Rules rules = kiosk.facility->rules();
    rules.visitsPerInmatePerWeek = 0;
    REQUIRE(kiosk.facility->saveRules(rules, u"test"_s).ok());
    kiosk.settings.formIdleMs = 600'000;
    kiosk.settings.ticketIdleMs = 600'000;
    kiosk.open();

    // The longest name the field takes, pasted whole (a longer paste is refused whole: KioskLimitTest.cpp).
    const QString pastedLongest =
        repeatedTo(u"Siti Nurhaliza binti Abdul Rahman Al-Fatih "_s, Validation::MaxNameLength);
    const QString pasted10k = repeatedTo(u"Siti Nurhaliza binti Abdul Rahman Al-Fatih "_s, 10'000);
    const QList<Accepted> cases{
        {"arabic", BudiNik, u"محمد عبد الله"_s, Entry::Keys},
        {"chinese", SitiNik, u"王小明"_s, Entry::InputMethod},
        {"long", AgusNik, pastedLongest, Entry::Paste},
        {"quotes", DewiNik, u"Ma'ruf O'Neil-Siregar, S.H."_s, Entry::Keys},
    };
    int stored = 0;
    for (const Accepted &entry : cases) {
        INFO("case " << entry.label);
        kiosk.toAdults();
        addAdult(kiosk, entry.nik, entry.name, entry.how);
        const QString expected = entry.name.trimmed();
        REQUIRE(kiosk.window->flow().adults().size() == 1);
        CHECK(kiosk.window->flow().adults().first().name == expected);
        CHECK(kiosk.find<QLabel>(u"adult1Label"_s)->text().contains(expected));
        kiosk.click(u"nextPushButton"_s);
        REQUIRE(kiosk.screen() == u"reviewScreen"_s);
        // The name whole, and the line left-to-right: an Arabic name must not reorder the NIK after it.
        const QString visitors = kiosk.text(u"visitorsValueLabel"_s);
        CHECK(visitors.contains(expected));
        CHECK(visitors.endsWith(u"(%1)"_s.arg(Nik::mask(entry.nik))));
        CHECK_FALSE(visitors.isRightToLeft());
        shoot(kiosk.window.get(), u"badinput-review-%1"_s.arg(QLatin1String(entry.label)), u"id"_s);
        // Nothing pushes the window wider than the screen.
        CHECK(kiosk.window->width() <= 1280);
        kiosk.click(u"confirmPushButton"_s);
        REQUIRE(kiosk.screen() == u"ticketScreen"_s);
        const QString lead = kiosk.text(u"leadValueLabel"_s);
        CHECK(lead.contains(expected));
        CHECK(lead.endsWith(u"(%1)"_s.arg(Nik::mask(entry.nik))));
        CHECK_FALSE(lead.isRightToLeft());
        // Once laid out, every line of the print status is there: nothing squeezed off the 800-pixel screen.
        auto *status = kiosk.find<QLabel>(u"printStatusLabel"_s);
        REQUIRE(waitUntil([&] { return !status->text().isEmpty(); }));
        const bool fits = waitUntil([&] { return status->height() >= status->minimumSizeHint().height(); }, 1000);
        INFO("status height " << status->height() << ", needs " << status->minimumSizeHint().height());
        CHECK(fits);
        shoot(kiosk.window.get(), u"badinput-ticket-%1"_s.arg(QLatin1String(entry.label)), u"id"_s);
        CHECK(kiosk.window->width() <= 1280);

        // Read back through the domain: exactly what was entered.
        const qint64 id = kiosk.window->flow().ticket()->visit.id;
        auto visit = VisitRepository::load(kiosk.facility->database(), id);
        REQUIRE(visit.ok());
        REQUIRE(visit->members.size() == 1);
        CHECK(visit->members.first().name == expected);
        ++stored;
        kiosk.window->resetToWelcome();
    }
    CHECK(stored == 4);
    std::cout << "bad input: " << stored << " names in other scripts and lengths stored verbatim" << std::endl;

    SECTION("the domain refuses a 10,000-character name with a clear message, whatever the field allows") {
        kiosk.toAdults();
        auto added = kiosk.window->flow().addAdult(BudiNik, pasted10k);
        REQUIRE_FALSE(added.ok());
        CHECK(added.error().code == ErrorCode::InvalidInput);
        CHECK(added.error().message.contains(u"100"_s));
        CHECK(added.error().message.startsWith(u"Nama terlalu panjang"_s));
    }
}

TEST_CASE("Refused names say why in the visitor's language and store nothing", "[kiosk][badinput]") {
    const QList<Refused> cases{
        {"emoji", u"Budi 😀 Santoso"_s, Entry::Paste},
        {"emoji typed", u"Siti 🌸"_s, Entry::Keys},
        {"bell", u"Budi\u0007Santoso"_s, Entry::Paste},
        {"escape sequence", u"\u001b[31mBudi\u001b[0m"_s, Entry::Paste},
        {"nul", u"Budi"_s + QChar(u'\0') + u"Santoso"_s, Entry::Paste},
        {"tab", u"Budi\tSantoso"_s, Entry::Paste},
        {"pasted lines", u"Budi Santoso\nJl. Sudirman 12\nBalikpapan"_s, Entry::Paste},
        {"zero-width space", u"Budi\u200bSantoso"_s, Entry::Paste},
        {"right-to-left override", u"Budi\u202eosotnaS"_s, Entry::Paste},
        {"sql", u"'); DROP TABLE visits; --"_s, Entry::Keys},
        {"sql pasted", u"Robert'); DELETE FROM visitors WHERE ('1'='1"_s, Entry::Paste},
        {"digits", u"Budi 2"_s, Entry::Keys},
        {"only punctuation", u"'-.,"_s, Entry::Keys},
    };
    QMap<QString, QStringList> messages;
    for (const QString &language : {u"id"_s, u"en"_s}) {
        KioskFixture kiosk;
        kiosk.settings.language = language;
        kiosk.settings.formIdleMs = 600'000;
        kiosk.open();
        const Snapshot before = kiosk.db.snapshot();
        kiosk.toAdults();
        for (const Refused &entry : cases) {
            INFO("case " << entry.label << ", language " << language.toStdString());
            addAdult(kiosk, BudiNik, entry.name, entry.how);
            CHECK(kiosk.window->flow().adults().isEmpty());
            CHECK(kiosk.screen() == u"adultsScreen"_s);
            const QString shown = kiosk.text(u"statusLabel"_s);
            CHECK(kiosk.find<QLabel>(u"statusLabel"_s)->isVisible());
            // What the domain says about what reached the field, in this language.
            const auto checked = Validation::personName(kiosk.find<QLineEdit>(u"nameLineEdit"_s)->text());
            REQUIRE_FALSE(checked.ok());
            CHECK(shown == checked.error().message);
            messages[language].append(shown);
            if (language == u"en")
                std::cout << "bad input: refused " << entry.label << ": " << shown.toStdString() << std::endl;
            if (QLatin1String(entry.label) == QLatin1String("pasted lines"))
                shoot(kiosk.window.get(), u"badinput-refused-lines"_s, language);
        }
        // The inmate search takes SQL metacharacters as text.
        kiosk.click(u"backPushButton"_s);
        REQUIRE(kiosk.screen() == u"inmateScreen"_s);
        auto *search = kiosk.find<QLineEdit>(u"searchLineEdit"_s);
        search->clear();
        QTest::keyClicks(search, u"'; DROP TABLE inmates; --"_s);
        QCoreApplication::processEvents();
        CHECK(kiosk.find<QListWidget>(u"resultsListWidget"_s)->count() == 0);
        CHECK(kiosk.db.snapshot() == before);
        CHECK(kiosk.db.rows(u"SELECT COUNT(*) FROM inmates"_s) == QStringList{u"8"_s});
    }
    REQUIRE(messages[u"id"_s].size() == cases.size());
    for (int i = 0; i < cases.size(); ++i) {
        INFO("case " << cases[i].label << ": " << messages[u"id"_s][i] << " / " << messages[u"en"_s][i]);
        CHECK(messages[u"id"_s][i].startsWith(u"Nama"_s));
        CHECK(messages[u"en"_s][i].startsWith(u"Name"_s));
    }
    std::cout << "bad input: " << cases.size() << " refused names, each in Indonesian and English" << std::endl;
}
