// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace besuk {

enum class Paper { Thermal58, Thermal80, A6 };

QString paperKey(Paper paper); // "58mm", "80mm", "a6"
std::optional<Paper> paperFromKey(const QString &key);

// Where tickets go, as chosen in the station's settings. PrinterUri names one in a single string.
struct PrinterChoice {
    enum class Kind { System, Pdf, EscPos };
    Kind kind = Kind::Pdf;
    QString systemPrinter; // CUPS queue name; empty = the default printer
    QString pdfPath;       // for Kind::Pdf: the file to write (a new file per ticket is the caller's choice)
    Paper paper = Paper::Thermal58;

    // Kind::EscPos, a thermal printer spoken to directly (no driver): a device file (device, e.g. /dev/usb/lp0)
    // or a raw TCP port (host and port, usually 9100).
    QString device;
    QString host;
    quint16 port = 9100;
    int dotsPerLine = 0;   // 0: from the paper (58 mm: 384, 80 mm: 576)
    bool nativeQr = false; // the printer draws the QR itself (GS ( k) instead of the raster QR (rolls, not A6)
    bool askStatus = true; // ask the printer's real-time status after each ticket (off for printers that never answer)

    // dotsPerLine, or the paper's usual number of dots per line.
    [[nodiscard]] int effectiveDotsPerLine() const;
};

} // namespace besuk
