// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QTcpSocket;
class QTimer;

namespace besuk {

// Whether the database server accepts connections again, asked without blocking: a TCP connection to its address
// is opened in the background and closed at once. A station that lost its server asks this before it reconnects,
// so that a server still away (no answer at all) costs the screen nothing.
class ServerProbe : public QObject {
    Q_OBJECT
public:
    explicit ServerProbe(QObject *parent = nullptr);
    ~ServerProbe() override;

    // A PostgreSQL address ("postgresql://user@host:port/db"); port 5432 when none is given.
    void setServer(const QString &location);
    // Starts one probe unless one is running; answered by answered().
    void probe(int timeoutMs = 3000);
    [[nodiscard]] bool probing() const;

Q_SIGNALS:
    void answered(bool reachable);

private:
    void finish(bool reachable);

    QString m_host;
    quint16 m_port = 5432;
    QTcpSocket *m_socket = nullptr;
    QTimer *m_timeout = nullptr;
};

} // namespace besuk
