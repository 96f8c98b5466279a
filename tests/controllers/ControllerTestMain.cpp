// SPDX-License-Identifier: GPL-3.0-or-later
// Catch2 runner for the controller tests: a QCoreApplication only (no platform plugin, no widget can be made).
// Catch2 itself is compiled once, in tests/support/CatchSession.cpp.
#include "CatchSession.h"

#include <QCoreApplication>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    return besuk::test::runCatchSession(argc, argv);
}
