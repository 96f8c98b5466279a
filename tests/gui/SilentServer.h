// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QTcpServer>
#include <QTcpSocket>

#include <catch2/catch.hpp>

namespace besuk::test {

// A server that hangs: takes every connection on the port and keeps it open without a byte in answer, so a client
// waits for its own timeout (PostgreSQL's libpq: the 5 s connect_timeout), as with a server that stopped answering
// or a network that drops packets. Lives on the GUI thread: connections are taken while the test's screen handles
// events.
class SilentServer {
public:
    explicit SilentServer(quint16 port) {
        REQUIRE(m_server.listen(QHostAddress::LocalHost, port));
        QObject::connect(&m_server, &QTcpServer::newConnection, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                m_held.append(socket);
        });
    }
    ~SilentServer() { close(); }
    SilentServer(const SilentServer &) = delete;
    SilentServer &operator=(const SilentServer &) = delete;

    void close() {
        m_server.close();
        qDeleteAll(m_held);
        m_held.clear();
    }
    [[nodiscard]] int held() const { return int(m_held.size()); }

private:
    QTcpServer m_server;
    QList<QTcpSocket *> m_held;
};

} // namespace besuk::test
