// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <functional>
#include <memory>

struct addrinfo;

namespace besuk {

// Looks up a printer's host name with a deadline. getaddrinfo has no timeout of its own (with an unreachable name
// server it waits the resolver's timeouts and attempts, tens of seconds), so it runs on a thread of its own; when
// the deadline passes first, the caller goes on and the thread frees its answer whenever it comes.
class HostLookup {
public:
    static constexpr int TimeoutMs = 3000;

    // getaddrinfo's signature; tests pass one that never answers.
    using Resolver = std::function<int(const char *node, const char *service, const addrinfo *hints, addrinfo **res)>;

    enum class Outcome { Found, Unknown, NoAnswer };
    struct Answer {
        Outcome outcome = Outcome::Unknown;
        std::shared_ptr<addrinfo> addresses; // Found: the list, freed with freeaddrinfo
    };

    HostLookup();
    HostLookup(Resolver resolver, int timeoutMs);

    [[nodiscard]] int timeoutMs() const { return m_timeoutMs; }
    // Stream-socket addresses of `host` (a name or an address literal) and `port`.
    [[nodiscard]] Answer find(const QByteArray &host, quint16 port) const;

private:
    Resolver m_resolver;
    int m_timeoutMs;
};

} // namespace besuk
