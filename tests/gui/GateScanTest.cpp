// SPDX-License-Identifier: GPL-3.0-or-later
#include "GateTestSupport.h"
#include "db/BanStore.h"
#include "db/TicketCodec.h"
#include "db/VisitAdmin.h"
#include "platform/ticket/QrCode.h"
#include "ui/gate/ScanScreen.h"
#include "ui/gate/TicketListDialog.h"

#include <QLineEdit>
#include <QMediaPlayer>
#include <QTableWidget>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace besuk;
using namespace besuk::test;

namespace {

struct Expected {
    QString name; // for screenshots and messages
    QString payload;
    QString title;
    QString tone;
    GateCue cue;
};

// One ticket in each state the gate can meet.
QList<Expected> ticketsInEveryState(GateFixture &f) {
    GateService gate(*f.facility);
    const InspectionRequest cleared{InspectionPhase::Entry, u"Test"_s, {}, InspectionOutcome::Cleared, {}, {}};
    QList<Expected> all;

    const QString valid = f.registerGroup(u"B.I-001/2025"_s, false, 1).payload;
    all.append({u"valid"_s, valid, u"VALID"_s, u"positive"_s, GateCue::Positive});

    const QString inside = f.registerGroup(u"B.I-002/2025"_s, false, 0).payload;
    REQUIRE(gate.inspect(inside, cleared).ok());
    REQUIRE(gate.admit(inside, u"Test"_s)->verdict == Verdict::Admitted);
    all.append({u"already-admitted"_s, inside, u"ALREADY ADMITTED"_s, u"warning"_s, GateCue::Warning});

    const QString left = f.registerGroup(u"B.I-003/2025"_s, false, 0).payload;
    REQUIRE(gate.inspect(left, cleared).ok());
    REQUIRE(gate.admit(left, u"Test"_s).ok());
    REQUIRE(gate.checkOut(left, u"Test"_s)->verdict == Verdict::CheckedOut);
    all.append({u"checked-out"_s, left, u"ALREADY LEFT"_s, u"negative"_s, GateCue::Negative});

    const QString refused = f.registerGroup(u"B.I-004/2025"_s, false, 0).payload;
    REQUIRE(gate.inspect(
                    refused,
                    {InspectionPhase::Entry, u"Test"_s, {}, InspectionOutcome::Refused, u"Membawa senjata tajam"_s, {}})
                .ok());
    all.append({u"refused"_s, refused, u"REFUSED EARLIER"_s, u"negative"_s, GateCue::Negative});

    const QString banned = f.registerGroup(u"B.II-005/2025"_s).payload;
    REQUIRE(BanStore(*f.facility).add(SitiNik, u"Menyelundupkan telepon, 3 Nov 2025"_s, u"kalapas"_s).ok());
    all.append({u"banned"_s, banned, u"BANNED"_s, u"negative"_s, GateCue::Negative});

    const IssuedTicket cancelled = f.registerGroup(u"B.II-007/2025"_s, false, 0);
    REQUIRE(VisitAdmin(*f.facility).cancel(cancelled.visit.id, u"Pengunjung sakit"_s, u"rina"_s).ok());
    all.append({u"cancelled"_s, cancelled.payload, u"CANCELLED"_s, u"negative"_s, GateCue::Negative});

    f.clock.advanceSeconds(-24 * 3600);
    const QString yesterday = f.registerGroup(u"B.II-006/2025"_s, false, 0).payload;
    f.clock.advanceSeconds(24 * 3600);
    all.append({u"wrong-day"_s, yesterday, u"WRONG DAY"_s, u"negative"_s, GateCue::Negative});

    auto key = f.facility->signingKey();
    REQUIRE(key.ok());
    const QString unknown =
        TicketCodec::encode(TicketClaims{f.facility->profile().code, f.facility->today(), 90'000, 'A', 999}, **key);
    all.append({u"unknown"_s, unknown, u"UNKNOWN TICKET"_s, u"negative"_s, GateCue::Negative});

    QString forged = valid;
    forged[60] = forged[60] == u'A' ? u'B' : u'A';
    all.append({u"invalid"_s, forged, u"NOT A VALID TICKET"_s, u"negative"_s, GateCue::Negative});
    return all;
}

} // namespace

TEST_CASE("A scanner burst shows each verdict in its colour, with its sound", "[gui][gate][scanner]") {
    GateFixture f;
    const QList<Expected> tickets = ticketsInEveryState(f);
    GateWindow &window = f.open();
    f.signIn();
    REQUIRE(f.on(window.scanScreen()));
    auto *queueField = f.find<QLineEdit>(u"queueLineEdit"_s);
    REQUIRE(QApplication::focusWidget() == queueField);
    QSignalSpy shown(&window, &GateWindow::verdictShown);

    for (const Expected &expected : tickets) {
        INFO("ticket " << expected.name.toStdString());
        shown.clear();
        GateFixture::scanBurst(expected.payload);
        REQUIRE(waitUntil([&] { return shown.count() == 1; }));
        CHECK(f.on(window.verdictScreen()));
        CHECK(f.text(u"titleLabel"_s) == expected.title);
        CHECK(f.tone() == expected.tone);
        CHECK(shown.at(0).at(1).value<GateCue>() == expected.cue);
        CHECK_FALSE(f.text(u"reasonLabel"_s).isEmpty());
        CHECK(queueField->text().isEmpty()); // the burst never typed into the field
        f.shoot(expected.name);
        GateFixture::press(Qt::Key_Escape);
        REQUIRE(f.on(window.scanScreen()));
    }
}

TEST_CASE("The verdict shows the group to compare with the faces, and a ban to the guard only", "[gui][gate]") {
    GateFixture f;
    const QString payload = f.registerGroup(u"B.II-005/2025"_s).payload;
    REQUIRE(BanStore(*f.facility).add(SitiNik, u"Menyelundupkan telepon"_s, u"kalapas"_s).ok());
    GateWindow &window = f.open();
    f.signIn();
    GateFixture::scanBurst(payload);
    REQUIRE(waitUntil([&] { return f.on(window.verdictScreen()); }));
    CHECK(f.text(u"titleLabel"_s) == u"BANNED"_s);
    CHECK(f.text(u"inmateLabel"_s).contains(u"Siti Rahmawati"_s));
    CHECK(f.text(u"childrenLabel"_s) == u"1"_s);
    auto *members = f.find<QTableWidget>(u"membersTableWidget"_s);
    REQUIRE(members->rowCount() == 2);
    CHECK(members->item(0, 0)->text() == u"Budi Santoso"_s);
    CHECK(members->item(1, 0)->text() == u"Siti Aminah"_s);
    const QString maskedSiti = members->item(1, 1)->text();
    CHECK(maskedSiti != SitiNik);
    CHECK(maskedSiti.endsWith(SitiNik.right(4)));
    CHECK(maskedSiti.size() == SitiNik.size());
    const QString ban = f.text(u"banLabel"_s);
    CHECK(f.find<QLabel>(u"banLabel"_s)->isVisible());
    CHECK(ban.contains(u"Menyelundupkan telepon"_s));
    CHECK_FALSE(ban.contains(SitiNik));
    CHECK_FALSE(f.find<QPushButton>(u"primaryPushButton"_s)->isVisible()); // no way on to the inspection
}

TEST_CASE("Typed number, today's list, image file and camera reach the same verdicts as the scanner",
          "[gui][gate][camera][video]") {
    GateFixture f;
    const IssuedTicket fresh = f.registerGroup(u"B.I-001/2025"_s);
    const IssuedTicket inside = f.registerGroup(u"B.I-002/2025"_s, false, 0);
    GateService gate(*f.facility);
    REQUIRE(
        gate.inspect(inside.payload, {InspectionPhase::Entry, u"Test"_s, {}, InspectionOutcome::Cleared, {}, {}}).ok());
    REQUIRE(gate.admit(inside.payload, u"Test"_s).ok());
    GateWindow &window = f.open();
    f.signIn();
    QSignalSpy shown(&window, &GateWindow::verdictShown);

    const auto verdictAfter = [&](const std::function<void()> &action) {
        shown.clear();
        action();
        REQUIRE(waitUntil([&] { return shown.count() == 1; }));
        const auto outcome = shown.at(0).at(0).value<GateOutcome>();
        const QString title = f.text(u"titleLabel"_s);
        REQUIRE(waitUntil([] { return QApplication::focusWidget() != nullptr; })); // back from a dialog
        GateFixture::press(Qt::Key_Escape);
        REQUIRE(f.on(window.scanScreen()));
        return std::pair{outcome.verdict, title};
    };

    for (const IssuedTicket *ticket : {&fresh, &inside}) {
        INFO("ticket " << ticket->visit.queueLabel().toStdString());
        const auto scanned = verdictAfter([&] { GateFixture::scanBurst(ticket->payload); });

        const auto typed = verdictAfter([&] {
            GateFixture::press(Qt::Key_F2);
            GateFixture::type(ticket->visit.queueLabel().toLower().remove(u'-'));
            GateFixture::press(Qt::Key_Return);
        });
        CHECK(typed == scanned);

        const auto listed = verdictAfter([&] {
            const auto listDialog = [] { return qobject_cast<TicketListDialog *>(QApplication::activeModalWidget()); };
            whenReady([&] { return listDialog() != nullptr; },
                      [&] {
                          auto *dialog = listDialog();
                          CHECK(dialog->table()->rowCount() == 2);
                          // Typed as a person types (a scanner-fast burst would be taken for a scan).
                          QTest::keyClicks(dialog->filterEdit(), ticket->visit.inmate.name, Qt::NoModifier, 40);
                          QTest::keyClick(dialog->filterEdit(), Qt::Key_Return);
                      });
            GateFixture::press(Qt::Key_F3);
        });
        CHECK(listed == scanned);

        const QString photo = f.db.filePath(u"phone-%1.png"_s.arg(ticket->visit.queueNumber));
        REQUIRE(phonePhoto(ticket->payload).save(photo));
        window.setImageChooser([photo] { return photo; });
        const auto pictured = verdictAfter([&] { GateFixture::press(Qt::Key_F4); });
        CHECK(pictured == scanned);

        const QString video =
            makeTicketVideo(ticket->payload, f.db.filePath(u"video-%1"_s.arg(ticket->visit.queueNumber)));
        QMediaPlayer player;
        player.setVideoSink(window.videoSink());
        player.setSource(QUrl::fromLocalFile(video));
        const auto filmed = verdictAfter([&] { player.play(); });
        player.stop();
        CHECK(filmed == scanned);
    }
    CHECK(verdictAfter([&] { GateFixture::scanBurst(fresh.payload); }).first == Verdict::Valid);
}

TEST_CASE("Typing a number that is not today's, or an image without a code, says so and changes nothing",
          "[gui][gate]") {
    GateFixture f;
    f.registerGroup();
    GateWindow &window = f.open();
    f.signIn();
    const Snapshot before = f.db.snapshot();
    GateFixture::press(Qt::Key_F2);
    GateFixture::type(u"A-077"_s);
    GateFixture::press(Qt::Key_Return);
    CHECK(f.on(window.scanScreen()));
    CHECK(f.text(u"messageLabel"_s) == u"There is no ticket A-077 today."_s);

    const QString blank = f.db.filePath(u"blank.png"_s);
    REQUIRE(cameraFrame(QString(), false).save(blank));
    window.setImageChooser([blank] { return blank; });
    GateFixture::press(Qt::Key_F4);
    CHECK(f.on(window.scanScreen()));
    CHECK(f.text(u"messageLabel"_s).startsWith(u"No QR code was found"_s));
    CHECK(f.db.snapshot() == before);
}

TEST_CASE("Before sign-in a scan does nothing - a wrong PIN is refused", "[gui][gate][signin]") {
    GateFixture f;
    const QString payload = f.registerGroup().payload;
    GateWindow &window = f.open();
    QSignalSpy shown(&window, &GateWindow::verdictShown);
    GateFixture::scanBurst(payload);
    f.settleScanner();
    CHECK(shown.isEmpty());
    CHECK(f.on(window.signInScreen()));

    f.signIn(u"0000"_s);
    CHECK(f.on(window.signInScreen()));
    CHECK(f.text(u"messageLabel"_s) == u"Wrong user name or PIN."_s);
    f.find<QLineEdit>(u"loginLineEdit"_s)->clear();
    f.find<QLineEdit>(u"loginLineEdit"_s)->setFocus();
    f.signIn();
    CHECK(f.on(window.scanScreen()));
    CHECK(f.text(u"officerLabel"_s).contains(GuardName));
    GateFixture::press(Qt::Key_L, Qt::ControlModifier);
    CHECK(f.on(window.signInScreen()));
    CHECK_FALSE(window.desk().signedIn());
}

TEST_CASE("Every verdict in Indonesian: its own words, the same colours and sounds", "[gui][gate][screenshots]") {
    GateFixture f;
    f.settings.language = u"id"_s;
    const QList<Expected> tickets = ticketsInEveryState(f);
    GateWindow &window = f.open();
    f.signIn();
    QSignalSpy shown(&window, &GateWindow::verdictShown);
    for (const Expected &expected : tickets) {
        INFO("ticket " << expected.name.toStdString());
        shown.clear();
        GateFixture::scanBurst(expected.payload);
        REQUIRE(waitUntil([&] { return shown.count() == 1; }));
        CHECK(f.tone() == expected.tone);
        CHECK(shown.at(0).at(1).value<GateCue>() == expected.cue);
        const QString title = f.text(u"titleLabel"_s);
        CHECK_FALSE(title.isEmpty());
        CHECK(title != expected.title); // translated, not the English source
        f.shoot(expected.name);
        GateFixture::press(Qt::Key_Escape);
        REQUIRE(f.on(window.scanScreen()));
    }
}
