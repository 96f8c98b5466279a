#pragma once

#include "db/Result.h"
#include "platform/ticket/TicketLayout.h"

#include <QCoreApplication>
#include <QString>

namespace besuk {

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

// Prints a ticket; every failure (no such printer, printer in error, file not writable) is a Result error with a
// message for the visitor's screen. The ticket itself stays valid whatever happens here.
// The error's message is the visitor's text (what to do now), then DetailSeparator, then the technical cause for
// the staff log (NotFound: no such printer; Storage: the file or the printer failed). Split it with
// visitorMessage() and staffDetail(). ESC/POS printers are asked for their status after the ticket: see EscPosPrinter.
class TicketPrinter {
    Q_DECLARE_TR_FUNCTIONS(TicketPrinter)
public:
    static Result<void> print(const TicketView &ticket, const PrinterChoice &choice);
    // The system printers available here (CUPS), for the settings page.
    static QStringList systemPrinters();

    static inline const QString DetailSeparator = QStringLiteral("\n\n");
    static QString visitorMessage(const Error &error);
    static QString staffDetail(const Error &error);
    // An error with the visitor's text and `detail` for staff.
    static Error failure(ErrorCode code, const QString &detail);
};

} // namespace besuk
