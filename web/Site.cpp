// SPDX-License-Identifier: GPL-3.0-or-later
#include "web/Site.h"

#include "web/SiteServer.h"

#include <QElapsedTimer>
#include <QThread>

namespace besuk {

Site::Site(SiteConfig config, const Clock &clock, LogSink log, SiteSecret secret)
    : m_server(std::make_unique<SiteServer>(std::move(config), clock, std::move(log), std::move(secret))) {}

Site::~Site() = default;

Result<std::unique_ptr<Site>> Site::create(SiteConfig config, const Clock &clock, LogSink log) {
    auto secret = SiteSecret::loadOrCreate(config.secretPath);
    if (!secret)
        return secret.error();
    return std::unique_ptr<Site>(new Site(std::move(config), clock, std::move(log), std::move(secret).value()));
}

Result<int> Site::bind(const QString &host, int port) {
    return m_server->bind(host, port);
}

bool Site::run() {
    return m_server->run();
}

void Site::stop() {
    m_server->stop();
}

bool Site::waitUntilRunning(std::chrono::milliseconds timeout) const {
    QElapsedTimer timer;
    timer.start();
    while (!m_server->running()) {
        if (timer.elapsed() > timeout.count())
            return false;
        QThread::msleep(5);
    }
    return true;
}

} // namespace besuk
