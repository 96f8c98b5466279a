// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/AdminPin.h"

#include "TestFacility.h"
#include "db/Database.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace besuk;

TEST_CASE("The admin PIN is stored hashed and verified", "[adminpin]") {
    TestFacility facility;
    AdminPin pin(*facility);
    CHECK(pin.isSet().value() == false);
    CHECK(pin.verify(u"1234"_s).error().code == ErrorCode::NotFound);

    for (const QString &bad : {u""_s, u"123"_s, u"12a4"_s, u"1234567890123"_s, u"１２３４"_s})
        CHECK(pin.set(bad, u"test"_s).error().code == ErrorCode::InvalidInput);
    CHECK(pin.isSet().value() == false);

    REQUIRE(pin.set(u"482916"_s, u"test"_s));
    CHECK(pin.isSet().value() == true);
    CHECK(pin.verify(u"482916"_s).value() == true);
    CHECK(pin.verify(u"482917"_s).value() == false);
    CHECK(pin.verify(u""_s).value() == false);

    SqlQuery query(facility->database(), u"SELECT value FROM settings WHERE key = 'kiosk.admin_pin_hash'"_s);
    const QString stored = query.scalar().value().toString();
    CHECK(stored.startsWith(u"$argon2id$"_s));
    CHECK_FALSE(stored.contains(u"482916"_s));
}

TEST_CASE("Five wrong PINs lock the kiosk PIN for five minutes", "[adminpin]") {
    TestFacility facility;
    AdminPin pin(*facility);
    REQUIRE(pin.set(u"2468"_s, u"test"_s));
    for (int i = 0; i < AdminPin::MaxFailures; ++i)
        CHECK(pin.verify(u"0000"_s).value() == false);
    // Locked: even the right PIN is refused, with the time it opens again (09:05 facility time).
    auto locked = pin.verify(u"2468"_s);
    REQUIRE_FALSE(locked);
    CHECK(locked.error().code == ErrorCode::RuleRefused);
    CHECK(locked.error().message.contains(u"09:05"_s));

    facility.clock.advanceSeconds(AdminPin::LockoutSeconds - 1);
    CHECK_FALSE(pin.verify(u"2468"_s));
    facility.clock.advanceSeconds(1);
    CHECK(pin.verify(u"2468"_s).value() == true);
    // A right PIN resets the count: four more wrong ones do not lock.
    for (int i = 0; i < AdminPin::MaxFailures - 1; ++i)
        CHECK(pin.verify(u"0000"_s).value() == false);
    CHECK(pin.verify(u"2468"_s).value() == true);
}
