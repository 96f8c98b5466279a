// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/BookingService.h"

#include "db/AuditLog.h"
#include "db/BanStore.h"
#include "db/Database.h"
#include "db/EnumKeys.h"
#include "db/Facility.h"
#include "db/TicketCodec.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

const KeyTable<BookingStatus, 4> BookingStatusKeys{{{BookingStatus::Booked, u"booked"_s},
                                                    {BookingStatus::Arrived, u"arrived"_s},
                                                    {BookingStatus::Cancelled, u"cancelled"_s},
                                                    {BookingStatus::NoShow, u"no_show"_s}}};

// Crockford's Base32 without I, L, O and U: nothing to misread on a phone screen or over the telephone.
const QString CodeAlphabet = u"0123456789ABCDEFGHJKMNPQRSTVWXYZ"_s;
constexpr qsizetype CodeLength = 8;

Error notYet() {
    return makeError(ErrorCode::Storage, BookingService::tr("Online booking is not available yet."));
}

} // namespace

QString bookingStatusKey(BookingStatus status) {
    return toKey(status, BookingStatusKeys);
}

std::optional<BookingStatus> bookingStatusFromKey(const QString &key) {
    return fromKey(key, BookingStatusKeys);
}

BookingService::BookingService(Facility &facility) : m_facility(facility) {}

std::optional<QString> BookingService::parseCode(const QString &typed) {
    QString code;
    for (const QChar c : typed) {
        if (c == u'-' || c.isSpace())
            continue;
        const QChar upper = c.toUpper();
        if (!CodeAlphabet.contains(upper) || code.size() == CodeLength)
            return std::nullopt;
        code.append(upper);
    }
    if (code.size() != CodeLength)
        return std::nullopt;
    return code;
}

QString BookingService::displayCode(const QString &code) {
    return code.size() == CodeLength ? code.left(4) + u'-' + code.mid(4) : code;
}

QString BookingService::newCode() {
    QString code;
    for (qsizetype i = 0; i < CodeLength; ++i)
        code.append(CodeAlphabet.at(QRandomGenerator::system()->bounded(int(CodeAlphabet.size()))));
    return code;
}

QString BookingService::slotLabel(const QTime &start, const QTime &end) {
    return start.toString(u"HH:mm"_s) + QChar(0x2013) + end.toString(u"HH:mm"_s);
}

Result<QList<BookableDay>> BookingService::bookableDays() {
    return notYet();
}

Result<QList<SlotAvailability>> BookingService::slotsOn(const QDate &) {
    return notYet();
}

Result<InmateRef> BookingService::findInmate(const QString &, const QString &) {
    return notYet();
}

Result<IssuedBooking> BookingService::book(const BookingRequest &) {
    return notYet();
}

Result<Booking> BookingService::find(const QString &, const QString &) {
    return notYet();
}

Result<Booking> BookingService::findByCode(const QString &) {
    return notYet();
}

Result<Booking> BookingService::load(qint64) {
    return notYet();
}

Result<void> BookingService::cancel(const QString &, const QString &, const QString &) {
    return notYet();
}

Result<void> BookingService::cancelByStaff(const QString &, const QString &, const QString &) {
    return notYet();
}

Result<IssuedBooking> BookingService::change(const QString &, const QString &, const QDate &, const QTime &,
                                             const QString &) {
    return notYet();
}

Result<QString> BookingService::payloadFor(const Booking &) {
    return notYet();
}

Result<QList<Booking>> BookingService::ofDay(const QDate &) {
    return notYet();
}

Result<IssuedTicket> BookingService::arrive(qint64, const QString &) {
    return notYet();
}

Result<IssuedTicket> BookingService::arriveByCode(const QString &, const QString &) {
    return notYet();
}

Result<int> BookingService::markNoShows() {
    return notYet();
}

Result<void> BookingService::closeDay(const QDate &, const QString &, const QString &) {
    return notYet();
}

Result<void> BookingService::reopenDay(const QDate &, const QString &) {
    return notYet();
}

Result<QList<BookableDay>> BookingService::closedDays(const QDate &, const QDate &) {
    return notYet();
}

BookingService::Timing BookingService::timingOf(const Booking &booking, const QDateTime &at) const {
    const QDateTime local = m_facility.toLocal(at);
    const int tolerance = m_facility.rules().arrivalToleranceMinutes * 60;
    const QDateTime start(booking.date, booking.slotStart, m_facility.profile().timeZone);
    const QDateTime end(booking.date, booking.slotEnd, m_facility.profile().timeZone);
    if (local < start.addSecs(-tolerance))
        return Timing::Early;
    if (local > end.addSecs(tolerance))
        return Timing::Late;
    return Timing::InSlot;
}

} // namespace besuk
