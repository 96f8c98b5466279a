// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace besuk::test {

// Runs the test cases that argv selects, through Catch2's Session. Catch2's implementation is compiled once, in
// CatchSession.cpp, for every custom runner (tests/gui/GuiTestMain.cpp, tests/controllers/ControllerTestMain.cpp):
// it is the slowest file of the suite to compile (about a minute under the sanitizers), so a runner's main makes its
// QCoreApplication or QApplication and calls this, without compiling Catch2 again.
int runCatchSession(int argc, char *argv[]);

} // namespace besuk::test
