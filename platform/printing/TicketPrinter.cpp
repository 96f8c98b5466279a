// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/printing/TicketPrinter.h"

#include "platform/printing/EscPosPrinter.h"

#include <QDir>
#include <QFileInfo>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QPrinterInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

// Three device pixels per thermal printer dot (203 dpi): QR modules stay whole dots when the PDF is printed.
constexpr int PdfDpi = 3 * 203;

QPageLayout pageLayout(const TicketView &ticket, Paper paper) {
    const QSizeF size = TicketLayout::pageSizeMm(ticket, paper);
    const QPageSize pageSize(size, QPageSize::Millimeter, u"Besuk %1"_s.arg(paperKey(paper)), QPageSize::ExactMatch);
    return QPageLayout(pageSize, QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

Error printFailure(ErrorCode code, const QString &detail) {
    return TicketPrinter::failure(code, detail);
}

Result<void> toPdf(const TicketView &ticket, const PrinterChoice &choice) {
    if (choice.pdfPath.isEmpty())
        return printFailure(ErrorCode::InvalidInput, TicketPrinter::tr("No PDF file is set for tickets."));
    const QFileInfo info(choice.pdfPath);
    if (!QDir().mkpath(info.absolutePath())) {
        return printFailure(ErrorCode::Storage,
                            TicketPrinter::tr("The folder \"%1\" cannot be created.").arg(info.absolutePath()));
    }
    // Written to a temporary file and renamed at the end: a failed print never leaves half a PDF behind.
    QSaveFile file(info.absoluteFilePath());
    if (!file.open(QIODevice::WriteOnly)) {
        return printFailure(ErrorCode::Storage, TicketPrinter::tr("The file \"%1\" cannot be created: may this user "
                                                                  "write in that folder, and is the disk not full?")
                                                    .arg(info.absoluteFilePath()));
    }
    QPdfWriter writer(&file);
    writer.setResolution(PdfDpi);
    writer.setPageLayout(pageLayout(ticket, choice.paper));
    writer.setTitle(TicketPrinter::tr("Ticket %1").arg(ticket.queueLabel));
    writer.setCreator(u"Besuk"_s);
    QPainter painter;
    if (!painter.begin(&writer)) {
        file.cancelWriting();
        return printFailure(ErrorCode::Storage,
                            TicketPrinter::tr("The PDF \"%1\" could not be started.").arg(info.absoluteFilePath()));
    }
    TicketLayout::paint(painter, writer.pageLayout().fullRectPixels(writer.resolution()), ticket, choice.paper);
    painter.end();
    if (!file.commit()) {
        return printFailure(
            ErrorCode::Storage,
            TicketPrinter::tr("The file \"%1\" could not be saved: is the disk full?").arg(info.absoluteFilePath()));
    }
    return {};
}

Result<void> toSystemPrinter(const TicketView &ticket, const PrinterChoice &choice) {
    const QPrinterInfo info = choice.systemPrinter.isEmpty() ? QPrinterInfo::defaultPrinter()
                                                             : QPrinterInfo::printerInfo(choice.systemPrinter);
    if (info.isNull()) {
        return printFailure(ErrorCode::NotFound,
                            choice.systemPrinter.isEmpty()
                                ? TicketPrinter::tr("No default printer is set up.")
                                : TicketPrinter::tr("The printer \"%1\" is not available.").arg(choice.systemPrinter));
    }
    const QString name = info.printerName();
    if (info.state() == QPrinter::Error) {
        return printFailure(
            ErrorCode::Storage,
            TicketPrinter::tr("The printer \"%1\" reports an error (paper, cover or connection).").arg(name));
    }
    QPrinter printer(info, QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::NativeFormat);
    printer.setFullPage(true);
    if (!printer.setPageLayout(pageLayout(ticket, choice.paper))) {
        return printFailure(ErrorCode::Storage,
                            TicketPrinter::tr("The printer \"%1\" does not accept the paper size %2.")
                                .arg(name, paperKey(choice.paper)));
    }
    printer.setDocName(TicketPrinter::tr("Ticket %1").arg(ticket.queueLabel));
    QPainter painter;
    if (!painter.begin(&printer))
        return printFailure(ErrorCode::Storage, TicketPrinter::tr("The printer \"%1\" did not start.").arg(name));
    const QRectF paper = printer.paperRect(QPrinter::DevicePixel);
    TicketLayout::paint(painter, QRectF(QPointF(0, 0), paper.size()), ticket, choice.paper);
    painter.end();
    if (printer.printerState() == QPrinter::Error) {
        return printFailure(ErrorCode::Storage,
                            TicketPrinter::tr("The printer \"%1\" failed while printing.").arg(name));
    }
    return {};
}

} // namespace

Result<void> TicketPrinter::print(const TicketView &ticket, const PrinterChoice &choice) {
    switch (choice.kind) {
    case PrinterChoice::Kind::Pdf:
        return toPdf(ticket, choice);
    case PrinterChoice::Kind::System:
        return toSystemPrinter(ticket, choice);
    case PrinterChoice::Kind::EscPos:
        return EscPosPrinter::print(ticket, choice);
    }
    return printFailure(ErrorCode::InvalidInput, tr("Unknown printer kind."));
}

QStringList TicketPrinter::systemPrinters() {
    return QPrinterInfo::availablePrinterNames();
}

Error TicketPrinter::failure(ErrorCode code, const QString &detail) {
    return makeError(code, tr("The ticket could not be printed. Please take a photo of the QR code on the screen, or "
                              "ask an officer.") +
                               DetailSeparator + detail);
}

QString TicketPrinter::visitorMessage(const Error &error) {
    return error.message.section(DetailSeparator, 0, 0);
}

QString TicketPrinter::staffDetail(const Error &error) {
    const qsizetype at = error.message.indexOf(DetailSeparator);
    return at < 0 ? QString() : error.message.mid(at + DetailSeparator.size());
}

} // namespace besuk
