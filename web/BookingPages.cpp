// SPDX-License-Identifier: GPL-3.0-or-later
// A booking after the journey: look it up (code + one adult's NIK), see it, cancel it, move it, download it.
// The code is the only identifier in a URL. Pages and downloads of a booking need a ticket token (TicketToken):
// made only after the NIK was checked, bound to the code, and short-lived, so a code alone shows nothing.
#include "db/BookingService.h"
#include "web/RequestLanguage.h"
#include "web/SiteServer.h"
#include "web/TicketFiles.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

using Data = Templates::Data;

constexpr int MaxMoveChoices = 40;

Data row(const QString &label, const QString &value) {
    Data data;
    data.set("label", Templates::text(label));
    data.set("value", Templates::text(value));
    return data;
}

QString statusText(BookingStatus status) {
    switch (status) {
    case BookingStatus::Booked:
        return SiteServer::tr("Booked");
    case BookingStatus::Arrived:
        return SiteServer::tr("Arrived");
    case BookingStatus::Cancelled:
        return SiteServer::tr("Cancelled");
    case BookingStatus::NoShow:
        return SiteServer::tr("Not used");
    }
    return {};
}

QString pathCode(const Exchange &exchange) {
    return exchange.request.matches.size() > 1 ? QString::fromStdString(exchange.request.matches[1].str()) : QString();
}

} // namespace

QString SiteServer::bookingLink(const QString &code) const {
    return u"/booking/"_s + code + u"?t="_s +
           QString::fromLatin1(m_tickets.make(code, now(), m_config.ticketLinkLifetime));
}

void SiteServer::findForm(Exchange &exchange) {
    showFindForm(exchange, {}, {});
}

void SiteServer::showFindForm(Exchange &exchange, const QString &code, const FieldErrors &errors, int status) {
    Data fields{Data::type::list};
    auto input = [&](const char *name, const QString &label, const QString &value, const char *mode, int max) {
        Data inner;
        inner.set("id", name);
        inner.set("name", name);
        inner.set("label", Templates::text(label));
        inner.set("value", Templates::text(value));
        inner.set("inputmode", mode);
        inner.set("autocomplete", "off");
        inner.set("maxlength", std::to_string(max));
        inner.set("type", "text");
        if (errors.contains(QLatin1StringView(name)))
            inner.set("error", Templates::text(errors.value(QLatin1StringView(name))));
        Data field;
        field.set("input", inner);
        fields.push_back(field);
    };
    input("code", tr("Booking code"), code, "text", 12);
    input("nik", tr("NIK of one adult in the booking"), {}, "numeric", 24);
    Data data;
    data.set("formId", "find-form");
    data.set("action", "/booking");
    data.set("submit", Templates::text(tr("Show my booking")));
    data.set("hidden", Data{Data::type::list});
    data.set("fields", fields);
    if (errors.contains(u"problem"_s))
        data.set("problem", Templates::text(errors.value(u"problem"_s)));
    render(exchange, tr("My booking"), "form", data, status);
}

void SiteServer::findBooking(Exchange &exchange) {
    const QString code = normalisedCode(exchange.field("code").left(40));
    auto opened = facility();
    if (!opened)
        return failure(exchange, opened.error());
    auto found = code.isEmpty() ? Result<Booking>(makeError(ErrorCode::NotFound, {}))
                                : BookingService(**opened).find(code, exchange.field("nik").left(64));
    if (!found) {
        if (found.error().code == ErrorCode::Storage)
            return failure(exchange, found.error());
        return showFindForm(exchange, {},
                            {{u"problem"_s, tr("No booking has this code together with this NIK. Check both and try "
                                               "again.")}},
                            404);
    }
    exchange.response.status = 303;
    exchange.response.set_header("Location", bookingLink(found->code).toStdString());
}

std::optional<Booking> SiteServer::provenBooking(Exchange &exchange) {
    const QString code = pathCode(exchange);
    const QByteArray token = QByteArray::fromStdString(exchange.request.get_param_value("t"));
    if (!m_tickets.accepts(code, token, now())) {
        errorPage(exchange, 403, tr("Link expired"),
                  tr("This link has expired. Open your booking again with its code and one adult's NIK."));
        return std::nullopt;
    }
    auto opened = facility();
    if (!opened) {
        failure(exchange, opened.error());
        return std::nullopt;
    }
    auto booking = BookingService(**opened).findByCode(code);
    if (!booking) {
        failure(exchange, booking.error());
        return std::nullopt;
    }
    return std::move(booking).value();
}

void SiteServer::showBooking(Exchange &exchange) {
    if (auto booking = provenBooking(exchange))
        bookingPage(exchange, *booking, {}, {});
}

void SiteServer::bookingPage(Exchange &exchange, const Booking &booking, const QString &notice,
                             const FieldErrors &errors) {
    auto opened = facility();
    if (!opened)
        return failure(exchange, opened.error());
    const QString link = bookingLink(booking.code);
    const QString token = link.mid(link.indexOf(u"?t="_s) + 3);
    const QString base = u"/booking/"_s + booking.code;
    const bool open = booking.status == BookingStatus::Booked;
    const QString slot = booking.slotStart.toString(u"HH:mm"_s) + u"\u2013"_s + booking.slotEnd.toString(u"HH:mm"_s);

    Data data;
    if (!notice.isEmpty())
        data.set("notice", Templates::text(notice));
    if (!booking.closedReason.isEmpty())
        data.set("closed", Templates::text(tr("The visiting room is closed that day: %1").arg(booking.closedReason)));
    data.set("codeLabel", Templates::text(tr("Booking code")));
    data.set("code", Templates::text(codeText(booking.code)));
    data.set("status", Templates::text(statusText(booking.status)));
    if (open) {
        data.set("qr", Templates::text(base + u"/qr.png?t="_s + token));
        data.set("qrAlt", Templates::text(tr("QR ticket for booking %1").arg(codeText(booking.code))));
    }
    Data rows{Data::type::list};
    rows.push_back(row(tr("Day"), dateText(booking.date)));
    rows.push_back(row(tr("Time"), slot));
    rows.push_back(row(tr("Inmate"), booking.inmate.name + u" (" + booking.inmate.number + u')'));
    for (const Member &member : booking.members)
        rows.push_back(row(tr("Adult"), member.name + u" \u00B7 NIK "_s + member.maskedNik));
    rows.push_back(row(tr("Children"), QString::number(booking.children)));
    data.set("rows", rows);
    data.set("showAt", Templates::text(tr("Show the QR code at the kiosk or the gate on the day.")));
    if (open) {
        Data links;
        links.set("pdf", Templates::text(base + u"/ticket.pdf?t="_s + token));
        links.set("png", Templates::text(base + u"/ticket.png?t="_s + token));
        links.set("pdfLabel", Templates::text(tr("Download the ticket (PDF)")));
        links.set("pngLabel", Templates::text(tr("Save the ticket as an image")));
        const QString message =
            tr("Visit booking at %1: code %2, %3, %4. Bring every adult's KTP.")
                .arg((*opened)->profile().name, codeText(booking.code), dateText(booking.date), slot);
        links.set("whatsapp",
                  Templates::text(u"https://wa.me/?text="_s + QString::fromLatin1(QUrl::toPercentEncoding(message))));
        links.set("whatsappLabel", Templates::text(tr("Share through WhatsApp")));
        data.set("links", links);
        data.set("change", changeForm(booking, token, errors.value(u"change"_s)));
        Data cancel;
        cancel.set("action", Templates::text(base + u"/cancel?t="_s + token));
        cancel.set("heading", Templates::text(tr("Cancel this booking")));
        cancel.set("nikLabel", Templates::text(tr("NIK of one adult in the booking")));
        cancel.set("submit", Templates::text(tr("Cancel the booking")));
        if (errors.contains(u"cancel"_s))
            cancel.set("problem", Templates::text(errors.value(u"cancel"_s)));
        data.set("cancel", cancel);
    }
    render(exchange, tr("Your booking"), "booking", data, errors.isEmpty() ? 200 : 422);
}

Templates::Data SiteServer::changeForm(const Booking &booking, const QString &token, const QString &problem) {
    Data change;
    auto opened = facility();
    if (!opened)
        return change;
    BookingService bookings(**opened);
    auto days = bookings.bookableDays();
    Data options{Data::type::list};
    int shown = 0;
    for (const BookableDay &day : days ? *days : QList<BookableDay>{}) {
        if (day.closed)
            continue;
        auto daySlots = bookings.slotsOn(day.date);
        for (const SlotAvailability &slot : daySlots ? *daySlots : QList<SlotAvailability>{}) {
            if (day.date == booking.date && slot.start == booking.slotStart)
                continue;
            if (++shown > MaxMoveChoices) // the page stays small whatever the horizon
                break;
            const QString value = day.date.toString(Qt::ISODate) + u'T' + slot.start.toString(u"HH:mm"_s);
            const int left = slot.seatsLeft();
            Data item;
            item.set("id", Templates::text(u"move-"_s + QString(value).remove(u':')));
            item.set("value", Templates::text(value));
            item.set("label", Templates::text(dateText(day.date) + u", "_s + slot.start.toString(u"HH:mm"_s) +
                                              u"\u2013"_s + slot.end.toString(u"HH:mm"_s)));
            item.set("detail", Templates::text(left > 0 ? tr("%n seat(s) left", nullptr, left) : tr("Full")));
            item.set("disabled", Templates::flag(left < booking.people()));
            options.push_back(item);
        }
    }
    change.set("action", Templates::text(u"/booking/"_s + booking.code + u"/change?t="_s + token));
    change.set("heading", Templates::text(tr("Move to another time")));
    change.set("legend", Templates::text(tr("New day and time")));
    change.set("options", options);
    change.set("nikLabel", Templates::text(tr("NIK of one adult in the booking")));
    change.set("submit", Templates::text(tr("Move the booking")));
    if (!problem.isEmpty())
        change.set("problem", Templates::text(problem));
    return change;
}

void SiteServer::cancelBooking(Exchange &exchange) {
    const QString code = pathCode(exchange);
    if (!provenBooking(exchange))
        return;
    auto opened = facility();
    if (!opened)
        return failure(exchange, opened.error());
    BookingService bookings(**opened);
    auto cancelled = bookings.cancel(code, exchange.field("nik").left(64), u"web"_s);
    auto booking = bookings.findByCode(code);
    if (!booking)
        return failure(exchange, booking.error());
    if (!cancelled) {
        if (cancelled.error().code == ErrorCode::Storage)
            return failure(exchange, cancelled.error());
        return bookingPage(exchange, *booking, {}, {{u"cancel"_s, cancelled.error().message}});
    }
    bookingPage(exchange, *booking, tr("The booking is cancelled."), {});
}

void SiteServer::changeBooking(Exchange &exchange) {
    const QString code = pathCode(exchange);
    if (!provenBooking(exchange))
        return;
    auto opened = facility();
    if (!opened)
        return failure(exchange, opened.error());
    BookingService bookings(**opened);
    const QString choice = exchange.field("slot");
    const QDate date = QDate::fromString(choice.left(10), Qt::ISODate);
    const QTime start = QTime::fromString(choice.mid(11, 5), u"HH:mm"_s);
    Result<IssuedBooking> changed =
        date.isValid() && start.isValid()
            ? bookings.change(code, exchange.field("nik").left(64), date, start, u"web"_s)
            : Result<IssuedBooking>(makeError(ErrorCode::InvalidInput, tr("Choose the new day and time.")));
    if (!changed) {
        if (changed.error().code == ErrorCode::Storage)
            return failure(exchange, changed.error());
        auto booking = bookings.findByCode(code);
        if (!booking)
            return failure(exchange, booking.error());
        return bookingPage(exchange, *booking, {}, {{u"change"_s, changed.error().message}});
    }
    exchange.response.status = 303;
    exchange.response.set_header("Location", bookingLink(code).toStdString());
}

void SiteServer::qrImage(Exchange &exchange) {
    auto booking = provenBooking(exchange);
    if (!booking)
        return;
    auto payload = BookingService(**facility()).payloadFor(*booking);
    if (!payload)
        return failure(exchange, payload.error());
    const QByteArray png = TicketFiles::qrPng(*payload);
    exchange.response.set_content(png.constData(), std::size_t(png.size()), "image/png");
}

void SiteServer::ticketPng(Exchange &exchange) {
    auto booking = provenBooking(exchange);
    if (!booking)
        return;
    Facility &opened = **facility();
    auto payload = BookingService(opened).payloadFor(*booking);
    if (!payload)
        return failure(exchange, payload.error());
    const QByteArray png = TicketFiles::png(TicketFiles::view(*booking, *payload, opened, RequestLanguage::locale()));
    exchange.response.set_header("Content-Disposition",
                                 ("attachment; filename=\"besuk-" + booking->code.toStdString() + ".png\""));
    exchange.response.set_content(png.constData(), std::size_t(png.size()), "image/png");
}

void SiteServer::ticketPdf(Exchange &exchange) {
    auto booking = provenBooking(exchange);
    if (!booking)
        return;
    Facility &opened = **facility();
    auto payload = BookingService(opened).payloadFor(*booking);
    if (!payload)
        return failure(exchange, payload.error());
    const QByteArray pdf = TicketFiles::pdf(TicketFiles::view(*booking, *payload, opened, RequestLanguage::locale()));
    exchange.response.set_header("Content-Disposition",
                                 ("attachment; filename=\"besuk-" + booking->code.toStdString() + ".pdf\""));
    exchange.response.set_content(pdf.constData(), std::size_t(pdf.size()), "application/pdf");
}

} // namespace besuk
