// SPDX-License-Identifier: GPL-3.0-or-later
#include "EscPosTestPrinter.h"

#include "platform/ticket/QrCode.h"

#include <QPainter>

#include <arpa/inet.h>
#include <cstdlib>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <termios.h>
#include <unistd.h>

namespace besuk::test {

namespace {

constexpr int LineDots = 30; // ESC d: one line of the default spacing, near enough

int word(const QByteArray &bytes, qsizetype at) {
    return uchar(bytes[at]) | (uchar(bytes[at + 1]) << 8);
}

} // namespace

EscPosTestPrinter::EscPosTestPrinter(Mode mode, PrinterStatus status, Transport transport)
    : m_mode(mode), m_status(status), m_transport(transport) {
    if (::pipe2(m_wake, O_CLOEXEC) != 0)
        std::abort();
    if (transport == Transport::Pty) {
        m_ptyMaster = ::posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
        if (m_ptyMaster < 0 || ::grantpt(m_ptyMaster) != 0 || ::unlockpt(m_ptyMaster) != 0)
            std::abort();
        char name[128] = {};
        if (::ptsname_r(m_ptyMaster, name, sizeof name) != 0)
            std::abort();
        m_ptySlave = ::open(name, O_RDWR | O_NOCTTY | O_CLOEXEC);
        termios raw{};
        if (m_ptySlave < 0 || ::tcgetattr(m_ptySlave, &raw) != 0)
            std::abort();
        ::cfmakeraw(&raw);
        ::tcsetattr(m_ptySlave, TCSANOW, &raw);
        m_uri = QStringLiteral("escpos:") + QString::fromLocal8Bit(name);
        m_thread = std::thread([this] { servePty(); });
        return;
    }
    m_listenFd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (m_listenFd < 0 || ::bind(m_listenFd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 ||
        ::getsockname(m_listenFd, reinterpret_cast<sockaddr *>(&address), &length) != 0)
        std::abort();
    m_uri = QStringLiteral("escpos-tcp://127.0.0.1:%1").arg(ntohs(address.sin_port));
    if (mode == Mode::Refusing) {
        // Bound but never listening, then closed: a connection to the port is refused.
        ::close(m_listenFd);
        m_listenFd = -1;
        return;
    }
    if (mode == Mode::StopsReading || mode == Mode::ReadsSlowly || mode == Mode::ResetsMidTicket) {
        // Inherited by the accepted connection: its window closes after a few kB that the printer has not read.
        const int size = SmallReceiveBuffer;
        ::setsockopt(m_listenFd, SOL_SOCKET, SO_RCVBUF, &size, sizeof size);
    }
    if (mode == Mode::NeverAccepts) {
        // A backlog of 0 holds one connection, never accepted; the kernel drops every later SYN unanswered.
        m_filler = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (::listen(m_listenFd, 0) != 0 || m_filler < 0 ||
            ::connect(m_filler, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0)
            std::abort();
        return;
    }
    if (::listen(m_listenFd, 4) != 0)
        std::abort();
    m_thread = std::thread([this] { serveTcp(); });
}

EscPosTestPrinter::~EscPosTestPrinter() {
    if (m_thread.joinable()) {
        const char stop = 0;
        [[maybe_unused]] const auto written = ::write(m_wake[1], &stop, 1);
        m_thread.join();
    }
    for (int fd : {m_filler, m_listenFd, m_ptyMaster, m_ptySlave, m_wake[0], m_wake[1]}) {
        if (fd >= 0)
            ::close(fd);
    }
}

QString EscPosTestPrinter::uri() const {
    return m_uri;
}

QByteArray EscPosTestPrinter::received() const {
    const std::lock_guard lock(m_mutex);
    return m_received;
}

void EscPosTestPrinter::serveTcp() {
    int client = -1;
    for (;;) {
        const qsizetype limit = client >= 0 ? readLimit() : 0;
        pollfd fds[3] = {{m_wake[0], POLLIN, 0}, {m_listenFd, POLLIN, 0}, {client, POLLIN, 0}};
        if (::poll(fds, limit > 0 ? 3 : 2, -1) < 0)
            continue;
        if (fds[0].revents)
            break;
        if (fds[1].revents & POLLIN) {
            const int accepted = ::accept4(m_listenFd, nullptr, nullptr, SOCK_CLOEXEC);
            if (client >= 0)
                ::close(client);
            client = accepted;
            int size = 0;
            socklen_t length = sizeof size;
            if (client >= 0 && ::getsockopt(client, SOL_SOCKET, SO_RCVBUF, &size, &length) == 0)
                m_receiveBuffer = size;
            continue;
        }
        if (limit > 0 && fds[2].revents) {
            char buffer[65536];
            const ssize_t got = ::read(client, buffer, size_t(std::min<qsizetype>(limit, sizeof buffer)));
            if (got <= 0 || !take(QByteArray(buffer, got), client)) {
                if (m_mode == Mode::ResetsMidTicket) {
                    const linger reset{1, 0};
                    ::setsockopt(client, SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
                }
                ::close(client); // with unread bytes left: the sender gets a reset
                client = -1;
            } else if (m_mode == Mode::ReadsSlowly) {
                pollfd pause{m_wake[0], POLLIN, 0};
                ::poll(&pause, 1, SlowPauseMs);
            }
        }
    }
    if (client >= 0)
        ::close(client);
}

qsizetype EscPosTestPrinter::readLimit() const {
    const std::lock_guard lock(m_mutex);
    switch (m_mode) {
    case Mode::StopsReading:
        return StopAfterBytes - m_received.size();
    case Mode::ResetsMidTicket:
        return ResetAfterBytes - m_received.size();
    case Mode::ReadsSlowly:
        return SlowChunkBytes;
    default:
        return 65536;
    }
}

void EscPosTestPrinter::servePty() {
    for (;;) {
        pollfd fds[2] = {{m_wake[0], POLLIN, 0}, {m_ptyMaster, POLLIN, 0}};
        if (::poll(fds, 2, -1) < 0)
            continue;
        if (fds[0].revents)
            break;
        if (fds[1].revents & POLLIN) {
            char buffer[4096];
            const ssize_t got = ::read(m_ptyMaster, buffer, sizeof buffer);
            if (got > 0)
                take(QByteArray(buffer, got), m_ptyMaster);
        }
    }
}

bool EscPosTestPrinter::take(const QByteArray &bytes, int fd) {
    const std::lock_guard lock(m_mutex);
    if (m_mode == Mode::ClosesMidTicket) {
        m_received += bytes.left(CloseAfterBytes - m_received.size());
        return m_received.size() < CloseAfterBytes;
    }
    if (m_mode == Mode::ResetsMidTicket) {
        m_received += bytes;
        return m_received.size() < ResetAfterBytes;
    }
    m_received += bytes;
    for (;;) {
        const EscPosCommand command = EscPosStream::next(m_received, m_parsed);
        if (command.size == 0)
            break;
        m_parsed += command.size;
        if (command.kind != EscPosCommand::Kind::Status)
            continue;
        ++m_statusRequests;
        if (m_mode == Mode::Normal && command.value >= 1 && command.value <= 4) {
            [[maybe_unused]] const auto written = ::write(fd, &m_status.bytes[command.value - 1], 1);
        }
    }
    return true;
}

EscPosCommand EscPosStream::next(const QByteArray &bytes, qsizetype at) {
    using Kind = EscPosCommand::Kind;
    EscPosCommand command;
    command.at = at;
    const qsizetype left = bytes.size() - at;
    if (left <= 0)
        return command;
    const auto fixed = [&](Kind kind, qsizetype size) {
        if (left >= size) {
            command.kind = kind;
            command.size = size;
            command.value = size > 2 ? uchar(bytes[at + size - 1]) : 0;
        }
        return command;
    };
    const char first = bytes[at];
    const char second = left > 1 ? bytes[at + 1] : '\0';
    if (left < 2 && (first == 0x1B || first == 0x1D || first == 0x10))
        return command;
    if (first == 0x1B) {
        switch (second) {
        case '@':
            return fixed(Kind::Initialise, 2);
        case 'a':
            return fixed(Kind::Align, 3);
        case 'J':
            return fixed(Kind::FeedDots, 3);
        case 'd':
            return fixed(Kind::FeedLines, 3);
        default:
            break;
        }
    } else if (first == 0x10 && second == 0x04) {
        return fixed(Kind::Status, 3);
    } else if (first == 0x1D && second == 'V') {
        if (left < 3)
            return command;
        return fixed(Kind::Cut, uchar(bytes[at + 2]) >= 65 ? 4 : 3);
    } else if (first == 0x1D && second == 'v') {
        if (left < 8)
            return command;
        const int rowBytes = word(bytes, at + 4);
        const int rows = word(bytes, at + 6);
        if (left < 8 + qsizetype(rowBytes) * rows)
            return command;
        command.kind = Kind::Raster;
        command.size = 8 + qsizetype(rowBytes) * rows;
        command.value = uchar(bytes[at + 3]);
        command.rowBytes = rowBytes;
        command.rows = rows;
        command.data = bytes.mid(at + 8, qsizetype(rowBytes) * rows);
        return command;
    } else if (first == 0x1D && second == '(') {
        if (left < 7)
            return command;
        const int length = word(bytes, at + 3);
        if (left < 5 + length)
            return command;
        command.kind = Kind::QrFunction;
        command.size = 5 + length;
        command.value = uchar(bytes[at + 6]);
        command.data = bytes.mid(at + 7, length - 2);
        return command;
    }
    command.size = 1;
    return command;
}

EscPosStream EscPosStream::parse(const QByteArray &bytes) {
    EscPosStream stream;
    for (qsizetype at = 0; at < bytes.size();) {
        const EscPosCommand command = next(bytes, at);
        if (command.size == 0) {
            stream.complete = false;
            break;
        }
        stream.commands.append(command);
        at += command.size;
    }
    return stream;
}

QList<EscPosCommand> EscPosStream::of(EscPosCommand::Kind kind) const {
    QList<EscPosCommand> found;
    for (const EscPosCommand &command : commands) {
        if (command.kind == kind)
            found.append(command);
    }
    return found;
}

QString EscPosStream::nativeQrData() const {
    for (const EscPosCommand &command : commands) {
        if (command.kind == EscPosCommand::Kind::QrFunction && command.value == 80)
            return QString::fromUtf8(command.data.mid(1));
    }
    return {};
}

QImage EscPosStream::paper() const {
    int width = 0;
    for (const EscPosCommand &command : of(EscPosCommand::Kind::Raster))
        width = std::max(width, command.rowBytes * 8);
    QList<QImage> strips;
    int module = 3;
    QString stored;
    const auto white = [&](int rows) {
        QImage strip(width, rows, QImage::Format_Grayscale8);
        strip.fill(255);
        return strip;
    };
    for (const EscPosCommand &command : commands) {
        switch (command.kind) {
        case EscPosCommand::Kind::Raster: {
            QImage strip = white(command.rows);
            for (int y = 0; y < command.rows; ++y) {
                uchar *line = strip.scanLine(y);
                for (int x = 0; x < command.rowBytes * 8 && x < width; ++x) {
                    if (uchar(command.data[y * command.rowBytes + x / 8]) & (0x80 >> (x % 8)))
                        line[x] = 0;
                }
            }
            strips.append(strip);
            break;
        }
        case EscPosCommand::Kind::FeedDots:
            strips.append(white(std::max(1, command.value)));
            break;
        case EscPosCommand::Kind::FeedLines:
            strips.append(white(std::max(1, command.value * LineDots)));
            break;
        case EscPosCommand::Kind::QrFunction:
            if (command.value == 67)
                module = command.data.isEmpty() ? module : uchar(command.data.at(0));
            else if (command.value == 80)
                stored = QString::fromUtf8(command.data.mid(1));
            else if (command.value == 81 && !stored.isEmpty()) {
                const QImage code = QrCode::image(stored, module);
                QImage strip = white(code.height());
                QPainter painter(&strip);
                painter.drawImage((width - code.width()) / 2, 0, code);
                painter.end();
                strips.append(strip);
            }
            break;
        default:
            break;
        }
    }
    int height = 0;
    for (const QImage &strip : strips)
        height += strip.height();
    QImage image(std::max(1, width), std::max(1, height), QImage::Format_Grayscale8);
    image.fill(255);
    QPainter painter(&image);
    int y = 0;
    for (const QImage &strip : strips) {
        painter.drawImage(0, y, strip);
        y += strip.height();
    }
    painter.end();
    return image;
}

} // namespace besuk::test
