// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/kiosk/KioskFlow.h"

#include "db/BookingService.h"
#include "db/InmateStore.h"
#include "db/TicketCodec.h"
#include "db/offline/MirrorRefresh.h"
#include "platform/ticket/TicketView.h"

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

// A booking found, and usable for an arrival today.
Result<Booking> usableBooking(Facility &facility, Result<Booking> found) {
    if (found)
        if (auto usable = BookingService(facility).checkArrival(*found); !usable)
            return usable.error();
    return found;
}

} // namespace

KioskFlow::KioskFlow(Facility &facility, QString station, QObject *parent)
    : QObject(parent), m_facility(facility), m_station(std::move(station)),
      m_domain(std::make_unique<FacilityThread>(facility)),
      m_link(std::make_unique<StationLink>(m_domain->facility(), m_station, u"kiosk"_s)) {}

KioskFlow::~KioskFlow() {
    // The journal's connection ends on the thread that opened it.
    m_domain->finish([this] {
        m_offlineKiosk.reset();
        m_link.reset();
    });
}

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
    return onDomain([this, text, limit](Facility &facility) -> Result<QList<Inmate>> {
        if (!m_link->offline()) {
            auto found = InmateStore(facility).search(text.trimmed(), limit);
            if (found || !m_link->lostServer())
                return found;
        }
        return m_offlineKiosk->searchInmates(text, limit);
    });
}

void KioskFlow::setInmate(const Inmate &inmate) {
    m_inmate = inmate;
    Q_EMIT changed();
}

Result<void> KioskFlow::checkInmate(const Inmate &inmate) {
    return onDomain([this, number = inmate.number, service = m_service](Facility &facility) -> Result<void> {
        if (!m_link->offline()) {
            std::ignore = facility.reloadRules(); // a failure shows in the check itself
            auto checked = RegistrationService(facility).checkInmate(number, service);
            if (checked || !m_link->lostServer())
                return checked;
        }
        return m_offlineKiosk->checkInmate(number, service);
    });
}

Result<AdultDraft> KioskFlow::checkCompleteNik(const QString &nik) {
    return onDomain([this, adults = m_adults, children = m_children, nik](Facility &) {
        auto checked = rules().checkNik(adults, children, nik);
        if (!checked && !m_link->offline() && m_link->lostServer())
            return rules().checkNik(adults, children, nik);
        return checked;
    });
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
    return onDomain([this, adults = m_adults, children = m_children, entry = AdultEntry{nik, name}](Facility &) {
        auto checked = rules().checkJoin(adults, children, entry);
        if (!checked && !m_link->offline() && m_link->lostServer())
            return rules().checkJoin(adults, children, entry);
        return checked;
    });
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
    auto issued = onDomain([this, request](Facility &facility) {
        Result<IssuedTicket> done = makeError(ErrorCode::Storage, QString());
        if (!m_link->offline()) {
            std::ignore = facility.reloadRules(); // staff may have changed them while the group stood here
            done = RegistrationService(facility).registerGroup(request);
        }
        // Nothing was stored when the server could not be reached before the commit; a commit whose answer was
        // lost is rare, and its twin from the journal shows on upload as a second visit of the day
        // (docs/deployment.md).
        if (m_link->offline() || (!done && m_link->lostServer()))
            done = m_offlineKiosk->registerGroup(request);
        return done;
    });
    if (issued) {
        m_ticket = *issued;
        Q_EMIT changed();
    }
    return issued;
}

Result<Booking> KioskFlow::findBooking(const QString &typedCode) {
    if (m_linkState.offline)
        return needsServer();
    return keepIfUsable(onDomain([typedCode](Facility &facility) {
        return usableBooking(facility, BookingService(facility).findByCode(typedCode));
    }));
}

Result<Booking> KioskFlow::findScannedBooking(const QString &scanned) {
    if (m_linkState.offline)
        return needsServer();
    return keepIfUsable(onDomain([scanned](Facility &facility) {
        BookingService bookings(facility);
        // A code in a QR of its own (or typed so fast that it looked like a scan) is as good as a typed one.
        if (BookingService::parseCode(scanned.trimmed()))
            return usableBooking(facility, bookings.findByCode(scanned.trimmed()));
        return usableBooking(facility, bookings.findByPayload(scanned));
    }));
}

Result<Booking> KioskFlow::keepIfUsable(Result<Booking> found) {
    m_booking.reset();
    m_ticket.reset();
    if (found)
        m_booking = *found;
    Q_EMIT changed();
    return found;
}

Result<IssuedTicket> KioskFlow::confirmBooking() {
    if (!m_booking)
        return makeError(ErrorCode::NotFound, tr("Please scan your booking or type its code first."));
    auto issued = onDomain([id = m_booking->id, station = m_station](Facility &facility) {
        return BookingService(facility).arrive(id, station);
    });
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
    if (m_linkState.offline)
        return needsServer();
    auto repeat = onDomain([scanned](Facility &facility) -> Result<RepeatVisit> {
        RegistrationService registration(facility);
        auto found = registration.repeatOf(scanned);
        if (found)
            if (auto usable = registration.checkRepeat(*found); !usable)
                return usable.error();
        return found;
    });
    if (repeat) {
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
    auto issued = onDomain([repeat = *m_repeat, children = m_children, station = m_station](Facility &facility) {
        std::ignore = facility.reloadRules();
        return RegistrationService(facility).registerRepeat(repeat, children, station);
    });
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
        auto logged = onDomain([this, label = m_ticket->visit.queueLabel(),
                                detail = TicketPrinter::staffDetail(printed.error())](Facility &facility) {
            return facility.logEvent(m_station, u"printer.failed"_s, label, detail);
        });
        if (!logged)
            qWarning("besuk: could not log a printer failure: %s", qPrintable(logged.error().message));
    }
    return printed;
}

RegistrationService KioskFlow::rules() const {
    Facility &facility = m_domain->facility();
    if (!m_link->offline())
        return RegistrationService(facility);
    OfflineKiosk *kiosk = m_offlineKiosk.get();
    return RegistrationService(facility, [kiosk](const QStringList &niks) { return kiosk->checkBans(niks); });
}

Result<void> KioskFlow::useJournal(const QString &path) {
    return onDomain([this, path](Facility &facility) -> Result<void> {
        if (auto opened = m_link->openJournal(path); !opened)
            return opened;
        m_offlineKiosk = std::make_unique<OfflineKiosk>(facility, *m_link->journal());
        return {};
    });
}

Result<int> KioskFlow::refreshMirror() {
    return onDomain([this](Facility &) {
        auto reserved = m_link->refresh(&MirrorRefresh::refreshKiosk);
        return reserved;
    });
}

Result<UploadReport> KioskFlow::reconnect() {
    if (!m_linkState.offline)
        return UploadReport{};
    auto report = onDomain([this](Facility &) {
        auto sent = m_link->reconnect(&MirrorRefresh::refreshKiosk);
        return sent;
    });
    if (!report || m_linkState.offline)
        return report;
    Q_EMIT offlineChanged(false);
    Q_EMIT changed();
    return report;
}

int KioskFlow::waitingEntries() {
    return onDomain([this](Facility &) { return m_link->waitingEntries(); });
}

int KioskFlow::numbersLeft() {
    return onDomain([this, service = m_service](Facility &) {
        if (!m_offlineKiosk)
            return 0;
        auto left = m_offlineKiosk->numbersLeft(service);
        return left ? *left : 0;
    });
}

void KioskFlow::syncLink() {
    m_linkState = m_link->state();
    if (m_link->takeSwitchedOffline() && m_linkState.offline)
        Q_EMIT offlineChanged(true);
}

Error KioskFlow::needsServer() const {
    return makeError(ErrorCode::Storage, tr("Bookings and earlier tickets need the server, which cannot be reached "
                                            "now. Please register as a new visit, or ask at the registration desk."));
}

} // namespace besuk
