// SPDX-License-Identifier: GPL-3.0-or-later
// A family coming back: the QR of its last ticket held to the wedge scanner on the welcome screen (or after "Visit
// again"), the same inmate and visitors offered (only what that ticket showed), today's children adjusted, one touch
// to confirm. And the rules asked early: the weekly limit refused on the inmate screen within six touches, a banned
// NIK refused at its sixteenth digit. Touches are counted as the screen sees them (mouse presses on widgets).
#include "KioskTest.h"
#include "TouchCounter.h"
#include "db/BanStore.h"
#include "db/RegistrationService.h"

#include <QFileInfo>

using namespace besuk;
using namespace besuk::test;
using namespace Qt::StringLiterals;

namespace {

const QDate NextSaturday = FacilityFixture::reportDay().addDays(7);

// Budi and Siti visited Andi Wijaya with one child on the report day; the kiosk stands a week later, 09:20.
class RepeatKiosk : public KioskFixture {
public:
    RepeatKiosk() {
        auto issued = RegistrationService(*facility).registerGroup(
            RegistrationRequest{u"B.I-001/2025"_s,
                                {{BudiNik, u"Budi Santoso"_s}, {SitiNik, u"Siti Aminah"_s}},
                                1,
                                Service::Visit,
                                u"kiosk-test"_s});
        REQUIRE(issued.ok());
        last = *issued;
        setLocal(NextSaturday, QTime(9, 20));
    }

    KioskWindow &openWithScanner() {
        KioskWindow &kiosk = open();
        kiosk.scanner().setElapsedSource([this] { return m_scannerMs += 4; });
        return kiosk;
    }
    void scan(const QString &text) {
        QTest::keyClicks(focused(), text);
        QTest::keyClick(focused(), Qt::Key_Return);
    }
    // Scanned at the welcome screen and refused: back there with `message` shown, nothing stored.
    QString refusedScan(const QString &payload) {
        const int visits = rowCount(u"visits"_s);
        scan(payload);
        auto *message = find<QLabel>(u"messageLabel"_s);
        REQUIRE(waitUntil([&] { return screen() == u"welcomeScreen" && message->isVisible(); }));
        CHECK(rowCount(u"visits"_s) == visits);
        return message->text();
    }

    IssuedTicket last;

private:
    qint64 m_scannerMs = 0;
};

void tapListItem(QListWidget *list, const QString &startsWith) {
    for (int row = 0; row < list->count(); ++row)
        if (list->item(row)->text().startsWith(startsWith)) {
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(row)).center());
            return;
        }
    FAIL("no list item " << startsWith.toStdString());
}

} // namespace

TEST_CASE("A repeat visit: the last ticket scanned at the welcome screen, one touch to confirm", "[kiosk][repeat]") {
    const QString language = GENERATE(u"id"_s, u"en"_s);
    RepeatKiosk kiosk;
    kiosk.settings.language = language;
    kiosk.openWithScanner();
    TouchCounter touches;

    kiosk.scan(kiosk.last.payload);
    REQUIRE(waitUntil([&] { return kiosk.screen() == u"repeatVisitScreen"; }));
    CHECK(touches.touches == 0);
    CHECK(kiosk.text(u"titleLabel"_s) == (language == u"id" ? u"Kunjungan ulang"_s : u"Visit again"_s));
    CHECK(kiosk.text(u"inmateValueLabel"_s).startsWith(u"Andi Wijaya"_s));
    const QString visitors = kiosk.text(u"visitorsValueLabel"_s);
    CHECK(visitors.contains(u"Budi Santoso (%1)"_s.arg(Nik::mask(BudiNik))));
    CHECK_FALSE(visitors.contains(u"Siti"_s)); // not on the ticket: not shown to whoever holds it
    CHECK_FALSE(visitors.contains(Nik::mask(SitiNik)));
    CHECK(kiosk.text(u"countLabel"_s) == u"1"_s);
    CHECK(kiosk.rowCount(u"visits"_s) == 1);
    shoot(kiosk.window.get(), u"repeat"_s, language);

    auto *plus = kiosk.find<QPushButton>(u"plusPushButton"_s);
    CHECK(plus->visibleRegion().boundingRect() == plus->rect()); // not cut by the layout
    kiosk.click(u"plusPushButton"_s);
    CHECK(kiosk.text(u"countLabel"_s) == u"2"_s);
    kiosk.click(u"confirmPushButton"_s);
    REQUIRE(waitUntil([&] { return kiosk.screen() == u"ticketScreen"; }));
    CHECK(kiosk.text(u"queueLabel"_s) == u"A-001"_s);
    CHECK(touches.touches == 2);
    CHECK(kiosk.window->flow().ticket()->visit.people() == 4);
    CHECK(kiosk.window->flow().ticket()->visit.members.at(1).name == u"Siti Aminah"_s);
}

TEST_CASE("Visit again from the welcome screen's button, then the scan", "[kiosk][repeat]") {
    RepeatKiosk kiosk;
    kiosk.settings.language = u"en"_s;
    kiosk.openWithScanner();
    kiosk.click(u"repeatPushButton"_s);
    REQUIRE(kiosk.screen() == u"repeatVisitScreen");
    CHECK(kiosk.text(u"promptLabel"_s).contains(u"last ticket"_s));
    CHECK_FALSE(kiosk.find<QPushButton>(u"confirmPushButton"_s)->isVisible());
    kiosk.scan(u"NOT A TICKET"_s);
    auto *error = kiosk.find<QLabel>(u"errorLabel"_s);
    REQUIRE(waitUntil([&] { return error->isVisible(); }));
    CHECK(kiosk.screen() == u"repeatVisitScreen");
    kiosk.scan(kiosk.last.payload.toLower());
    REQUIRE(waitUntil([&] { return kiosk.find<QPushButton>(u"confirmPushButton"_s)->isVisible(); }));
    kiosk.click(u"confirmPushButton"_s);
    REQUIRE(waitUntil([&] { return kiosk.screen() == u"ticketScreen"; }));
    CHECK(kiosk.text(u"queueLabel"_s) == u"A-001"_s);
}

TEST_CASE("Repeat visits refused: today's ticket again, the weekly limit, a visitor banned since, the inmate "
          "inactive",
          "[kiosk][repeat]") {
    RepeatKiosk kiosk;
    kiosk.settings.language = u"en"_s;
    SECTION("today's ticket scanned again") {
        kiosk.setLocal(FacilityFixture::reportDay(), QTime(11, 0));
        kiosk.openWithScanner();
        CHECK(kiosk.refusedScan(kiosk.last.payload).contains(u"already has a queue number"_s));
    }
    SECTION("the weekly limit reached") {
        REQUIRE(RegistrationService(*kiosk.facility)
                    .registerGroup({u"B.I-001/2025"_s, {{AgusNik, u"Agus Salim"_s}}, 0, Service::Visit, u"k"_s})
                    .ok());
        kiosk.openWithScanner();
        CHECK(kiosk.refusedScan(kiosk.last.payload).contains(u"already had the visits allowed this week"_s));
    }
    SECTION("a visitor banned since") {
        REQUIRE(BanStore(*kiosk.facility).add(SitiNik, u"Membawa barang terlarang"_s, u"admin"_s).ok());
        kiosk.openWithScanner();
        const QString message = kiosk.refusedScan(kiosk.last.payload);
        CHECK(message.contains(u"officer"_s));
        CHECK_FALSE(message.contains(u"terlarang"_s));
    }
    SECTION("the inmate no longer receives visits") {
        REQUIRE(InmateStore(*kiosk.facility).setActive(u"B.I-001/2025"_s, false, u"admin"_s).ok());
        kiosk.openWithScanner();
        CHECK(kiosk.refusedScan(kiosk.last.payload).contains(u"cannot receive visits"_s));
    }
}

TEST_CASE("The weekly limit is refused on the inmate screen within six touches, before any typing", "[kiosk][early]") {
    const QString language = GENERATE(u"id"_s, u"en"_s);
    RepeatKiosk kiosk; // Andi Wijaya has had this week's visit
    kiosk.setLocal(FacilityFixture::reportDay(), QTime(11, 0));
    kiosk.settings.language = language;
    kiosk.open();
    TouchCounter touches;
    kiosk.click(u"visitPushButton"_s);
    kiosk.tapKeys(u"ANDI"_s);
    auto *list = kiosk.find<QListWidget>(u"resultsListWidget"_s);
    REQUIRE(list->count() > 0);
    tapListItem(list, u"Andi Wijaya"_s); // refused at the tap: the visitor stays here, told why
    CHECK(kiosk.screen() == u"inmateScreen");
    CHECK(kiosk.window->flow().inmate() == std::nullopt);
    auto *message = kiosk.find<QLabel>(u"messageLabel"_s);
    CHECK(message->isVisible());
    CHECK(message->property("role").toString() == u"error"_s);
    CHECK(message->text().contains(u"Andi Wijaya"_s));
    CHECK(message->text() ==
          RegistrationService(*kiosk.facility).checkInmate(u"B.I-001/2025"_s, Service::Visit).error().message);
    CHECK(touches.touches <= 6);
    shoot(kiosk.window.get(), u"inmate-weekly-refused"_s, language);

    for (int row = 0; row < list->count(); ++row)
        if (!list->item(row)->text().startsWith(u"Andi"_s)) {
            list->setCurrentRow(row); // another inmate: the refusal goes
            CHECK_FALSE(message->text().contains(u"Andi Wijaya"_s));
            break;
        }
}

TEST_CASE("A banned NIK is refused at its sixteenth digit, without the reason", "[kiosk][early]") {
    RepeatKiosk kiosk;
    kiosk.settings.language = u"en"_s;
    REQUIRE(BanStore(*kiosk.facility).add(DewiNik, u"Keributan di ruang kunjungan"_s, u"admin"_s).ok());
    kiosk.open();
    kiosk.toAdults(u"Rahmat"_s);
    kiosk.find<QLineEdit>(u"nikLineEdit"_s)->setFocus();
    kiosk.type(DewiNik);
    auto *status = kiosk.find<QLabel>(u"statusLabel"_s);
    CHECK(status->property("role").toString() == u"error"_s);
    CHECK(status->text().contains(u"officer"_s));
    CHECK_FALSE(status->text().contains(u"Keributan"_s));
    CHECK(kiosk.window->flow().adults().isEmpty());
}
