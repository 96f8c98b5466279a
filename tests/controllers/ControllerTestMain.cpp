// SPDX-License-Identifier: GPL-3.0-or-later
// Catch2 runner for the controller tests: a QCoreApplication only (no platform plugin, no widget can be made).
#define CATCH_CONFIG_RUNNER
#include <QCoreApplication>

#include <catch2/catch.hpp>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
