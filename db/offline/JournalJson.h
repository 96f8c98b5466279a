// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/GateService.h"
#include "db/RegistrationService.h"
#include "db/Visit.h"

#include <QDateTime>
#include <QJsonValue>
#include <QString>

namespace besuk::journaljson {

// How a station journal keeps a mirrored ticket, an offline inspection and an offline registration as JSON text.
QJsonValue jsonMs(const QDateTime &moment); // milliseconds since the epoch, null when invalid
QDateTime msFromJson(const QJsonValue &value);
QString recordJson(const VisitRecord &visit);
VisitRecord recordFromJson(const QString &text);
QString inspectionJson(const InspectionRequest &inspection);
InspectionRequest inspectionFromJson(const QString &text, const QString &officer);
QString registrationJson(const OfflineRegistration &registration);
OfflineRegistration registrationFromJson(const QString &text);

} // namespace besuk::journaljson
