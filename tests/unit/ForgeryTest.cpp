// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestFacility.h"
#include "db/Base32.h"
#include "db/FacilityKey.h"
#include "db/GateService.h"
#include "db/InmateStore.h"
#include "db/RegistrationService.h"
#include "db/TicketCodec.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace besuk;

namespace {

const QString Alphabet = u"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"_s;

// A man born 1 January 1990 in region 647105; the serial makes each NIK unique.
QString nikWithSerial(int serial) {
    return u"647105010190%1"_s.arg(serial, 4, 10, QLatin1Char('0'));
}

} // namespace

TEST_CASE("1000 issued payloads: every single-character change and every single-bit flip is verdicted invalid",
          "[gate][forgery][backend-neutral]") {
    TestFacility facility; // Asia/Makassar, Saturday 27 December 2025 09:00

    constexpr int Tickets = 1000;
    QByteArray roster = "number,name,block\n";
    for (int i = 1; i <= Tickets; ++i)
        roster += QStringLiteral("WB-%1,Warga Binaan,A\n").arg(i).toUtf8();
    auto imported = InmateStore(*facility).importCsv(roster, u"test"_s);
    REQUIRE(imported);
    REQUIRE(imported->added == Tickets);

    RegistrationService registration(*facility);
    QStringList payloads;
    for (int i = 1; i <= Tickets; ++i) {
        auto ticket = registration.registerGroup(
            {u"WB-%1"_s.arg(i), {{nikWithSerial(i), u"Pengunjung"_s}}, 0, Service::Visit, u"test"_s});
        REQUIRE(ticket);
        payloads.append(ticket->payload);
    }

    GateService gate(*facility);
    REQUIRE(gate.scan(payloads.first())->verdict == Verdict::Valid);
    REQUIRE(gate.scan(payloads.last())->verdict == Verdict::Valid);

    // Each position of each payload is changed once; the replacement rotates with the payload's index, so across
    // the run every position takes every other character of the alphabet.
    int changes = 0;
    int rejected = 0;
    QStringList accepted;
    for (int k = 0; k < Tickets; ++k) {
        const QString &payload = payloads.at(k);
        for (int i = 0; i < payload.size(); ++i) {
            QString forged = payload;
            const qsizetype index = Alphabet.indexOf(payload.at(i));
            REQUIRE(index >= 0);
            forged[i] = Alphabet.at((index + 1 + (k + i) % 31) % 32);
            REQUIRE(forged != payload);
            auto outcome = gate.scan(forged);
            REQUIRE(outcome);
            ++changes;
            if (outcome->verdict == Verdict::Invalid)
                ++rejected;
            else
                accepted.append(forged);
        }
    }
    INFO("accepted forgeries: " << accepted.join(u", "_s).toStdString());
    CHECK(changes == Tickets * 125);
    CHECK(rejected == changes);

    // Every bit of every ticket's 78 bytes (version, facility, day, ticket, service, number, signature) flipped
    // once, encoded again as a well-formed payload: the gate must refuse each one.
    int flips = 0;
    int flipsRejected = 0;
    for (const QString &payload : payloads) {
        const std::optional<QByteArray> bytes = Base32::decode(payload);
        REQUIRE(bytes);
        for (qsizetype bit = 0; bit < bytes->size() * 8; ++bit) {
            QByteArray flipped = *bytes;
            flipped[bit / 8] = char(flipped.at(bit / 8) ^ (1 << (bit % 8)));
            auto outcome = gate.scan(Base32::encode(flipped));
            ++flips;
            if (outcome && outcome->verdict == Verdict::Invalid)
                ++flipsRejected;
            else
                accepted.append(Base32::encode(flipped));
        }
    }
    INFO("accepted bit flips: " << accepted.join(u", "_s).toStdString());
    CHECK(flips == Tickets * 78 * 8);
    CHECK(flipsRejected == flips);
}

TEST_CASE("forged, replayed, cut, extended and re-encoded tickets get the right verdict", "[gate][forgery]") {
    TestFacility facility;
    facility.addInmates(1);
    auto ticket = RegistrationService(*facility).registerGroup(
        {u"WB-001"_s, {{nikWithSerial(1), u"Pengunjung"_s}}, 0, Service::Visit, u"test"_s});
    REQUIRE(ticket);
    const QString payload = ticket->payload;
    GateService gate(*facility);
    const auto verdictOf = [&](const QString &scanned) {
        auto outcome = gate.scan(scanned);
        REQUIRE(outcome);
        return outcome->verdict;
    };
    REQUIRE(verdictOf(payload) == Verdict::Valid);
    auto claims = TicketCodec::decode(payload, facility->profile().publicKey, facility->profile().code);
    REQUIRE(claims);

    SECTION("the same claims signed by another facility's key") {
        CHECK(verdictOf(TicketCodec::encode(*claims, FacilityKey::generate())) == Verdict::Invalid);
    }
    SECTION("another facility's genuine ticket") {
        TicketClaims theirs = *claims;
        theirs.facilityCode ^= 0x00010000u;
        CHECK(verdictOf(TicketCodec::encode(theirs, FacilityKey::generate())) == Verdict::Invalid);
    }
    SECTION("replayed the next day and shown the day before") {
        facility.setLocal(TestFacility::reportDay().addDays(1), QTime(9, 0));
        CHECK(verdictOf(payload) == Verdict::WrongDay);
        facility.setLocal(TestFacility::reportDay().addDays(-1), QTime(9, 0));
        CHECK(verdictOf(payload) == Verdict::WrongDay);
    }
    SECTION("cut to every shorter length") {
        for (qsizetype length = 0; length < payload.size(); ++length)
            CHECK(verdictOf(payload.left(length)) == Verdict::Invalid);
    }
    SECTION("extended by characters a scanner could add") {
        const QStringList tails{u"A"_s, u"7"_s, u"AAAAAAAA"_s, payload, u"=="_s, u"\tA"_s};
        for (const QString &tail : tails)
            CHECK(verdictOf(payload + tail) == Verdict::Invalid);
        CHECK(verdictOf(u"A"_s + payload) == Verdict::Invalid);
        // The Tab or Enter a scanner sends after the code is not part of the ticket.
        CHECK(verdictOf(payload + u"\t"_s) == Verdict::Valid);
        CHECK(verdictOf(payload + u"\r\n"_s) == Verdict::Valid);
    }
    SECTION("re-encoded: padded, spaced, base64, hex, or with look-alike letters") {
        const QByteArray bytes = *Base32::decode(payload);
        QString lookAlike = payload; // full-width forms, which compatibility mappings turn into ASCII
        for (QChar &c : lookAlike)
            c = QChar(c.unicode() - 0x20 + 0xFF00);
        const QStringList variants{payload + u"===="_s, payload.left(60) + u' ' + payload.mid(60),
                                   QString::fromLatin1(bytes.toBase64()), QString::fromLatin1(bytes.toHex()),
                                   lookAlike};
        for (const QString &variant : variants)
            CHECK(verdictOf(variant) == Verdict::Invalid);
    }
    SECTION("read in lower or mixed case (a scanner's case setting, Caps Lock): the same ticket") {
        QString mixed = payload;
        for (qsizetype i = 0; i < mixed.size(); i += 2)
            mixed[i] = mixed.at(i).toLower();
        CHECK(verdictOf(payload.toLower()) == Verdict::Valid);
        CHECK(verdictOf(mixed) == Verdict::Valid);
        CHECK(verdictOf(u" "_s + payload.toLower() + u"\r\n"_s) == Verdict::Valid);
    }
    CHECK(facility.rowCount(u"visits"_s) == 1);
}
