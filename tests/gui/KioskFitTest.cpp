// SPDX-License-Identifier: GPL-3.0-or-later
// Everything fits: a walker visits every kiosk screen (and its messages, the PIN dialog and the "Still here?"
// overlay) in Indonesian and English, on the two common kiosk screens (1366x768 landscape, 1080x1920 portrait), and
// fails on any label or button whose text is cut and on any widget outside the window (tests/gui/FitCheck.h).
#include "BookedGroup.h"
#include "FitCheck.h"
#include "KioskTest.h"
#include "db/AdminPin.h"
#include "db/RegistrationService.h"
#include "db/Validation.h"

using namespace besuk;
using namespace besuk::test;
using namespace Qt::StringLiterals;

namespace {

struct Screen {
    int width;
    int height;
    const char *name;
};

const Screen Landscape{1366, 768, "1366x768"};
const Screen Portrait{1080, 1920, "1080x1920"};

class FitKiosk : public KioskFixture {
public:
    // The window at `size` in `language`; fails when the window cannot be made that small.
    void openAt(const Screen &size, const QString &language) {
        settings.language = language;
        m_size = size;
        m_language = language;
        open();
        window->resize(size.width, size.height);
        QCoreApplication::processEvents();
        INFO("window " << size.name << ", minimum " << window->minimumSizeHint().width() << "x"
                       << window->minimumSizeHint().height());
        REQUIRE(window->size() == QSize(size.width, size.height));
    }

    // Nothing cut, nothing outside `top` (the kiosk window unless given), here.
    void checkFits(const QString &where, QWidget *top = nullptr) {
        top = top ? top : window.get();
        const QStringList problems = fitProblems(top);
        INFO(where.toStdString() << " in " << m_language.toStdString() << " at " << m_size.name << ":\n"
                                 << problems.join(u'\n').toStdString());
        CHECK(problems.isEmpty());
        if (!problems.isEmpty())
            shoot(top, u"fit-%1-%2"_s.arg(where, QLatin1String(m_size.name)).replace(u' ', u'-'), m_language);
        ++checked;
    }

    int checked = 0;

private:
    Screen m_size = Landscape;
    QString m_language;
};

} // namespace

TEST_CASE("Every kiosk screen fits in both languages and on both screens", "[kiosk][fit]") {
    const Screen size = GENERATE(Landscape, Portrait);
    const QString language = GENERATE(u"id"_s, u"en"_s);
    FitKiosk kiosk;
    kiosk.settings.formIdleMs = 600'000;
    kiosk.settings.ticketIdleMs = 600'000;
    REQUIRE(AdminPin(*kiosk.facility).set(u"2468"_s, u"staff"_s).ok());
    kiosk.openAt(size, language);

    kiosk.checkFits(u"welcome"_s);
    Q_EMIT kiosk.window->scanner().scanned(u"NOT-A-TICKET"_s);
    REQUIRE(kiosk.find<QLabel>(u"messageLabel"_s)->isVisible());
    kiosk.checkFits(u"welcome message"_s);

    kiosk.click(u"repeatPushButton"_s);
    REQUIRE(kiosk.screen() == u"repeatVisitScreen"_s);
    kiosk.checkFits(u"repeat visit"_s);
    kiosk.click(u"backPushButton"_s);

    kiosk.click(u"bookedPushButton"_s);
    REQUIRE(kiosk.screen() == u"bookingCodeScreen"_s);
    kiosk.checkFits(u"booking code"_s);
    kiosk.tapKeys(u"ZZZZ"_s); // fast keys here would be taken for a scanner
    kiosk.click(u"findPushButton"_s);
    kiosk.checkFits(u"booking code not found"_s);
    kiosk.tapKeys(u"ZZZZZZZZZZ"_s); // past 12: the limit says so
    kiosk.checkFits(u"booking code full"_s);
    kiosk.click(u"backPushButton"_s);

    kiosk.toInmate();
    kiosk.checkFits(u"inmate"_s);
    KioskFixture::type(u"qzx"_s);
    kiosk.checkFits(u"inmate nobody found"_s);
    kiosk.find<QLineEdit>(u"searchLineEdit"_s)->clear();
    KioskFixture::type(u"Andi"_s);
    kiosk.checkFits(u"inmate found"_s);
    auto *results = kiosk.find<QListWidget>(u"resultsListWidget"_s);
    QTest::mouseClick(results->viewport(), Qt::LeftButton, {}, results->visualItemRect(results->item(0)).center());
    REQUIRE(kiosk.screen() == u"adultsScreen"_s);

    kiosk.checkFits(u"adults"_s);
    kiosk.click(u"nextPushButton"_s); // nobody yet
    kiosk.checkFits(u"adults nobody"_s);
    kiosk.find<QLineEdit>(u"nikLineEdit"_s)->setFocus();
    KioskFixture::type(BoyNik);
    kiosk.checkFits(u"adults counted as a child"_s);
    kiosk.find<QLineEdit>(u"nikLineEdit"_s)->clear();
    kiosk.addAdult(BudiNik, u"Budi Santoso"_s);
    kiosk.addAdult(SitiNik, u"Siti Aminah binti Abdul Rahman Al-Fatih"_s);
    REQUIRE(kiosk.window->flow().adults().size() == 2);
    kiosk.find<QLineEdit>(u"nameLineEdit"_s)->setFocus();
    KioskFixture::type(QString(Validation::MaxNameLength + 1, u'a'));
    kiosk.checkFits(u"adults name keyboard full"_s);
    kiosk.find<QLineEdit>(u"nameLineEdit"_s)->clear();

    kiosk.click(u"scanKtpPushButton"_s);
    REQUIRE(kiosk.screen() == u"ktpScanScreen"_s);
    kiosk.checkFits(u"KTP scan"_s);
    kiosk.click(u"backPushButton"_s);
    REQUIRE(kiosk.screen() == u"adultsScreen"_s);

    kiosk.click(u"nextPushButton"_s);
    REQUIRE(kiosk.screen() == u"reviewScreen"_s);
    kiosk.checkFits(u"review"_s);
    for (int i = 0; i <= kiosk.window->flow().maxChildren(); ++i)
        kiosk.click(u"plusPushButton"_s);
    kiosk.checkFits(u"review children too many"_s);
    kiosk.click(u"confirmPushButton"_s);
    REQUIRE(kiosk.screen() == u"ticketScreen"_s);
    auto *status = kiosk.find<QLabel>(u"printStatusLabel"_s);
    REQUIRE(waitUntil([&] { return status->property("role").toString() == u"ok"; }));
    kiosk.checkFits(u"ticket"_s);

    kiosk.window->requestUnlock(AdminPinDialog::Purpose::Quit);
    auto *dialog = kiosk.window->findChild<AdminPinDialog *>();
    REQUIRE(dialog != nullptr);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    kiosk.checkFits(u"PIN dialog"_s, dialog);
    KioskFixture::type(u"1111"_s);
    KioskFixture::press(Qt::Key_Return);
    REQUIRE(kiosk.find<QLabel>(u"messageLabel"_s)->isVisible());
    kiosk.checkFits(u"PIN dialog wrong PIN"_s, dialog);
    kiosk.click(u"cancelPushButton"_s);

    // The overlay before an idle form is wiped.
    kiosk.settings.formIdleMs = 2000;
    kiosk.settings.idleWarningMs = 1000;
    kiosk.openAt(size, language);
    kiosk.toInmate();
    auto *still = kiosk.window->findChild<QWidget *>(u"stillHereOverlay"_s);
    REQUIRE(waitUntil([&] { return still->isVisible(); }));
    kiosk.checkFits(u"still here"_s);
    CHECK(kiosk.checked == 20);
}

TEST_CASE("The booking and repeat-visit screens fit in both languages and on both screens", "[kiosk][fit]") {
    const Screen size = GENERATE(Landscape, Portrait);
    const QString language = GENERATE(u"id"_s, u"en"_s);
    FitKiosk kiosk;
    kiosk.settings.formIdleMs = 600'000;
    // Budi and Siti visited Andi Wijaya on the report day; Agus booked Rahmat Hidayat for the Saturday after.
    auto last = RegistrationService(*kiosk.facility)
                    .registerGroup(RegistrationRequest{u"B.I-001/2025"_s,
                                                       {{BudiNik, u"Budi Santoso"_s}, {SitiNik, u"Siti Aminah"_s}},
                                                       1,
                                                       Service::Visit,
                                                       u"kiosk-test"_s});
    REQUIRE(last.ok());
    const QDate nextSaturday = FacilityFixture::reportDay().addDays(7);
    enableBooking(*kiosk.facility);
    const IssuedBooking booked = bookAhead(*kiosk.facility, u"B.I-002/2025"_s, u"Rahmat Hidayat"_s,
                                           {{AgusNik, u"Agus Salim"_s}}, nextSaturday, QTime(10, 0));
    kiosk.setLocal(nextSaturday, QTime(9, 20));
    kiosk.openAt(size, language);

    Q_EMIT kiosk.window->scanner().scanned(booked.payload);
    REQUIRE(kiosk.screen() == u"bookingScreen"_s);
    kiosk.checkFits(u"booking"_s);
    kiosk.click(u"backPushButton"_s);
    REQUIRE(kiosk.screen() == u"welcomeScreen"_s);

    Q_EMIT kiosk.window->scanner().scanned(last->payload);
    REQUIRE(kiosk.screen() == u"repeatVisitScreen"_s);
    REQUIRE(kiosk.window->flow().repeat().has_value());
    kiosk.checkFits(u"repeat visit offered"_s);
    for (int i = 0; i <= kiosk.window->flow().maxChildren(); ++i)
        kiosk.click(u"plusPushButton"_s);
    kiosk.checkFits(u"repeat visit too many children"_s);
}
