#include "app/cli/Cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("besuk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BESUK_VERSION));
    return besuk::cli::run(QCoreApplication::arguments().mid(1));
}
