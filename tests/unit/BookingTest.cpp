// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestFacility.h"
#include "db/AuditLog.h"
#include "db/BanStore.h"
#include "db/BookingService.h"
#include "db/ExportService.h"
#include "db/InmateStore.h"
#include "db/RegistrationService.h"
#include "db/RetentionService.h"
#include "db/TallyService.h"
#include "db/TicketCodec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTranslator>

#include <catch2/catch.hpp>

#include <atomic>
#include <functional>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace besuk;

namespace {

const QDate Today = TestFacility::reportDay(); // Saturday 27 December 2025, 09:00 on the test clock
const QDate Sunday = Today.addDays(1);         // the same week
const QDate Monday = Today.addDays(2);         // the next week

QString man(int serial) {
    return makeNik(QDate(1985, 3, 14), Sex::Male, serial);
}
QString woman(int serial) {
    return makeNik(QDate(1990, 7, 2), Sex::Female, serial);
}

void saveRules(TestFacility &f, const std::function<void(Rules &)> &change) {
    Rules rules = f->rules();
    change(rules);
    REQUIRE(f->saveRules(rules, u"admin"_s).ok());
}

// Booking on: the demo daySlots (08-09, 09-10, 10-11, 13-14), `capacity` visitors each, on every day.
struct BookingFacility : TestFacility {
    explicit BookingFacility(int capacity = 40) {
        saveRules(*this, [&](Rules &rules) {
            rules.bookingSlots = Rules::demoBookingSlots(rules.anyVisitingDays());
            for (auto &daySlots : rules.bookingSlots)
                for (BookingSlot &slot : daySlots)
                    slot.capacity = capacity;
        });
        inmates = addInmates(4);
    }
    QList<Inmate> inmates; // WB-001 "Warga A" ... WB-004 "Warga D"
};

BookingRequest request(const Inmate &inmate, const QList<AdultEntry> &adults, const QDate &date = Sunday,
                       const QTime &slot = QTime(9, 0), int children = 0) {
    return BookingRequest{date, slot, inmate.number, inmate.name, adults, children, Service::Visit, u"web"_s};
}

BookingRequest single(const Inmate &inmate, int serial = 1, const QDate &date = Sunday) {
    return request(inmate, {{man(serial), u"Budi Santoso"_s}}, date);
}

IssuedBooking booked(TestFacility &f, const BookingRequest &r) {
    auto issued = BookingService(*f).book(r);
    if (!issued.ok())
        FAIL("refused: " << issued.error().message);
    return std::move(issued).value();
}

// Refused with `code`, a message, and nothing stored.
Error refused(TestFacility &f, const BookingRequest &r, ErrorCode code) {
    const Snapshot before = f.snapshot();
    const auto issued = BookingService(*f).book(r);
    REQUIRE_FALSE(issued.ok());
    CHECK(issued.error().code == code);
    CHECK_FALSE(issued.error().message.isEmpty());
    CHECK(f.snapshot() == before);
    return issued.error();
}

// Messages in `language` ("id", "en") while it lives, as a station or a web request in that language has them.
class MessageLanguage {
public:
    explicit MessageLanguage(const QString &language) {
        if (!QCoreApplication::instance()) {
            static int argc = 1;
            static char name[] = "besuk_tests";
            static char *argv[] = {name, nullptr};
            static QCoreApplication application(argc, argv);
        }
        REQUIRE(m_translator.load(u":/i18n/besuk_%1.qm"_s.arg(language)));
        REQUIRE(QCoreApplication::installTranslator(&m_translator));
    }
    ~MessageLanguage() { QCoreApplication::removeTranslator(&m_translator); }
    MessageLanguage(const MessageLanguage &) = delete;
    MessageLanguage &operator=(const MessageLanguage &) = delete;

private:
    QTranslator m_translator;
};

void requireChainIntact(TestFacility &f) {
    auto check = AuditLog::verify(f->database());
    REQUIRE(check.ok());
    CHECK(check->intact);
}

} // namespace

TEST_CASE("Booking codes are 8 Crockford characters without I L O U, typed in any form", "[booking]") {
    for (int i = 0; i < 200; ++i) {
        const QString code = BookingService::newCode();
        REQUIRE(code.size() == 8);
        for (const QChar c : code)
            CHECK(u"0123456789ABCDEFGHJKMNPQRSTVWXYZ"_s.contains(c));
        CHECK(BookingService::parseCode(code) == code);
    }
    CHECK(BookingService::parseCode(u"k7qm-4zpx"_s) == u"K7QM4ZPX"_s);
    CHECK(BookingService::parseCode(u" K7QM 4ZPX "_s) == u"K7QM4ZPX"_s);
    CHECK(BookingService::displayCode(u"K7QM4ZPX"_s) == u"K7QM-4ZPX"_s);
    for (const QString &bad : {u"K7QM-4ZPI"_s, u"K7QM-4ZPL"_s, u"K7QM-4ZPO"_s, u"K7QM-4ZPU"_s, u"K7QM-4ZP"_s,
                               u"K7QM-4ZPXX"_s, u""_s, u"K7QM_4ZPX"_s})
        CHECK_FALSE(BookingService::parseCode(bad).has_value());
}

TEST_CASE("Bookable days follow the horizon, the visiting days and the evening-before closing", "[booking]") {
    BookingFacility f;
    saveRules(f, [](Rules &rules) {
        rules.visitingDays = {1, 3, 5, 7};
        rules.bookingSlots = Rules::demoBookingSlots(rules.visitingDays);
        rules.bookingHorizonDays = 7;
        rules.bookingClosesAt = QTime(18, 0);
    });
    BookingService service(*f);
    const auto dates = [&] {
        auto days = service.bookableDays();
        REQUIRE(days.ok());
        QList<QDate> result;
        for (const BookableDay &day : *days)
            result.append(day.date);
        return result;
    };
    // Saturday 09:00: Sunday, Monday, Wednesday, Friday (Saturday 3 January is past the horizon and no visiting day).
    CHECK(dates() == QList<QDate>{Sunday, Monday, Today.addDays(4), Today.addDays(6)});
    f.setLocal(Today, QTime(17, 59));
    CHECK(dates().first() == Sunday);
    f.setLocal(Today, QTime(18, 0)); // booking for Sunday closed at 18:00 on Saturday
    CHECK(dates().first() == Monday);
    CHECK(service.checkBookable(Sunday).error().code == ErrorCode::RuleRefused);
    CHECK(service.checkBookable(Today).error().code == ErrorCode::RuleRefused);
    CHECK(service.checkBookable(Today.addDays(8)).error().code == ErrorCode::RuleRefused);

    REQUIRE(service.closeDay(Monday, u"Libur nasional"_s, u"admin"_s).ok());
    auto days = service.bookableDays();
    REQUIRE(days.ok());
    CHECK(days->first().date == Monday);
    CHECK(days->first().closed);
    CHECK(days->first().closedReason == u"Libur nasional"_s);

    saveRules(f, [](Rules &rules) { rules.bookingHorizonDays = 0; });
    CHECK(service.bookableDays()->isEmpty());
    requireChainIntact(f);
}

TEST_CASE("The inmate lookup gives one answer for an unknown number, a wrong name and an inactive inmate",
          "[booking]") {
    BookingFacility f;
    REQUIRE(InmateStore(*f).setActive(u"WB-004"_s, false, u"admin"_s).ok());
    BookingService service(*f);
    auto found = service.findInmate(u"  wb-001 "_s, u"  WARGA    a "_s);
    REQUIRE(found.ok());
    CHECK(found->id == f.inmates.first().id);
    CHECK(found->number == u"WB-001"_s);
    CHECK(found->name == u"Warga A"_s);

    const auto unknown = service.findInmate(u"WB-999"_s, u"Warga A"_s);
    const auto wrongName = service.findInmate(u"WB-001"_s, u"Warga B"_s);
    const auto partName = service.findInmate(u"WB-001"_s, u"Warga"_s);
    const auto inactive = service.findInmate(u"WB-004"_s, u"Warga D"_s);
    for (const auto *result : {&unknown, &wrongName, &partName, &inactive}) {
        REQUIRE_FALSE(result->ok());
        CHECK(result->error().code == ErrorCode::NotFound);
        CHECK(result->error().message == unknown.error().message);
    }
    CHECK_FALSE(unknown.error().message.contains(u"WB-999"_s));
    // Booking with a wrong name is refused with the same answer.
    BookingRequest wrong = single(f.inmates.at(1));
    wrong.inmateName = u"Warga C"_s;
    CHECK(refused(f, wrong, ErrorCode::NotFound).message == unknown.error().message);
}

TEST_CASE("A booking stores the group, issues a booked ticket and enters the audit chain", "[booking]") {
    BookingFacility f;
    BookingService service(*f);
    const QString lead = man(1);
    const IssuedBooking issued = booked(
        f, request(f.inmates.first(), {{lead, u"Budi Santoso"_s}, {woman(2), u"Sari Dewi"_s}}, Sunday, QTime(9, 0), 1));
    const Booking &b = issued.booking;
    CHECK(b.id > 0);
    CHECK(BookingService::parseCode(b.code) == b.code);
    CHECK(b.date == Sunday);
    CHECK(b.slotStart == QTime(9, 0));
    CHECK(b.slotEnd == QTime(10, 0));
    CHECK(b.status == BookingStatus::Booked);
    CHECK(b.men == 1);
    CHECK(b.women == 1);
    CHECK(b.children == 1);
    REQUIRE(b.members.size() == 2);
    CHECK(b.members.first().maskedNik == Nik::mask(lead));

    auto claims = TicketCodec::decode(issued.payload, f->profile().publicKey, f->profile().code);
    REQUIRE(claims.ok());
    CHECK(claims->booked());
    CHECK(claims->ticketId == quint32(b.id));
    CHECK(claims->date == Sunday);
    CHECK(service.payloadFor(b).value() == issued.payload);

    auto found = service.find(BookingService::displayCode(b.code).toLower(), woman(2));
    REQUIRE(found.ok());
    CHECK(found->id == b.id);
    CHECK(found->members.at(1).maskedNik == Nik::mask(woman(2)));
    CHECK(found->inmate.name == u"Warga A"_s);
    CHECK(service.findByCode(b.code)->id == b.id);
    CHECK(service.load(b.id)->code == b.code);
    CHECK(service.find(b.code, man(3)).error().code == ErrorCode::NotFound);
    CHECK(service.find(b.code, man(3)).error().message == service.find(u"ZZZZZZZZ"_s, lead).error().message);

    auto daySlots = service.slotsOn(Sunday);
    REQUIRE(daySlots.ok());
    REQUIRE(daySlots->size() == 4);
    CHECK(daySlots->at(1).taken == 3);
    CHECK(daySlots->at(1).seatsLeft() == 37);
    CHECK(daySlots->at(0).taken == 0);
    CHECK(service.ofDay(Sunday)->size() == 1);

    auto entries = AuditLog::entries(f->database(), AuditFilter{{}, {}, {}, u"booking."_s, {}, 500, 0});
    REQUIRE(entries.ok());
    REQUIRE(entries->size() == 1);
    CHECK(entries->first().actor == u"web"_s);
    CHECK(entries->first().subject == b.code);
    for (const QString &secret : {lead, woman(2), u"Budi"_s, u"Sari"_s, u"Warga"_s})
        CHECK_FALSE(entries->first().detail.contains(secret));
    requireChainIntact(f);
}

TEST_CASE("A booking is refused by every rule and changes nothing", "[booking]") {
    BookingFacility f(3);
    const Inmate a = f.inmates.at(0);
    const Inmate b = f.inmates.at(1);

    SECTION("full slot") {
        booked(f, request(a, {{man(1), u"Budi"_s}, {woman(2), u"Sari"_s}}));
        CHECK(refused(f, request(b, {{man(3), u"Agus"_s}, {woman(4), u"Rina"_s}}), ErrorCode::RuleRefused)
                  .message.contains(u"09:00"_s));
        booked(f, single(b, 3)); // the one seat left
    }
    SECTION("group too big, no adult, unknown slot, bad NIK") {
        CHECK(refused(f, request(a, {{man(1), u"Budi"_s}}, Sunday, QTime(9, 0), 4), ErrorCode::RuleRefused)
                  .message.contains(u"4"_s));
        CHECK(refused(f, request(a, {}), ErrorCode::InvalidInput).code == ErrorCode::InvalidInput);
        refused(f, request(a, {{man(1), u"Budi"_s}}, Sunday, QTime(9, 30)), ErrorCode::InvalidInput);
        refused(f, request(a, {{u"123"_s, u"Budi"_s}}), ErrorCode::InvalidInput);
    }
    SECTION("ban, without the reason") {
        REQUIRE(BanStore(*f).add(woman(2), u"Membawa narkoba"_s, u"admin"_s).ok());
        const Error error = refused(f, request(a, {{man(1), u"Budi"_s}, {woman(2), u"Sari"_s}}), ErrorCode::SeeOfficer);
        CHECK_FALSE(error.message.contains(u"narkoba"_s));
    }
    SECTION("a booking uses the week's visit: a walk-in is refused") {
        booked(f, single(a));
        RegistrationService registration(*f);
        auto walkIn = registration.registerGroup(
            RegistrationRequest{a.number, {{man(5), u"Joko"_s}}, 0, Service::Visit, u"kiosk-1"_s});
        REQUIRE_FALSE(walkIn.ok());
        CHECK(walkIn.error().code == ErrorCode::RuleRefused);
        booked(f, single(a, 6, Monday)); // the next week is free
    }
    SECTION("a walk-in uses the week's visit: a booking is refused") {
        RegistrationService registration(*f);
        REQUIRE(
            registration.registerGroup(RegistrationRequest{b.number, {{man(5), u"Joko"_s}}, 0, Service::Visit, u"k"_s})
                .ok());
        refused(f, single(b), ErrorCode::RuleRefused);
    }
    SECTION("the daily cap counts bookings for walk-ins") {
        saveRules(f, [](Rules &rules) { rules.dailyCapPeople = 3; });
        booked(f, request(a, {{man(1), u"Budi"_s}, {woman(2), u"Sari"_s}}));
        refused(f, request(b, {{man(3), u"Agus"_s}}, Sunday, QTime(13, 0), 1), ErrorCode::RuleRefused);
        f.setLocal(Sunday, QTime(9, 0));
        RegistrationService registration(*f);
        auto walkIn = registration.registerGroup(
            RegistrationRequest{b.number, {{man(3), u"Agus"_s}, {woman(4), u"Rina"_s}}, 0, Service::Visit, u"k"_s});
        REQUIRE_FALSE(walkIn.ok());
        CHECK(walkIn.error().code == ErrorCode::RuleRefused);
        CHECK(
            registration.registerGroup(RegistrationRequest{b.number, {{man(3), u"Agus"_s}}, 0, Service::Visit, u"k"_s})
                .ok());
    }
    SECTION("open bookings per NIK") {
        saveRules(f, [](Rules &rules) {
            rules.maxOpenBookingsPerNik = 2;
            rules.visitsPerInmatePerWeek = 0;
        });
        const Booking first = booked(f, single(a, 1, Sunday)).booking;
        booked(f, single(b, 1, Monday));
        const BookingRequest third = request(f.inmates.at(2), {{woman(2), u"Sari"_s}, {man(1), u"Budi"_s}}, Monday);
        CHECK(refused(f, third, ErrorCode::RuleRefused).message.contains(u"2"_s));
        REQUIRE(BookingService(*f).cancel(first.code, man(1), u"web"_s).ok());
        booked(f, third);
    }
    SECTION("closed day and past the horizon") {
        REQUIRE(BookingService(*f).closeDay(Sunday, u"Lockdown"_s, u"admin"_s).ok());
        CHECK(refused(f, single(a), ErrorCode::RuleRefused).message.contains(u"Lockdown"_s));
        refused(f, single(a, 1, Today.addDays(8)), ErrorCode::RuleRefused);
        refused(f, single(a, 1, Today), ErrorCode::RuleRefused);
        REQUIRE(BookingService(*f).reopenDay(Sunday, u"admin"_s).ok());
        booked(f, single(a));
    }
    requireChainIntact(f);
}

TEST_CASE("Dates in booking messages follow the message's language, and a full slot says so", "[booking]") {
    BookingFacility f(3);
    const Inmate a = f.inmates.at(0);
    const Inmate b = f.inmates.at(1);
    booked(f, request(a, {{man(1), u"Budi"_s}, {woman(2), u"Sari"_s}}));
    const BookingRequest two = request(b, {{man(3), u"Agus"_s}, {woman(4), u"Rina"_s}});
    const BookingRequest one = single(f.inmates.at(2), 5);

    SECTION("English") {
        MessageLanguage english(u"en"_s);
        CHECK(refused(f, two, ErrorCode::RuleRefused).message ==
              u"The slot 09:00\u201310:00 on Sunday, 28 December 2025 has room for 1 more visitor only. "
              u"Please choose another slot."_s);
        booked(f, one);
        CHECK(refused(f, two, ErrorCode::RuleRefused).message ==
              u"The slot 09:00\u201310:00 on Sunday, 28 December 2025 is full. Please choose another slot."_s);
    }
    SECTION("Indonesian, whatever the process default") {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        MessageLanguage indonesian(u"id"_s);
        const QString almostFull = refused(f, two, ErrorCode::RuleRefused).message;
        CHECK(almostFull.contains(u"Minggu, 28 Desember 2025"_s));
        CHECK(almostFull.contains(u"1"_s));
        booked(f, one);
        const QString full = refused(f, two, ErrorCode::RuleRefused).message;
        CHECK(full.contains(u"09:00\u201310:00"_s));
        CHECK(full.contains(u"Minggu, 28 Desember 2025"_s));
        CHECK(full.contains(u"penuh"_s));
        CHECK_FALSE(full.contains(u"December"_s));
        QLocale::setDefault(before);
    }
}

TEST_CASE("Cancel and change need the code and one adult's NIK", "[booking]") {
    BookingFacility f(3);
    BookingService service(*f);
    const Booking b = booked(f, request(f.inmates.at(0), {{man(1), u"Budi"_s}, {woman(2), u"Sari"_s}})).booking;

    const Snapshot before = f.snapshot();
    CHECK(service.cancel(b.code, man(3), u"web"_s).error().code == ErrorCode::NotFound);
    CHECK(service.change(b.code, man(3), Sunday, QTime(10, 0), u"web"_s).error().code == ErrorCode::NotFound);
    CHECK(f.snapshot() == before);

    auto moved = service.change(BookingService::displayCode(b.code), woman(2), Sunday, QTime(13, 0), u"web"_s);
    REQUIRE(moved.ok());
    CHECK(moved->booking.code == b.code);
    CHECK(moved->booking.slotStart == QTime(13, 0));
    CHECK(moved->booking.slotEnd == QTime(14, 0));
    CHECK(service.slotsOn(Sunday)->at(1).taken == 0);
    CHECK(service.slotsOn(Sunday)->at(3).taken == 2);
    // Moving within the full slot's capacity counts the booking once, not twice.
    booked(f, request(f.inmates.at(1), {{man(5), u"Joko"_s}}, Sunday, QTime(13, 0))); // 13:00 is now full
    REQUIRE(service.change(b.code, man(1), Sunday, QTime(13, 0), u"web"_s).ok());

    REQUIRE(service.cancel(b.code, man(1), u"web"_s).ok());
    CHECK(service.findByCode(b.code)->status == BookingStatus::Cancelled);
    CHECK(service.findByCode(b.code)->cancelledAt.isValid());
    CHECK(service.cancel(b.code, man(1), u"web"_s).error().code == ErrorCode::Conflict);
    CHECK(service.slotsOn(Sunday)->at(3).taken == 1);
    CHECK(service.payloadFor(*service.findByCode(b.code)).error().code == ErrorCode::RuleRefused);

    auto entries = AuditLog::entries(f->database(), AuditFilter{{}, {}, {}, u"booking."_s, {}, 500, 0});
    REQUIRE(entries.ok());
    QStringList actions;
    for (const AuditEntry &entry : *entries)
        actions.prepend(entry.action);
    CHECK(actions == QStringList{u"booking.book"_s, u"booking.change"_s, u"booking.book"_s, u"booking.change"_s,
                                 u"booking.cancel"_s});
    requireChainIntact(f);
}

TEST_CASE("A booked group arrives once: the same visit however often it is scanned", "[booking]") {
    BookingFacility f;
    BookingService service(*f);
    const Booking b =
        booked(f, request(f.inmates.at(0), {{man(1), u"Budi"_s}, {woman(2), u"Sari"_s}}, Sunday, QTime(9, 0), 1))
            .booking;
    CHECK(service.arrive(b.id, u"kiosk-1"_s).error().code == ErrorCode::RuleRefused); // not today yet

    f.setLocal(Sunday, QTime(9, 20));
    auto first = service.arrive(b.id, u"kiosk-1"_s);
    REQUIRE(first.ok());
    CHECK(first->visit.queueNumber == 1);
    CHECK(first->visit.session == u"09:00\u201310:00"_s);
    CHECK(first->visit.people() == 3);
    CHECK(first->visit.men == 1);
    CHECK(first->visit.women == 1);
    CHECK(first->visit.children == 1);
    auto after = service.load(b.id);
    CHECK(after->status == BookingStatus::Arrived);
    CHECK(after->visitId == first->visit.id);

    auto again = service.arriveByCode(BookingService::displayCode(b.code), u"kiosk-2"_s);
    REQUIRE(again.ok());
    CHECK(again->visit.id == first->visit.id);
    CHECK(again->payload == first->payload);
    CHECK(f.rowCount(u"visits"_s) == 1);
    // The arrival counts as the week's visit, once.
    auto walkIn = RegistrationService(*f).registerGroup(
        RegistrationRequest{f.inmates.at(0).number, {{man(7), u"Joko"_s}}, 0, Service::Visit, u"k"_s});
    CHECK(walkIn.error().code == ErrorCode::RuleRefused);
    CHECK(service.cancel(b.code, man(1), u"web"_s).error().code == ErrorCode::Conflict);
    requireChainIntact(f);
}

TEST_CASE("Arrival is refused after a cancellation and on a closed day", "[booking]") {
    BookingFacility f;
    BookingService service(*f);
    const Booking cancelled = booked(f, single(f.inmates.at(0), 1)).booking;
    const Booking closed = booked(f, single(f.inmates.at(1), 2)).booking;
    REQUIRE(service.cancelByStaff(cancelled.code, u"Keluarga minta batal"_s, u"petugas"_s).ok());
    REQUIRE(service.closeDay(Sunday, u"Renovasi"_s, u"admin"_s).ok());
    CHECK(service.find(closed.code, man(2))->closedReason == u"Renovasi"_s);
    f.setLocal(Sunday, QTime(9, 0));
    const Snapshot before = f.snapshot();
    CHECK(service.arrive(cancelled.id, u"kiosk-1"_s).error().code == ErrorCode::RuleRefused);
    CHECK(service.arrive(closed.id, u"kiosk-1"_s).error().message.contains(u"Renovasi"_s));
    CHECK(f.snapshot() == before);
    requireChainIntact(f);
}

TEST_CASE("Bookings of past days still booked become no-shows", "[booking]") {
    BookingFacility f;
    BookingService service(*f);
    const Booking unused = booked(f, single(f.inmates.at(0), 1)).booking;
    const Booking later = booked(f, single(f.inmates.at(1), 2, Monday)).booking;
    CHECK(service.markNoShows().value() == 0);
    f.setLocal(Monday, QTime(8, 0));
    // Looked up before anything stored it, the unused booking already reads as a no-show.
    CHECK(service.findByCode(unused.code)->status == BookingStatus::NoShow);
    CHECK(service.ofDay(Sunday)->first().status == BookingStatus::NoShow);
    CHECK(service.markNoShows().value() == 1);
    CHECK(service.load(unused.id)->status == BookingStatus::NoShow);
    CHECK(service.load(later.id)->status == BookingStatus::Booked);
    CHECK(service.payloadFor(*service.load(unused.id)).error().code == ErrorCode::RuleRefused);
    CHECK(service.payloadFor(*service.load(later.id)).ok());
    CHECK(service.markNoShows().value() == 0);
    CHECK(service.arrive(unused.id, u"kiosk-1"_s).error().code == ErrorCode::RuleRefused);
    requireChainIntact(f);
}

TEST_CASE("The gate's timing of a booked group allows the tolerance either side", "[booking]") {
    BookingFacility f;
    saveRules(f, [](Rules &rules) { rules.arrivalToleranceMinutes = 30; });
    BookingService service(*f);
    const Booking b = booked(f, single(f.inmates.at(0))).booking; // Sunday 09:00-10:00
    const auto at = [](const QTime &time) { return besuk::test::localMoment(Sunday, time, u"Asia/Makassar"_s); };
    CHECK(service.timingOf(b, at(QTime(8, 29))) == BookingService::Timing::Early);
    CHECK(service.timingOf(b, at(QTime(8, 30))) == BookingService::Timing::InSlot);
    CHECK(service.timingOf(b, at(QTime(10, 30))) == BookingService::Timing::InSlot);
    CHECK(service.timingOf(b, at(QTime(10, 31))) == BookingService::Timing::Late);
}

TEST_CASE("50 concurrent bookings at a slot with 3 seats left: exactly 3 are stored", "[booking][concurrency]") {
    BookingFacility f(10);
    saveRules(f, [](Rules &rules) { rules.visitsPerInmatePerWeek = 0; });
    const QList<Inmate> inmates = f.addInmates(50);
    booked(f, request(f.inmates.at(0), {{man(900), u"Budi"_s}, {woman(901), u"Sari"_s}}, Sunday, QTime(9, 0), 2));
    booked(f, request(f.inmates.at(1), {{man(902), u"Agus"_s}, {woman(903), u"Rina"_s}}, Sunday, QTime(9, 0), 1));
    REQUIRE(BookingService(*f).slotsOn(Sunday)->at(1).seatsLeft() == 3);

    std::atomic<int> ok{0};
    std::atomic<int> full{0};
    std::atomic<int> other{0};
    std::atomic<int> ready{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < 50; ++i) {
        threads.emplace_back([&, i] {
            auto database = Database::open(f.location(), Database::OpenMode::MustExist);
            auto facility = database ? Facility::open(std::move(database).value(), f.clock, f.keyPath())
                                     : Result<std::unique_ptr<Facility>>(database.error());
            ++ready;
            while (ready.load() < 50)
                std::this_thread::yield();
            if (!facility) {
                ++other;
                return;
            }
            auto issued = BookingService(**facility).book(single(inmates.at(i), 100 + i));
            (issued ? ok : issued.error().code == ErrorCode::RuleRefused ? full : other) += 1;
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    CHECK(ok.load() == 3);
    CHECK(full.load() == 47);
    CHECK(other.load() == 0);
    CHECK(BookingService(*f).slotsOn(Sunday)->at(1).taken == 10);
    CHECK(f.database.rows(u"SELECT COUNT(*) FROM bookings WHERE status = 'booked'"_s) == QStringList{u"5"_s});
    requireChainIntact(f);
}

TEST_CASE("The day's tally splits booked, arrived, no-show and cancelled beside walk-ins", "[booking][tally]") {
    BookingFacility f;
    saveRules(f, [](Rules &rules) { rules.visitsPerInmatePerWeek = 0; });
    BookingService service(*f);
    const Booking arrives =
        booked(f, request(f.inmates.at(0), {{man(1), u"Budi"_s}, {woman(2), u"Sari"_s}}, Sunday, QTime(9, 0), 1))
            .booking;
    booked(f, single(f.inmates.at(1), 3)); // never comes
    const Booking cancelled = booked(f, request(f.inmates.at(2), {{woman(4), u"Rina"_s}})).booking;
    REQUIRE(service.cancel(cancelled.code, woman(4), u"web"_s).ok());
    f.setLocal(Sunday, QTime(9, 10));
    REQUIRE(service.arrive(arrives.id, u"kiosk-1"_s).ok());
    REQUIRE(RegistrationService(*f)
                .registerGroup(RegistrationRequest{
                    f.inmates.at(3).number, {{woman(5), u"Dewi"_s}}, 2, Service::Visit, u"kiosk-1"_s})
                .ok());

    auto tally = TallyService(*f).day(Sunday);
    REQUIRE(tally.ok());
    CHECK(tally->registered.total() == 6);
    CHECK(tally->walkIns == Counts{1, 0, 1, 2});
    CHECK(tally->bookings.arrived == Counts{1, 1, 1, 1});
    CHECK(tally->bookings.booked == Counts{1, 1, 0, 0});
    CHECK(tally->bookings.cancelled == Counts{1, 0, 1, 0});
    CHECK(tally->bookings.noShow == Counts{});
    Counts split = tally->walkIns;
    split += tally->bookings.arrived;
    CHECK(split == tally->registered);

    f.setLocal(Monday, QTime(8, 0));
    REQUIRE(service.markNoShows().value() == 1);
    tally = TallyService(*f).day(Sunday);
    CHECK(tally->bookings.noShow == Counts{1, 1, 0, 0});
    CHECK(tally->bookings.booked == Counts{});
    const QJsonObject json = TallyFormat::toJson(*tally);
    CHECK(json.value(u"bookings"_s).toObject().value(u"no_show"_s).toObject().value(u"men"_s).toInt() == 1);
    CHECK(json.value(u"walk_ins"_s).toObject().value(u"total"_s).toInt() == 3);
    CHECK(TallyService::sum({*tally, *tally}).bookings.arrived.groups == 2);

    // The exports (CSV, XLSX) carry the split beside the visits' columns, and their total row sums it.
    const QStringList header = ExportService::rangeCsvHeader();
    const QList<int> values = ExportService::rangeValues(*tally);
    const auto column = [&](const QString &name) { return values.at(header.indexOf(name) - 2); };
    CHECK(column(u"registered_total"_s) == 6);
    CHECK(column(u"walk_in_groups"_s) == 1);
    CHECK(column(u"walk_in_total"_s) == 3);
    CHECK(column(u"arrived_groups"_s) == 1);
    CHECK(column(u"arrived_total"_s) == 3);
    CHECK(column(u"booked_total"_s) == 0);
    CHECK(column(u"no_show_groups"_s) == 1);
    CHECK(column(u"no_show_men"_s) == 1);
    CHECK(ExportService::rangeTotals({*tally, *tally}).at(header.indexOf(u"arrived_total"_s) - 2) == 6);
}

TEST_CASE("Anonymising old days and erasing a person also forget bookings' NIKs and names", "[booking][retention]") {
    BookingFacility f;
    BookingService service(*f);
    const Booking old =
        booked(f, request(f.inmates.at(0), {{man(1), u"Budi Santoso"_s}, {woman(2), u"Sari Dewi"_s}})).booking;
    f.setLocal(Today.addDays(10), QTime(9, 0));
    const Booking ahead = booked(f, single(f.inmates.at(1), 3, Today.addDays(11))).booking;

    auto report = RetentionService(*f).anonymiseOlderThan(5, u"admin"_s);
    REQUIRE(report.ok());
    CHECK(report->bookingMembers == 2);
    auto kept = service.load(old.id);
    REQUIRE(kept.ok());
    CHECK(kept->people() == 2);
    for (const Member &member : kept->members) {
        CHECK(member.name.isEmpty());
        CHECK(member.maskedNik.isEmpty());
    }
    CHECK(f.database.rows(u"SELECT nik, name FROM booking_members WHERE booking_id = %1"_s.arg(old.id)) ==
          QStringList{u"|"_s, u"|"_s});

    auto exported = RetentionService(*f).exportPerson(man(3), u"admin"_s); // booked only, never visited
    REQUIRE(exported.ok());
    REQUIRE(exported->value(u"bookings"_s).toArray().size() == 1);
    CHECK(exported->value(u"bookings"_s).toArray().first().toObject().value(u"code"_s).toString() == ahead.code);

    auto erased = RetentionService(*f).erasePerson(man(3), u"admin"_s);
    REQUIRE(erased.ok());
    CHECK(erased->bookings == 1);
    CHECK(service.find(ahead.code, man(3)).error().code == ErrorCode::NotFound);
    CHECK(service.load(ahead.id)->people() == 1);
    requireChainIntact(f);
}
