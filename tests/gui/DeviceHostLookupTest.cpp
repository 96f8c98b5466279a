// SPDX-License-Identifier: GPL-3.0-or-later
// A network printer named by host name whose name server never answers: the print ends with "printer not found"
// after the lookup's timeout instead of hanging. The resolver is injected: a name server that swallows queries
// would need /etc/resolv.conf replaced (root and a mount namespace), so the test hands the lookup a getaddrinfo
// that blocks until the test ends, which is what the system's does with an unreachable name server.
#include "platform/printing/EscPosLink.h"
#include "platform/printing/HostLookup.h"
#include "ui/common/StationLanguage.h"

#include <QString>

#include <catch2/catch.hpp>

#include <atomic>
#include <future>
#include <netdb.h>

using namespace besuk;
using namespace Qt::StringLiterals;

namespace {

// A getaddrinfo that answers only when `release` is set (at the end of the test), then with "try again".
struct SilentNameServer {
    std::promise<void> release;
    std::shared_future<void> released = release.get_future().share();
    std::shared_ptr<std::atomic<int>> asked = std::make_shared<std::atomic<int>>(0);

    ~SilentNameServer() { release.set_value(); }

    [[nodiscard]] HostLookup lookup(int timeoutMs) const {
        return HostLookup(
            [released = released, asked = asked](const char *, const char *, const addrinfo *, addrinfo **) {
                ++*asked;
                released.wait();
                return EAI_AGAIN;
            },
            timeoutMs);
    }
};

PrinterChoice networkPrinter(const QString &host) {
    PrinterChoice choice;
    choice.kind = PrinterChoice::Kind::EscPos;
    choice.host = host;
    choice.port = 9100;
    return choice;
}

} // namespace

TEST_CASE("A printer name whose lookup gets no answer is reported as not found within the timeout",
          "[devices][escpos]") {
    CHECK(HostLookup().timeoutMs() == HostLookup::TimeoutMs);
    CHECK(HostLookup::TimeoutMs == 3000);

    SilentNameServer nameServer;
    StationLanguage language;
    REQUIRE(language.apply(u"en"_s));
    auto link = EscPosLink::make(networkPrinter(u"printer.lobby.example"_s), nameServer.lookup(250));
    auto opened = link->open(false); // returns: a lookup without an answer does not hang the kiosk
    REQUIRE_FALSE(opened.ok());
    CHECK(*nameServer.asked == 1);
    CHECK(opened.error().message == u"The printer printer.lobby.example:9100 was not found: looking up its name got no "
                                    "answer within 0.25 s. Is the network (and its name server) working? An IP "
                                    "address instead of the name avoids the lookup."_s);

    REQUIRE(language.apply(u"id"_s));
    auto again = EscPosLink::make(networkPrinter(u"printer.lobby.example"_s), nameServer.lookup(250))->open(false);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.startsWith(u"Printer printer.lobby.example:9100 tidak ditemukan"_s));
    CHECK(again.error().message.contains(u"0,25 detik"_s));
}

TEST_CASE("A printer name the resolver does not know is reported at once, an address needs no name server",
          "[devices][escpos]") {
    const HostLookup unknown([](const char *, const char *, const addrinfo *, addrinfo **) { return EAI_NONAME; },
                             HostLookup::TimeoutMs);
    StationLanguage language;
    REQUIRE(language.apply(u"en"_s));
    auto opened = EscPosLink::make(networkPrinter(u"nowhere.example"_s), unknown)->open(false);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().message == u"The printer's address nowhere.example:9100 is not known."_s);

    const HostLookup::Answer literal = HostLookup().find("127.0.0.1", 9100);
    REQUIRE(literal.outcome == HostLookup::Outcome::Found);
    REQUIRE(literal.addresses);
    CHECK(literal.addresses->ai_socktype == SOCK_STREAM);
}
