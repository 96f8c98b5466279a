// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/offline/JournalJson.h"

#include "db/EnumKeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace besuk::journaljson {

QJsonValue jsonMs(const QDateTime &moment) {
    return moment.isValid() ? QJsonValue(double(moment.toMSecsSinceEpoch())) : QJsonValue();
}
QDateTime msFromJson(const QJsonValue &value) {
    return value.isDouble() ? QDateTime::fromMSecsSinceEpoch(qint64(value.toDouble()), Qt::UTC) : QDateTime();
}

QString recordJson(const VisitRecord &visit) {
    QJsonArray members;
    for (const Member &member : visit.members)
        members.append(QJsonObject{
            {u"name"_s, member.name}, {u"nik"_s, member.maskedNik}, {u"category"_s, categoryKey(member.category)}});
    const QJsonObject json{
        {u"id"_s, double(visit.id)},
        {u"date"_s, isoDate(visit.date)},
        {u"service"_s, serviceKey(visit.service)},
        {u"number"_s, visit.queueNumber},
        {u"session"_s, visit.session},
        {u"status"_s, statusKey(visit.status)},
        {u"inmate"_s, QJsonObject{{u"id"_s, double(visit.inmate.id)},
                                  {u"number"_s, visit.inmate.number},
                                  {u"name"_s, visit.inmate.name},
                                  {u"block"_s, visit.inmate.block},
                                  {u"active"_s, visit.inmate.active}}},
        {u"members"_s, members},
        {u"men"_s, visit.men},
        {u"women"_s, visit.women},
        {u"children"_s, visit.children},
        {u"registered_at"_s, jsonMs(visit.registeredAt)},
        {u"admitted_at"_s, jsonMs(visit.admittedAt)},
        {u"admitted_by"_s, visit.admittedBy},
        {u"checked_out_at"_s, jsonMs(visit.checkedOutAt)},
        {u"checked_out_by"_s, visit.checkedOutBy},
        {u"refused_at"_s, jsonMs(visit.refusedAt)},
        {u"refused_reason"_s, visit.refusedReason},
        {u"cancelled_at"_s, jsonMs(visit.cancelledAt)},
        {u"cancel_reason"_s, visit.cancelReason},
    };
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

VisitRecord recordFromJson(const QString &text) {
    const QJsonObject json = QJsonDocument::fromJson(text.toUtf8()).object();
    VisitRecord visit;
    visit.id = qint64(json.value(u"id"_s).toDouble());
    visit.date = QDate::fromString(json.value(u"date"_s).toString(), Qt::ISODate);
    visit.service = serviceFromKey(json.value(u"service"_s).toString()).value_or(Service::Visit);
    visit.queueNumber = json.value(u"number"_s).toInt();
    visit.session = json.value(u"session"_s).toString();
    visit.status = statusFromKey(json.value(u"status"_s).toString()).value_or(VisitStatus::Registered);
    const QJsonObject inmate = json.value(u"inmate"_s).toObject();
    visit.inmate = Inmate{qint64(inmate.value(u"id"_s).toDouble()), inmate.value(u"number"_s).toString(),
                          inmate.value(u"name"_s).toString(), inmate.value(u"block"_s).toString(),
                          inmate.value(u"active"_s).toBool()};
    for (const QJsonValue &value : json.value(u"members"_s).toArray()) {
        const QJsonObject member = value.toObject();
        visit.members.append(Member{member.value(u"name"_s).toString(), member.value(u"nik"_s).toString(),
                                    categoryFromKey(member.value(u"category"_s).toString()).value_or(Category::Man)});
    }
    visit.men = json.value(u"men"_s).toInt();
    visit.women = json.value(u"women"_s).toInt();
    visit.children = json.value(u"children"_s).toInt();
    visit.registeredAt = msFromJson(json.value(u"registered_at"_s));
    visit.admittedAt = msFromJson(json.value(u"admitted_at"_s));
    visit.admittedBy = json.value(u"admitted_by"_s).toString();
    visit.checkedOutAt = msFromJson(json.value(u"checked_out_at"_s));
    visit.checkedOutBy = json.value(u"checked_out_by"_s).toString();
    visit.refusedAt = msFromJson(json.value(u"refused_at"_s));
    visit.refusedReason = json.value(u"refused_reason"_s).toString();
    visit.cancelledAt = msFromJson(json.value(u"cancelled_at"_s));
    visit.cancelReason = json.value(u"cancel_reason"_s).toString();
    return visit;
}

QString inspectionJson(const InspectionRequest &inspection) {
    QJsonArray items;
    for (const InspectionItem &item : inspection.items)
        items.append(QJsonObject{{u"description"_s, item.description},
                                 {u"disposition"_s, dispositionKey(item.disposition)},
                                 {u"tag"_s, item.tag}});
    const QJsonObject json{{u"phase"_s, phaseKey(inspection.phase)},
                           {u"outcome"_s, outcomeKey(inspection.outcome)},
                           {u"reason"_s, inspection.reason},
                           {u"notes"_s, inspection.notes},
                           {u"items"_s, items}};
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

InspectionRequest inspectionFromJson(const QString &text, const QString &officer) {
    const QJsonObject json = QJsonDocument::fromJson(text.toUtf8()).object();
    InspectionRequest inspection;
    inspection.phase = phaseFromKey(json.value(u"phase"_s).toString()).value_or(InspectionPhase::Entry);
    inspection.officer = officer;
    inspection.outcome = outcomeFromKey(json.value(u"outcome"_s).toString()).value_or(InspectionOutcome::Cleared);
    inspection.reason = json.value(u"reason"_s).toString();
    inspection.notes = json.value(u"notes"_s).toString();
    for (const QJsonValue &value : json.value(u"items"_s).toArray()) {
        const QJsonObject item = value.toObject();
        inspection.items.append(
            InspectionItem{item.value(u"description"_s).toString(),
                           dispositionFromKey(item.value(u"disposition"_s).toString()).value_or(Disposition::Allowed),
                           item.value(u"tag"_s).toString()});
    }
    return inspection;
}

QString registrationJson(const OfflineRegistration &registration) {
    QJsonArray adults;
    for (const AdultEntry &adult : registration.adults)
        adults.append(QJsonObject{{u"nik"_s, adult.nik}, {u"name"_s, adult.name}});
    const QJsonObject json{{u"visit_id"_s, double(registration.visitId)},
                           {u"date"_s, isoDate(registration.date)},
                           {u"service"_s, serviceKey(registration.service)},
                           {u"number"_s, registration.queueNumber},
                           {u"session"_s, registration.session},
                           {u"inmate"_s, registration.inmateNumber},
                           {u"adults"_s, adults},
                           {u"children"_s, registration.children},
                           {u"station"_s, registration.station},
                           {u"registered_at"_s, jsonMs(registration.registeredAt)}};
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

OfflineRegistration registrationFromJson(const QString &text) {
    const QJsonObject json = QJsonDocument::fromJson(text.toUtf8()).object();
    OfflineRegistration registration;
    registration.visitId = qint64(json.value(u"visit_id"_s).toDouble());
    registration.date = QDate::fromString(json.value(u"date"_s).toString(), Qt::ISODate);
    registration.service = serviceFromKey(json.value(u"service"_s).toString()).value_or(Service::Visit);
    registration.queueNumber = json.value(u"number"_s).toInt();
    registration.session = json.value(u"session"_s).toString();
    registration.inmateNumber = json.value(u"inmate"_s).toString();
    for (const QJsonValue &value : json.value(u"adults"_s).toArray())
        registration.adults.append(
            AdultEntry{value.toObject().value(u"nik"_s).toString(), value.toObject().value(u"name"_s).toString()});
    registration.children = json.value(u"children"_s).toInt();
    registration.station = json.value(u"station"_s).toString();
    registration.registeredAt = msFromJson(json.value(u"registered_at"_s));
    return registration;
}

} // namespace besuk::journaljson
