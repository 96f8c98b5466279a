// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Cli.h"

#include <QGuiApplication>

#include <memory>

namespace {

QtMessageHandler previousHandler = nullptr;

// Qt Gui's start-up complains when XDG_RUNTIME_DIR is unset (cron, ssh without a session), and uses a private
// folder anyway: that line would break besuk-cli's one-line errors and mail every cron run, so it is dropped.
void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    previousHandler(type, context, message);
}

// Reports, tickets and card photos are drawn or read with Qt Gui (fonts, painter, image formats). Every other
// command starts as a plain Core application: no platform plugin and no font set-up, which are most of a short
// command's start-up. An option value that happens to read "print" only costs that start-up.
bool drawsOrReadsImages(int argc, char *argv[]) {
    for (int i = 1; i < argc; ++i) {
        const QLatin1String word(argv[i]);
        if (word == QLatin1String("print") || word == QLatin1String("export") || word == QLatin1String("ktp"))
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[]) {
    std::unique_ptr<QCoreApplication> app;
    if (drawsOrReadsImages(argc, argv)) {
        // No display is needed for drawing, nor wanted on a server.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        previousHandler = qInstallMessageHandler(messageHandler);
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("besuk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BESUK_VERSION));
    return besuk::cli::run(QCoreApplication::arguments().mid(1));
}
