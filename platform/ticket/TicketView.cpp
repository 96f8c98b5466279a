// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/ticket/TicketView.h"

#include "db/InmateStore.h"

#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

// "WITA" where the zone database has a name for it, else "UTC+08:00" (tzdata writes "+08" for many zones).
QString zoneAbbreviation(const QDateTime &moment) {
    const QString abbreviation = moment.timeZoneAbbreviation();
    const bool named = !abbreviation.isEmpty() && abbreviation.front().isLetter() &&
                       !abbreviation.startsWith(u"UTC"_s) && !abbreviation.startsWith(u"GMT"_s);
    if (named)
        return abbreviation;
    return moment.timeZone().displayName(moment, QTimeZone::OffsetName);
}

} // namespace

TicketView TicketView::from(const VisitRecord &visit, const QString &payload, const Facility &facility) {
    const QLocale locale;
    TicketView view;
    view.facilityName = facility.profile().name;
    view.queueLabel = visit.queueLabel();
    view.serviceText = visit.service == Service::Visit ? QCoreApplication::translate("TicketView", "Face-to-face visit")
                                                       : QCoreApplication::translate("TicketView", "Item drop-off");
    view.dateText = locale.toString(visit.date, u"dddd, d MMMM yyyy"_s);
    if (visit.service == Service::Visit && !visit.session.isEmpty())
        view.sessionText = QCoreApplication::translate("TicketView", "Session %1").arg(visit.session);
    view.inmateName = visit.inmate.name;
    view.inmateNumber = visit.inmate.number;
    view.inmateBlock = InmateStore::blockText(visit.inmate.block);
    view.men = visit.men;
    view.women = visit.women;
    view.children = visit.children;
    if (!visit.members.isEmpty()) {
        view.leadName = visit.members.first().name;
        view.leadMaskedNik = visit.members.first().maskedNik;
    }
    if (visit.registeredAt.isValid()) {
        const QDateTime issued = facility.toLocal(visit.registeredAt);
        view.issuedAtText = locale.toString(issued.time(), u"HH:mm"_s) + u' ' + zoneAbbreviation(issued);
    }
    view.payload = payload;
    return view;
}

} // namespace besuk
