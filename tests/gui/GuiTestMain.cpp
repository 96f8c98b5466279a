// SPDX-License-Identifier: GPL-3.0-or-later
// Catch2 runner for tests that need a QApplication (widgets, painting, printing). Kept tiny: it is slow to compile.
#define CATCH_CONFIG_RUNNER
#include <QApplication>

#include <catch2/catch.hpp>

int main(int argc, char *argv[]) {
    // Headless unless told otherwise; ctest's discovery also runs this binary at build time.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
