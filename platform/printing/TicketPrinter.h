// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Result.h"
#include "platform/printer/PrinterChoice.h"
#include "platform/ticket/TicketLayout.h"

#include <QCoreApplication>
#include <QString>

namespace besuk {

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
