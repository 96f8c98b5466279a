#include "ui/kiosk/KioskFlow.h"

#include "db/InmateStore.h"
#include "db/Validation.h"
#include "platform/ticket/TicketView.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace besuk {

KioskFlow::KioskFlow(Facility &facility, QString station, QObject *parent)
    : QObject(parent), m_facility(facility), m_station(std::move(station)) {}

void KioskFlow::reset() {
    m_service = Service::Visit;
    m_inmate.reset();
    m_adults.clear();
    m_children = 0;
    m_ticket.reset();
    Q_EMIT changed();
}

void KioskFlow::setService(Service service) {
    m_service = service;
    Q_EMIT changed();
}

Result<QList<Inmate>> KioskFlow::searchInmates(const QString &text, int limit) {
    return InmateStore(m_facility).search(text.trimmed(), limit);
}

void KioskFlow::setInmate(const Inmate &inmate) {
    m_inmate = inmate;
    Q_EMIT changed();
}

Result<NikInfo> KioskFlow::checkNik(const QString &text) const {
    return Nik::parse(text, m_facility.today());
}

int KioskFlow::ageToday(const NikInfo &nik) const {
    return Nik::ageOn(nik.birthDate, m_facility.today());
}

Result<AdultDraft> KioskFlow::checkAdult(const QString &nik, const QString &name) const {
    auto info = checkNik(nik);
    if (!info)
        return info.error();
    auto cleanName = Validation::personName(name);
    if (!cleanName)
        return cleanName.error();
    const bool twice =
        std::any_of(m_adults.begin(), m_adults.end(), [&](const AdultDraft &other) { return other.nik == info->nik; });
    if (twice)
        return makeError(ErrorCode::InvalidInput,
                         tr("This NIK has already been added to the group. Each person is entered once."));
    AdultDraft draft{info->nik, *cleanName, info->sex, ageToday(*info), false};
    draft.countsAsChild = draft.age < adultAge();
    const auto adultsSoFar = std::count_if(m_adults.begin(), m_adults.end(), [](auto &a) { return !a.countsAsChild; });
    if (!draft.countsAsChild && adultsSoFar >= maxAdults())
        return makeError(
            ErrorCode::RuleRefused,
            tr("A group may have at most %n adult(s). Please continue without this person.", nullptr, maxAdults()));
    if (m_adults.size() + m_children >= maxGroupSize())
        return makeError(ErrorCode::RuleRefused,
                         tr("A group may have at most %n people, children included. Please register fewer people.",
                            nullptr, maxGroupSize()));
    return draft;
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
    return std::min(m_facility.rules().maxAdults, m_facility.rules().maxGroupSize);
}

int KioskFlow::maxGroupSize() const {
    return m_facility.rules().maxGroupSize;
}

int KioskFlow::adultAge() const {
    return m_facility.rules().adultAge;
}

int KioskFlow::maxChildren() const {
    const int room = maxGroupSize() - int(m_adults.size());
    return std::clamp(room, 0, RegistrationService::MaxChildren);
}

void KioskFlow::setChildren(int children) {
    m_children = std::clamp(children, 0, maxChildren());
    Q_EMIT changed();
}

int KioskFlow::men() const {
    return int(std::count_if(m_adults.begin(), m_adults.end(),
                             [](auto &a) { return !a.countsAsChild && a.sex == Sex::Male; }));
}

int KioskFlow::women() const {
    return int(std::count_if(m_adults.begin(), m_adults.end(),
                             [](auto &a) { return !a.countsAsChild && a.sex == Sex::Female; }));
}

int KioskFlow::childrenTotal() const {
    return m_children + int(m_adults.size()) - men() - women();
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
    auto issued = RegistrationService(m_facility).registerGroup(request);
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

} // namespace besuk
