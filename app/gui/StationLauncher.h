// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Clock.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace besuk {

// What `besuk` was asked to do.
struct LaunchOptions {
    QStringList stations;     // kiosk, gate, display: one window each, on one facility
    QString databaseLocation; // empty: the default data folder
    QString keyPath;          // empty: beside the database
    QString language;         // empty: the station's setting
    bool fullScreen = false;
    bool demo = false;
};

// Reads the command line, opens the facility (or makes the demo one) and shows the station's window.
class StationLauncher {
    Q_DECLARE_TR_FUNCTIONS(StationLauncher)
public:
    static int main(int argc, char *argv[]);

    // Exit status when the program is done before any window (help, version, usage error).
    static std::optional<int> parse(const QStringList &arguments, LaunchOptions &options);

    static const QStringList &knownStations();

private:
    static int run(const LaunchOptions &options);
};

} // namespace besuk
