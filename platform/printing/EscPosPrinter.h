// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Result.h"
#include "platform/printing/EscPosEncoder.h"
#include "platform/printing/TicketPrinter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>

namespace besuk {

class EscPosLink;

// Tickets on ESC/POS thermal printers without a driver (PrinterChoice::Kind::EscPos): the same TicketLayout as
// every other printer, rendered at the printer's dots per line and sent as 1-bit raster, so any name and any
// language prints (no code pages). After the ticket the printer is asked for its real-time status (DLE EOT 1-4)
// and must answer within StatusTimeoutMs; offline, cover open, paper out or an error is a failed print, as are a
// refused connection, a broken or stalled write and a missing answer. With askStatus off the ticket counts as
// printed only when the printer took every byte (see EscPosLink::finish).
class EscPosPrinter {
    Q_DECLARE_TR_FUNCTIONS(EscPosPrinter)
public:
    static constexpr int StatusTimeoutMs = 2000;

    static Result<void> print(const TicketView &ticket, const PrinterChoice &choice);

    // The ticket as the printer receives it (no status requests), and its raster (dots per line wide).
    static QByteArray ticketBytes(const TicketView &ticket, const PrinterChoice &choice);
    static QImage raster(const TicketView &ticket, const PrinterChoice &choice);
    // The problems in `status`, in words ("paper out, cover open"); empty when it can print.
    static QString describe(const EscPosStatus &status);

private:
    // DLE EOT 1-4, each answered within StatusTimeoutMs of the first question.
    static Result<EscPosStatus> askStatus(EscPosLink &link);
};

} // namespace besuk
