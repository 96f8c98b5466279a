// SPDX-License-Identifier: GPL-3.0-or-later
// "Bantuan suara": the kiosk reads each screen's instructions aloud for a visitor who asks, never a NIK.
#include "KioskTest.h"
#include "ui/kiosk/VoiceGuide.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace besuk;
using namespace besuk::test;

namespace {

QStringList readTexts(const QSignalSpy &spy) {
    QStringList texts;
    for (const auto &arguments : spy)
        texts << arguments.at(0).toString();
    return texts;
}

} // namespace

TEST_CASE("Voice help reads the screen's instructions, then each new screen, until the visitor leaves", "[kiosk]") {
    KioskFixture f;
    KioskWindow &window = f.open();
    window.voiceGuide().speech().setPlaybackEnabled(false);
    QSignalSpy read(&window.voiceGuide(), &VoiceGuide::reading);

    QPushButton *voice = f.find<QPushButton>(u"voicePushButton"_s);
    CHECK(voice->text() == u"Bantuan suara"_s);
    CHECK(read.isEmpty()); // nothing is said unless a visitor asks
    QTest::mouseClick(voice, Qt::LeftButton);
    CHECK(voice->isChecked());
    REQUIRE(read.size() == 1);
    const QString welcome = readTexts(read).at(0);
    CHECK(welcome.startsWith(f.text(u"titleLabel"_s)));
    CHECK(welcome.contains(f.text(u"promptLabel"_s)));
    CHECK(welcome.contains(f.find<QPushButton>(u"visitPushButton"_s)->text()));

    f.toInmate();
    REQUIRE(read.size() == 2);
    CHECK(readTexts(read).at(1).startsWith(f.text(u"titleLabel"_s)));

    f.click(u"englishPushButton"_s); // the same screen again, now in English
    REQUIRE(read.size() == 3);
    CHECK(readTexts(read).at(2).startsWith(f.text(u"titleLabel"_s)));
    CHECK(readTexts(read).at(2) != readTexts(read).at(1));

    window.resetToWelcome(); // the next visitor starts without it
    CHECK_FALSE(voice->isChecked());
    CHECK_FALSE(window.voiceGuide().isOn());
    f.toInmate();
    CHECK(read.size() == 3);
}

TEST_CASE("Voice help never reads what a visitor typed: values stay on the screen and NIKs are left out", "[kiosk]") {
    CHECK(VoiceGuide::speakable(u"NIK 6471050501900003 sudah terdaftar hari ini."_s) ==
          u"NIK sudah terdaftar hari ini."_s);
    CHECK(VoiceGuide::speakable(u"Telepon 0812-3456-7890 atau <b>meja</b> petugas."_s) ==
          u"Telepon atau meja petugas."_s);
    CHECK(VoiceGuide::speakable(u"Sesi 09:00–10:00, nomor A-001."_s) == u"Sesi 09:00–10:00, nomor A-001."_s);

    KioskFixture f;
    KioskWindow &window = f.open();
    window.voiceGuide().speech().setPlaybackEnabled(false);
    QSignalSpy read(&window.voiceGuide(), &VoiceGuide::reading);
    f.toAdults();
    f.addAdult(BudiNik, u"Budi Santoso"_s);
    f.find<QLineEdit>(u"nikLineEdit"_s)->setFocus();
    f.type(BudiNik); // the same NIK again: refused with a message
    f.press(Qt::Key_Tab);
    f.type(u"Budi Santoso"_s);
    f.press(Qt::Key_Return);
    f.click(u"voicePushButton"_s);
    REQUIRE(read.size() == 1);
    const QString said = readTexts(read).at(0);
    INFO(said.toStdString());
    CHECK(said.startsWith(f.text(u"titleLabel"_s)));
    CHECK_FALSE(said.contains(u"Budi"_s));
    CHECK_FALSE(said.contains(u"0501900003"_s));
}

TEST_CASE("Voice help speaks with the offline voice, in the visitor's language, off the UI thread", "[kiosk]") {
    KioskFixture f;
    KioskWindow &window = f.open();
    SpeechQueue &speech = window.voiceGuide().speech();
    speech.setPlaybackEnabled(false);
    QSignalSpy clips(&speech, &SpeechQueue::made);
    QSignalSpy failures(&speech, &SpeechQueue::notMade);
    f.click(u"voicePushButton"_s);
    CHECK(clips.isEmpty()); // asked for, not made yet: the window goes on
    CHECK(speech.pending() == 1);
    REQUIRE(waitUntil([&] { return clips.size() + failures.size() == 1; }));
    INFO((failures.isEmpty() ? QString() : failures.first().at(0).toString()).toStdString());
    REQUIRE(clips.size() == 1);
    const auto clip = clips.first().at(0).value<AudioClip>();
    CHECK(clip.durationMs() > 1500);
    CHECK(window.voiceGuide().isOn());
}

TEST_CASE("A voice that fails is reported on the button and switched off, and offered again to the next visitor",
          "[kiosk]") {
    KioskFixture f;
    KioskWindow &window = f.open();
    window.voiceGuide().speech().setPlaybackEnabled(false);
    QPushButton *voice = f.find<QPushButton>(u"voicePushButton"_s);
    f.click(u"voicePushButton"_s);
    Q_EMIT window.voiceGuide().speech().playbackFailed(u"no audio output"_s);
    CHECK_FALSE(window.voiceGuide().isOn());
    CHECK_FALSE(voice->isChecked());
    CHECK_FALSE(voice->isEnabled());
    CHECK(voice->text() == u"Suara tidak tersedia"_s);
    window.resetToWelcome();
    CHECK(voice->isEnabled());
    CHECK(voice->text() == u"Bantuan suara"_s);
}

TEST_CASE("A kiosk set without voice help shows no button", "[kiosk]") {
    KioskFixture f;
    f.settings.voiceHelp = false;
    f.open();
    const auto buttons = f.window->findChildren<QPushButton *>(u"voicePushButton"_s);
    REQUIRE(buttons.size() == 1);
    CHECK_FALSE(buttons.first()->isVisible());
}
