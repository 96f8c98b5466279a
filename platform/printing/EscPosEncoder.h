// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

namespace besuk {

// What a printer answered to the real-time status requests DLE EOT 1 to 4 (Epson's ESC/POS reference).
struct EscPosStatus {
    bool offline = false;        // n=1 bit 3
    bool feeding = false;        // n=2 bit 3: paper fed with the FEED button
    bool coverOpen = false;      // n=2 bit 2
    bool paperOut = false;       // n=2 bit 5 (printing stopped at the paper end) or n=4 bits 5-6
    bool error = false;          // n=2 bit 6
    bool cutterError = false;    // n=3 bit 3
    bool unrecoverable = false;  // n=3 bit 5
    bool autoRecovering = false; // n=3 bit 6: head too hot or voltage out of range, recovers by itself
    bool paperNearEnd = false;   // n=4 bits 2-3: not a problem yet

    // The printer cannot print now.
    [[nodiscard]] bool problem() const;
    // Adds the answer `byte` to request DLE EOT `n`; false when `byte` is not a status byte (bits 1 and 4 set,
    // 0 and 7 clear) or n is not 1 to 4.
    bool apply(int n, char byte);
};

// ESC/POS bytes for a ticket, without any I/O: initialise (ESC @), the ticket as 1-bit raster bands (GS v 0),
// optionally a QR code drawn by the printer itself (GS ( k) between two raster parts, feed and partial cut.
class EscPosEncoder {
public:
    static constexpr int DefaultBandRows = 128; // a band is bandRows x bytes per line; 24 to 256 suit most printers
    static constexpr int DefaultFeedLines = 4;  // lines fed before the cut, so the cut misses the last text

    struct Job {
        QImage raster;        // the ticket, or with a native QR the part above it; any format, dark pixels print
        QString nativeQr;     // empty: no native QR (the QR is part of the raster)
        int qrModuleDots = 4; // 1..16
        QImage belowQr;       // with a native QR: the part of the ticket under it
        int bandRows = DefaultBandRows;
        int feedLines = DefaultFeedLines;
    };

    static QByteArray encode(const Job &job);

    // The pieces, for tests and the transport.
    static QByteArray initialise();                                // ESC @
    static QByteArray raster(const QImage &image, int bandRows);   // GS v 0 m xL xH yL yH data, per band
    static QByteArray qrCode(const QString &text, int moduleDots); // GS ( k: model 2, size, ECC M, store, print
    static QByteArray feedDots(int dots);                          // ESC J n (repeated past 255)
    static QByteArray feedAndCut(int lines);                       // ESC d n, GS V 1 (partial cut)
    static QByteArray statusRequest(int n);                        // DLE EOT n
    // Pixels darker than half grey are black; the result is Format_Mono with index 1 black.
    static QImage monochrome(const QImage &image);
};

} // namespace besuk
