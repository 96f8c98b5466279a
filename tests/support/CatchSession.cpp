// SPDX-License-Identifier: GPL-3.0-or-later
// Catch2's implementation, for the custom runners (see CatchSession.h); no main here, each runner has its own.
#define CATCH_CONFIG_RUNNER
#include "CatchSession.h"

#include <catch2/catch.hpp>

namespace besuk::test {

int runCatchSession(int argc, char *argv[]) {
    return Catch::Session().run(argc, argv);
}

} // namespace besuk::test
