// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/devices/ServerProbe.h"

#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace besuk {

ServerProbe::ServerProbe(QObject *parent)
    : QObject(parent), m_socket(new QTcpSocket(this)), m_timeout(new QTimer(this)) {
    m_timeout->setSingleShot(true);
    connect(m_socket, &QTcpSocket::connected, this, [this] { finish(true); });
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this] { finish(false); });
    connect(m_timeout, &QTimer::timeout, this, [this] { finish(false); });
}

ServerProbe::~ServerProbe() = default;

void ServerProbe::setServer(const QString &location) {
    const QUrl url(location);
    m_host = url.host().isEmpty() ? QStringLiteral("localhost") : url.host();
    m_port = quint16(url.port(5432));
}

bool ServerProbe::probing() const {
    return m_timeout->isActive();
}

void ServerProbe::probe(int timeoutMs) {
    if (probing())
        return;
    m_socket->abort();
    m_timeout->start(timeoutMs);
    m_socket->connectToHost(m_host, m_port);
}

void ServerProbe::finish(bool reachable) {
    if (!probing())
        return;
    m_timeout->stop();
    m_socket->abort();
    Q_EMIT answered(reachable);
}

} // namespace besuk
