// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Visit.h"

#include <QSettings>
#include <QString>

namespace besuk {

// How this gate station behaves, from the station's QSettings (keys in GateSettings.cpp) or set by tests.
struct GateSettings {
    QString gateName = QStringLiteral("1");  // called out on the display: "pintu pemeriksaan satu"
    QString language = QStringLiteral("id"); // the guard's screen
    QString camera;                          // a camera's description or id; empty: the system's default camera
    bool cameraOn = false;                   // start with the camera reading tickets
    bool sounds = true;                      // a distinct sound for each kind of verdict
    Service callService = Service::Visit;    // what "call next" calls
    int resultSeconds = 8;                   // an admit or check-out result stays this long before the scan screen
    QString scannerPrefix;                   // what the USB scanner is set to send before every code
    QString journalPath; // stations on a PostgreSQL server: the offline journal (beside the settings); empty: none

    static GateSettings load(QSettings &settings);
};

} // namespace besuk
