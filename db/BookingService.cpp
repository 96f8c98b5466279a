// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/BookingService.h"

#include "db/AuditLog.h"
#include "db/BanStore.h"
#include "db/Database.h"
#include "db/EnumKeys.h"
#include "db/Facility.h"
#include "db/InmateStore.h"
#include "db/MessageLocale.h"
#include "db/TicketCodec.h"
#include "db/Validation.h"

#include <QHash>
#include <QMutex>
#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace besuk {

// A booking as stored, with what only the domain may see: the adults' full NIKs.
struct StoredBooking {
    Booking booking;
    QList<AdultEntry> adults;
    int childrenWithoutNik = 0;
};

// What the rules count for a booking, read after the audit chain's lock (see book()).
struct BookingCounts {
    RuleCounts rules;
    int slotTaken = 0;
    int niksAtLimit = 0; // adults of the group who already have the most open bookings allowed
    QString closedReason;
    QVariant newestAuditHash;
};

namespace {

const KeyTable<BookingStatus, 4> BookingStatusKeys{{{BookingStatus::Booked, u"booked"_s},
                                                    {BookingStatus::Arrived, u"arrived"_s},
                                                    {BookingStatus::Cancelled, u"cancelled"_s},
                                                    {BookingStatus::NoShow, u"no_show"_s}}};

// Crockford's Base32 without I, L, O and U: nothing to misread on a phone screen or over the telephone.
const QString CodeAlphabet = u"0123456789ABCDEFGHJKMNPQRSTVWXYZ"_s;
constexpr qsizetype CodeLength = 8;
constexpr int MaxReasonLength = 200;
const QString TimeFormat = u"HH:mm"_s;

QString iso(const QDate &date) {
    return date.toString(Qt::ISODate);
}

QString longDate(const QDate &date) {
    return messageDate(date);
}

QDateTime moment(const QVariant &value) {
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QString folded(const QString &text) {
    return text.simplified().toCaseFolded();
}

QString digitsOf(const QString &nik) {
    QString digits;
    for (const QChar c : nik)
        if (!c.isSpace() && c != u'-' && c != u'.')
            digits.append(c);
    return digits;
}

Error inmateNotFound() {
    return makeError(ErrorCode::NotFound, BookingService::tr("No inmate with this number and name was found. Please "
                                                             "check both as they are written on the inmate's papers."));
}

Error bookingNotFound() {
    return makeError(ErrorCode::NotFound,
                     BookingService::tr("No booking with this code and NIK was found. Please check both."));
}

Error dayClosed(const QDate &date, const QString &reason) {
    return makeError(ErrorCode::RuleRefused,
                     BookingService::tr("There are no visits on %1: %2").arg(longDate(date), reason));
}

// PostgreSQL's role for the booking site (packaging/postgres/web-role.sql) may not read the roster or the bans: it
// finds an inmate, counts bans and names a booking's inmate through the besuk_web schema's functions and view.
// Whether a connection is such a role is asked once per connection (name, server, database and user).
bool throughWebRole(Database &db) {
    if (db.backend() != Backend::Postgres)
        return false;
    static QMutex mutex;
    static QHash<QString, bool> known;
    const QSqlDatabase connection = db.connection();
    const QString key = connection.connectionName() + u'|' + connection.hostName() + u'|' +
                        QString::number(connection.port()) + u'|' + connection.databaseName() + u'|' +
                        connection.userName();
    {
        const QMutexLocker lock(&mutex);
        if (const auto found = known.constFind(key); found != known.cend())
            return *found;
    }
    SqlQuery query(db, u"SELECT has_table_privilege('public.inmates', 'SELECT')"_s);
    auto mayRead = query.scalar();
    if (!mayRead)
        return false; // the next statement reports what is wrong with the connection
    const QMutexLocker lock(&mutex);
    known.insert(key, !mayRead->toBool());
    return !mayRead->toBool();
}

// The booking and its members in one statement: a row per member, the booking's columns repeated.
QString selectBooking(Database &db) {
    return u"SELECT b.id, b.code, b.facility_date, b.slot_start, b.slot_end, b.service, b.status, b.men, b.women, "
           u"b.children, b.booked_at, b.cancelled_at, b.visit_id, i.id, i.number, i.name, c.reason, m.name, m.nik, "
           u"m.category FROM bookings b JOIN "_s +
           (throughWebRole(db) ? u"besuk_web.booked_inmates"_s : u"inmates"_s) +
           u" i ON i.id = b.inmate_id LEFT JOIN closed_days c ON c.facility_date = b.facility_date "
           u"LEFT JOIN booking_members m ON m.booking_id = b.id "_s;
}

Booking bookingFrom(const SqlQuery &query) {
    Booking b;
    b.id = query.value(0).toLongLong();
    b.code = query.value(1).toString();
    b.date = QDate::fromString(query.value(2).toString(), Qt::ISODate);
    b.slotStart = QTime::fromString(query.value(3).toString(), TimeFormat);
    b.slotEnd = QTime::fromString(query.value(4).toString(), TimeFormat);
    b.service = serviceFromKey(query.value(5).toString()).value_or(Service::Visit);
    b.status = bookingStatusFromKey(query.value(6).toString()).value_or(BookingStatus::Booked);
    b.men = query.value(7).toInt();
    b.women = query.value(8).toInt();
    b.children = query.value(9).toInt();
    b.bookedAt = moment(query.value(10));
    b.cancelledAt = moment(query.value(11));
    b.visitId = query.value(12).toLongLong();
    b.inmate = InmateRef{query.value(13).toLongLong(), query.value(14).toString(), query.value(15).toString()};
    b.closedReason = query.value(16).toString();
    return b;
}

// Every booking the executed query returned, rows of one booking next to each other.
QList<StoredBooking> storedFrom(SqlQuery &query) {
    QList<StoredBooking> result;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (result.isEmpty() || result.last().booking.id != id)
            result.append(StoredBooking{bookingFrom(query), {}, 0});
        StoredBooking &stored = result.last();
        if (query.value(17).isNull())
            continue;
        const Category category = categoryFromKey(query.value(19).toString()).value_or(Category::Man);
        stored.booking.members.append(
            Member{query.value(17).toString(), Nik::mask(query.value(18).toString()), category});
        stored.adults.append(AdultEntry{query.value(18).toString(), query.value(17).toString()});
    }
    for (StoredBooking &stored : result) {
        const auto nikChildren = std::count_if(stored.booking.members.cbegin(), stored.booking.members.cend(),
                                               [](const Member &m) { return m.category == Category::Child; });
        stored.childrenWithoutNik = stored.booking.children - int(nikChildren);
    }
    return result;
}

Result<QList<StoredBooking>> selectStored(Database &db, const QString &where, const QVariantList &values) {
    SqlQuery query(db, selectBooking(db) + where);
    for (const QVariant &value : values)
        query.bind(value);
    if (auto done = query.exec(); !done)
        return done.error();
    return storedFrom(query);
}

Result<StoredBooking> selectOne(Database &db, const QString &where, const QVariant &value) {
    auto found = selectStored(db, where + u" ORDER BY m.position"_s, {value});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return bookingNotFound();
    return found->first();
}

struct CountRequest {
    qint64 inmateId = 0;
    QStringList niks;
    QDate date;
    QTime slotStart;
    qint64 ownBooking = 0; // left out of every count (a change)
    QString inmateNumber;  // as found: the web role finds the inmate again by both (throughWebRole)
    QString inmateName;
};

Result<BookingCounts> readCounts(Database &db, const CountRequest &request, const QDateTime &now, const QDate &today,
                                 int nikLimit) {
    const QDate monday = request.date.addDays(1 - request.date.dayOfWeek());
    QStringList marks;
    marks.fill(u"?"_s, request.niks.size());
    const bool webRole = throughWebRole(db);
    const QString bans = webRole ? u"besuk_web.bans_in_force(CAST(? AS BIGINT), CAST("_s +
                                       marks.join(u" AS TEXT), CAST("_s) + u" AS TEXT))"_s
                                 : BanStore::countInForceSql(request.niks.size());
    const QString sql =
        u"SELECT i.id, i.number, i.name, i.block, i.active, "_s + AuditLog::newestHashColumn() + u", "_s + bans +
        u", "_s + RegistrationService::weekVisitsSql() + u", "_s + RegistrationService::dayPeopleSql() +
        u", (SELECT COALESCE(SUM(men + women + children), 0) FROM bookings WHERE facility_date = ? "
        u"AND slot_start = ? AND status IN ('booked', 'arrived') AND id <> ?), "
        u"(SELECT COUNT(*) FROM (SELECT m.nik FROM booking_members m JOIN bookings b ON b.id = m.booking_id "
        u"WHERE b.status = 'booked' AND b.facility_date >= ? AND b.id <> ? AND m.nik IN ("_s +
        marks.join(u", "_s) +
        u") GROUP BY m.nik HAVING COUNT(*) >= ?) AS at_limit), "
        u"(SELECT reason FROM closed_days WHERE facility_date = ?) FROM "_s +
        (webRole ? u"besuk_web.find_inmate(?, ?, ?)"_s : u"inmates"_s) + u" i WHERE i.id = ?"_s;
    SqlQuery query(db, sql);
    query.bind(now.toMSecsSinceEpoch());
    for (const QString &nik : request.niks)
        query.bind(nik);
    query.bind(iso(monday)).bind(iso(monday.addDays(6))).bind(iso(monday)).bind(iso(monday.addDays(6)));
    query.bind(iso(today)).bind(request.ownBooking);
    query.bind(iso(request.date)).bind(iso(request.date)).bind(request.ownBooking);
    query.bind(iso(request.date)).bind(request.slotStart.toString(TimeFormat)).bind(request.ownBooking);
    query.bind(iso(today)).bind(request.ownBooking);
    for (const QString &nik : request.niks)
        query.bind(nik);
    query.bind(nikLimit).bind(iso(request.date));
    if (webRole) {
        const QString number = request.inmateNumber.simplified();
        query.bind(InmateStore::searchKey(number)).bind(number);
        query.bind(InmateStore::searchKey(request.inmateName.simplified()));
    }
    query.bind(request.inmateId);
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return inmateNotFound();
    BookingCounts counts;
    counts.rules.inmate = Inmate{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                                 query.value(3).toString(), query.value(4).toInt() == 1};
    counts.newestAuditHash = query.value(5);
    counts.rules.bans = query.value(6).toInt();
    counts.rules.weekVisits = query.value(7).toInt();
    counts.rules.dayPeople = query.value(8).toInt();
    counts.slotTaken = query.value(9).toInt();
    counts.niksAtLimit = query.value(10).toInt();
    counts.closedReason = query.value(11).toString();
    return counts;
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

Result<void> BookingService::checkBookable(const QDate &date) const {
    const Rules &rules = m_facility.rules();
    if (rules.bookingHorizonDays == 0)
        return makeError(ErrorCode::RuleRefused, tr("Online booking is not available at the moment."));
    const QDateTime local = m_facility.toLocal(m_facility.now());
    const QDate today = local.date();
    const bool tooLate = date == today.addDays(1) && local.time() >= rules.bookingClosesAt;
    if (!date.isValid() || date <= today || date > today.addDays(rules.bookingHorizonDays) || tooLate ||
        !rules.anyVisitingDays().contains(date.dayOfWeek()) || rules.slotsOn(date).isEmpty())
        return makeError(ErrorCode::RuleRefused,
                         tr("Booking for %1 is not open. Please choose one of the days offered.")
                             .arg(date.isValid() ? longDate(date) : QString()));
    return {};
}

Result<QList<BookableDay>> BookingService::bookableDays() {
    const Rules &rules = m_facility.rules();
    const QDate today = m_facility.today();
    auto closed = closedDays(today.addDays(1), today.addDays(rules.bookingHorizonDays));
    if (!closed)
        return closed.error();
    QList<BookableDay> days;
    for (int ahead = 1; ahead <= rules.bookingHorizonDays; ++ahead) {
        const QDate date = today.addDays(ahead);
        if (!checkBookable(date))
            continue;
        BookableDay day{date, false, {}};
        for (const BookableDay &shut : std::as_const(*closed))
            if (shut.date == date)
                day = shut;
        days.append(day);
    }
    return days;
}

Result<QList<SlotAvailability>> BookingService::slotsOn(const QDate &date) {
    QList<SlotAvailability> result;
    for (const BookingSlot &slot : m_facility.rules().slotsOn(date))
        result.append(SlotAvailability{slot.start, slot.end, slot.capacity, 0});
    if (result.isEmpty())
        return result;
    SqlQuery query(m_facility.database(),
                   u"SELECT slot_start, COALESCE(SUM(men + women + children), 0) FROM bookings "
                   u"WHERE facility_date = ? AND status IN ('booked', 'arrived') GROUP BY slot_start"_s);
    query.bind(iso(date));
    if (auto done = query.exec(); !done)
        return done.error();
    while (query.next()) {
        const QTime start = QTime::fromString(query.value(0).toString(), TimeFormat);
        for (SlotAvailability &slot : result)
            if (slot.start == start)
                slot.taken = query.value(1).toInt();
    }
    return result;
}

Result<InmateRef> BookingService::findInmate(const QString &number, const QString &name) {
    const QString wantedNumber = folded(number);
    const QString wantedName = folded(name);
    if (wantedNumber.isEmpty() || wantedName.isEmpty())
        return inmateNotFound();
    Database &db = m_facility.database();
    const bool webRole = throughWebRole(db);
    SqlQuery query(db, webRole ? u"SELECT id, number, name, active FROM besuk_web.find_inmate(?, ?, ?)"_s
                               : u"SELECT id, number, name, active FROM inmates WHERE number_key = ? OR number = ?"_s);
    query.bind(InmateStore::searchKey(number.simplified())).bind(number.trimmed());
    if (webRole)
        query.bind(InmateStore::searchKey(name.simplified()));
    if (auto done = query.exec(); !done)
        return done.error();
    while (query.next()) {
        if (folded(query.value(1).toString()) == wantedNumber && folded(query.value(2).toString()) == wantedName &&
            query.value(3).toInt() == 1)
            return InmateRef{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()};
    }
    return inmateNotFound();
}

Result<BookingService::Group> BookingService::checkGroupOn(const QList<AdultEntry> &adults, int children,
                                                           const QDate &date) const {
    RegistrationService registration(m_facility);
    if (adults.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Please enter at least one adult visitor with a NIK."));
    if (children < 0 || children > RegistrationService::MaxChildren)
        return makeError(ErrorCode::InvalidInput,
                         tr("The number of children must be between 0 and %1.").arg(RegistrationService::MaxChildren));
    Group group;
    for (const AdultEntry &entry : adults) {
        auto person = registration.checkPersonOn(entry, date);
        if (!person)
            return person.error();
        group.people.append(*person);
    }
    auto count = registration.checkGroup(group.people, children);
    if (!count)
        return count.error();
    group.count = *count;
    return group;
}

// The rules that hold for every booking and change, on what readCounts found.
Result<void> BookingService::judge(const BookingCounts &counts, const QDate &date, const BookingSlot &slot,
                                   Service service, int people) const {
    if (!counts.closedReason.isEmpty())
        return dayClosed(date, counts.closedReason);
    if (!counts.rules.inmate.active)
        return inmateNotFound();
    if (auto allowed = RegistrationService(m_facility).judgeCounts(counts.rules, service, people, date); !allowed)
        return allowed;
    if (counts.slotTaken >= slot.capacity)
        return makeError(ErrorCode::RuleRefused, tr("The slot %1 on %2 is full. Please choose another slot.")
                                                     .arg(slotLabel(slot.start, slot.end), longDate(date)));
    if (counts.slotTaken + people > slot.capacity)
        return makeError(ErrorCode::RuleRefused,
                         tr("The slot %1 on %2 has room for %n more visitor(s) only. Please choose another slot.",
                            nullptr, slot.capacity - counts.slotTaken)
                             .arg(slotLabel(slot.start, slot.end), longDate(date)));
    if (counts.niksAtLimit > 0)
        return makeError(ErrorCode::RuleRefused,
                         tr("Someone in this group already has %n open booking(s), the most allowed. Please cancel "
                            "one first or book after it.",
                            nullptr, m_facility.rules().maxOpenBookingsPerNik));
    return {};
}

Result<BookingSlot> BookingService::slotOf(const QDate &date, const QTime &start) const {
    if (auto open = checkBookable(date); !open)
        return open.error();
    for (const BookingSlot &slot : m_facility.rules().slotsOn(date))
        if (slot.start == start)
            return slot;
    return makeError(ErrorCode::InvalidInput, tr("Please choose one of the slots offered for %1.").arg(longDate(date)));
}

Result<IssuedBooking> BookingService::book(const BookingRequest &request) {
    auto slot = slotOf(request.date, request.slotStart);
    if (!slot)
        return slot.error();
    auto group = checkGroupOn(request.adults, request.children, request.date);
    if (!group)
        return group.error();
    auto inmate = findInmate(request.inmateNumber, request.inmateName);
    if (!inmate)
        return inmate.error();
    auto key = m_facility.signingKey();
    if (!key)
        return key.error();

    Database &db = m_facility.database();
    const QDateTime now = m_facility.now();
    const QString actor = request.channel.isEmpty() ? u"web"_s : request.channel;
    CountRequest wanted{inmate->id, {}, request.date, slot->start, 0, inmate->number, inmate->name};
    for (const GroupMember &person : std::as_const(group->people))
        wanted.niks.append(person.nik);
    Booking booking;
    auto stored = db.write([&]() -> Result<void> {
        if (auto turn = AuditLog::lock(db); !turn)
            return turn;
        auto counts = readCounts(db, wanted, now, m_facility.dateOf(now), m_facility.rules().maxOpenBookingsPerNik);
        if (!counts)
            return counts.error();
        if (auto allowed = judge(*counts, request.date, *slot, request.service, group->count.people()); !allowed)
            return allowed;
        booking = Booking{0,
                          {},
                          request.date,
                          slot->start,
                          slot->end,
                          request.service,
                          BookingStatus::Booked,
                          *inmate,
                          {},
                          group->count.men,
                          group->count.women,
                          group->count.children,
                          QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch(), Qt::UTC),
                          {},
                          0,
                          {}};
        if (auto inserted = insertBooking(booking, group->people, actor); !inserted)
            return inserted;
        if (auto noted = db.recordChange(now.toMSecsSinceEpoch(), u"booking.book"_s, booking.code); !noted)
            return noted;
        return AuditLog::appendAfter(db, counts->newestAuditHash, now.toMSecsSinceEpoch(), actor, u"booking.book"_s,
                                     booking.code,
                                     u"booking=%1 date=%2 slot=%3 people=%4"_s.arg(booking.id)
                                         .arg(iso(booking.date), slotLabel(booking.slotStart, booking.slotEnd))
                                         .arg(booking.people()));
    });
    if (!stored)
        return stored.error();
    auto payload = payloadFor(booking);
    if (!payload)
        return payload.error();
    return IssuedBooking{booking, *payload};
}

Result<void> BookingService::insertBooking(Booking &booking, const QList<GroupMember> &people, const QString &channel) {
    Database &db = m_facility.database();
    // A new code until one is free: with 32^8 codes a clash is rare, but it must not fail the booking.
    for (int attempt = 0; attempt < 10 && booking.id == 0; ++attempt) {
        booking.code = newCode();
        SqlQuery insert(db, u"INSERT INTO bookings (code, facility_date, slot_start, slot_end, service, status, "
                            u"inmate_id, men, women, children, booked_at, channel) "
                            u"VALUES (?, ?, ?, ?, ?, 'booked', ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO NOTHING "
                            u"RETURNING id"_s);
        insert.bind(booking.code).bind(iso(booking.date)).bind(booking.slotStart.toString(TimeFormat));
        insert.bind(booking.slotEnd.toString(TimeFormat)).bind(serviceKey(booking.service)).bind(booking.inmate.id);
        insert.bind(booking.men).bind(booking.women).bind(booking.children);
        insert.bind(booking.bookedAt.toMSecsSinceEpoch()).bind(channel);
        auto id = insert.scalar();
        if (!id)
            return id.error();
        booking.id = id->isNull() ? 0 : id->toLongLong();
    }
    if (booking.id == 0)
        return makeError(ErrorCode::Storage, tr("No free booking code was found. Please try again."));
    QStringList rows;
    rows.fill(u"(?, ?, ?, ?, ?)"_s, people.size());
    SqlQuery members(db, u"INSERT INTO booking_members (booking_id, position, nik, name, category) VALUES "_s +
                             rows.join(u", "_s));
    for (qsizetype position = 0; position < people.size(); ++position) {
        const GroupMember &person = people.at(position);
        members.bind(booking.id).bind(int(position)).bind(person.nik).bind(person.name);
        members.bind(categoryKey(person.category));
        booking.members.append(Member{person.name, Nik::mask(person.nik), person.category});
    }
    return members.exec();
}

Result<Booking> BookingService::find(const QString &code, const QString &nik) {
    auto stored = findStored(code, nik);
    if (!stored)
        return stored.error();
    return shown(stored->booking);
}

// A booking whose day passed unused is a no-show as soon as the day is over, also before markNoShows has stored it.
Booking BookingService::shown(Booking booking) const {
    if (booking.status == BookingStatus::Booked && booking.date < m_facility.today())
        booking.status = BookingStatus::NoShow;
    return booking;
}

Result<StoredBooking> BookingService::findStored(const QString &code, const QString &nik) {
    const auto canonical = parseCode(code);
    if (!canonical)
        return bookingNotFound();
    auto stored = selectOne(m_facility.database(), u"WHERE b.code = ?"_s, *canonical);
    if (!stored)
        return stored.error();
    const QString digits = digitsOf(nik);
    const bool member = std::any_of(stored->adults.cbegin(), stored->adults.cend(),
                                    [&](const AdultEntry &adult) { return adult.nik == digits; });
    if (!member || digits.isEmpty())
        return bookingNotFound();
    return stored;
}

Result<Booking> BookingService::findByCode(const QString &code) {
    const auto canonical = parseCode(code);
    if (!canonical)
        return makeError(ErrorCode::InvalidInput, tr("A booking code has 8 letters and digits, like K7QM-4ZPX."));
    auto stored = selectOne(m_facility.database(), u"WHERE b.code = ?"_s, *canonical);
    if (!stored && stored.error().code != ErrorCode::NotFound)
        return stored.error(); // the database failed: say so, not "no such booking"
    if (!stored)
        return makeError(ErrorCode::NotFound, tr("There is no booking %1.").arg(displayCode(*canonical)));
    return shown(stored->booking);
}

Result<Booking> BookingService::load(qint64 id) {
    auto stored = selectOne(m_facility.database(), u"WHERE b.id = ?"_s, id);
    if (!stored)
        return stored.error();
    return shown(stored->booking);
}

Result<void> BookingService::cancel(const QString &code, const QString &nik, const QString &channel) {
    auto stored = findStored(code, nik);
    if (!stored)
        return stored.error();
    return cancelStored(stored->booking, {}, channel.isEmpty() ? u"web"_s : channel);
}

Result<void> BookingService::cancelByStaff(const QString &code, const QString &reason, const QString &actor) {
    auto reasonText = Validation::requiredText(reason, MaxReasonLength, tr("Reason"));
    if (!reasonText)
        return reasonText.error();
    auto booking = findByCode(code);
    if (!booking)
        return booking.error();
    return cancelStored(*booking, *reasonText, actor);
}

Result<void> BookingService::cancelStored(const Booking &booking, const QString &reason, const QString &actor) {
    if (booking.status != BookingStatus::Booked)
        return makeError(ErrorCode::Conflict,
                         tr("This booking cannot be cancelled any more: it is %1.").arg(statusText(booking.status)));
    if (booking.date < m_facility.today())
        return makeError(ErrorCode::RuleRefused, tr("This booking was for a day that has passed."));
    Database &db = m_facility.database();
    const qint64 nowMs = m_facility.now().toMSecsSinceEpoch();
    return db.write([&]() -> Result<void> {
        SqlQuery update(db, u"UPDATE bookings SET status = 'cancelled', cancelled_at = ?, cancelled_by = ?, "
                            u"cancel_reason = ? WHERE id = ? AND status = 'booked'"_s);
        update.bind(nowMs).bind(actor).bind(reason).bind(booking.id);
        if (auto done = update.exec(); !done)
            return done;
        if (update.rowsAffected() != 1)
            return makeError(ErrorCode::Conflict, tr("This booking has changed meanwhile. Please look it up again."));
        if (auto noted = db.recordChange(nowMs, u"booking.cancel"_s, booking.code); !noted)
            return noted;
        return AuditLog::append(db, nowMs, actor, u"booking.cancel"_s, booking.code,
                                u"booking=%1"_s.arg(booking.id) +
                                    (reason.isEmpty() ? QString() : u" reason="_s + reason));
    });
}

QString BookingService::statusText(BookingStatus status) {
    switch (status) {
    case BookingStatus::Booked:
        return tr("booked");
    case BookingStatus::Arrived:
        return tr("arrived");
    case BookingStatus::Cancelled:
        return tr("cancelled");
    case BookingStatus::NoShow:
        return tr("not used (no-show)");
    }
    return {};
}

Result<IssuedBooking> BookingService::change(const QString &code, const QString &nik, const QDate &date,
                                             const QTime &slotStart, const QString &channel) {
    auto stored = findStored(code, nik);
    if (!stored)
        return stored.error();
    Booking booking = stored->booking;
    if (booking.status != BookingStatus::Booked)
        return makeError(ErrorCode::Conflict,
                         tr("This booking cannot be changed any more: it is %1.").arg(statusText(booking.status)));
    auto slot = slotOf(date, slotStart);
    if (!slot)
        return slot.error();
    Database &db = m_facility.database();
    const QDateTime now = m_facility.now();
    const QString actor = channel.isEmpty() ? u"web"_s : channel;
    CountRequest wanted{booking.inmate.id,  {}, date, slot->start, booking.id, booking.inmate.number,
                        booking.inmate.name};
    for (const AdultEntry &adult : std::as_const(stored->adults))
        wanted.niks.append(adult.nik);
    const QString from = iso(booking.date) + u' ' + slotLabel(booking.slotStart, booking.slotEnd);
    auto changed = db.write([&]() -> Result<void> {
        if (auto turn = AuditLog::lock(db); !turn)
            return turn;
        auto counts = readCounts(db, wanted, now, m_facility.dateOf(now), m_facility.rules().maxOpenBookingsPerNik);
        if (!counts)
            return counts.error();
        counts->niksAtLimit = 0; // the same booking moves: it does not add one
        if (auto allowed = judge(*counts, date, *slot, booking.service, booking.people()); !allowed)
            return allowed;
        SqlQuery update(db, u"UPDATE bookings SET facility_date = ?, slot_start = ?, slot_end = ?, changed_at = ? "
                            u"WHERE id = ? AND status = 'booked'"_s);
        update.bind(iso(date)).bind(slot->start.toString(TimeFormat)).bind(slot->end.toString(TimeFormat));
        update.bind(now.toMSecsSinceEpoch()).bind(booking.id);
        if (auto done = update.exec(); !done)
            return done;
        if (update.rowsAffected() != 1)
            return makeError(ErrorCode::Conflict, tr("This booking has changed meanwhile. Please look it up again."));
        if (auto noted = db.recordChange(now.toMSecsSinceEpoch(), u"booking.change"_s, booking.code); !noted)
            return noted;
        return AuditLog::appendAfter(
            db, counts->newestAuditHash, now.toMSecsSinceEpoch(), actor, u"booking.change"_s, booking.code,
            u"booking=%1 from=%2 to=%3 %4"_s.arg(booking.id).arg(from, iso(date), slotLabel(slot->start, slot->end)));
    });
    if (!changed)
        return changed.error();
    auto reloaded = load(booking.id);
    if (!reloaded)
        return reloaded.error();
    auto payload = payloadFor(*reloaded);
    if (!payload)
        return payload.error();
    return IssuedBooking{*reloaded, *payload};
}

Result<QString> BookingService::payloadFor(const Booking &booking) {
    if (booking.status == BookingStatus::Cancelled || booking.status == BookingStatus::NoShow)
        return makeError(ErrorCode::RuleRefused,
                         tr("This booking has no ticket any more: it is %1.").arg(statusText(booking.status)));
    auto key = m_facility.signingKey();
    if (!key)
        return key.error();
    const TicketClaims claims{m_facility.profile().code, booking.date, quint32(booking.id),
                              queueLetter(booking.service), 0};
    return TicketCodec::encode(claims, **key);
}

Result<QList<Booking>> BookingService::ofDay(const QDate &date) {
    auto stored = selectStored(m_facility.database(),
                               u"WHERE b.facility_date = ? ORDER BY b.slot_start, b.id, m.position"_s, {iso(date)});
    if (!stored)
        return stored.error();
    QList<Booking> bookings;
    for (const StoredBooking &one : std::as_const(*stored))
        bookings.append(shown(one.booking));
    return bookings;
}

QString BookingService::sessionFor(const Booking &booking) const {
    for (const VisitSession &session : m_facility.rules().sessions)
        if (session.start <= booking.slotStart && booking.slotEnd <= session.end)
            return session.name;
    return slotLabel(booking.slotStart, booking.slotEnd);
}

Result<IssuedTicket> BookingService::arrived(const Booking &booking) {
    auto visit = VisitRepository::load(m_facility.database(), booking.visitId);
    if (!visit)
        return visit.error();
    auto payload = RegistrationService(m_facility).payloadFor(*visit);
    if (!payload)
        return payload.error();
    return IssuedTicket{*visit, *payload};
}

Result<IssuedTicket> BookingService::arrive(qint64 bookingId, const QString &station) {
    auto stored = selectOne(m_facility.database(), u"WHERE b.id = ?"_s, bookingId);
    if (!stored)
        return stored.error();
    const Booking &booking = stored->booking;
    if (auto usable = checkArrival(booking); !usable)
        return usable.error();
    if (booking.status == BookingStatus::Arrived)
        return arrived(booking);
    const RegistrationRequest request{booking.inmate.number, stored->adults, stored->childrenWithoutNik,
                                      booking.service, station};
    auto ticket = RegistrationService(m_facility)
                      .registerArrival(request, BookedArrival{booking.id, booking.code, sessionFor(booking)});
    if (!ticket && ticket.error().code == ErrorCode::Conflict) {
        auto now = load(booking.id); // another station was quicker: the same visit
        if (now && now->status == BookingStatus::Arrived)
            return arrived(*now);
    }
    return ticket;
}

Result<void> BookingService::checkArrival(const Booking &booking) const {
    switch (booking.status) {
    case BookingStatus::Arrived:
        return {}; // arriving again gives the same ticket, whatever the day
    case BookingStatus::Cancelled:
    case BookingStatus::NoShow:
        return makeError(ErrorCode::RuleRefused,
                         tr("This booking cannot be used: it is %1.").arg(statusText(booking.status)));
    case BookingStatus::Booked:
        break;
    }
    if (booking.date != m_facility.today())
        return makeError(ErrorCode::RuleRefused, tr("This booking is for %1, not today.").arg(longDate(booking.date)));
    if (!booking.closedReason.isEmpty())
        return dayClosed(booking.date, booking.closedReason);
    return {};
}

Result<Booking> BookingService::findByPayload(const QString &scanned) {
    const FacilityProfile &profile = m_facility.profile();
    auto claims = TicketCodec::decode(TicketCodec::fromScanned(scanned), profile.publicKey, profile.code);
    if (!claims)
        return makeError(ErrorCode::InvalidInput, tr("This is not a valid ticket of this facility. Please ask an "
                                                     "officer."));
    if (!claims->booked())
        return makeError(ErrorCode::InvalidInput, tr("This ticket already has a queue number. Please wait until "
                                                     "it is called."));
    auto booking = load(claims->ticketId);
    if (!booking && booking.error().code != ErrorCode::NotFound)
        return booking.error();
    if (!booking || booking->date != claims->date || queueLetter(booking->service) != claims->service)
        return makeError(ErrorCode::NotFound, tr("This booking is not in the database. Please ask an officer."));
    return booking;
}

Result<IssuedTicket> BookingService::arriveByCode(const QString &code, const QString &station) {
    auto booking = findByCode(code);
    if (!booking)
        return booking.error();
    return arrive(booking->id, station);
}

Result<int> BookingService::markNoShows() {
    Database &db = m_facility.database();
    const qint64 nowMs = m_facility.now().toMSecsSinceEpoch();
    const QString today = iso(m_facility.today());
    int marked = 0;
    auto done = db.write([&]() -> Result<void> {
        SqlQuery update(db, u"UPDATE bookings SET status = 'no_show' WHERE status = 'booked' AND facility_date < ?"_s);
        update.bind(today);
        if (auto updated = update.exec(); !updated)
            return updated;
        marked = update.rowsAffected();
        if (marked == 0)
            return {};
        if (auto noted = db.recordChange(nowMs, u"booking.no_show"_s, today); !noted)
            return noted;
        return AuditLog::append(db, nowMs, u"system"_s, u"booking.no_show"_s, today, u"count=%1"_s.arg(marked));
    });
    if (!done)
        return done.error();
    return marked;
}

Result<void> BookingService::closeDay(const QDate &date, const QString &reason, const QString &actor) {
    auto reasonText = Validation::requiredText(reason, MaxReasonLength, tr("Reason"));
    if (!reasonText)
        return reasonText.error();
    if (!date.isValid() || date < m_facility.today())
        return makeError(ErrorCode::InvalidInput, tr("Only today or a day ahead can be closed."));
    Database &db = m_facility.database();
    const qint64 nowMs = m_facility.now().toMSecsSinceEpoch();
    return db.write([&]() -> Result<void> {
        SqlQuery upsert(db,
                        u"INSERT INTO closed_days (facility_date, reason, closed_by, closed_at) VALUES (?, ?, ?, ?) "
                        u"ON CONFLICT (facility_date) DO UPDATE SET reason = excluded.reason, "
                        u"closed_by = excluded.closed_by, closed_at = excluded.closed_at"_s);
        upsert.bind(iso(date)).bind(*reasonText).bind(actor).bind(nowMs);
        if (auto done = upsert.exec(); !done)
            return done;
        if (auto noted = db.recordChange(nowMs, u"booking.close_day"_s, iso(date)); !noted)
            return noted;
        return AuditLog::append(db, nowMs, actor, u"booking.close_day"_s, iso(date), *reasonText);
    });
}

Result<void> BookingService::reopenDay(const QDate &date, const QString &actor) {
    Database &db = m_facility.database();
    const qint64 nowMs = m_facility.now().toMSecsSinceEpoch();
    return db.write([&]() -> Result<void> {
        SqlQuery remove(db, u"DELETE FROM closed_days WHERE facility_date = ?"_s);
        remove.bind(iso(date));
        if (auto done = remove.exec(); !done)
            return done;
        if (remove.rowsAffected() == 0)
            return {};
        if (auto noted = db.recordChange(nowMs, u"booking.reopen_day"_s, iso(date)); !noted)
            return noted;
        return AuditLog::append(db, nowMs, actor, u"booking.reopen_day"_s, iso(date));
    });
}

Result<QList<BookableDay>> BookingService::closedDays(const QDate &from, const QDate &to) {
    SqlQuery query(m_facility.database(), u"SELECT facility_date, reason FROM closed_days "
                                          u"WHERE facility_date BETWEEN ? AND ? ORDER BY facility_date"_s);
    query.bind(iso(from)).bind(iso(to));
    if (auto done = query.exec(); !done)
        return done.error();
    QList<BookableDay> days;
    while (query.next())
        days.append(
            BookableDay{QDate::fromString(query.value(0).toString(), Qt::ISODate), true, query.value(1).toString()});
    return days;
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
