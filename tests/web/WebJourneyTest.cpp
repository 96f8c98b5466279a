// SPDX-License-Identifier: GPL-3.0-or-later
// The booking journey through real sockets, as a phone without JavaScript does it: POST forms only.
#include "WebFixture.h"
#include "db/BookingService.h"
#include "platform/ticket/QrCode.h"

#include <QImage>

#include <algorithm>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace besuk;
using namespace besuk::test;

namespace {

const QString LeadNik = u"6471054501900003"_s; // a woman born 5 January 1990
const QString LeadMasked = u"6471********0003"_s;
const QString SecondNik = u"6471051203880007"_s;
const QString InmateNumber = u"B.I-001/2025"_s;
const QString InmateName = u"Andi Wijaya"_s;

bool contains(const std::string &body, const QString &text) {
    return body.find(text.toStdString()) != std::string::npos;
}

// Books through the site and returns the confirmation link (/booking/CODE?t=...).
std::string book(Browser &browser, const QDate &date, const QString &slot = u"09:00"_s) {
    auto review =
        browser.review(InmateNumber, InmateName, date, slot, {{LeadNik, u"Sri Wahyuni"_s}, {SecondNik, u"Budi"_s}}, 1);
    REQUIRE(review);
    INFO(review->body);
    REQUIRE(review->status == 200);
    auto confirmed =
        browser.post("/book/confirm", browser.journeyFields(InmateNumber, InmateName, date, slot,
                                                            {{LeadNik, u"Sri Wahyuni"_s}, {SecondNik, u"Budi"_s}}, 1));
    REQUIRE(confirmed);
    INFO(confirmed->body);
    REQUIRE(confirmed->status == 303);
    return confirmed->get_header_value("Location");
}

QImage image(const std::string &png) {
    return QImage::fromData(reinterpret_cast<const uchar *>(png.data()), int(png.size()), "PNG");
}

} // namespace

TEST_CASE("A family books by POSTs, downloads the ticket as PNG and PDF, and cancels", "[web][journey]") {
    WebFixture web;
    Browser browser(web.port());
    const std::string link = book(browser, web.tomorrow());
    REQUIRE(link.rfind("/booking/", 0) == 0);
    const std::string code = link.substr(9, 8);
    const std::string token = link.substr(link.find("?t=") + 3);

    auto stored = BookingService(*web.fx.facility).findByCode(QString::fromStdString(code));
    REQUIRE(stored.ok());
    CHECK(stored->status == BookingStatus::Booked);
    CHECK(stored->date == web.tomorrow());
    CHECK(stored->children == 1);
    auto payload = BookingService(*web.fx.facility).payloadFor(*stored);
    REQUIRE(payload.ok());

    auto page = browser.get(link);
    REQUIRE(page);
    REQUIRE(page->status == 200);
    CHECK(contains(page->body, QString::fromStdString(code.substr(0, 4) + "-" + code.substr(4))));
    CHECK(contains(page->body, LeadMasked));
    CHECK_FALSE(contains(page->body, LeadNik));
    CHECK_FALSE(contains(page->body, SecondNik));
    CHECK(contains(page->body, u"https://wa.me/?text="_s));

    auto qr = browser.get("/booking/" + code + "/qr.png?t=" + token);
    REQUIRE(qr);
    CHECK(qr->get_header_value("Content-Type") == "image/png");
    CHECK(QrCode::decode(image(qr->body)) == *payload);
    auto png = browser.get("/booking/" + code + "/ticket.png?t=" + token);
    REQUIRE(png);
    CHECK(QrCode::decode(image(png->body)) == *payload);
    auto pdf = browser.get("/booking/" + code + "/ticket.pdf?t=" + token);
    REQUIRE(pdf);
    CHECK(pdf->get_header_value("Content-Type") == "application/pdf");
    CHECK(pdf->body.rfind("%PDF-", 0) == 0);
    for (const std::string &proofless : {"/booking/" + code, "/booking/" + code + "/ticket.pdf",
                                         "/booking/" + code + "/qr.png?t=" + token.substr(0, token.size() - 1) + "x"}) {
        INFO(proofless);
        CHECK(browser.get(proofless)->status == 403);
    }

    auto tokenless = browser.post("/booking/" + code + "/cancel", {{"nik", SecondNik.toStdString()}});
    REQUIRE(tokenless);
    CHECK(tokenless->status == 403);
    auto wrongNik = browser.post("/booking/" + code + "/cancel?t=" + token, {{"nik", "6471051203880008"}});
    REQUIRE(wrongNik);
    CHECK(wrongNik->status == 422);
    CHECK(BookingService(*web.fx.facility).findByCode(QString::fromStdString(code))->status == BookingStatus::Booked);
    auto cancelled = browser.post("/booking/" + code + "/cancel?t=" + token, {{"nik", SecondNik.toStdString()}});
    REQUIRE(cancelled);
    CHECK(cancelled->status == 200);
    CHECK(contains(cancelled->body, u"Pesanan telah dibatalkan."_s));
    CHECK(BookingService(*web.fx.facility).findByCode(QString::fromStdString(code))->status ==
          BookingStatus::Cancelled);
    // A cancelled booking's link no longer gives its QR or ticket to anyone who holds the link.
    for (const std::string file : {"qr.png", "ticket.png", "ticket.pdf"}) {
        auto after = browser.get("/booking/" + code + "/" + file + "?t=" + token);
        REQUIRE(after);
        CHECK(after->status == 422);
        CHECK(after->get_header_value("Content-Type").rfind("text/html", 0) == 0);
    }
}

TEST_CASE("My booking finds a booking by its code and one adult's NIK, and moves it", "[web][journey]") {
    WebFixture web;
    Browser browser(web.port());
    const std::string link = book(browser, web.tomorrow());
    const std::string code = link.substr(9, 8);
    REQUIRE(browser.get("/booking")->status == 200);
    auto wrong = browser.post("/booking", {{"code", code}, {"nik", "6471051203880008"}});
    auto unknown = browser.post("/booking", {{"code", "ABCD2345"}, {"nik", LeadNik.toStdString()}});
    REQUIRE(wrong);
    REQUIRE(unknown);
    CHECK(wrong->status == 404);
    CHECK(wrong->body == unknown->body);
    auto found =
        browser.post("/booking", {{"code", code.substr(0, 4) + "-" + code.substr(4)}, {"nik", LeadNik.toStdString()}});
    REQUIRE(found);
    REQUIRE(found->status == 303);
    const std::string again = found->get_header_value("Location");
    auto moved = browser.post(
        "/booking/" + code + "/change?t=" + again.substr(again.find("?t=") + 3),
        {{"slot", web.tomorrow().toString(Qt::ISODate).toStdString() + "T10:00"}, {"nik", LeadNik.toStdString()}});
    REQUIRE(moved);
    INFO(moved->body);
    REQUIRE(moved->status == 303);
    CHECK(BookingService(*web.fx.facility).findByCode(QString::fromStdString(code))->slotStart == QTime(10, 0));
    const std::string link2 = moved->get_header_value("Location");
    CHECK(browser.get(link2)->status == 200);
    web.fx.clock.advanceSeconds(7 * 3600); // ticket links live 6 hours
    CHECK(browser.get(link2)->status == 403);
}

TEST_CASE("Hostile names come back escaped or are refused with a clear message", "[web][journey]") {
    WebFixture web;
    Browser browser(web.port());
    const QStringList hostile{u"<script>alert(1)</script>"_s, u"Sri\" onmouseover=\"alert(1)"_s, u"Sri \u202EinayhaW"_s,
                              QString(3000, u'A'), QString::fromUtf8("Sri \xff\xfe Wahyuni")};
    const Snapshot before = web.fx.snapshot();
    for (const QString &name : hostile) {
        INFO(name.left(40).toStdString());
        auto review = browser.review(InmateNumber, InmateName, web.tomorrow(), u"09:00"_s, {{LeadNik, name}}, 0);
        REQUIRE(review);
        CHECK(review->status == 422);
        CHECK(review->body.find("id=\"name1-error\"") != std::string::npos);
        CHECK(review->body.find("<script>alert") == std::string::npos);
        CHECK(review->body.find("\" onmouseover=\"") == std::string::npos);
        CHECK(review->body.size() < 60 * 1024);
        auto slot = browser.post("/book/slot", {{"service", "visit"},
                                                {"date", web.tomorrow().toString(Qt::ISODate).toStdString()},
                                                {"inmate_number", InmateNumber.toStdString()},
                                                {"inmate_name", name.toStdString()}});
        REQUIRE(slot);
        CHECK(slot->status == 422);
        CHECK(slot->body.find("<script>alert") == std::string::npos);
    }
    // 10 kB in one field: the whole form is refused before any page sees it.
    auto huge =
        browser.review(InmateNumber, InmateName, web.tomorrow(), u"09:00"_s, {{LeadNik, QString(10240, u'A')}}, 0);
    REQUIRE(huge);
    CHECK(huge->status == 413);
    CHECK(huge->body.find("Data terlalu banyak") != std::string::npos);
    auto raw = browser.post("/book/slot", {{"service", "visit"},
                                           {"date", web.tomorrow().toString(Qt::ISODate).toStdString()},
                                           {"inmate_number", "<b>x</b>"},
                                           {"inmate_name", "\xc3\x28\xa0\xa1"}});
    REQUIRE(raw);
    CHECK(raw->status == 422);
    CHECK(raw->body.find("<b>x</b>") == std::string::npos);
    CHECK(web.fx.snapshot() == before);
}

TEST_CASE("An unknown inmate and a wrong name get byte-identical answers", "[web][journey]") {
    WebFixture web;
    Browser browser(web.port());
    REQUIRE(browser.get("/")->status == 200);
    const std::string date = web.tomorrow().toString(Qt::ISODate).toStdString();
    auto unknown = browser.post(
        "/book/slot",
        {{"service", "visit"}, {"date", date}, {"inmate_number", "B.I-999/2025"}, {"inmate_name", "Andi Wijaya"}});
    auto wrongName = browser.post(
        "/book/slot",
        {{"service", "visit"}, {"date", date}, {"inmate_number", "B.I-001/2025"}, {"inmate_name", "Budi Wijaya"}});
    REQUIRE(unknown);
    REQUIRE(wrongName);
    CHECK(unknown->status == 422);
    CHECK(unknown->status == wrongName->status);
    CHECK(unknown->body == wrongName->body);
    CHECK(unknown->body.find("Andi") == std::string::npos);
    auto right = browser.post(
        "/book/slot",
        {{"service", "visit"}, {"date", date}, {"inmate_number", "b.i-001/2025"}, {"inmate_name", " andi   WIJAYA "}});
    REQUIRE(right);
    CHECK(right->status == 200);
}

TEST_CASE("Every page of the journey is under 60 KB, in Indonesian by default and English on request",
          "[web][journey]") {
    WebFixture web;
    Browser browser(web.port());
    auto home = browser.get("/");
    REQUIRE(home);
    CHECK(home->body.find("<html lang=\"id\">") != std::string::npos);
    CHECK(contains(home->body, u"Pesan kunjungan"_s));
    const std::string link = book(browser, web.tomorrow());
    std::vector<std::string> bodies{home->body, browser.get(link)->body, browser.get("/booking")->body,
                                    browser.get("/static/site.css")->body, browser.get("/static/app.js")->body};
    auto english = browser.get("/?lang=en");
    REQUIRE(english);
    CHECK(english->body.find("<html lang=\"en\">") != std::string::npos);
    CHECK(contains(english->body, u"Book a visit"_s));
    bodies.push_back(english->body);
    // The cookie keeps the choice; the domain's messages follow it too.
    browser.cookie += "; besuk_lang=en";
    auto unknown = browser.post("/book/slot", {{"service", "visit"},
                                               {"date", web.tomorrow().toString(Qt::ISODate).toStdString()},
                                               {"inmate_number", "B.I-999/2025"},
                                               {"inmate_name", "Andi Wijaya"}});
    REQUIRE(unknown);
    CHECK(unknown->body.find("<html lang=\"en\">") != std::string::npos);
    bodies.push_back(unknown->body);
    for (const std::string &body : bodies)
        CHECK(body.size() < 60 * 1024);
}

TEST_CASE("Bookings beyond an address's hourly budget get the 429 page and store nothing", "[web][journey]") {
    WebFixture::Options options;
    options.limits = {100000, 1};
    WebFixture web(options);
    Browser browser(web.port());
    book(browser, web.tomorrow());
    const Snapshot before = web.fx.snapshot();
    auto again = browser.post("/book/confirm", browser.journeyFields(InmateNumber, InmateName, web.tomorrow(),
                                                                     u"10:00"_s, {{SecondNik, u"Budi"_s}}, 0));
    REQUIRE(again);
    CHECK(again->status == 429);
    CHECK(contains(again->body, u"Terlalu banyak pemesanan"_s));
    CHECK(web.fx.snapshot() == before);
}

TEST_CASE("Families booking the last seats at once fill the slot exactly and the others are told it is full",
          "[web][journey]") {
    WebFixture web;
    Rules rules = web.fx.facility->rules();
    rules.visitsPerInmatePerWeek = 0;
    for (QList<BookingSlot> &daySlots : rules.bookingSlots) {
        for (BookingSlot &slot : daySlots)
            slot.capacity = 5;
    }
    REQUIRE(web.fx.facility->saveRules(rules, u"test"_s).ok());

    // 16 browsers, one visitor each (distinct NIKs), all confirming the same slot together: the site's single
    // writer takes them in turn, so no one waits on the database's lock and no one gets an error page.
    constexpr int Families = 16;
    std::vector<int> statuses(Families, 0);
    std::vector<std::thread> families;
    for (int i = 0; i < Families; ++i) {
        families.emplace_back([&, i] {
            Browser browser(web.port());
            auto home = browser.get("/");
            if (!home || home->status != 200)
                return;
            const QString nik = u"647105450190%1"_s.arg(i + 1, 4, 10, QLatin1Char('0'));
            auto confirmed =
                browser.post("/book/confirm", browser.journeyFields(InmateNumber, InmateName, web.tomorrow(),
                                                                    u"09:00"_s, {{nik, u"Sri Wahyuni"_s}}, 0));
            statuses[std::size_t(i)] = confirmed ? confirmed->status : -1;
        });
    }
    for (std::thread &family : families)
        family.join();
    CHECK(std::count(statuses.begin(), statuses.end(), 303) == 5);
    CHECK(std::count(statuses.begin(), statuses.end(), 422) == Families - 5);
    auto booked = BookingService(*web.fx.facility).ofDay(web.tomorrow());
    REQUIRE(booked.ok());
    CHECK(booked->size() == 5);
}
