// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/BanStore.h"
#include "db/Booking.h"
#include "db/GateService.h"
#include "db/InmateStore.h"
#include "db/Visit.h"

#include <QJsonArray>
#include <QJsonObject>

namespace besuk {
class Facility;
}

namespace besuk::cli {

// JSON shapes of domain values, shared by every command. Times are ISO 8601 in facility time, with offset.
QJsonObject inmateJson(const Inmate &inmate);
QJsonObject visitJson(const VisitRecord &visit, const Facility &facility);
QJsonObject outcomeJson(const GateOutcome &outcome, const Facility &facility);
// A booking as staff see it: NIKs masked as on the booking site, the code in its display form ("K7QM-4ZPX").
QJsonObject bookingJson(const Booking &booking, const Facility &facility);
QJsonObject inspectionJson(const InspectionRecord &inspection, const Facility &facility);
QJsonObject banJson(const Ban &ban, const Facility &facility);
QString timeJson(const QDateTime &moment, const Facility &facility); // empty for an invalid moment

} // namespace besuk::cli
