// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/printing/EscPosLink.h"

#include "platform/printing/EscPosPrinter.h"

#include <QFile>
#include <QLocale>
#include <QUrl>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <linux/sockios.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

// How often a wait looks at the send queue: the kernel signals no event when the printer acknowledges bytes.
constexpr int PollStepMs = 20;

Error linkError(const QString &detail) {
    return makeError(ErrorCode::Storage, detail);
}

// Byte counts as the station's language writes numbers ("1.152" in Indonesian, "1,152" in English).
QString count(qint64 value) {
    return QLocale().toString(value);
}

// An errno as its symbolic name ("EIO"): the same in every language, for whoever looks it up.
QString errnoName(int number) {
    const char *name = ::strerrorname_np(number);
    return name ? QString::fromLatin1(name) : QString::number(number);
}

int remainingMs(const QDeadlineTimer &deadline) {
    return int(std::clamp<qint64>(deadline.remainingTime(), 0, 60'000));
}

int pollOne(pollfd &waiting, int timeoutMs) {
    int ready = 0;
    do {
        ready = ::poll(&waiting, 1, timeoutMs);
    } while (ready < 0 && errno == EINTR);
    return ready;
}

// A deadline that restarts whenever the progress counter grows: "no byte moved for StallTimeoutMs".
class Stall {
public:
    explicit Stall(qint64 progress) : m_progress(progress), m_deadline(EscPosLink::StallTimeoutMs) {}
    void see(qint64 progress) {
        if (progress > m_progress) {
            m_progress = progress;
            m_deadline.setRemainingTime(EscPosLink::StallTimeoutMs);
        }
    }
    [[nodiscard]] bool expired() const { return m_deadline.hasExpired(); }
    [[nodiscard]] int stepMs() const { return std::min(remainingMs(m_deadline), PollStepMs); }

private:
    qint64 m_progress;
    QDeadlineTimer m_deadline;
};

class TcpLink final : public EscPosLink {
public:
    TcpLink(const PrinterChoice &choice, HostLookup lookup)
        : m_host(choice.host), m_port(choice.port), m_lookup(std::move(lookup)) {}
    ~TcpLink() override { closeSocket(); }

    [[nodiscard]] QString name() const override {
        return (m_host.contains(u':') ? u"[%1]"_s.arg(m_host) : m_host) + u':' + QString::number(m_port);
    }

    Result<void> open(bool) override {
        const QByteArray ace = QUrl::toAce(m_host); // empty for an address literal
        const HostLookup::Answer found = m_lookup.find(ace.isEmpty() ? m_host.toLatin1() : ace, m_port);
        if (found.outcome == HostLookup::Outcome::NoAnswer)
            return linkError(EscPosPrinter::tr("The printer %1 was not found: looking up its name got no answer "
                                               "within %2 s. Is the network (and its name server) working? An IP "
                                               "address instead of the name avoids the lookup.")
                                 .arg(name())
                                 .arg(QLocale().toString(m_lookup.timeoutMs() / 1000.0)));
        if (found.outcome != HostLookup::Outcome::Found)
            return linkError(EscPosPrinter::tr("The printer's address %1 is not known.").arg(name()));
        const QDeadlineTimer deadline(ConnectTimeoutMs);
        int error = ETIMEDOUT;
        for (const addrinfo *address = found.addresses.get(); address && m_fd < 0 && !deadline.hasExpired();
             address = address->ai_next)
            error = connectTo(*address, deadline);
        return m_fd >= 0 ? Result<void>() : connectFailed(error);
    }

    Result<void> write(const QByteArray &bytes) override {
        m_total += bytes.size();
        qsizetype done = 0;
        Stall stall(progress());
        while (done < bytes.size()) {
            const ssize_t sent = ::send(m_fd, bytes.constData() + done, size_t(bytes.size() - done), MSG_NOSIGNAL);
            if (sent > 0) {
                done += sent;
                m_sent += sent;
                continue;
            }
            if (sent < 0 && errno == EINTR)
                continue;
            if (sent < 0 && errno != EAGAIN && errno != EWOULDBLOCK)
                return lost(errno);
            if (auto waited = await(POLLOUT, stall); !waited)
                return waited;
        }
        return {};
    }

    Result<void> drain() override {
        Stall stall(progress());
        for (;;) {
            // The state first: a socket that reaches TIME_WAIT after the last acknowledgement reads as closed too.
            const bool closed = stateClosed();
            const qint64 queued = unacknowledged();
            if (queued < 0)
                return lost(errno);
            if (queued == 0)
                return {};
            if (auto gone = brokenOff(closed); !gone)
                return gone;
            discardInput();
            if (auto waited = await(m_peerClosed ? short(0) : short(POLLIN), stall); !waited)
                return waited;
        }
    }

    Result<QByteArray> read(qsizetype wanted, QDeadlineTimer deadline) override {
        QByteArray bytes;
        char buffer[64];
        while (bytes.size() < wanted) {
            const auto chunk = size_t(std::min<qsizetype>(wanted - bytes.size(), sizeof buffer));
            const ssize_t got = ::recv(m_fd, buffer, chunk, MSG_DONTWAIT);
            if (got > 0) {
                bytes.append(buffer, got);
                continue;
            }
            if (got == 0)
                return linkError(EscPosPrinter::tr("The printer at %1 closed the connection before the ticket was "
                                                   "done.")
                                     .arg(name()));
            if (errno == EINTR)
                continue;
            if (errno != EAGAIN && errno != EWOULDBLOCK)
                return lost(errno);
            if (deadline.hasExpired())
                break;
            pollfd waiting{m_fd, POLLIN, 0};
            pollOne(waiting, remainingMs(deadline));
        }
        return bytes;
    }

    void discardInput() override {
        char buffer[256];
        ssize_t got = 0;
        while (m_fd >= 0 && (got = ::recv(m_fd, buffer, sizeof buffer, MSG_DONTWAIT)) > 0) {
        }
        if (got == 0)
            m_peerClosed = true;
        else if (got < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR && m_error == 0)
            m_error = errno; // a reset is reported once, to whichever call comes first
    }

    // Half-closes (the printer sees the end of the job), then waits until the printer's TCP stack acknowledged
    // every byte and the end (SIOCOUTQ counts the unacknowledged FIN too), then up to CloseGraceMs for the
    // printer's answer: its close ends the wait at once, a reset is a failure, silence is success (raw-port
    // printers need not close first).
    Result<void> finish() override {
        Result<void> finished;
        if (::shutdown(m_fd, SHUT_WR) != 0)
            finished = lost(errno);
        else
            finished = drain();
        if (finished)
            finished = awaitClose();
        closeSocket();
        return finished;
    }

private:
    static constexpr int CloseGraceMs = 300;

    Result<void> awaitClose() {
        const QDeadlineTimer grace(CloseGraceMs);
        for (;;) {
            discardInput();
            int error = m_error;
            socklen_t length = sizeof error;
            if (error == 0 && ::getsockopt(m_fd, SOL_SOCKET, SO_ERROR, &error, &length) != 0)
                error = 0;
            if (error != 0)
                return linkError(EscPosPrinter::tr("The printer at %1 took the whole ticket, then broke off the "
                                                   "connection before printing it (was it switched off or "
                                                   "restarted?).")
                                     .arg(name()));
            if (m_peerClosed || grace.hasExpired())
                return {};
            pollfd waiting{m_fd, POLLIN, 0};
            pollOne(waiting, remainingMs(grace));
        }
    }

    int connectTo(const addrinfo &address, const QDeadlineTimer &deadline) {
        const int fd =
            ::socket(address.ai_family, address.ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, address.ai_protocol);
        if (fd < 0)
            return errno;
        int error = 0;
        if (::connect(fd, address.ai_addr, address.ai_addrlen) != 0) {
            error = errno;
            if (error == EINPROGRESS) {
                pollfd waiting{fd, POLLOUT, 0};
                error = ETIMEDOUT;
                socklen_t length = sizeof error;
                if (pollOne(waiting, remainingMs(deadline)) > 0 &&
                    ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length) != 0)
                    error = errno;
            }
        }
        if (error != 0) {
            ::close(fd);
            return error;
        }
        m_fd = fd;
        return 0;
    }

    Error connectFailed(int error) const {
        switch (error) {
        case ECONNREFUSED:
            return linkError(EscPosPrinter::tr("The printer at %1 refused the connection: is it switched on, and is "
                                               "the address right?")
                                 .arg(name()));
        case ETIMEDOUT:
            return linkError(EscPosPrinter::tr("The printer at %1 did not accept the connection within %2 s.")
                                 .arg(name())
                                 .arg(ConnectTimeoutMs / 1000));
        case EHOSTUNREACH:
        case ENETUNREACH:
        case EHOSTDOWN:
        case ENETDOWN:
        case EADDRNOTAVAIL:
            return linkError(EscPosPrinter::tr("The printer at %1 cannot be reached from this computer: is the "
                                               "network cable plugged in, and is the address on this network?")
                                 .arg(name()));
        default:
            return linkError(EscPosPrinter::tr("The printer at %1 cannot be reached (system error %2).")
                                 .arg(name(), errnoName(error)));
        }
    }

    // Bytes handed to the kernel that the printer has not acknowledged yet (and the FIN after a half-close).
    [[nodiscard]] qint64 unacknowledged() const {
        int queued = 0;
        if (::ioctl(m_fd, SIOCOUTQ, &queued) != 0)
            return -1;
        return queued;
    }

    [[nodiscard]] qint64 acknowledged() const {
        return std::clamp<qint64>(m_sent - std::max<qint64>(0, unacknowledged()), 0, m_sent);
    }

    // Grows whenever a byte is handed over or acknowledged.
    [[nodiscard]] qint64 progress() const { return m_sent + acknowledged(); }

    [[nodiscard]] bool stateClosed() const {
        tcp_info info{};
        socklen_t length = sizeof info;
        return ::getsockopt(m_fd, IPPROTO_TCP, TCP_INFO, &info, &length) == 0 && info.tcpi_state == TCP_CLOSE;
    }

    // An error when the connection is gone (a reset: the kernel dropped it); `closed`: the state read before.
    Result<void> brokenOff(bool closed) {
        int error = m_error;
        socklen_t length = sizeof error;
        if (error != 0 || (::getsockopt(m_fd, SOL_SOCKET, SO_ERROR, &error, &length) == 0 && error != 0))
            return lost(error);
        if (closed)
            return lost(ECONNRESET);
        return {};
    }

    // Waits one step for `events`; an error when the printer took nothing for StallTimeoutMs or the link broke.
    Result<void> await(short events, Stall &stall) {
        stall.see(progress());
        if (stall.expired())
            return linkError(EscPosPrinter::tr("The printer at %1 stopped taking data after %2 of %3 bytes and took "
                                               "nothing more for %4 s: is it out of paper, or is its cover open?")
                                 .arg(name(), count(acknowledged()), count(m_total))
                                 .arg(StallTimeoutMs / 1000));
        pollfd waiting{m_fd, events, 0};
        const int ready = pollOne(waiting, stall.stepMs());
        if (ready > 0 && (waiting.revents & (POLLERR | POLLHUP))) {
            const bool closed = stateClosed();
            if (auto gone = brokenOff(closed && unacknowledged() != 0); !gone)
                return gone;
            pollfd none{-1, 0, 0}; // half-closed both ways, bytes still unacknowledged: keep looking, unhurried
            pollOne(none, stall.stepMs());
        }
        return {};
    }

    Error lost(int error) const {
        if (error == ECONNRESET || error == EPIPE || error == ENOTCONN)
            return linkError(EscPosPrinter::tr("The printer at %1 broke off the connection after %2 of %3 bytes (was "
                                               "it switched off or restarted?).")
                                 .arg(name(), count(acknowledged()), count(m_total)));
        return linkError(EscPosPrinter::tr("The connection to the printer at %1 was lost after %2 of %3 bytes "
                                           "(system error %4).")
                             .arg(name(), count(acknowledged()), count(m_total), errnoName(error)));
    }

    void closeSocket() {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }

    QString m_host;
    quint16 m_port;
    HostLookup m_lookup;
    int m_fd = -1;
    qint64 m_total = 0; // bytes the job asked to write
    qint64 m_sent = 0;  // of them, handed to the kernel
    bool m_peerClosed = false;
    int m_error = 0; // an errno that a read took from the socket
};

class DeviceLink final : public EscPosLink {
public:
    explicit DeviceLink(const PrinterChoice &choice) : m_path(choice.device) {}
    ~DeviceLink() override {
        if (m_fd >= 0)
            ::close(m_fd);
    }

    [[nodiscard]] QString name() const override { return m_path; }

    Result<void> open(bool readable) override {
        const QByteArray path = QFile::encodeName(m_path);
        m_fd = ::open(path.constData(), (readable ? O_RDWR : O_WRONLY) | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
        if (m_fd < 0)
            return openFailed(errno);
        // A serial port or a pseudo-terminal passes bytes unchanged only in raw mode.
        termios mode{};
        m_tty = ::isatty(m_fd) && ::tcgetattr(m_fd, &mode) == 0;
        if (m_tty) {
            ::cfmakeraw(&mode);
            ::tcsetattr(m_fd, TCSANOW, &mode);
        }
        return {};
    }

    Result<void> write(const QByteArray &bytes) override {
        m_total += bytes.size();
        qsizetype done = 0;
        Stall stall(m_written);
        while (done < bytes.size()) {
            const ssize_t written = ::write(m_fd, bytes.constData() + done, size_t(bytes.size() - done));
            if (written > 0) {
                done += written;
                m_written += written;
                stall.see(m_written);
                continue;
            }
            if (written < 0 && errno == EINTR)
                continue;
            if (written < 0 && errno != EAGAIN && errno != EWOULDBLOCK)
                return failed(errno);
            if (stall.expired())
                return stalled(m_written);
            pollfd waiting{m_fd, POLLOUT, 0};
            if (pollOne(waiting, stall.stepMs()) > 0 && (waiting.revents & (POLLERR | POLLHUP | POLLNVAL)) &&
                !(waiting.revents & POLLOUT))
                return wentAway();
        }
        return {};
    }

    // A serial port or pty: until its output queue is empty. Other devices (usblp): until the driver is ready for
    // more, i.e. its last transfer is done.
    Result<void> drain() override {
        Stall stall(m_written);
        for (;;) {
            int queued = 0;
            if (m_tty && ::ioctl(m_fd, TIOCOUTQ, &queued) != 0)
                queued = 0;
            stall.see(m_written - queued);
            pollfd waiting{m_fd, short(m_tty ? 0 : POLLOUT), 0};
            const int ready = pollOne(waiting, m_tty ? 0 : stall.stepMs());
            if (ready > 0 && (waiting.revents & (POLLERR | POLLHUP | POLLNVAL)) && !(waiting.revents & POLLOUT))
                return wentAway();
            if (m_tty ? queued == 0 : (ready > 0 && (waiting.revents & POLLOUT)))
                return {};
            if (stall.expired())
                return stalled(m_written - queued);
            if (m_tty) {
                pollfd none{-1, 0, 0};
                pollOne(none, stall.stepMs());
            }
        }
    }

    Result<QByteArray> read(qsizetype wanted, QDeadlineTimer deadline) override {
        QByteArray bytes;
        char buffer[64];
        while (bytes.size() < wanted) {
            const auto chunk = size_t(std::min<qsizetype>(wanted - bytes.size(), sizeof buffer));
            const ssize_t got = ::read(m_fd, buffer, chunk);
            if (got > 0) {
                bytes.append(buffer, got);
                continue;
            }
            if (got < 0 && errno == EINTR)
                continue;
            if (got < 0 && errno != EAGAIN && errno != EWOULDBLOCK)
                return linkError(EscPosPrinter::tr("Reading from the printer device %1 failed (system error %2).")
                                     .arg(m_path, errnoName(errno)));
            // Nothing yet (or end of file: a device without a back channel answers nothing).
            if (deadline.hasExpired())
                break;
            pollfd waiting{m_fd, POLLIN, 0};
            const int ready =
                pollOne(waiting, got == 0 ? std::min(remainingMs(deadline), PollStepMs) : remainingMs(deadline));
            if (ready > 0 && (waiting.revents & (POLLERR | POLLNVAL)))
                return wentAway();
        }
        return bytes;
    }

    void discardInput() override {
        char buffer[256];
        while (m_fd >= 0 && ::read(m_fd, buffer, sizeof buffer) > 0) {
        }
    }

    Result<void> finish() override {
        auto drained = drain();
        const int closed = ::close(m_fd);
        const int error = errno;
        m_fd = -1;
        if (drained && closed != 0 && error != EINTR)
            return failed(error);
        return drained;
    }

private:
    Error openFailed(int error) const {
        switch (error) {
        case ENOENT:
        case ENODEV:
        case ENXIO:
            return linkError(EscPosPrinter::tr("The printer device %1 is not there: is the printer plugged in and "
                                               "switched on?")
                                 .arg(m_path));
        case EACCES:
        case EPERM:
            return linkError(EscPosPrinter::tr("This user may not use the printer device %1 (on Debian: add the user "
                                               "to the \"lp\" group).")
                                 .arg(m_path));
        case EBUSY:
            return linkError(EscPosPrinter::tr("The printer device %1 is in use by another program.").arg(m_path));
        default:
            return linkError(EscPosPrinter::tr("The printer device %1 cannot be opened (system error %2).")
                                 .arg(m_path, errnoName(error)));
        }
    }

    Error failed(int error) const {
        switch (error) {
        case EIO:
        case ENODEV:
        case ENXIO:
        case EPIPE:
            return wentAway();
        case ENOSPC: // usblp: the printer reports paper out
            return linkError(EscPosPrinter::tr("The printer device %1 is out of paper.").arg(m_path));
        default:
            return linkError(EscPosPrinter::tr("Writing to the printer device %1 failed after %2 of %3 bytes (system "
                                               "error %4).")
                                 .arg(m_path, count(m_written), count(m_total), errnoName(error)));
        }
    }

    Error wentAway() const {
        return linkError(EscPosPrinter::tr("The printer device %1 went away while printing.").arg(m_path));
    }

    Error stalled(qint64 taken) const {
        return linkError(EscPosPrinter::tr("The printer device %1 stopped taking data after %2 of %3 bytes and took "
                                           "nothing more for %4 s: is it out of paper, or is its cover open?")
                             .arg(m_path, count(taken), count(m_total))
                             .arg(StallTimeoutMs / 1000));
    }

    QString m_path;
    int m_fd = -1;
    bool m_tty = false;
    qint64 m_total = 0;   // bytes the job asked to write
    qint64 m_written = 0; // of them, taken by the device
};

} // namespace

std::unique_ptr<EscPosLink> EscPosLink::make(const PrinterChoice &choice, HostLookup lookup) {
    if (!choice.host.isEmpty())
        return std::make_unique<TcpLink>(choice, std::move(lookup));
    return std::make_unique<DeviceLink>(choice);
}

} // namespace besuk
