// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Result.h"
#include "platform/printer/PrinterChoice.h"

#include <QCoreApplication>
#include <QString>

namespace besuk {

// A printer named by one string, for settings and the command line:
//   system:NAME (system: alone is the default printer), pdf:FILE, escpos:/dev/usb/lp0,
//   escpos-tcp://HOST[:PORT] (port 9100 unless given).
// Only where the ticket goes; paper, dots per line, native QR and the status question are separate settings.
class PrinterUri {
    Q_DECLARE_TR_FUNCTIONS(PrinterUri)
public:
    // `base` supplies everything the URI does not name (paper, dots, flags). InvalidInput with a message in words
    // for anything else.
    static Result<PrinterChoice> parse(const QString &uri, const PrinterChoice &base = {});
    static QString format(const PrinterChoice &choice);
    // Trimmed, and a bare device path ("/dev/usb/lp0") given its scheme (escpos:/dev/usb/lp0), as settings hold it.
    static QString withScheme(const QString &text);
};

} // namespace besuk
