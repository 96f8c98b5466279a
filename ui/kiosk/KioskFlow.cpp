// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/kiosk/KioskFlow.h"

#include "db/BookingService.h"
#include "db/InmateStore.h"
#include "db/TicketCodec.h"
#include "db/offline/MirrorRefresh.h"
#include "platform/ticket/TicketView.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace besuk {

KioskFlow::KioskFlow(Facility &facility, QString station, QObject *parent)
    : QObject(parent), m_facility(facility), m_station(std::move(station)), m_link(facility, m_station, u"kiosk"_s) {}

void KioskFlow::reset() {
    m_service = Service::Visit;
    m_inmate.reset();
    m_adults.clear();
    m_children = 0;
    m_ticket.reset();
    m_booking.reset();
    m_repeat.reset();
    Q_EMIT changed();
}

void KioskFlow::setService(Service service) {
    m_service = service;
    Q_EMIT changed();
}

Result<QList<Inmate>> KioskFlow::searchInmates(const QString &text, int limit) {
    if (!m_link.offline()) {
        auto found = InmateStore(m_facility).search(text.trimmed(), limit);
        if (found || !lostServer())
            return found;
    }
    return m_offlineKiosk->searchInmates(text, limit);
}

void KioskFlow::setInmate(const Inmate &inmate) {
    m_inmate = inmate;
    Q_EMIT changed();
}

Result<void> KioskFlow::checkInmate(const Inmate &inmate) {
    if (!m_link.offline()) {
        auto checked = RegistrationService(m_facility).checkInmate(inmate.number, m_service);
        if (checked || !lostServer())
            return checked;
    }
    return m_offlineKiosk->checkInmate(inmate.number, m_service);
}

Result<AdultDraft> KioskFlow::checkCompleteNik(const QString &nik) {
    auto checked = rules().checkNik(m_adults, m_children, nik);
    if (!checked && !m_link.offline() && lostServer())
        return rules().checkNik(m_adults, m_children, nik);
    return checked;
}

Result<NikInfo> KioskFlow::checkNik(const QString &text) const {
    return Nik::parse(text, m_facility.today());
}

int KioskFlow::ageToday(const NikInfo &nik) const {
    return Nik::ageOn(nik.birthDate, m_facility.today());
}

bool KioskFlow::countsAsChild(const NikInfo &nik) const {
    return RegistrationService(m_facility).categoryOf(nik) == Category::Child;
}

Result<AdultDraft> KioskFlow::checkAdult(const QString &nik, const QString &name) {
    auto checked = rules().checkJoin(m_adults, m_children, AdultEntry{nik, name});
    if (!checked && !m_link.offline() && lostServer())
        return rules().checkJoin(m_adults, m_children, AdultEntry{nik, name});
    return checked;
}

Result<AdultDraft> KioskFlow::addAdult(const QString &nik, const QString &name) {
    auto draft = checkAdult(nik, name);
    if (draft) {
        m_adults.append(*draft);
        m_children = std::min(m_children, maxChildren());
        Q_EMIT changed();
    }
    return draft;
}

void KioskFlow::removeAdult(int index) {
    if (index < 0 || index >= m_adults.size())
        return;
    m_adults.removeAt(index);
    Q_EMIT changed();
}

int KioskFlow::maxAdults() const {
    return RegistrationService(m_facility).adultLimit();
}

int KioskFlow::maxGroupSize() const {
    return m_facility.rules().maxGroupSize;
}

int KioskFlow::adultAge() const {
    return m_facility.rules().adultAge;
}

int KioskFlow::maxChildren() const {
    return RegistrationService(m_facility).childrenRoom(m_repeat ? m_repeat->members.size() : m_adults.size());
}

void KioskFlow::setChildren(int children) {
    m_children = std::clamp(children, 0, maxChildren());
    Q_EMIT changed();
}

Result<IssuedTicket> KioskFlow::submit() {
    if (!m_inmate)
        return makeError(ErrorCode::InvalidInput, tr("Please choose the inmate you are visiting."));
    RegistrationRequest request;
    request.inmateNumber = m_inmate->number;
    for (const AdultDraft &adult : std::as_const(m_adults))
        request.adults.append(AdultEntry{adult.nik, adult.name});
    request.children = m_children;
    request.service = m_service;
    request.station = m_station;
    Result<IssuedTicket> issued = makeError(ErrorCode::Storage, QString());
    if (!m_link.offline())
        issued = RegistrationService(m_facility).registerGroup(request);
    // Nothing was stored when the server could not be reached before the commit; a commit whose answer was lost is
    // rare, and its twin from the journal shows on upload as a second visit of the day (docs/deployment.md).
    if (m_link.offline() || (!issued && lostServer()))
        issued = m_offlineKiosk->registerGroup(request);
    if (issued) {
        m_ticket = *issued;
        Q_EMIT changed();
    }
    return issued;
}

Result<Booking> KioskFlow::findBooking(const QString &typedCode) {
    if (m_link.offline())
        return needsServer();
    return keepIfUsable(BookingService(m_facility).findByCode(typedCode));
}

Result<Booking> KioskFlow::findScannedBooking(const QString &scanned) {
    if (m_link.offline())
        return needsServer();
    BookingService bookings(m_facility);
    // A code in a QR of its own (or typed so fast that it looked like a scan) is as good as a typed one.
    if (BookingService::parseCode(scanned.trimmed()))
        return keepIfUsable(bookings.findByCode(scanned.trimmed()));
    return keepIfUsable(bookings.findByPayload(scanned));
}

Result<Booking> KioskFlow::keepIfUsable(Result<Booking> found) {
    m_booking.reset();
    m_ticket.reset();
    if (found) {
        if (auto usable = BookingService(m_facility).checkArrival(*found); !usable)
            found = usable.error();
        else
            m_booking = *found;
    }
    Q_EMIT changed();
    return found;
}

Result<IssuedTicket> KioskFlow::confirmBooking() {
    if (!m_booking)
        return makeError(ErrorCode::NotFound, tr("Please scan your booking or type its code first."));
    auto issued = BookingService(m_facility).arrive(m_booking->id, m_station);
    if (issued) {
        m_ticket = *issued;
        m_service = m_booking->service;
        Q_EMIT changed();
    }
    return issued;
}

Result<KioskFlow::Scanned> KioskFlow::findScanned(const QString &scanned) {
    const FacilityProfile &profile = m_facility.profile();
    auto claims = TicketCodec::decode(TicketCodec::fromScanned(scanned), profile.publicKey, profile.code);
    if (claims && !claims->booked()) {
        if (auto repeat = findRepeat(scanned); !repeat)
            return repeat.error();
        return Scanned::Repeat;
    }
    m_repeat.reset();
    if (auto booking = findScannedBooking(scanned); !booking)
        return booking.error();
    return Scanned::Booking;
}

Result<RepeatVisit> KioskFlow::findRepeat(const QString &scanned) {
    reset();
    if (m_link.offline())
        return needsServer();
    RegistrationService registration(m_facility);
    auto repeat = registration.repeatOf(scanned);
    if (repeat) {
        if (auto usable = registration.checkRepeat(*repeat); !usable)
            return usable.error();
        m_repeat = *repeat;
        m_service = repeat->service;
        m_inmate = repeat->inmate;
        m_children = std::clamp(repeat->childrenWithoutNik, 0, maxChildren());
        Q_EMIT changed();
    }
    return repeat;
}

Result<IssuedTicket> KioskFlow::confirmRepeat() {
    if (!m_repeat)
        return makeError(ErrorCode::NotFound, tr("Please scan the ticket of your last visit first."));
    auto issued = RegistrationService(m_facility).registerRepeat(*m_repeat, m_children, m_station);
    if (issued) {
        m_ticket = *issued;
        Q_EMIT changed();
    }
    return issued;
}

Result<void> KioskFlow::printTicket(const PrinterChoice &choice) {
    if (!m_ticket)
        return makeError(ErrorCode::NotFound, tr("There is no ticket to print."));
    const TicketView view = TicketView::from(m_ticket->visit, m_ticket->payload, m_facility);
    auto printed = TicketPrinter::print(view, choice);
    if (!printed) {
        // The visitor keeps the ticket on screen; staff learn about the printer from the audit log.
        auto logged = m_facility.logEvent(m_station, u"printer.failed"_s, m_ticket->visit.queueLabel(),
                                          TicketPrinter::staffDetail(printed.error()));
        if (!logged)
            qWarning("besuk: could not log a printer failure: %s", qPrintable(logged.error().message));
    }
    return printed;
}

RegistrationService KioskFlow::rules() const {
    if (!m_link.offline())
        return RegistrationService(m_facility);
    OfflineKiosk *kiosk = m_offlineKiosk.get();
    return RegistrationService(m_facility, [kiosk](const QStringList &niks) { return kiosk->checkBans(niks); });
}

Result<void> KioskFlow::useJournal(const QString &path) {
    if (auto opened = m_link.openJournal(path); !opened)
        return opened;
    m_offlineKiosk = std::make_unique<OfflineKiosk>(m_facility, *m_link.journal());
    return {};
}

Result<int> KioskFlow::refreshMirror() {
    bool switched = false;
    auto reserved = m_link.refresh(&MirrorRefresh::refreshKiosk, switched);
    if (switched)
        Q_EMIT offlineChanged(true);
    return reserved;
}

Result<UploadReport> KioskFlow::reconnect() {
    if (!m_link.offline())
        return UploadReport{};
    auto report = m_link.reconnect();
    if (!report)
        return report;
    (void)refreshMirror();
    Q_EMIT offlineChanged(false);
    Q_EMIT changed();
    return report;
}

int KioskFlow::numbersLeft() {
    if (!m_offlineKiosk)
        return 0;
    auto left = m_offlineKiosk->numbersLeft(m_service);
    return left ? *left : 0;
}

bool KioskFlow::lostServer() {
    bool switched = false;
    const bool lost = m_link.lostServer(switched);
    if (switched)
        Q_EMIT offlineChanged(true);
    return lost;
}

Error KioskFlow::needsServer() const {
    return makeError(ErrorCode::Storage, tr("Bookings and earlier tickets need the server, which cannot be reached "
                                            "now. Please register as a new visit, or ask at the registration desk."));
}

} // namespace besuk
