// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/printing/HostLookup.h"

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <netdb.h>
#include <sys/socket.h>
#include <thread>
#include <utility>

namespace besuk {

namespace {

// What the lookup thread and the waiting caller share; whoever comes last frees an unclaimed answer.
struct Pending {
    std::mutex mutex;
    std::condition_variable answered;
    bool done = false;
    int status = EAI_FAIL;
    addrinfo *found = nullptr;

    ~Pending() {
        if (found)
            ::freeaddrinfo(found);
    }
};

} // namespace

HostLookup::HostLookup() : HostLookup(::getaddrinfo, TimeoutMs) {}

HostLookup::HostLookup(Resolver resolver, int timeoutMs) : m_resolver(std::move(resolver)), m_timeoutMs(timeoutMs) {}

HostLookup::Answer HostLookup::find(const QByteArray &host, quint16 port) const {
    auto pending = std::make_shared<Pending>();
    std::thread([pending, resolver = m_resolver, host, service = QByteArray::number(port)] {
        addrinfo hints{};
        hints.ai_socktype = SOCK_STREAM;
        hints.ai_flags = AI_NUMERICSERV;
        addrinfo *found = nullptr;
        const int status = resolver(host.constData(), service.constData(), &hints, &found);
        const std::lock_guard lock(pending->mutex);
        pending->status = status;
        pending->found = status == 0 ? found : nullptr;
        pending->done = true;
        pending->answered.notify_all();
    }).detach();

    std::unique_lock lock(pending->mutex);
    if (!pending->answered.wait_for(lock, std::chrono::milliseconds(m_timeoutMs), [&] { return pending->done; }))
        return {Outcome::NoAnswer, {}};
    if (pending->status != 0 || !pending->found)
        return {Outcome::Unknown, {}};
    addrinfo *found = std::exchange(pending->found, nullptr);
    return {Outcome::Found, std::shared_ptr<addrinfo>(found, ::freeaddrinfo)};
}

} // namespace besuk
