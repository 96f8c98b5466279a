// SPDX-License-Identifier: GPL-3.0-or-later
#include "web/TicketFiles.h"

#include "db/Booking.h"
#include "platform/ticket/QrCode.h"
#include "platform/ticket/TicketLayout.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {
constexpr int PdfDpi = 300;
constexpr int PngDpi = 300;
} // namespace

TicketView TicketFiles::view(const Booking &booking, const QString &payload, const Facility &facility,
                             const QLocale &locale) {
    TicketView view;
    view.facilityName = facility.profile().name;
    view.bookingCode = booking.code.left(4) + u'-' + booking.code.mid(4);
    view.serviceText = booking.service == Service::Visit
                           ? QCoreApplication::translate("TicketView", "Face-to-face visit")
                           : QCoreApplication::translate("TicketView", "Item drop-off");
    view.dateText = locale.toString(booking.date, u"dddd, d MMMM yyyy"_s);
    view.sessionText = booking.slotStart.toString(u"HH:mm"_s) + u"\u2013"_s + booking.slotEnd.toString(u"HH:mm"_s);
    view.inmateName = booking.inmate.name;
    view.inmateNumber = booking.inmate.number;
    view.men = booking.men;
    view.women = booking.women;
    view.children = booking.children;
    if (!booking.members.isEmpty()) {
        view.leadName = booking.members.first().name;
        view.leadMaskedNik = booking.members.first().maskedNik;
    }
    view.payload = payload;
    return view;
}

QByteArray TicketFiles::qrPng(const QString &payload) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QrCode::image(payload, 8).save(&buffer, "PNG");
    return bytes;
}

QByteArray TicketFiles::png(const TicketView &ticket) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    TicketLayout::render(ticket, Paper::Thermal80, PngDpi).save(&buffer, "PNG");
    return bytes;
}

QByteArray TicketFiles::pdf(const TicketView &ticket) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(PdfDpi);
    const QSizeF page = TicketLayout::pageSizeMm(ticket, Paper::A6);
    writer.setPageLayout(QPageLayout(QPageSize(page, QPageSize::Millimeter), QPageLayout::Portrait, QMarginsF()));
    writer.setTitle(tr("Booking %1").arg(ticket.bookingCode));
    writer.setCreator(u"Besuk"_s);
    QPainter painter;
    if (!painter.begin(&writer))
        return {};
    TicketLayout::paint(painter, writer.pageLayout().fullRectPixels(writer.resolution()), ticket, Paper::A6);
    painter.end();
    return bytes;
}

} // namespace besuk
