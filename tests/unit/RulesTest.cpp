// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/Rules.h"

#include "TestFacility.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace besuk;

namespace {

Rules customRules() {
    Rules rules;
    rules.visitingDays = {2, 4, 6};
    rules.blockVisitingDays.insert(u"Blok C"_s, {1, 3});
    rules.blockVisitingDays.insert(u"Blok Wanita"_s, {7});
    rules.opens = QTime(7, 30);
    rules.closes = QTime(16, 45);
    rules.sessions = {VisitSession{u"Pagi"_s, QTime(7, 30), QTime(11, 0), 120},
                      VisitSession{u"Siang"_s, QTime(13, 0), QTime(16, 45), 0}};
    rules.maxGroupSize = 6;
    rules.maxAdults = 2;
    rules.visitsPerInmatePerWeek = 2;
    rules.dailyCapPeople = 400;
    rules.adultAge = 17;
    rules.requireClearedInspection = false;
    rules.visitMinutes = 45;
    rules.prohibitedItems = {u"Telepon genggam"_s, u"Kamera"_s, u"Benda tajam; gunting, \"cutter\""_s};
    return rules;
}

QJsonObject json(const char *text) {
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isObject());
    return document.object();
}

} // namespace

TEST_CASE("Default rules", "[rules]") {
    const Rules rules;
    CHECK(rules.visitingDays == QList<int>{1, 2, 3, 4, 5, 6, 7});
    CHECK(rules.blockVisitingDays.isEmpty());
    CHECK(rules.opens == QTime(8, 0));
    CHECK(rules.closes == QTime(15, 0));
    CHECK(rules.sessions.isEmpty());
    CHECK(rules.maxGroupSize == 4);
    CHECK(rules.maxAdults == 3);
    CHECK(rules.visitsPerInmatePerWeek == 1);
    CHECK(rules.dailyCapPeople == 0);
    CHECK(rules.adultAge == 18);
    CHECK(rules.requireClearedInspection);
    CHECK(rules.visitMinutes == 30);
    CHECK(rules.prohibitedItems.contains(u"Telepon genggam"_s));
    CHECK(rules.prohibitedItems == Rules::defaultProhibitedItems());
    CHECK(rules.validate().ok());

    const QList<VisitSession> sessions = rules.effectiveSessions();
    REQUIRE(sessions.size() == 1);
    CHECK(sessions[0].start == QTime(8, 0));
    CHECK(sessions[0].end == QTime(15, 0));
    CHECK(sessions[0].capacity == 0);
    CHECK(rules.daysForBlock(u"Blok A"_s) == rules.visitingDays);
}

TEST_CASE("A new facility starts with the default rules", "[rules]") {
    TestFacility f;
    CHECK(f->rules() == Rules{});
    f.reopen();
    CHECK(f->rules() == Rules{});
}

TEST_CASE("An empty JSON object gives the default rules", "[rules]") {
    const auto parsed = Rules::fromJson(QJsonObject{});
    REQUIRE(parsed.ok());
    CHECK(*parsed == Rules{});
}

TEST_CASE("Rules survive a JSON round trip", "[rules]") {
    const Rules rules = customRules();
    REQUIRE(rules.validate().ok());
    const QJsonObject object = rules.toJson();
    CHECK(object.value(u"opens"_s).toString() == u"07:30"_s);
    CHECK(object.value(u"closes"_s).toString() == u"16:45"_s);
    CHECK(object.value(u"max_group_size"_s).toInt() == 6);
    CHECK(object.value(u"visiting_days"_s).toArray() == QJsonArray{2, 4, 6});
    CHECK(object.value(u"require_cleared_inspection"_s).toBool() == false);
    CHECK(object.value(u"visit_minutes"_s).toInt() == 45);
    CHECK(object.value(u"prohibited_items"_s).toArray().size() == 3);

    const auto parsed = Rules::fromJson(object);
    REQUIRE(parsed.ok());
    CHECK(*parsed == rules);
    CHECK(parsed->daysForBlock(u"Blok C"_s) == QList<int>{1, 3});
    CHECK(parsed->daysForBlock(u"Blok B"_s) == QList<int>{2, 4, 6});
    CHECK(parsed->effectiveSessions() == rules.sessions);

    // Through text as well, the way the rules are stored.
    const QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Compact);
    const auto reparsed = Rules::fromJson(QJsonDocument::fromJson(text).object());
    REQUIRE(reparsed.ok());
    CHECK(*reparsed == rules);
}

TEST_CASE("Missing keys keep their defaults", "[rules]") {
    const auto parsed = Rules::fromJson(json(R"({"max_group_size": 8, "closes": "16:00"})"));
    REQUIRE(parsed.ok());
    Rules expected;
    expected.maxGroupSize = 8;
    expected.closes = QTime(16, 0);
    CHECK(*parsed == expected);
}

TEST_CASE("Rules with bad values are refused", "[rules]") {
    const char *const bad[] = {
        R"({"max_group_size": "4"})",
        R"({"max_group_size": 4.5})",
        R"({"max_group_size": 0})",
        R"({"max_group_size": 51})",
        R"({"max_adults": 0})",
        R"({"max_adults": 5})", // more than the group size
        R"({"visits_per_inmate_per_week": -1})",
        R"({"daily_cap_people": -5})",
        R"({"daily_cap_people": null})",
        R"({"adult_age": 0})",
        R"({"adult_age": 31})",
        R"({"visiting_days": [0]})",
        R"({"visiting_days": [8]})",
        R"({"visiting_days": ["senin"]})",
        R"({"visiting_days": [1.5]})",
        R"({"visiting_days": 6})",
        R"({"block_visiting_days": {"Blok A": [9]}})",
        R"({"block_visiting_days": {"Blok A": "sabtu"}})",
        R"({"opens": "25:00"})",
        R"({"opens": "pagi"})",
        R"({"opens": 8})",
        R"({"opens": "15:00"})", // not before closing
        R"({"opens": "09:00", "closes": "08:00"})",
        R"({"sessions": [{"name": "Pagi", "start": "11:00", "end": "08:00"}]})",
        R"({"sessions": [{"name": "", "start": "08:00", "end": "11:00"}]})",
        R"({"sessions": [{"name": "Pagi", "start": "08:00", "end": "11:00", "capacity": -1}]})",
        R"({"sessions": [{"start": "08:00", "end": "11:00"}]})",
        R"({"sessions": [5]})",
        R"({"require_cleared_inspection": "yes"})",
        R"({"require_cleared_inspection": 1})",
        R"({"visit_minutes": 0})",
        R"({"visit_minutes": 1441})",
        R"({"visit_minutes": "30"})",
        R"({"prohibited_items": "Telepon"})",
        R"({"prohibited_items": [1]})",
        R"({"prohibited_items": ["  "]})",
        R"({"prohibited_items": ["xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"]})",
    };
    for (const char *text : bad) {
        INFO("rules: " << text);
        const auto parsed = Rules::fromJson(json(text));
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().code == ErrorCode::InvalidInput);
        CHECK_FALSE(parsed.error().message.isEmpty());
    }
}

TEST_CASE("An empty prohibited-items list is allowed and kept", "[rules]") {
    const auto parsed = Rules::fromJson(json(R"({"prohibited_items": []})"));
    REQUIRE(parsed.ok());
    CHECK(parsed->prohibitedItems.isEmpty());
    const auto again = Rules::fromJson(parsed->toJson());
    REQUIRE(again.ok());
    CHECK(again->prohibitedItems.isEmpty());
}

TEST_CASE("Rules with values of the wrong JSON type are refused, not ignored", "[rules]") {
    // The header promises: wrong types are an InvalidInput error. These must not silently become defaults
    // (a capacity of "50" read as 0 would mean "no limit").
    const char *const wrongType[] = {
        R"({"sessions": "Pagi"})",
        R"({"sessions": {"name": "Pagi", "start": "08:00", "end": "11:00"}})",
        R"({"block_visiting_days": [6]})",
        R"({"block_visiting_days": "Blok A"})",
        R"({"sessions": [{"name": "Pagi", "start": "08:00", "end": "11:00", "capacity": "50"}]})",
        R"({"sessions": [{"name": "Pagi", "start": "08:00", "end": "11:00", "capacity": 2.5}]})",
    };
    for (const char *text : wrongType) {
        INFO("rules: " << text);
        const auto parsed = Rules::fromJson(json(text));
        CHECK_FALSE(parsed.ok());
        if (!parsed.ok())
            CHECK(parsed.error().code == ErrorCode::InvalidInput);
    }
}

TEST_CASE("Saved rules persist across reopening", "[rules]") {
    TestFacility f;
    const Rules rules = customRules();
    const int auditBefore = f.rowCount(u"audit_log"_s);
    REQUIRE(f->saveRules(rules, u"admin"_s).ok());
    CHECK(f->rules() == rules);
    CHECK(f.rowCount(u"audit_log"_s) == auditBefore + 1);

    f.reopen();
    CHECK(f->rules() == rules);
    CHECK(f->rules().sessions.size() == 2);
    CHECK(f->rules().blockVisitingDays.value(u"Blok Wanita"_s) == QList<int>{7});
}

TEST_CASE("Invalid rules are not saved", "[rules]") {
    TestFacility f;
    const Snapshot before = f.snapshot();
    Rules rules;
    rules.maxAdults = 5; // more than the group size of 4
    const auto saved = f->saveRules(rules, u"admin"_s);
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().code == ErrorCode::InvalidInput);
    CHECK(f->rules() == Rules{});
    CHECK(f.snapshot() == before);

    f.reopen();
    CHECK(f->rules() == Rules{});
}

TEST_CASE("Booking rules survive a JSON round trip and default to booking off", "[rules][booking]") {
    const Rules defaults;
    CHECK(defaults.bookingSlots.isEmpty());
    CHECK(defaults.bookingHorizonDays == 7);
    CHECK(defaults.bookingClosesAt == QTime(18, 0));
    CHECK(defaults.arrivalToleranceMinutes == 30);
    CHECK(defaults.maxOpenBookingsPerNik == 3);

    Rules rules = customRules();
    rules.bookingHorizonDays = 14;
    rules.bookingClosesAt = QTime(17, 30);
    rules.arrivalToleranceMinutes = 20;
    rules.maxOpenBookingsPerNik = 2;
    rules.bookingSlots.insert(2, {BookingSlot{QTime(9, 0), QTime(10, 0), 25}, {QTime(8, 0), QTime(9, 0), 30}});
    rules.bookingSlots.insert(1, {BookingSlot{QTime(13, 0), QTime(14, 0), 10}}); // Blok C visits on Mondays
    REQUIRE(rules.validate().ok());
    const QJsonObject object = rules.toJson();
    CHECK(object.value(u"booking_closes_at"_s).toString() == u"17:30"_s);
    CHECK(object.value(u"booking_slots"_s).toObject().value(u"2"_s).toArray().size() == 2);

    const auto parsed = Rules::fromJson(QJsonDocument::fromJson(QJsonDocument(object).toJson()).object());
    REQUIRE(parsed.ok());
    CHECK(*parsed == rules);
    CHECK(parsed->slotsOn(QDate(2026, 12, 1)).first().start == QTime(8, 0)); // a Tuesday, in order of start
    CHECK(parsed->slotsOn(QDate(2026, 12, 3)).isEmpty());                    // Thursday: no slots, not bookable

    const auto older = Rules::fromJson(json(R"({"max_group_size": 8})")); // rules saved before booking existed
    REQUIRE(older.ok());
    CHECK(older->bookingSlots.isEmpty());
    CHECK(older->bookingHorizonDays == 7);
}

TEST_CASE("Booking rules with bad values are refused", "[rules][booking]") {
    const char *const bad[] = {
        R"({"booking_horizon_days": -1})",
        R"({"booking_horizon_days": 61})",
        R"({"booking_horizon_days": "7"})",
        R"({"booking_closes_at": "18"})",
        R"({"booking_closes_at": 18})",
        R"({"arrival_tolerance_minutes": -1})",
        R"({"arrival_tolerance_minutes": 241})",
        R"({"max_open_bookings_per_nik": 0})",
        R"({"max_open_bookings_per_nik": 51})",
        R"({"booking_slots": []})",
        R"({"booking_slots": {"senin": []}})",
        R"({"booking_slots": {"1": [{"start": "09:00", "end": "10:00"}]}})",
        R"({"booking_slots": {"1": [{"start": "09:00", "end": "10:00", "capacity": 0}]}})",
        R"({"booking_slots": {"1": [{"start": "09:00", "end": "10:00", "capacity": 10001}]}})",
        R"({"booking_slots": {"1": [{"start": "09:00", "end": "10:00", "capacity": 2.5}]}})",
        R"({"booking_slots": {"1": [{"start": "10:00", "end": "09:00", "capacity": 5}]}})",
        R"({"booking_slots": {"1": [{"start": "09:00", "end": "09:00", "capacity": 5}]}})",
        R"({"booking_slots": {"1": [{"start": "07:00", "end": "09:00", "capacity": 5}]}})", // before opening
        R"({"booking_slots": {"1": [{"start": "14:00", "end": "16:00", "capacity": 5}]}})", // after closing
        R"({"booking_slots": {"1": [{"start": "09:00", "end": "10:30", "capacity": 5},
                                    {"start": "10:00", "end": "11:00", "capacity": 5}]}})",
        R"({"visiting_days": [1, 2], "booking_slots": {"3": [{"start": "09:00", "end": "10:00", "capacity": 5}]}})",
        R"({"booking_slots": {"8": [{"start": "09:00", "end": "10:00", "capacity": 5}]}})",
        R"({"booking_slots": {"1": [5]}})",
    };
    for (const char *text : bad) {
        INFO("rules: " << text);
        const auto parsed = Rules::fromJson(json(text));
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().code == ErrorCode::InvalidInput);
        CHECK_FALSE(parsed.error().message.isEmpty());
    }
    const auto touching = Rules::fromJson(json(R"({"booking_slots": {"1": [
        {"start": "09:00", "end": "10:00", "capacity": 5}, {"start": "10:00", "end": "11:00", "capacity": 10000}]}})"));
    CHECK(touching.ok());
}

TEST_CASE("The demo slots are valid on every visiting day", "[rules][booking]") {
    Rules rules;
    rules.bookingSlots = Rules::demoBookingSlots(rules.anyVisitingDays());
    REQUIRE(rules.validate().ok());
    CHECK(rules.slotsOn(QDate(2026, 12, 7)).size() == 4);
    CHECK(rules.slotsOn(QDate(2026, 12, 7)).at(3).start == QTime(13, 0));
    CHECK(rules.slotsOn(QDate(2026, 12, 7)).at(3).capacity == 40);
}
