// SPDX-License-Identifier: GPL-3.0-or-later
// The booking journey: service and day -> inmate -> slot -> visitors -> review -> confirmation. Each step posts
// every earlier answer again in hidden fields and the server checks them all again: no state is kept between
// requests, and nothing personal goes into a URL.
#include "db/BookingService.h"
#include "db/Nik.h"
#include "db/Validation.h"
#include "web/RequestLanguage.h"
#include "web/SiteServer.h"

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

using Data = Templates::Data;

Data option(const QString &id, const QString &value, const QString &label, const QString &detail, bool checked,
            bool disabled = false) {
    Data data;
    data.set("id", Templates::text(id));
    data.set("value", Templates::text(value));
    data.set("label", Templates::text(label));
    if (!detail.isEmpty())
        data.set("detail", Templates::text(detail));
    data.set("checked", Templates::flag(checked));
    data.set("disabled", Templates::flag(disabled));
    return data;
}

Data group(const QString &name, const QString &legend, Data options, const FieldErrors &errors,
           const QString &empty = {}) {
    Data inner;
    inner.set("name", Templates::text(name));
    inner.set("legend", Templates::text(legend));
    inner.set("options", std::move(options));
    inner.set("empty", Templates::text(empty));
    if (errors.contains(name))
        inner.set("error", Templates::text(errors.value(name)));
    Data field;
    field.set("group", inner);
    return field;
}

struct Input {
    QString name;
    QString label;
    QString value;
    QString hint;
    const char *inputmode = "text";
    const char *autocomplete = "off";
    int maxlength = 100;
    const char *type = "text";
};

Data input(const Input &spec, const FieldErrors &errors) {
    Data inner;
    inner.set("id", Templates::text(spec.name));
    inner.set("name", Templates::text(spec.name));
    inner.set("label", Templates::text(spec.label));
    inner.set("value", Templates::text(spec.value));
    if (!spec.hint.isEmpty())
        inner.set("hint", Templates::text(spec.hint));
    inner.set("inputmode", spec.inputmode);
    inner.set("autocomplete", spec.autocomplete);
    inner.set("maxlength", std::to_string(spec.maxlength));
    inner.set("type", spec.type);
    if (errors.contains(spec.name))
        inner.set("error", Templates::text(errors.value(spec.name)));
    Data field;
    field.set("input", inner);
    return field;
}

Data heading(const QString &text) {
    Data field;
    field.set("heading", Templates::text(text));
    return field;
}

Data row(const QString &label, const QString &value) {
    Data data;
    data.set("label", Templates::text(label));
    data.set("value", Templates::text(value));
    return data;
}

Data form(const char *formId, const char *action, const QString &submit, const Data &hidden) {
    Data data;
    data.set("formId", formId);
    data.set("action", action);
    data.set("submit", Templates::text(submit));
    data.set("hidden", hidden);
    return data;
}

QString serviceText(Service service) {
    return service == Service::Deposit ? SiteServer::tr("Item drop-off") : SiteServer::tr("Face-to-face visit");
}

QString slotText(const QTime &start, const QTime &end) {
    return start.toString(u"HH:mm"_s) + u"\u2013"_s + end.toString(u"HH:mm"_s);
}

} // namespace

Journey Journey::from(const Exchange &exchange, int maxAdults) {
    Journey journey;
    journey.service = exchange.field("service");
    journey.date = exchange.field("date");
    journey.inmateNumber = exchange.field("inmate_number");
    journey.inmateName = exchange.field("inmate_name");
    journey.slot = exchange.field("slot");
    for (int i = 1; i <= maxAdults; ++i) {
        journey.niks.append(exchange.field(("nik" + std::to_string(i)).c_str()));
        journey.names.append(exchange.field(("name" + std::to_string(i)).c_str()));
    }
    journey.children = exchange.field("children");
    return journey;
}

Templates::Data Journey::hidden(int step) const {
    QList<std::pair<QString, QString>> fields{{u"service"_s, service}, {u"date"_s, date}};
    if (step >= 1)
        fields += {{u"inmate_number"_s, inmateNumber}, {u"inmate_name"_s, inmateName}};
    if (step >= 2)
        fields.append({u"slot"_s, slot});
    if (step >= 3) {
        for (qsizetype i = 0; i < niks.size(); ++i)
            fields += {{u"nik%1"_s.arg(i + 1), niks[i]}, {u"name%1"_s.arg(i + 1), names.value(i)}};
        fields.append({u"children"_s, children});
    }
    Data list{Data::type::list};
    for (const auto &[name, value] : fields) {
        Data item;
        item.set("name", Templates::text(name));
        item.set("value", Templates::text(value));
        list.push_back(item);
    }
    return list;
}

void SiteServer::home(Exchange &exchange) {
    showHome(exchange, Journey{}, {});
}

void SiteServer::showHome(Exchange &exchange, const Journey &journey, const FieldErrors &errors) {
    auto opened = facility();
    if (!opened)
        return failure(exchange, opened.error());
    auto days = BookingService(**opened).bookableDays();
    if (!days)
        return failure(exchange, days.error());
    Data services{Data::type::list};
    for (const Service service : {Service::Visit, Service::Deposit}) {
        const QString key = serviceKey(service);
        services.push_back(option(u"service-"_s + key, key, serviceText(service), {},
                                  journey.service == key || (journey.service.isEmpty() && service == Service::Visit)));
    }
    Data dayOptions{Data::type::list};
    for (const BookableDay &day : *days) {
        const QString value = day.date.toString(Qt::ISODate);
        dayOptions.push_back(option(u"date-"_s + value, value, dateText(day.date),
                                    day.closed ? day.closedReason : QString(), journey.date == value, day.closed));
    }
    Data fields{Data::type::list};
    fields.push_back(group(u"service"_s, tr("What for?"), services, errors));
    fields.push_back(group(u"date"_s, tr("Which day?"), dayOptions, errors,
                           tr("No day can be booked online just now. Please come to the visiting room.")));
    Data data = form("day-form", "/book/inmate", tr("Next"), Data{Data::type::list});
    data.set("intro", Templates::text(tr("Book your visit ahead and skip the queue at the kiosk. You need the "
                                         "inmate's registration number and each adult's NIK.")));
    data.set("fields", fields);
    if (errors.contains(u"problem"_s))
        data.set("problem", Templates::text(errors.value(u"problem"_s)));
    render(exchange, tr("Book a visit"), "form", data, errors.isEmpty() ? 200 : 422);
}

bool SiteServer::checkDay(Exchange &exchange, const Journey &journey, FieldErrors &errors) {
    auto opened = facility();
    if (!opened) {
        failure(exchange, opened.error());
        return false;
    }
    if (!serviceFromKey(journey.service))
        errors.insert(u"service"_s, tr("Choose what you come for."));
    auto days = BookingService(**opened).bookableDays();
    if (!days) {
        failure(exchange, days.error());
        return false;
    }
    const QDate date = QDate::fromString(journey.date, Qt::ISODate);
    const bool bookable = std::any_of(days->begin(), days->end(),
                                      [&](const BookableDay &day) { return day.date == date && !day.closed; });
    if (!bookable)
        errors.insert(u"date"_s, tr("Choose one of the days shown."));
    if (errors.isEmpty())
        return true;
    showHome(exchange, journey, errors);
    return false;
}

void SiteServer::inmateStep(Exchange &exchange) {
    FieldErrors errors;
    const Journey journey = Journey::from(exchange, 0);
    if (checkDay(exchange, journey, errors))
        showInmate(exchange, journey, {});
}

void SiteServer::showInmate(Exchange &exchange, const Journey &journey, const FieldErrors &errors) {
    Data fields{Data::type::list};
    // After a failed lookup the fields start empty: the answer must not differ by what was typed.
    const bool keep = errors.isEmpty();
    fields.push_back(input({u"inmate_number"_s, tr("Registration number"), keep ? journey.inmateNumber : QString(),
                            tr("As written on the visiting card, e.g. B.I-001/2025"), "text", "off", 40},
                           errors));
    fields.push_back(input({u"inmate_name"_s,
                            tr("Inmate's full name"),
                            keep ? journey.inmateName : QString(),
                            {},
                            "text",
                            "off",
                            Validation::MaxNameLength},
                           errors));
    Data data = form("inmate-form", "/book/slot", tr("Find"), journey.hidden(0));
    data.set("fields", fields);
    Data rows{Data::type::list};
    rows.push_back(row(tr("Day"), dateText(QDate::fromString(journey.date, Qt::ISODate))));
    data.set("summary", Data{"rows", rows});
    if (errors.contains(u"problem"_s))
        data.set("problem", Templates::text(errors.value(u"problem"_s)));
    render(exchange, tr("Whom do you visit?"), "form", data, errors.isEmpty() ? 200 : 422);
}

void SiteServer::slotStep(Exchange &exchange) {
    FieldErrors errors;
    const Journey journey = Journey::from(exchange, 0);
    if (!checkDay(exchange, journey, errors))
        return;
    auto opened = facility();
    if (!opened)
        return failure(exchange, opened.error());
    auto inmate = BookingService(**opened).findInmate(journey.inmateNumber.left(200), journey.inmateName.left(200));
    if (!inmate) {
        if (inmate.error().code != ErrorCode::NotFound && inmate.error().code != ErrorCode::InvalidInput)
            return failure(exchange, inmate.error());
        return showInmate(exchange, journey, {{u"problem"_s, inmate.error().message}});
    }
    showSlots(exchange, journey, {});
}

void SiteServer::showSlots(Exchange &exchange, const Journey &journey, const FieldErrors &errors) {
    auto opened = facility();
    if (!opened)
        return failure(exchange, opened.error());
    const QDate date = QDate::fromString(journey.date, Qt::ISODate);
    auto daySlots = BookingService(**opened).slotsOn(date);
    if (!daySlots)
        return failure(exchange, daySlots.error());
    Data options{Data::type::list};
    for (const SlotAvailability &slot : *daySlots) {
        const QString value = slot.start.toString(u"HH:mm"_s);
        const int left = slot.seatsLeft();
        const QString detail = left > 0 ? tr("%n seat(s) left", nullptr, left) : tr("Full");
        options.push_back(option(u"slot-"_s + value.left(2) + value.mid(3), value, slotText(slot.start, slot.end),
                                 detail, journey.slot == value, left <= 0));
    }
    Data fields{Data::type::list};
    fields.push_back(group(u"slot"_s, tr("Which time?"), options, errors, tr("This day has no time slots.")));
    Data data = form("slot-form", "/book/visitors", tr("Next"), journey.hidden(1));
    data.set("fields", fields);
    Data rows{Data::type::list};
    rows.push_back(row(tr("Day"), dateText(date)));
    data.set("summary", Data{"rows", rows});
    render(exchange, tr("Choose a time"), "form", data, errors.isEmpty() ? 200 : 422);
}

void SiteServer::visitorsStep(Exchange &exchange) {
    FieldErrors errors;
    const Journey journey = Journey::from(exchange, 0);
    if (!checkDay(exchange, journey, errors))
        return;
    auto opened = facility();
    if (!opened)
        return failure(exchange, opened.error());
    BookingService bookings(**opened);
    if (auto inmate = bookings.findInmate(journey.inmateNumber.left(200), journey.inmateName.left(200)); !inmate)
        return showInmate(exchange, journey, {{u"problem"_s, inmate.error().message}});
    auto daySlots = bookings.slotsOn(QDate::fromString(journey.date, Qt::ISODate));
    if (!daySlots)
        return failure(exchange, daySlots.error());
    const bool open = std::any_of(daySlots->begin(), daySlots->end(), [&](const SlotAvailability &slot) {
        return slot.start.toString(u"HH:mm"_s) == journey.slot && slot.seatsLeft() > 0;
    });
    if (!open)
        return showSlots(exchange, journey, {{u"slot"_s, tr("Choose a time that still has seats.")}});
    Journey carried = Journey::from(exchange, (*opened)->rules().maxAdults);
    showVisitors(exchange, carried, {});
}

void SiteServer::showVisitors(Exchange &exchange, const Journey &journey, const FieldErrors &errors) {
    auto opened = facility();
    if (!opened)
        return failure(exchange, opened.error());
    const Rules &rules = (*opened)->rules();
    Data fields{Data::type::list};
    for (int i = 1; i <= rules.maxAdults; ++i) {
        fields.push_back(heading(i == 1 ? tr("Lead visitor (adult 1)") : tr("Adult %1 (optional)").arg(i)));
        fields.push_back(input({u"nik%1"_s.arg(i),
                                tr("NIK (16 digits, from the KTP)"),
                                journey.niks.value(i - 1),
                                {},
                                "numeric",
                                "off",
                                24},
                               errors));
        fields.push_back(input({u"name%1"_s.arg(i),
                                tr("Full name as on the KTP"),
                                journey.names.value(i - 1),
                                {},
                                "text",
                                "off",
                                Validation::MaxNameLength},
                               errors));
    }
    fields.push_back(heading(tr("Children")));
    fields.push_back(input(
        {u"children"_s, tr("Children without a KTP"), journey.children.isEmpty() ? u"0"_s : journey.children,
         tr("At most %n people in one group, children included.", nullptr, rules.maxGroupSize), "numeric", "off", 2},
        errors));
    Data data = form("visitors-form", "/book/review", tr("Next"), journey.hidden(2));
    data.set("fields", fields);
    if (errors.contains(u"problem"_s))
        data.set("problem", Templates::text(errors.value(u"problem"_s)));
    render(exchange, tr("Who is coming?"), "form", data, errors.isEmpty() ? 200 : 422);
}

FieldErrors SiteServer::checkVisitors(Facility &facility, const Journey &journey) {
    FieldErrors errors;
    int adults = 0;
    for (qsizetype i = 0; i < journey.niks.size(); ++i) {
        const QString nikField = u"nik%1"_s.arg(i + 1);
        const QString nameField = u"name%1"_s.arg(i + 1);
        const QString &nik = journey.niks[i];
        const QString &name = journey.names.value(i);
        if (nik.trimmed().isEmpty() && name.trimmed().isEmpty() && i > 0)
            continue;
        ++adults;
        if (auto parsed = Nik::parse(nik.left(64), facility.today()); !parsed)
            errors.insert(nikField, parsed.error().message);
        if (auto checked = Validation::personName(name.left(Validation::MaxNameLength * 4)); !checked)
            errors.insert(nameField, checked.error().message);
    }
    bool ok = false;
    const int children = journey.children.trimmed().toInt(&ok);
    if (!ok || children < 0 || children > facility.rules().maxGroupSize)
        errors.insert(u"children"_s,
                      tr("Type the number of children, from 0 to %1.").arg(facility.rules().maxGroupSize));
    return errors;
}

void SiteServer::reviewStep(Exchange &exchange) {
    FieldErrors errors;
    Journey journey = Journey::from(exchange, 0);
    if (!checkDay(exchange, journey, errors))
        return;
    auto opened = facility();
    if (!opened)
        return failure(exchange, opened.error());
    journey = Journey::from(exchange, (*opened)->rules().maxAdults);
    BookingService bookings(**opened);
    auto inmate = bookings.findInmate(journey.inmateNumber.left(200), journey.inmateName.left(200));
    if (!inmate)
        return showInmate(exchange, journey, {{u"problem"_s, inmate.error().message}});
    errors = checkVisitors(**opened, journey);
    if (!errors.isEmpty())
        return showVisitors(exchange, journey, errors);

    const QDate date = QDate::fromString(journey.date, Qt::ISODate);
    Data rows{Data::type::list};
    rows.push_back(row(tr("Service"), serviceText(*serviceFromKey(journey.service))));
    rows.push_back(row(tr("Day"), dateText(date)));
    rows.push_back(row(tr("Time"), journey.slot));
    rows.push_back(row(tr("Inmate"), inmate->name + u" (" + inmate->number + u')'));
    for (qsizetype i = 0; i < journey.niks.size(); ++i) {
        if (journey.niks[i].trimmed().isEmpty())
            continue;
        auto parsed = Nik::parse(journey.niks[i], (*opened)->today());
        rows.push_back(
            row(tr("Adult %1").arg(i + 1), journey.names[i].simplified() + u" \u00B7 NIK "_s + Nik::mask(parsed->nik)));
    }
    rows.push_back(row(tr("Children"), QString::number(journey.children.trimmed().toInt())));
    Data data = form("review-form", "/book/confirm", tr("Book now"), journey.hidden(3));
    data.set("summary", Data{"rows", rows});
    data.set("intro", Templates::text(tr("Check everything. After booking you get the QR ticket.")));
    Data back;
    back.set("action", "/book/visitors");
    back.set("hidden", journey.hidden(3));
    back.set("label", Templates::text(tr("Change the visitors")));
    data.set("back", back);
    render(exchange, tr("Check your booking"), "form", data);
}

bool SiteServer::confirmChecks(Exchange &exchange) {
    FieldErrors errors;
    Journey journey = Journey::from(exchange, 0);
    if (!checkDay(exchange, journey, errors))
        return false;
    auto opened = facility();
    if (!opened) {
        failure(exchange, opened.error());
        return false;
    }
    journey = Journey::from(exchange, (*opened)->rules().maxAdults);
    errors = checkVisitors(**opened, journey);
    if (!errors.isEmpty()) {
        showVisitors(exchange, journey, errors);
        return false;
    }
    if (!m_limiter.allowBooking(exchange.address, now().toSecsSinceEpoch())) {
        exchange.response.set_header("Retry-After", "3600");
        errorPage(exchange, 429, tr("Too many bookings"),
                  tr("Too many bookings were made from your connection in the last hour. Please try again "
                     "later or book at the kiosk."));
        return false;
    }
    return true;
}

void SiteServer::confirmStep(Exchange &exchange) {
    auto opened = facility();
    if (!opened)
        return failure(exchange, opened.error());
    const Journey journey = Journey::from(exchange, (*opened)->rules().maxAdults);
    BookingRequest request;
    request.date = QDate::fromString(journey.date, Qt::ISODate);
    request.slotStart = QTime::fromString(journey.slot, u"HH:mm"_s);
    request.inmateNumber = journey.inmateNumber;
    request.inmateName = journey.inmateName;
    for (qsizetype i = 0; i < journey.niks.size(); ++i) {
        if (!journey.niks[i].trimmed().isEmpty() || i == 0)
            request.adults.append({journey.niks[i], journey.names[i]});
    }
    request.children = journey.children.trimmed().toInt();
    request.service = *serviceFromKey(journey.service);
    request.channel = u"web"_s;
    auto booked = BookingService(**opened).book(request);
    if (!booked) {
        if (booked.error().code == ErrorCode::InvalidInput)
            return showVisitors(exchange, journey, {{u"problem"_s, booked.error().message}});
        return failure(exchange, booked.error());
    }
    exchange.response.status = 303;
    exchange.response.set_header("Location", bookingLink(booked->booking.code).toStdString());
}

} // namespace besuk
