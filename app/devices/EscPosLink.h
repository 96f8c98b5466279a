#pragma once

#include "Result.h"
#include "TicketPrinter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDeadlineTimer>

#include <memory>

namespace besuk {

// The wire to an ESC/POS printer: a raw TCP port (escpos-tcp://) or a device file (escpos:, e.g. /dev/usb/lp0;
// serial ports and ptys are put in raw mode). Blocking, with deadlines; every error's message is the cause in
// words, for staff.
class EscPosLink {
    Q_DECLARE_TR_FUNCTIONS(EscPosPrinter) // one translation context for every ESC/POS message
public:
    static constexpr int ConnectTimeoutMs = 2000;
    static constexpr int StallTimeoutMs = 2000; // a write that moves no byte for this long has failed

    static std::unique_ptr<EscPosLink> make(const PrinterChoice &choice);
    virtual ~EscPosLink() = default;

    // "192.168.1.50:9100" or "/dev/usb/lp0", for messages.
    [[nodiscard]] virtual QString name() const = 0;
    // `readable`: the printer's answers will be read (status questions).
    virtual Result<void> open(bool readable) = 0;
    // Every byte, or an error (closed, refused, stalled for StallTimeoutMs).
    virtual Result<void> write(const QByteArray &bytes) = 0;
    // Up to `count` bytes; fewer (maybe none) when the deadline passes first; an error when the link broke.
    virtual Result<QByteArray> read(qsizetype count, QDeadlineTimer deadline) = 0;
    // Drops whatever the printer sent before (stale answers).
    virtual void discardInput() = 0;
    // Lets the last bytes go and closes.
    virtual void close() = 0;
};

} // namespace besuk
