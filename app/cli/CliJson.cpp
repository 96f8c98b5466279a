// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CliJson.h"

#include "db/BookingService.h"
#include "db/Facility.h"
#include "db/Nik.h"

using namespace Qt::StringLiterals;

namespace besuk::cli {

QString timeJson(const QDateTime &moment, const Facility &facility) {
    return moment.isValid() ? facility.toLocal(moment).toString(Qt::ISODate) : QString();
}

QJsonObject inmateJson(const Inmate &inmate) {
    return QJsonObject{{u"number"_s, inmate.number},
                       {u"name"_s, inmate.name},
                       {u"block"_s, inmate.block},
                       {u"active"_s, inmate.active}};
}

namespace {

QJsonArray membersJson(const QList<Member> &members) {
    QJsonArray visitors;
    for (const Member &member : members)
        visitors.append(QJsonObject{
            {u"name"_s, member.name}, {u"nik"_s, member.maskedNik}, {u"category"_s, categoryKey(member.category)}});
    return visitors;
}

} // namespace

QJsonObject visitJson(const VisitRecord &visit, const Facility &facility) {
    const QJsonArray visitors = membersJson(visit.members);
    QJsonObject json{
        {u"ticket_id"_s, visit.id},
        {u"queue_number"_s, visit.queueLabel()},
        {u"service"_s, serviceKey(visit.service)},
        {u"date"_s, visit.date.toString(Qt::ISODate)},
        {u"session"_s, visit.session},
        {u"status"_s, statusKey(visit.status)},
        {u"inmate"_s, inmateJson(visit.inmate)},
        {u"visitors"_s, visitors},
        {u"men"_s, visit.men},
        {u"women"_s, visit.women},
        {u"children"_s, visit.children},
        {u"total"_s, visit.people()},
        {u"registered_at"_s, timeJson(visit.registeredAt, facility)},
    };
    if (visit.admittedAt.isValid()) {
        json.insert(u"admitted_at"_s, timeJson(visit.admittedAt, facility));
        json.insert(u"admitted_by"_s, visit.admittedBy);
    }
    if (visit.checkedOutAt.isValid()) {
        json.insert(u"checked_out_at"_s, timeJson(visit.checkedOutAt, facility));
        json.insert(u"checked_out_by"_s, visit.checkedOutBy);
        json.insert(u"duration_minutes"_s, visit.admittedAt.secsTo(visit.checkedOutAt) / 60);
    }
    if (visit.refusedAt.isValid()) {
        json.insert(u"refused_at"_s, timeJson(visit.refusedAt, facility));
        json.insert(u"refused_reason"_s, visit.refusedReason);
    }
    if (visit.cancelledAt.isValid()) {
        json.insert(u"cancelled_at"_s, timeJson(visit.cancelledAt, facility));
        json.insert(u"cancel_reason"_s, visit.cancelReason);
    }
    return json;
}

QJsonObject banJson(const Ban &ban, const Facility &facility) {
    return QJsonObject{{u"id"_s, ban.id},
                       {u"nik"_s, Nik::mask(ban.nik)},
                       {u"reason"_s, ban.reason},
                       {u"created_by"_s, ban.createdBy},
                       {u"created_at"_s, timeJson(ban.createdAt, facility)},
                       {u"expires_at"_s, timeJson(ban.expiresAt, facility)}};
}

QJsonObject outcomeJson(const GateOutcome &outcome, const Facility &facility) {
    QJsonObject json{{u"verdict"_s, verdictKey(outcome.verdict)}, {u"message"_s, outcome.message}};
    if (outcome.visit)
        json.insert(u"ticket"_s, visitJson(*outcome.visit, facility));
    if (outcome.booking)
        json.insert(u"booking"_s, QJsonObject{{u"code"_s, BookingService::displayCode(outcome.booking->code)},
                                              {u"slot"_s, outcome.booking->slot()},
                                              {u"timing"_s, timingKey(outcome.booking->timing)}});
    if (!outcome.bans.isEmpty()) {
        QJsonArray bans;
        for (const Ban &ban : outcome.bans)
            bans.append(banJson(ban, facility));
        json.insert(u"bans"_s, bans);
    }
    return json;
}

QJsonObject bookingJson(const Booking &booking, const Facility &facility) {
    QJsonObject json{
        {u"code"_s, BookingService::displayCode(booking.code)},
        {u"date"_s, booking.date.toString(Qt::ISODate)},
        {u"slot"_s, BookingService::slotLabel(booking.slotStart, booking.slotEnd)},
        {u"service"_s, serviceKey(booking.service)},
        {u"status"_s, bookingStatusKey(booking.status)},
        {u"inmate"_s, QJsonObject{{u"number"_s, booking.inmate.number}, {u"name"_s, booking.inmate.name}}},
        {u"visitors"_s, membersJson(booking.members)},
        {u"men"_s, booking.men},
        {u"women"_s, booking.women},
        {u"children"_s, booking.children},
        {u"total"_s, booking.people()},
        {u"booked_at"_s, timeJson(booking.bookedAt, facility)},
    };
    if (booking.cancelledAt.isValid())
        json.insert(u"cancelled_at"_s, timeJson(booking.cancelledAt, facility));
    if (booking.visitId != 0)
        json.insert(u"ticket_id"_s, booking.visitId);
    if (!booking.closedReason.isEmpty())
        json.insert(u"day_closed"_s, booking.closedReason);
    return json;
}

QJsonObject inspectionJson(const InspectionRecord &inspection, const Facility &facility) {
    QJsonArray items;
    for (const InspectionItem &item : inspection.items)
        items.append(QJsonObject{{u"description"_s, item.description},
                                 {u"disposition"_s, dispositionKey(item.disposition)},
                                 {u"tag"_s, item.tag}});
    return QJsonObject{{u"phase"_s, phaseKey(inspection.phase)},
                       {u"officer"_s, inspection.officer},
                       {u"at"_s, timeJson(inspection.at, facility)},
                       {u"outcome"_s, outcomeKey(inspection.outcome)},
                       {u"reason"_s, inspection.reason},
                       {u"notes"_s, inspection.notes},
                       {u"items"_s, items}};
}

} // namespace besuk::cli
