// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A thermal printer for the ESC/POS tests: it listens on 127.0.0.1 (or sits behind a pty standing in for
// /dev/usb/lp0), records every byte, and answers the real-time status requests DLE EOT 1-4 like a printer, with
// the status bytes a test chooses. It runs on a thread of its own: the printer code under test blocks while it
// waits for answers. EscPosStream reads the recorded bytes back: commands, raster bands, the rebuilt image.

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QString>

#include <atomic>
#include <mutex>
#include <thread>

namespace besuk::test {

// The answers to DLE EOT 1, 2, 3 and 4 (Epson: bits 1 and 4 always set).
struct PrinterStatus {
    char bytes[4] = {0x12, 0x12, 0x12, 0x12};

    static PrinterStatus ready() { return {}; }
    static PrinterStatus paperOut() { return {{0x1A, 0x32, 0x12, 0x72}}; }
    static PrinterStatus coverOpen() { return {{0x1A, 0x16, 0x12, 0x12}}; }
    static PrinterStatus offline() { return {{0x1A, 0x12, 0x12, 0x12}}; }
};

class EscPosTestPrinter {
public:
    enum class Mode {
        Normal,          // records and answers status requests
        Silent,          // records, never answers
        Refusing,        // nothing listens on the port: connection refused
        ClosesMidTicket, // closes the connection after the first CloseAfterBytes bytes
        // TCP only, with a small receive buffer (SmallReceiveBuffer) so that the sender's window fills:
        StopsReading,    // reads StopAfterBytes, then never again, the connection left open
        ReadsSlowly,     // reads everything, SlowChunkBytes at a time with a pause of SlowPauseMs between reads
        ResetsMidTicket, // reads ResetAfterBytes, then resets the connection (RST: SO_LINGER 0 and close)
        NeverAccepts,    // listens, but its queue is full: a connection attempt is never answered
    };
    enum class Transport { Tcp, Pty };
    static constexpr int CloseAfterBytes = 2000;
    static constexpr int StopAfterBytes = 1152;
    static constexpr int ResetAfterBytes = 4096;
    static constexpr int SmallReceiveBuffer = 4096;
    static constexpr int SlowChunkBytes = 512;
    static constexpr int SlowPauseMs = 3;

    explicit EscPosTestPrinter(Mode mode = Mode::Normal, PrinterStatus status = PrinterStatus::ready(),
                               Transport transport = Transport::Tcp);
    ~EscPosTestPrinter();
    EscPosTestPrinter(const EscPosTestPrinter &) = delete;
    EscPosTestPrinter &operator=(const EscPosTestPrinter &) = delete;

    // escpos-tcp://127.0.0.1:PORT or escpos:/dev/pts/N
    [[nodiscard]] QString uri() const;
    [[nodiscard]] QByteArray received() const;
    [[nodiscard]] int statusRequests() const { return m_statusRequests; }
    // The receive buffer of the last accepted connection as the kernel sized it: the most that the printer's TCP
    // stack can have acknowledged without the printer having read it.
    [[nodiscard]] int receiveBuffer() const { return m_receiveBuffer; }

private:
    void serveTcp();
    void servePty();
    // Records `bytes`; answers the status requests among the complete commands so far. False: close now.
    bool take(const QByteArray &bytes, int fd);
    // How many bytes the next read may take; 0: do not read now.
    [[nodiscard]] qsizetype readLimit() const;

    Mode m_mode;
    PrinterStatus m_status;
    Transport m_transport;
    QString m_uri;
    int m_listenFd = -1;
    int m_filler = -1; // NeverAccepts: the connection that fills the listen queue
    int m_ptyMaster = -1;
    int m_ptySlave = -1; // kept open so the master never sees a hang-up between the printer's sessions
    int m_wake[2] = {-1, -1};
    mutable std::mutex m_mutex;
    QByteArray m_received;
    qsizetype m_parsed = 0;
    std::atomic<int> m_statusRequests{0};
    std::atomic<int> m_receiveBuffer{0};
    std::thread m_thread;
};

// One ESC/POS command as the tests understand it.
struct EscPosCommand {
    enum class Kind { Initialise, Raster, Align, QrFunction, FeedDots, FeedLines, Cut, Status, Unknown };
    Kind kind = Kind::Unknown;
    qsizetype at = 0;   // offset in the stream
    qsizetype size = 0; // bytes, parameters included
    int value = 0;      // n of ESC a / ESC J / ESC d / GS V / DLE EOT, fn of GS ( k
    int rowBytes = 0;   // Raster
    int rows = 0;       // Raster
    QByteArray data;    // Raster rows; GS ( k parameters after fn
};

// The recorded bytes read back the way a printer would.
struct EscPosStream {
    QList<EscPosCommand> commands;
    bool complete = true; // false: the stream ends inside a command

    static EscPosStream parse(const QByteArray &bytes);
    // The command at `bytes[at]`; size 0 when the bytes end before it does.
    static EscPosCommand next(const QByteArray &bytes, qsizetype at);

    [[nodiscard]] QList<EscPosCommand> of(EscPosCommand::Kind kind) const;
    // The paper as printed: raster bands, white for feeds, the native QR drawn where GS ( k prints it.
    [[nodiscard]] QImage paper() const;
    // The data stored with GS ( k (fn 80), empty when none.
    [[nodiscard]] QString nativeQrData() const;
};

} // namespace besuk::test
