#pragma once

#include "Result.h"
#include "TicketLayout.h"

#include <QCoreApplication>
#include <QString>

namespace besuk {

// Where tickets go, as chosen in the station's settings.
struct PrinterChoice {
    enum class Kind { System, Pdf };
    Kind kind = Kind::Pdf;
    QString systemPrinter; // CUPS queue name; empty = the default printer
    QString pdfPath;       // for Kind::Pdf: the file to write (a new file per ticket is the caller's choice)
    Paper paper = Paper::Thermal58;
};

// Prints a ticket; every failure (no such printer, printer in error, file not writable) is a Result error with a
// message for the visitor's screen. The ticket itself stays valid whatever happens here.
// The error's message is the visitor's text (what to do now), then DetailSeparator, then the technical cause for
// the staff log (NotFound: no such printer; Storage: the file or the printer failed). Split it with
// visitorMessage() and staffDetail().
class TicketPrinter {
    Q_DECLARE_TR_FUNCTIONS(TicketPrinter)
public:
    static Result<void> print(const TicketView &ticket, const PrinterChoice &choice);
    // The system printers available here (CUPS), for the settings page.
    static QStringList systemPrinters();

    static inline const QString DetailSeparator = QStringLiteral("\n\n");
    static QString visitorMessage(const Error &error);
    static QString staffDetail(const Error &error);
};

} // namespace besuk
