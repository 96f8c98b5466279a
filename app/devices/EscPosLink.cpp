#include "EscPosLink.h"

#include <QFile>
#include <QTcpSocket>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

Error linkError(const QString &detail) {
    return makeError(ErrorCode::Storage, detail);
}

QString systemError(int number) {
    return QString::fromLocal8Bit(std::strerror(number));
}

int remainingMs(const QDeadlineTimer &deadline) {
    return int(std::max<qint64>(0, deadline.remainingTime()));
}

class TcpLink final : public EscPosLink {
public:
    explicit TcpLink(const PrinterChoice &choice) : m_host(choice.host), m_port(choice.port) {}
    ~TcpLink() override { m_socket.abort(); }

    [[nodiscard]] QString name() const override {
        return (m_host.contains(u':') ? u"[%1]"_s.arg(m_host) : m_host) + u':' + QString::number(m_port);
    }

    Result<void> open(bool) override {
        m_socket.connectToHost(m_host, m_port);
        if (m_socket.waitForConnected(ConnectTimeoutMs))
            return {};
        switch (m_socket.error()) {
        case QAbstractSocket::ConnectionRefusedError:
            return linkError(tr("The printer at %1 refused the connection (connection refused): is it switched on, "
                                "and is the address right?")
                                 .arg(name()));
        case QAbstractSocket::HostNotFoundError:
            return linkError(tr("The printer's address %1 is not known.").arg(name()));
        case QAbstractSocket::SocketTimeoutError:
            return linkError(tr("The printer at %1 did not accept the connection within %2 s.")
                                 .arg(name())
                                 .arg(ConnectTimeoutMs / 1000));
        default:
            return linkError(tr("The printer at %1 cannot be reached: %2").arg(name(), m_socket.errorString()));
        }
    }

    Result<void> write(const QByteArray &bytes) override {
        if (m_socket.state() != QAbstractSocket::ConnectedState || m_socket.write(bytes) != bytes.size())
            return broken();
        while (m_socket.bytesToWrite() > 0) {
            if (!m_socket.waitForBytesWritten(StallTimeoutMs)) {
                if (m_socket.state() != QAbstractSocket::ConnectedState)
                    return broken();
                return linkError(tr("The printer at %1 took no data for %2 s.").arg(name()).arg(StallTimeoutMs / 1000));
            }
        }
        return {};
    }

    Result<QByteArray> read(qsizetype count, QDeadlineTimer deadline) override {
        QByteArray bytes;
        while (bytes.size() < count) {
            if (m_socket.bytesAvailable() > 0) {
                bytes += m_socket.read(count - bytes.size());
                continue;
            }
            if (m_socket.state() != QAbstractSocket::ConnectedState)
                return broken();
            if (deadline.hasExpired() || !m_socket.waitForReadyRead(remainingMs(deadline))) {
                if (m_socket.bytesAvailable() == 0 && m_socket.state() != QAbstractSocket::ConnectedState)
                    return broken();
                if (m_socket.bytesAvailable() == 0)
                    break;
            }
        }
        return bytes;
    }

    void discardInput() override {
        if (m_socket.bytesAvailable() > 0 || m_socket.waitForReadyRead(0))
            m_socket.readAll();
    }

    void close() override {
        m_socket.disconnectFromHost();
        if (m_socket.state() != QAbstractSocket::UnconnectedState)
            m_socket.waitForDisconnected(StallTimeoutMs);
    }

private:
    Error broken() {
        if (m_socket.error() == QAbstractSocket::RemoteHostClosedError ||
            m_socket.error() == QAbstractSocket::UnknownSocketError)
            return linkError(tr("The printer at %1 closed the connection before the ticket was done.").arg(name()));
        return linkError(tr("The connection to the printer at %1 broke: %2").arg(name(), m_socket.errorString()));
    }

    QString m_host;
    quint16 m_port;
    QTcpSocket m_socket;
};

class DeviceLink final : public EscPosLink {
public:
    explicit DeviceLink(const PrinterChoice &choice) : m_path(choice.device) {}
    ~DeviceLink() override { close(); }

    [[nodiscard]] QString name() const override { return m_path; }

    Result<void> open(bool readable) override {
        const QByteArray path = QFile::encodeName(m_path);
        m_fd = ::open(path.constData(), (readable ? O_RDWR : O_WRONLY) | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
        if (m_fd < 0) {
            const int error = errno;
            if (error == ENOENT || error == ENODEV || error == ENXIO)
                return linkError(
                    tr("The printer device %1 is not there: is the printer plugged in and switched on?").arg(m_path));
            if (error == EACCES || error == EPERM)
                return linkError(tr("This user may not use the printer device %1 (on Debian: add the user to the "
                                    "\"lp\" group).")
                                     .arg(m_path));
            return linkError(tr("The printer device %1 cannot be opened: %2").arg(m_path, systemError(error)));
        }
        // A serial port or a pseudo-terminal passes bytes unchanged only in raw mode.
        termios mode{};
        if (::isatty(m_fd) && ::tcgetattr(m_fd, &mode) == 0) {
            ::cfmakeraw(&mode);
            ::tcsetattr(m_fd, TCSANOW, &mode);
        }
        return {};
    }

    Result<void> write(const QByteArray &bytes) override {
        qsizetype done = 0;
        QDeadlineTimer stall(StallTimeoutMs); // restarts whenever a byte moves
        while (done < bytes.size()) {
            const ssize_t written = ::write(m_fd, bytes.constData() + done, size_t(bytes.size() - done));
            if (written > 0) {
                done += written;
                stall.setRemainingTime(StallTimeoutMs);
                continue;
            }
            if (written < 0 && errno == EINTR)
                continue;
            if (written < 0 && errno != EAGAIN && errno != EWOULDBLOCK)
                return linkError(tr("Writing to the printer device %1 failed: %2").arg(m_path, systemError(errno)));
            if (stall.hasExpired()) {
                return linkError(
                    tr("The printer device %1 took no data for %2 s.").arg(m_path).arg(StallTimeoutMs / 1000));
            }
            pollfd waiting{m_fd, POLLOUT, 0};
            const int ready = ::poll(&waiting, 1, remainingMs(stall));
            if (ready > 0 && (waiting.revents & (POLLERR | POLLHUP | POLLNVAL)) && !(waiting.revents & POLLOUT))
                return linkError(tr("The printer device %1 went away while printing.").arg(m_path));
        }
        return {};
    }

    Result<QByteArray> read(qsizetype count, QDeadlineTimer deadline) override {
        QByteArray bytes;
        char buffer[64];
        while (bytes.size() < count) {
            const ssize_t got = ::read(m_fd, buffer, size_t(std::min<qsizetype>(count - bytes.size(), sizeof buffer)));
            if (got > 0) {
                bytes.append(buffer, got);
                continue;
            }
            if (got < 0 && errno == EINTR)
                continue;
            if (got < 0 && errno != EAGAIN && errno != EWOULDBLOCK)
                return linkError(tr("Reading from the printer device %1 failed: %2").arg(m_path, systemError(errno)));
            // Nothing yet (or end of file: a device without a back channel answers nothing).
            if (deadline.hasExpired())
                break;
            pollfd waiting{m_fd, POLLIN, 0};
            const int ready =
                ::poll(&waiting, 1, got == 0 ? std::min(remainingMs(deadline), 20) : remainingMs(deadline));
            if (ready > 0 && (waiting.revents & (POLLERR | POLLNVAL)))
                return linkError(tr("The printer device %1 went away while printing.").arg(m_path));
        }
        return bytes;
    }

    void discardInput() override {
        char buffer[256];
        while (m_fd >= 0 && ::read(m_fd, buffer, sizeof buffer) > 0) {
        }
    }

    void close() override {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }

private:
    QString m_path;
    int m_fd = -1;
};

} // namespace

std::unique_ptr<EscPosLink> EscPosLink::make(const PrinterChoice &choice) {
    if (!choice.host.isEmpty())
        return std::make_unique<TcpLink>(choice);
    return std::make_unique<DeviceLink>(choice);
}

} // namespace besuk
