// SPDX-License-Identifier: GPL-3.0-or-later
// Catch2 runner for tests that need a QApplication (widgets, painting, printing). Catch2 itself is compiled once, in
// tests/support/CatchSession.cpp.
#include "CatchSession.h"

#include <QApplication>

int main(int argc, char *argv[]) {
    // Headless unless told otherwise; ctest's discovery also runs this binary at build time.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    return besuk::test::runCatchSession(argc, argv);
}
