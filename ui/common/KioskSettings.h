// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/printer/PrinterChoice.h"

#include <QSettings>
#include <QString>

namespace besuk {

// How this kiosk behaves, from the station's QSettings (keys in KioskSettings.cpp) or set by tests.
struct KioskSettings {
    int formIdleMs = 60'000;    // a form left alone this long returns to the welcome screen, wiped
    int ticketIdleMs = 20'000;  // the ticket screen's countdown
    int idleWarningMs = 10'000; // the last part of formIdleMs, counted down on a "Still here?" overlay
    QString station = QStringLiteral("kiosk");
    QString language = QStringLiteral("id"); // the language each visitor starts in
    bool voiceHelp = true;                   // the "Voice help" button in the header (kiosk/voiceHelp)
    QString nikRegionPrefix; // kiosk/nikRegionPrefix: 4 or 6 digits a NIK keypad key types (the area's region code)
    PrinterChoice printer;   // printer.pdfPath is unused: see pdfFolder
    QString pdfFolder;       // Kind::Pdf: one file per ticket in this folder
    QString journalPath;     // stations on a PostgreSQL server: the offline journal (beside the settings); empty: none

    // printer/kind is system (printer/name), pdf (printer/pdfFolder) or escpos: printer/uri names the printer
    // (escpos:/dev/usb/lp0 or escpos-tcp://HOST:9100), with printer/dotsPerLine (0: from printer/paper),
    // printer/nativeQr (false) and printer/askStatus (true). A bare path in printer/uri is a device file.
    static KioskSettings load(QSettings &settings);
    // A region prefix as kiosk/nikRegionPrefix accepts it: empty, or 4 or 6 digits (province, regency[, district]).
    [[nodiscard]] static bool isRegionPrefix(const QString &digits);
    // The choice for one ticket: for PDF, a file named after the day and the queue number.
    [[nodiscard]] PrinterChoice choiceFor(const QString &date, const QString &queueLabel) const;
};

} // namespace besuk
