// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/printing/EscPosPrinter.h"

#include "platform/printing/EscPosLink.h"
#include "platform/ticket/QrCode.h"

#include <QPainter>

#include <cmath>
#include <cstring>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

QImage render(const TicketView &ticket, const PrinterChoice &choice) {
    const int dots = choice.effectiveDotsPerLine();
    const QSizeF page = TicketLayout::pageSizeMm(ticket, choice.paper);
    const int height = int(std::ceil(page.height() * dots / page.width()));
    QImage image(dots, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    TicketLayout::paint(painter, QRectF(0, 0, dots, height), ticket, choice.paper);
    painter.end();
    return EscPosEncoder::monochrome(image);
}

bool rowHasInk(const QImage &mono, int y) {
    const uchar *row = mono.constScanLine(y);
    for (int x = 0; x < mono.bytesPerLine(); ++x) {
        if (row[x] != 0)
            return true;
    }
    return false;
}

// The job for a printer that draws the QR itself: the ticket without its QR, cut where the QR would start, and the
// module size the layout gave the QR. The rows above the QR do not depend on it, so the first row where the two
// renderings differ is where the QR (or, without it, the text under it) begins.
EscPosEncoder::Job nativeQrJob(const TicketView &ticket, const PrinterChoice &choice) {
    const QImage with = render(ticket, choice);
    TicketView bare = ticket;
    bare.payload.clear();
    const QImage without = render(bare, choice);
    int split = 0;
    const int common = std::min(with.height(), without.height());
    while (split < common &&
           std::memcmp(with.constScanLine(split), without.constScanLine(split), size_t(with.bytesPerLine())) == 0)
        ++split;
    int module = 4;
    for (int y = split; y < with.height(); ++y) {
        if (!rowHasInk(with, y))
            continue;
        int left = with.width();
        int right = -1;
        for (int x = 0; x < with.width(); ++x) {
            if (with.pixelIndex(x, y) == 1) {
                left = std::min(left, x);
                right = x;
            }
        }
        module = std::max(1, int(std::lround(double(right - left + 1) / QrCode::modules(ticket.payload))));
        break;
    }
    EscPosEncoder::Job job;
    job.raster = without.copy(0, 0, without.width(), split);
    job.belowQr = without.copy(0, split, without.width(), without.height() - split);
    job.nativeQr = ticket.payload;
    job.qrModuleDots = module;
    return job;
}

Error failed(const QString &detail) {
    return TicketPrinter::failure(ErrorCode::Storage, detail);
}

} // namespace

QImage EscPosPrinter::raster(const TicketView &ticket, const PrinterChoice &choice) {
    return render(ticket, choice);
}

QByteArray EscPosPrinter::ticketBytes(const TicketView &ticket, const PrinterChoice &choice) {
    // On A6 the QR stands beside the queue number: only the rolls' stacked layout can be cut around it.
    if (choice.nativeQr && !ticket.payload.isEmpty() && choice.paper != Paper::A6)
        return EscPosEncoder::encode(nativeQrJob(ticket, choice));
    EscPosEncoder::Job job;
    job.raster = render(ticket, choice);
    return EscPosEncoder::encode(job);
}

QString EscPosPrinter::describe(const EscPosStatus &status) {
    QStringList causes;
    if (status.paperOut)
        causes.append(tr("paper out"));
    if (status.coverOpen)
        causes.append(tr("cover open"));
    if (status.cutterError)
        causes.append(tr("cutter error"));
    if (status.unrecoverable)
        causes.append(tr("unrecoverable error"));
    if (status.autoRecovering)
        causes.append(tr("print head too hot or wrong voltage"));
    if (status.error && causes.isEmpty())
        causes.append(tr("printer error"));
    if (status.feeding)
        causes.append(tr("paper being fed with the button"));
    if (status.offline && causes.isEmpty())
        causes.append(tr("offline"));
    return causes.join(u", "_s);
}

Result<void> EscPosPrinter::print(const TicketView &ticket, const PrinterChoice &choice) {
    if (choice.device.isEmpty() && choice.host.isEmpty())
        return TicketPrinter::failure(ErrorCode::InvalidInput, tr("No device or network address is set for the "
                                                                  "ESC/POS printer."));
    const QByteArray bytes = ticketBytes(ticket, choice);
    const auto link = EscPosLink::make(choice);
    if (auto opened = link->open(choice.askStatus); !opened)
        return failed(opened.error().message);
    link->discardInput();
    if (auto written = link->write(bytes); !written)
        return failed(written.error().message);
    if (!choice.askStatus) {
        if (auto finished = link->finish(); !finished)
            return failed(finished.error().message);
        return {};
    }
    // The ticket must be taken first: a printer whose buffer is full cannot read a status question either.
    if (auto drained = link->drain(); !drained)
        return failed(drained.error().message);
    link->discardInput(); // a printer that took bytes of the raster for a status request has answered them
    auto status = askStatus(*link);
    if (!status)
        return failed(status.error().message);
    if (auto finished = link->finish(); !finished)
        return failed(finished.error().message);
    if (status->problem())
        return failed(tr("The printer %1 reports: %2.").arg(link->name(), describe(*status)));
    return {};
}

Result<EscPosStatus> EscPosPrinter::askStatus(EscPosLink &link) {
    // One question at a time, so that each answer belongs to its question; all within one deadline.
    const QDeadlineTimer deadline(StatusTimeoutMs);
    EscPosStatus status;
    for (int n = 1; n <= 4; ++n) {
        if (auto asked = link.write(EscPosEncoder::statusRequest(n)); !asked)
            return asked.error();
        auto answer = link.read(1, deadline);
        if (!answer)
            return answer.error();
        if (answer->isEmpty()) {
            return makeError(ErrorCode::Storage,
                             tr("The printer %1 gave no answer to the status request within %2 s (if this printer "
                                "never answers, turn the status question off).")
                                 .arg(link.name())
                                 .arg(StatusTimeoutMs / 1000));
        }
        if (!status.apply(n, answer->at(0))) {
            return makeError(ErrorCode::Storage,
                             tr("The printer %1 answered the status request with 0x%2, which is not a status.")
                                 .arg(link.name(), QString::fromLatin1(answer->toHex())));
        }
    }
    return status;
}

} // namespace besuk
