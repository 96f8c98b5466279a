#include "GateService.h"
#include "InmateStore.h"
#include "RegistrationService.h"
#include "TestFacility.h"

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

TEST_CASE("every single-character change of 1000 issued payloads is verdicted invalid", "[gate][forgery]") {
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
}
