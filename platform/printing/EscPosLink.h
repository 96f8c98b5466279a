// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Result.h"
#include "platform/printing/HostLookup.h"
#include "platform/printing/TicketPrinter.h"

#include <QByteArray>
#include <QDeadlineTimer>

#include <memory>

namespace besuk {

// The wire to an ESC/POS printer: a raw TCP port (escpos-tcp://) or a device file (escpos:, e.g. /dev/usb/lp0;
// serial ports and ptys are put in raw mode). Blocking, with deadlines. A byte counts as printed only once the
// printer took it: over TCP when the printer's TCP stack acknowledged it (the kernel's send queue, SIOCOUTQ, is
// empty), on a device when the driver finished sending it. Every error's message is our own translated text
// (context EscPosPrinter), with the printer's name and, for a broken ticket, how many bytes got through.
class EscPosLink {
public:
    static constexpr int ConnectTimeoutMs = 2000;
    static constexpr int StallTimeoutMs = 2000; // a printer that takes no byte for this long has failed

    // `lookup` finds a printer named by host name (HostLookup::TimeoutMs at most).
    static std::unique_ptr<EscPosLink> make(const PrinterChoice &choice, HostLookup lookup = HostLookup());
    virtual ~EscPosLink() = default;

    // "192.168.1.50:9100" or "/dev/usb/lp0", for messages.
    [[nodiscard]] virtual QString name() const = 0;
    // `readable`: the printer's answers will be read (status questions).
    virtual Result<void> open(bool readable) = 0;
    // Hands every byte to the operating system, or an error (refused, reset, stalled for StallTimeoutMs).
    virtual Result<void> write(const QByteArray &bytes) = 0;
    // Waits until the printer took every byte written so far; an error when it stalls or the link breaks.
    virtual Result<void> drain() = 0;
    // Up to `count` bytes; fewer (maybe none) when the deadline passes first; an error when the link broke.
    virtual Result<QByteArray> read(qsizetype count, QDeadlineTimer deadline) = 0;
    // Drops whatever the printer sent before (stale answers).
    virtual void discardInput() = 0;
    // Ends the job: TCP half-closes and waits until the printer acknowledged every byte and the end of the job; a
    // device drains and closes. Success means the whole ticket reached the printer. The link is closed either way.
    virtual Result<void> finish() = 0;
};

} // namespace besuk
