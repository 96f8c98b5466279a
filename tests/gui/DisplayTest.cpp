// SPDX-License-Identifier: GPL-3.0-or-later
// The lobby display: the board follows calls made at this station or another (through the ChangeFeed, within a
// second: the latencies are printed), announces each new call and recall once, and speaks them offline. Screenshots
// of the board go to BESUK_SCREENSHOT_DIR/display-*.png for people to look at.

#include "FacilityFixture.h"
#include "GuiWait.h"
#include "db/InmateStore.h"
#include "db/RegistrationService.h"
#include "ui/common/DisplaySettings.h"
#include "ui/display/CallSpeaker.h"
#include "ui/display/DisplayModel.h"
#include "ui/display/DisplayWindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

#include <functional>
#include <iostream>
#include <memory>
#include <ostream>

using namespace Qt::StringLiterals;
using namespace besuk;

inline std::ostream &operator<<(std::ostream &os, const QString &text) {
    return os << text.toStdString();
}

namespace {

using Language = Announcer::Language;
using besuk::test::waitUntil;

const QString Officer = u"Pak Joko"_s;

// Saves what `widget` shows as BESUK_SCREENSHOT_DIR/display-<name>.png.
void shoot(QWidget *widget, const QString &name) {
    QDir().mkpath(QStringLiteral(BESUK_SCREENSHOT_DIR));
    const QString path = QStringLiteral(BESUK_SCREENSHOT_DIR "/display-%1.png").arg(name);
    QCoreApplication::processEvents(); // pending layout and style changes
    INFO(path.toStdString());
    CHECK(widget->grab().save(path));
}

// A facility on a temporary database with the demo roster, at Saturday 27 December 2025 09:00 WITA, whose rules
// let one inmate be visited any number of times, so that only the queue matters.
struct DisplayFixture : test::FacilityFixture {
    DisplayFixture() : FacilityFixture(Setup{.name = u"Rutan Kelas IIA Balikpapan"_s}) {
        importDemoRoster();
        allowUnlimitedVisits(true);
        settings.language = u"en"_s;
        settings.speech = {}; // the board's tests need no voice
    }
    ~DisplayFixture() {
        window.reset();
        other.reset();
    }

    // A ticket registered at the kiosk, through `where` (this station by default).
    QString issue(Service service = Service::Visit, Facility *where = nullptr) {
        ++visitors;
        const QString nik = u"6471050101800000"_s.left(12) + u"%1"_s.arg(visitors, 4, 10, QChar(u'0'));
        auto ticket = RegistrationService(where ? *where : *facility)
                          .registerGroup(RegistrationRequest{
                              u"B.I-001/2025"_s, {{nik, u"Budi Santoso"_s}}, 0, service, u"kiosk-1"_s});
        INFO((ticket ? QString() : ticket.error().message));
        REQUIRE(ticket.ok());
        return ticket->visit.queueLabel();
    }
    void issue(int count, Service service = Service::Visit) {
        for (int i = 0; i < count; ++i)
            issue(service);
    }
    CallRecord next(const QString &gate, Service service = Service::Visit, Facility *where = nullptr) {
        auto call = CallService(where ? *where : *facility).callNext(service, gate, Officer);
        INFO((call ? QString() : call.error().message));
        REQUIRE(call.ok());
        return std::move(call).value();
    }
    CallRecord recall(const QString &gate) {
        auto call = CallService(*facility).recall(gate, Officer);
        REQUIRE(call.ok());
        return std::move(call).value();
    }
    CallRecord skip(const QString &gate) {
        auto call = CallService(*facility).skip(gate, Officer);
        REQUIRE(call.ok());
        return std::move(call).value();
    }

    // Another station on the same database file: a connection of its own, as a gate PC would have.
    Facility &openOther() {
        auto database = Database::open(db.location(), Database::OpenMode::MustExist);
        REQUIRE(database.ok());
        auto opened = Facility::open(std::move(database).value(), clock, db.keyPath());
        REQUIRE(opened.ok());
        other = std::move(opened).value();
        return *other;
    }

    DisplayWindow &open(QSize size = {1920, 1080}) {
        window = std::make_unique<DisplayWindow>(*facility, settings);
        window->resize(size);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        return *window;
    }
    QLabel *label(const QString &name) const {
        auto *found = window->findChild<QLabel *>(name);
        INFO("label " << name);
        REQUIRE(found != nullptr);
        return found;
    }
    QString text(const QString &name) const { return label(name)->text(); }
    bool shows(const QString &name) const { return label(name)->isVisible(); }

    std::unique_ptr<Facility> other;
    DisplaySettings settings;
    std::unique_ptr<DisplayWindow> window;
    int visitors = 0;
};

CallRecord callOf(const QString &label, const QString &gate) {
    CallRecord call;
    call.id = 1;
    call.service = label.startsWith(u'B') ? Service::Deposit : Service::Visit;
    call.queueNumber = label.mid(2).toInt();
    call.gate = gate;
    return call;
}

QList<CallRecord> announced(const QSignalSpy &spy) {
    QList<CallRecord> calls;
    for (const QList<QVariant> &arguments : spy)
        calls.append(arguments.at(0).value<CallRecord>());
    return calls;
}

} // namespace

TEST_CASE("Display settings come from QSettings, with defaults for what is missing or wrong", "[display]") {
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"besuk.conf"_s), QSettings::IniFormat);
    DisplaySettings defaults = DisplaySettings::load(settings);
    CHECK(defaults.language == u"id"_s);
    CHECK(defaults.speech == QList<Language>{Language::Indonesian});
    CHECK(defaults.recent == 5);

    settings.setValue(u"display/language"_s, u"en"_s);
    settings.setValue(u"display/speech"_s, u"id+en"_s);
    settings.setValue(u"display/recent"_s, 8);
    DisplaySettings chosen = DisplaySettings::load(settings);
    CHECK(chosen.language == u"en"_s);
    CHECK(chosen.speech == QList<Language>{Language::Indonesian, Language::English});
    CHECK(chosen.recent == 8);

    settings.setValue(u"display/speech"_s, u"off"_s);
    settings.setValue(u"display/recent"_s, 40);
    CHECK(DisplaySettings::load(settings).speech.isEmpty());
    CHECK(DisplaySettings::load(settings).recent == 10);
    settings.setValue(u"display/recent"_s, 0);
    CHECK(DisplaySettings::load(settings).recent == 1);

    settings.setValue(u"display/language"_s, u"fr"_s);
    settings.setValue(u"display/speech"_s, u"klingon"_s);
    settings.setValue(u"display/recent"_s, u"many"_s);
    DisplaySettings wrong = DisplaySettings::load(settings);
    CHECK(wrong.language == u"id"_s);
    CHECK(wrong.speech == QList<Language>{Language::Indonesian});
    CHECK(wrong.recent == 5);
    CHECK(DisplaySettings::speechFromKey(u"en"_s) == QList<Language>{Language::English});
    CHECK(DisplaySettings::speechFromKey(u"en+id"_s) == QList<Language>{Language::English, Language::Indonesian});
    CHECK_FALSE(DisplaySettings::speechFromKey(u"id+id"_s).has_value());
}

TEST_CASE("A call shows on the board within a second, from this station and from another", "[display]") {
    DisplayFixture f;
    f.issue(3);
    f.issue(Service::Deposit);
    DisplayWindow &window = f.open();
    REQUIRE(waitUntil([&] { return window.model().feedRunning(); }));
    CHECK(f.shows(u"idleTitleLabel"_s));
    CHECK(f.text(u"idleTitleLabel"_s) == u"No calls yet"_s);
    CHECK_FALSE(f.shows(u"numberLabel"_s));
    CHECK(f.text(u"visitWaitingLabel"_s) == u"Waiting: 3"_s);
    CHECK(f.text(u"depositWaitingLabel"_s) == u"Waiting: 1"_s);
    CHECK(f.shows(u"recentEmptyLabel"_s));
    QSignalSpy announcements(&window.model(), &DisplayModel::announce);

    // The latency from the commit to the label showing it, through the feed (nothing calls refresh() by hand).
    const auto shownWithin = [&](const char *what, const std::function<bool()> &shown) {
        QElapsedTimer timer;
        timer.start();
        const bool ok = waitUntil(shown, 1000);
        std::cout << "display: " << what << " shown after " << timer.nsecsElapsed() / 1'000'000.0 << " ms\n";
        return ok;
    };

    f.next(u"1"_s);
    CHECK(shownWithin("a call at this station", [&] { return f.text(u"numberLabel"_s) == u"A-001"_s; }));
    CHECK(f.shows(u"numberLabel"_s));
    CHECK_FALSE(f.shows(u"idleTitleLabel"_s));
    CHECK(f.text(u"gateLabel"_s) == u"Gate 1"_s);
    CHECK(f.text(u"visitWaitingLabel"_s) == u"Waiting: 2"_s);
    CHECK_FALSE(f.shows(u"recallLabel"_s));
    CHECK(window.highlighted());

    Facility &gateTwo = f.openOther();
    f.next(u"2"_s, Service::Visit, &gateTwo);
    CHECK(shownWithin("a call at another station", [&] { return f.text(u"numberLabel"_s) == u"A-002"_s; }));
    CHECK(f.text(u"gateLabel"_s) == u"Gate 2"_s);
    CHECK(f.shows(u"recentNumberLabel0"_s));
    CHECK(f.text(u"recentNumberLabel0"_s) == u"A-001"_s);
    CHECK(f.text(u"recentGateLabel0"_s) == u"Gate 1"_s);
    CHECK(f.text(u"recentTimeLabel0"_s) == u"09:00"_s);
    CHECK_FALSE(f.shows(u"recentNumberLabel1"_s));
    CHECK_FALSE(f.shows(u"recentEmptyLabel"_s));
    CHECK(f.text(u"visitWaitingLabel"_s) == u"Waiting: 1"_s);

    // A registration at a kiosk changes the waiting count.
    f.issue(Service::Deposit, &gateTwo);
    CHECK(shownWithin("a registration at another station",
                      [&] { return f.text(u"depositWaitingLabel"_s) == u"Waiting: 2"_s; }));

    // A gate with a name is shown as it is.
    f.next(u"Pintu Utara"_s, Service::Deposit, &gateTwo);
    CHECK(shownWithin("a deposit call at a named gate", [&] { return f.text(u"numberLabel"_s) == u"B-001"_s; }));
    CHECK(f.text(u"gateLabel"_s) == u"Pintu Utara"_s);
    CHECK(f.text(u"recentNumberLabel0"_s) == u"A-002"_s);
    CHECK(f.text(u"recentNumberLabel1"_s) == u"A-001"_s);

    const QList<CallRecord> calls = announced(announcements);
    REQUIRE(calls.size() == 3);
    CHECK(calls.at(0).queueLabel() == u"A-001"_s);
    CHECK(calls.at(1).queueLabel() == u"A-002"_s);
    CHECK(calls.at(2).queueLabel() == u"B-001"_s);
    CHECK(window.model().problemText().isEmpty());
    CHECK_FALSE(f.shows(u"problemLabel"_s));
}

TEST_CASE("A recall shows as a recall and is announced again - a skip is neither", "[display]") {
    DisplayFixture f;
    f.issue(3);
    DisplayModel model(*f.facility, 5, false);
    QSignalSpy announcements(&model, &DisplayModel::announce);
    QSignalSpy changes(&model, &DisplayModel::boardChanged);
    CHECK_FALSE(model.current().has_value());

    const CallRecord first = f.next(u"1"_s);
    model.refresh();
    REQUIRE(announcements.size() == 1);
    CHECK(announced(announcements).at(0).id == first.id);
    REQUIRE(model.current().has_value());
    CHECK(model.current()->kind == CallKind::Call);
    model.refresh(); // nothing new: nothing announced, nothing changed
    CHECK(announcements.size() == 1);
    CHECK(changes.size() == 1);

    const CallRecord again = f.recall(u"1"_s);
    model.refresh();
    REQUIRE(announcements.size() == 2);
    CHECK(announced(announcements).at(1).id == again.id);
    CHECK(announced(announcements).at(1).kind == CallKind::Recall);
    CHECK(model.current()->queueLabel() == u"A-001"_s);
    CHECK(model.current()->kind == CallKind::Recall);
    CHECK(model.recent().isEmpty()); // the same number is listed once

    f.skip(u"1"_s);
    model.refresh();
    CHECK(announcements.size() == 2);
    CHECK_FALSE(model.current().has_value()); // A-001 is not served any more
    CHECK(model.recent().isEmpty());

    f.next(u"1"_s);
    f.next(u"2"_s);
    model.refresh();
    CHECK(announcements.size() == 4);
    CHECK(model.current()->queueLabel() == u"A-003"_s);
    REQUIRE(model.recent().size() == 1);
    CHECK(model.recent().at(0).queueLabel() == u"A-002"_s);

    // On the board: the recall line.
    f.settings.recent = 3;
    DisplayWindow &window = f.open();
    CHECK(f.text(u"numberLabel"_s) == u"A-003"_s);
    CHECK_FALSE(f.shows(u"recallLabel"_s));
    CHECK_FALSE(window.highlighted()); // on the board at start-up: not new
    f.recall(u"1"_s);                  // A-002 again, at gate 1
    window.model().refresh();
    CHECK(f.text(u"numberLabel"_s) == u"A-002"_s);
    CHECK(f.shows(u"recallLabel"_s));
    CHECK(f.text(u"recallLabel"_s) == u"Called again"_s);
    CHECK(f.text(u"recentNumberLabel0"_s) == u"A-003"_s);
    CHECK(window.highlighted());
    // The highlight ends by itself.
    CHECK(waitUntil([&] { return !window.highlighted(); }));
    f.skip(u"1"_s);
    window.model().refresh();
    CHECK(f.text(u"numberLabel"_s) == u"A-003"_s);
    CHECK_FALSE(f.shows(u"recallLabel"_s));
    CHECK_FALSE(window.highlighted());
}

TEST_CASE("Calls already made when the display starts are shown but not announced", "[display]") {
    DisplayFixture f;
    f.issue(4);
    f.next(u"1"_s);
    f.next(u"2"_s);
    f.recall(u"1"_s);
    DisplayModel model(*f.facility, 5, false);
    QSignalSpy announcements(&model, &DisplayModel::announce);
    REQUIRE(model.loaded());
    CHECK(model.current()->queueLabel() == u"A-001"_s);
    CHECK(model.current()->kind == CallKind::Recall);
    REQUIRE(model.recent().size() == 1);
    CHECK(model.recent().at(0).queueLabel() == u"A-002"_s);
    CHECK(model.waiting(Service::Visit) == 2);
    model.refresh();
    CHECK(announcements.isEmpty());

    f.next(u"2"_s);
    model.refresh();
    REQUIRE(announcements.size() == 1);
    CHECK(announced(announcements).at(0).queueLabel() == u"A-003"_s);
}

TEST_CASE("The speaker makes each call's audio off the UI thread, in order, in each chosen language", "[display]") {
    const auto clipsFor = [](const QList<Language> &languages, const QStringList &labels, int expected) {
        CallSpeaker speaker(languages);
        speaker.setPlaybackEnabled(false);
        QSignalSpy clips(&speaker, &CallSpeaker::clipReady);
        QSignalSpy failures(&speaker, &CallSpeaker::failed);
        QElapsedTimer timer;
        timer.start();
        for (const QString &label : labels)
            speaker.speak(callOf(label, u"1"_s));
        // speak() does not wait for the synthesis: every clip is still to come.
        CHECK(clips.isEmpty());
        CHECK(speaker.pending() == int(labels.size() * languages.size()));
        CHECK(waitUntil([&] { return clips.size() + failures.size() >= expected; }));
        CHECK(waitUntil([&] { return speaker.pending() == 0; }));
        QCoreApplication::processEvents(); // nothing more comes: every call asked for has been delivered
        INFO((failures.isEmpty() ? QString() : failures.first().at(0).toString()));
        CHECK(failures.isEmpty());
        CHECK(speaker.pending() == 0);
        std::cout << "speaker: " << clips.size() << " clip(s) in " << timer.elapsed() << " ms\n";
        return QList<QList<QVariant>>(clips.cbegin(), clips.cend());
    };

    const auto indonesian = clipsFor({Language::Indonesian}, {u"A-042"_s}, 1);
    REQUIRE(indonesian.size() == 1);
    const auto clip = indonesian.at(0).at(2).value<AudioClip>();
    std::cout << "speaker: A-042 at gate 1 in Indonesian is " << clip.durationMs() << " ms\n";
    CHECK(indonesian.at(0).at(0).value<CallRecord>().queueLabel() == u"A-042"_s);
    CHECK(indonesian.at(0).at(1).value<Language>() == Language::Indonesian);
    CHECK(clip.durationMs() > 2500);
    CHECK(clip.durationMs() < 15000);
    CHECK(clip.pcm.startsWith(Announcer::chime(clip.format.sampleRate()).pcm));

    const auto both = clipsFor({Language::Indonesian, Language::English}, {u"A-042"_s, u"B-007"_s}, 4);
    REQUIRE(both.size() == 4);
    const QList<std::pair<QString, Language>> order{{u"A-042"_s, Language::Indonesian},
                                                    {u"A-042"_s, Language::English},
                                                    {u"B-007"_s, Language::Indonesian},
                                                    {u"B-007"_s, Language::English}};
    for (qsizetype i = 0; i < order.size(); ++i) {
        INFO(i);
        CHECK(both.at(i).at(0).value<CallRecord>().queueLabel() == order.at(i).first);
        CHECK(both.at(i).at(1).value<Language>() == order.at(i).second);
        CHECK(both.at(i).at(2).value<AudioClip>().durationMs() > 2500);
    }

    CHECK(clipsFor({}, {u"A-042"_s}, 0).isEmpty());
}

TEST_CASE("A numeric gate is shown as a gate number, a named gate as it is", "[display]") {
    DisplayFixture f;
    DisplayWindow &window = f.open({1280, 720});
    CHECK(DisplayWindow::gateText(u"3"_s) == u"Gate 3"_s);
    CHECK(DisplayWindow::gateText(u" Pintu Utara "_s) == u"Pintu Utara"_s);
    window.setLanguage(u"id"_s);
    CHECK(DisplayWindow::gateText(u"3"_s) == u"Pintu 3"_s);
    CHECK(f.text(u"idleTitleLabel"_s) == u"Belum ada panggilan"_s);
    CHECK(f.text(u"visitWaitingLabel"_s) == u"Menunggu: 0"_s);
}

TEST_CASE("Screenshots of the board, idle and after a few calls, in Indonesian and English", "[display][screenshot]") {
    for (const QString &language : {u"id"_s, u"en"_s}) {
        DisplayFixture f;
        f.settings.language = language;
        f.issue(14);
        f.issue(3, Service::Deposit);
        for (const QSize size : {QSize(1920, 1080), QSize(1280, 720)}) {
            DisplayWindow &window = f.open(size);
            CHECK(window.language() == language);
            const QString suffix = size.width() == 1920 ? QString() : u"-720"_s;
            shoot(&window, u"idle-%1%2"_s.arg(language, suffix));
        }
        f.window.reset();

        f.next(u"1"_s);
        f.next(u"2"_s);
        f.next(u"3"_s, Service::Deposit);
        f.clock.advanceSeconds(7 * 60);
        f.next(u"2"_s);
        f.next(u"1"_s);
        f.clock.advanceSeconds(3 * 60);
        f.next(u"Pintu Utara"_s);
        f.recall(u"1"_s);
        for (const QSize size : {QSize(1920, 1080), QSize(1280, 720)}) {
            DisplayWindow &window = f.open(size);
            CHECK(f.text(u"numberLabel"_s) == u"A-004"_s);
            CHECK(f.shows(u"recallLabel"_s));
            const QString suffix = size.width() == 1920 ? QString() : u"-720"_s;
            shoot(&window, u"calls-%1%2"_s.arg(language, suffix));
        }
        // A new call, highlighted.
        f.clock.advanceSeconds(60);
        f.next(u"3"_s, Service::Deposit);
        f.window->model().refresh();
        CHECK(f.window->highlighted());
        CHECK(f.text(u"numberLabel"_s) == u"B-002"_s);
        shoot(f.window.get(), u"new-call-%1-720"_s.arg(language));

        // Ten earlier calls, the most the settings allow.
        f.window.reset();
        f.settings.recent = DisplaySettings::MaxRecent;
        for (int i = 0; i < 6; ++i) {
            f.clock.advanceSeconds(90);
            f.next(QString::number(1 + i % 3));
        }
        DisplayWindow &window = f.open({1280, 720});
        CHECK(f.shows(u"recentNumberLabel9"_s));
        shoot(&window, u"ten-calls-%1-720"_s.arg(language));
    }
}
