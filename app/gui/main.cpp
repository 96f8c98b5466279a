// SPDX-License-Identifier: GPL-3.0-or-later
// besuk: the station program (kiosk today; gate, display and staff later). The wiring is in StationLauncher.
#include "app/gui/StationLauncher.h"

int main(int argc, char *argv[]) {
    return besuk::StationLauncher::main(argc, argv);
}
