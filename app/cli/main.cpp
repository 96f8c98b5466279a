// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Cli.h"

#include <QGuiApplication>

namespace {

QtMessageHandler previousHandler = nullptr;

// Qt Gui's start-up complains when XDG_RUNTIME_DIR is unset (cron, ssh without a session), and uses a private
// folder anyway: that line would break besuk-cli's one-line errors and mail every cron run, so it is dropped.
void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    previousHandler(type, context, message);
}

} // namespace

int main(int argc, char *argv[]) {
    // Reports and tickets are drawn with Qt Gui; no display is needed for that, nor wanted on a server.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    previousHandler = qInstallMessageHandler(messageHandler);
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("besuk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BESUK_VERSION));
    return besuk::cli::run(QCoreApplication::arguments().mid(1));
}
