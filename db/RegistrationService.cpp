// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/RegistrationService.h"

#include "db/AuditLog.h"
#include "db/BanStore.h"
#include "db/Facility.h"
#include "db/MessageLocale.h"
#include "db/Nik.h"
#include "db/RegistrationRows.h"
#include "db/TicketCodec.h"
#include "db/Validation.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

QString dayNames(const QList<int> &days) {
    QStringList names;
    for (int day : days)
        names.append(messageLocale().dayName(day, QLocale::LongFormat));
    return names.join(u", "_s);
}

// The registration hours: asked when the inmate is chosen and again by the final check.
Result<void> hoursOpen(const Rules &rules, const QTime &time) {
    if (time < rules.opens || time >= rules.closes)
        return makeError(ErrorCode::RuleRefused,
                         RegistrationService::tr("Registration is open from %1 to %2. Please come back then.")
                             .arg(rules.opens.toString(u"HH:mm"_s), rules.closes.toString(u"HH:mm"_s)));
    return {};
}

// A ban in force for anyone in the group: the visitor is sent to an officer and never told why.
Error seeOfficer() {
    return makeError(ErrorCode::SeeOfficer,
                     RegistrationService::tr("This registration cannot be completed here. Please see an officer."));
}

// What the rules need from the database, read in one statement once this registration has its turn.
struct Checks {
    RuleCounts counts;
    QList<VisitSession> sessions; // today's sessions not yet over
    QList<int> sessionPeople;     // people booked in each of `sessions` (0 where it has no capacity)
    QVariant newestAuditHash;     // for AuditLog::appendAfter
    qint64 drawnVisitId = 0;      // PostgreSQL, when asked for: the new visit's id, drawn from its sequence
    int queueNumber = 0;          // when asked for (drawAndReadChecks): the number the day's counter gave
};

// People in today's visits that can still come in (optionally only one session's).
const QString PeopleBooked = u"(SELECT COALESCE(SUM(men + women + children), 0) FROM visits WHERE facility_date = ? "
                             u"AND service = 'visit' AND status NOT IN ('cancelled', 'refused')"_s;

// With `draw` on PostgreSQL the same statement also takes the day's next queue number and the new visit's id; it
// must then be sent once the registration holds its turn (see RegistrationRows::visitorsUpsert, drawAndReadChecks).
Result<Checks> readChecks(Database &db, const Rules &rules, const RegistrationRequest &request, const QStringList &niks,
                          const QDateTime &now, const QDateTime &local, const BookedArrival *arrival, bool draw = false,
                          SqlQuery *sentBefore = nullptr) {
    const QDate today = local.date();
    const QString date = isoDate(today);
    const bool visit = request.service == Service::Visit;
    const bool week = visit && rules.visitsPerInmatePerWeek > 0;
    const bool dayCap = visit && rules.dailyCapPeople > 0;
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    const qint64 ownBooking = arrival ? arrival->bookingId : 0;
    Checks checks;
    if (visit && !arrival)
        for (const VisitSession &candidate : rules.effectiveSessions())
            if (candidate.end > local.time())
                checks.sessions.append(candidate);

    // Only constant fragments are joined; every value is bound, in the order of the placeholders.
    // No NIKs yet (the inmate checked early): no bans to count.
    // SQLite gives the id as the row is written, and the number by a statement of its own (drawAndReadChecks).
    draw = draw && db.backend() == Backend::Postgres;
    QString sql = draw ? u"WITH counter AS ("_s + RegistrationRows::nextNumberSql() + u") "_s : QString();
    sql += u"SELECT i.id, i.number, i.name, i.block, i.active, "_s + AuditLog::newestHashColumn() + u", "_s +
           (niks.isEmpty() ? u"0"_s : BanStore::countInForceSql(niks.size()));
    QVariantList values = draw ? RegistrationRows::nextNumberValues(date, request.service) : QVariantList();
    if (!niks.isEmpty())
        values.append(now.toMSecsSinceEpoch());
    for (const QString &nik : niks)
        values.append(nik);
    // A group refused at the inspection has used the week's visit; only a cancelled ticket frees it.
    // (Capacity and the daily cap count only groups that can still come in.)
    sql += week ? u", "_s + RegistrationService::weekVisitsSql() : u", 0"_s;
    if (week) {
        const QString first = isoDate(monday), last = isoDate(monday.addDays(6));
        values << first << last << first << last << date << ownBooking;
    }
    sql += dayCap ? u", "_s + RegistrationService::dayPeopleSql() : u", 0"_s;
    if (dayCap)
        values << date << date << ownBooking;
    for (const VisitSession &session : std::as_const(checks.sessions)) {
        sql += session.capacity > 0 ? u", "_s + PeopleBooked + u" AND session = ?)"_s : u", 0"_s;
        if (session.capacity > 0)
            values << date << session.name;
    }
    if (draw)
        sql += u", nextval(pg_get_serial_sequence('visits', 'id')), (SELECT last_number FROM counter)"_s;
    sql += u" FROM inmates i WHERE i.number = ?"_s;
    values << request.inmateNumber.trimmed();

    SqlQuery query(db, sql);
    for (const QVariant &value : std::as_const(values))
        query.bind(value);
    if (auto done = sentBefore ? db.execTogether(*sentBefore, query) : query.exec(); !done)
        return done.error();
    if (!query.next())
        return makeError(ErrorCode::NotFound,
                         RegistrationService::tr(
                             "No inmate with the number %1 was found. Please check the number or search by name.")
                             .arg(request.inmateNumber.trimmed()));
    checks.counts.inmate = Inmate{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                                  query.value(3).toString(), query.value(4).toInt() == 1};
    checks.newestAuditHash = query.value(5);
    checks.counts.bans = query.value(6).toInt();
    checks.counts.weekVisits = query.value(7).toInt();
    checks.counts.dayPeople = query.value(8).toInt();
    for (qsizetype i = 0; i < checks.sessions.size(); ++i)
        checks.sessionPeople.append(query.value(9 + int(i)).toInt());
    if (draw) {
        checks.drawnVisitId = query.value(9 + int(checks.sessions.size())).toLongLong();
        checks.queueNumber = query.value(10 + int(checks.sessions.size())).toInt();
    }
    return checks;
}

// A registration's turn: `visitors` (the visitors' upsert, which takes the turn on PostgreSQL), then the day's next
// queue number and readChecks, with the new visit's id: on PostgreSQL one message of two statements (the second
// starts once the first has the turn, so it sees every registration before this one), on SQLite three statements.
Result<Checks> drawAndReadChecks(Database &db, SqlQuery &visitors, const Rules &rules,
                                 const RegistrationRequest &request, const QStringList &niks, const QDateTime &now,
                                 const QDateTime &local, const BookedArrival *arrival) {
    if (db.backend() == Backend::Postgres)
        return readChecks(db, rules, request, niks, now, local, arrival, true, &visitors);
    if (auto done = visitors.exec(); !done)
        return done.error();
    auto number = RegistrationRows::nextNumber(db, isoDate(local.date()), request.service);
    if (!number)
        return number.error();
    auto checks = readChecks(db, rules, request, niks, now, local, arrival);
    if (checks)
        checks->queueNumber = *number;
    return checks;
}

// The rules on what readChecks found: the session to book (empty for a deposit), or the refusal.
Result<QString> judge(const RegistrationService &service, const Checks &checks, const RegistrationRequest &request,
                      int groupSize, const QDate &today, const BookedArrival *arrival) {
    if (auto allowed = service.judgeCounts(checks.counts, request.service, groupSize, today); !allowed)
        return allowed.error();
    if (arrival)
        return arrival->session;
    if (request.service != Service::Visit)
        return QString();
    return RegistrationService::chooseSession(checks.sessions, checks.sessionPeople, groupSize);
}

} // namespace

QString RegistrationService::weekVisitsSql() {
    return u"((SELECT COUNT(*) FROM visits w WHERE w.inmate_id = i.id AND w.service = 'visit' "
           u"AND w.status <> 'cancelled' AND w.facility_date BETWEEN ? AND ?) + "
           u"(SELECT COUNT(*) FROM bookings wb WHERE wb.inmate_id = i.id AND wb.service = 'visit' "
           u"AND wb.status = 'booked' AND wb.facility_date BETWEEN ? AND ? AND wb.facility_date >= ? AND wb.id <> ?))"_s;
}

QString RegistrationService::dayPeopleSql() {
    return u"((SELECT COALESCE(SUM(men + women + children), 0) FROM visits WHERE facility_date = ? "
           u"AND service = 'visit' AND status NOT IN ('cancelled', 'refused')) + "
           u"(SELECT COALESCE(SUM(men + women + children), 0) FROM bookings WHERE facility_date = ? "
           u"AND service = 'visit' AND status = 'booked' AND id <> ?))"_s;
}

Result<void> RegistrationService::judgeCounts(const RuleCounts &counts, Service service, int groupSize,
                                              const QDate &day) const {
    const Rules &rules = m_facility.rules();
    const Inmate &inmate = counts.inmate;
    const bool today = day == m_facility.today();
    if (!inmate.active)
        return makeError(ErrorCode::RuleRefused,
                         tr("%1 cannot receive visits at the moment. Please ask an officer.").arg(inmate.name));
    const QList<int> days = rules.daysForBlock(inmate.block);
    if (!days.contains(day.dayOfWeek()))
        return makeError(
            ErrorCode::RuleRefused,
            today ? tr("Visits to %1 are on these days: %2. Please come back then.").arg(inmate.name, dayNames(days))
                  : tr("Visits to %1 are on these days: %2. Please choose one of them.")
                        .arg(inmate.name, dayNames(days)));
    if (counts.bans > 0)
        return seeOfficer();
    if (service != Service::Visit)
        return {};
    if (rules.visitsPerInmatePerWeek > 0 && counts.weekVisits >= rules.visitsPerInmatePerWeek) {
        const QDate monday = day.addDays(1 - day.dayOfWeek());
        return makeError(ErrorCode::RuleRefused,
                         tr("%1 has already had the visits allowed this week. The next visit can be from %2.")
                             .arg(inmate.name, messageDate(monday.addDays(7))));
    }
    if (rules.dailyCapPeople > 0 && counts.dayPeople + groupSize > rules.dailyCapPeople)
        return makeError(ErrorCode::RuleRefused,
                         today
                             ? tr("Today's visits are full. Please come on another visiting day.")
                             : tr("Visits on %1 are full. Please choose another visiting day.").arg(messageDate(day)));
    return {};
}

GroupCount GroupCount::of(const QList<GroupMember> &members, int childrenWithoutNik) {
    GroupCount count;
    count.children = childrenWithoutNik;
    for (const GroupMember &member : members)
        (member.category == Category::Man     ? count.men
         : member.category == Category::Woman ? count.women
                                              : count.children) += 1;
    return count;
}

Result<GroupMember> RegistrationService::checkPerson(const AdultEntry &entry) const {
    return checkPerson(entry, m_facility.today());
}

Result<GroupMember> RegistrationService::checkPersonOn(const AdultEntry &entry, const QDate &day) const {
    return checkPerson(entry, day);
}

Result<GroupMember> RegistrationService::checkPerson(const AdultEntry &entry, const QDate &today) const {
    auto nik = Nik::parse(entry.nik, today);
    if (!nik)
        return nik.error();
    auto name = Validation::personName(entry.name);
    if (!name)
        return name.error();
    GroupMember member = memberOn(*nik, today);
    member.name = *name;
    return member;
}

GroupMember RegistrationService::memberOn(const NikInfo &nik, const QDate &day) const {
    return GroupMember{
        nik.nik, QString(), nik.sex, nik.birthDate, Nik::ageOn(nik.birthDate, day), categoryOn(nik, day)};
}

Category RegistrationService::categoryOf(const NikInfo &nik) const {
    return categoryOn(nik, m_facility.today());
}

Category RegistrationService::categoryOn(const NikInfo &nik, const QDate &day) const {
    if (Nik::ageOn(nik.birthDate, day) < m_facility.rules().adultAge)
        return Category::Child;
    return nik.sex == Sex::Female ? Category::Woman : Category::Man;
}

bool RegistrationService::tooManyAdults(const GroupCount &count) const {
    return count.adults() > m_facility.rules().maxAdults;
}

bool RegistrationService::tooManyPeople(const GroupCount &count) const {
    return count.people() > m_facility.rules().maxGroupSize;
}

int RegistrationService::adultLimit() const {
    return std::min(m_facility.rules().maxAdults, m_facility.rules().maxGroupSize);
}

int RegistrationService::childrenRoom(qsizetype members) const {
    return std::clamp(m_facility.rules().maxGroupSize - int(members), 0, MaxChildren);
}

Result<GroupMember> RegistrationService::checkJoin(const QList<GroupMember> &members, int children,
                                                   const AdultEntry &entry) const {
    auto person = checkPerson(entry);
    if (!person)
        return person;
    return joinRules(members, children, *person);
}

Result<GroupMember> RegistrationService::checkNik(const QList<GroupMember> &members, int children,
                                                  const QString &nik) const {
    const QDate today = m_facility.today();
    auto info = Nik::parse(nik, today);
    if (!info)
        return info.error();
    return joinRules(members, children, memberOn(*info, today));
}

// The rules for one more person in the group, whether the name is typed yet or not.
Result<GroupMember> RegistrationService::joinRules(const QList<GroupMember> &members, int children,
                                                   const GroupMember &person) const {
    if (std::any_of(members.begin(), members.end(), [&](const GroupMember &other) { return other.nik == person.nik; }))
        return makeError(ErrorCode::InvalidInput,
                         tr("This NIK has already been added to the group. Each person is entered once."));
    QList<GroupMember> joined = members;
    joined.append(person);
    const GroupCount after = GroupCount::of(joined, children);
    if (!person.countsAsChild() && after.adults() > adultLimit())
        return makeError(
            ErrorCode::RuleRefused,
            tr("A group may have at most %n adult(s). Please continue without this person.", nullptr, adultLimit()));
    if (tooManyPeople(after))
        return makeError(ErrorCode::RuleRefused,
                         tr("A group may have at most %n people, children included. Please register fewer people.",
                            nullptr, m_facility.rules().maxGroupSize));
    if (auto allowed = checkBans({person.nik}); !allowed)
        return allowed.error();
    return person;
}

Result<void> RegistrationService::checkBans(const QStringList &niks) const {
    if (m_banCheck)
        return m_banCheck(niks);
    auto bans = BanStore::inForce(m_facility.database(), niks, m_facility.now());
    if (!bans)
        return bans.error();
    if (!bans->isEmpty())
        return seeOfficer();
    return {};
}

Result<void> RegistrationService::checkInmate(const QString &inmateNumber, Service service) const {
    const QDateTime now = m_facility.now();
    const QDateTime local = m_facility.toLocal(now);
    const Rules &rules = m_facility.rules();
    if (auto open = hoursOpen(rules, local.time()); !open)
        return open;
    RegistrationRequest request;
    request.inmateNumber = inmateNumber;
    request.service = service;
    auto checks = readChecks(m_facility.database(), rules, request, {}, now, local, nullptr);
    if (!checks)
        return checks.error();
    // The smallest group: one person. What refuses one refuses any group.
    if (auto session = judge(*this, *checks, request, 1, local.date(), nullptr); !session)
        return session.error();
    return {};
}

Result<void> RegistrationService::checkHours(const QTime &localTime) const {
    return hoursOpen(m_facility.rules(), localTime);
}

Result<QString> RegistrationService::chooseSession(const QList<VisitSession> &sessions, const QList<int> &people,
                                                   int groupSize) {
    for (qsizetype i = 0; i < sessions.size(); ++i) {
        const VisitSession &candidate = sessions.at(i);
        if (candidate.capacity == 0 || people.value(i) + groupSize <= candidate.capacity)
            return candidate.name;
    }
    return makeError(ErrorCode::RuleRefused,
                     tr("All of today's visiting sessions are full. Please come on another visiting day."));
}

Result<GroupCount> RegistrationService::checkGroup(const QList<GroupMember> &members, int children) const {
    const Rules &rules = m_facility.rules();
    QSet<QString> niks;
    for (const GroupMember &member : members) {
        if (niks.contains(member.nik))
            return makeError(ErrorCode::InvalidInput, tr("The NIK %1 is entered twice.").arg(Nik::mask(member.nik)));
        niks.insert(member.nik);
    }
    const GroupCount count = GroupCount::of(members, children);
    if (count.adults() == 0)
        return makeError(ErrorCode::RuleRefused,
                         tr("Children can visit only with an adult aged %1 or over. Please come with an adult.")
                             .arg(rules.adultAge));
    if (tooManyPeople(count))
        return makeError(ErrorCode::RuleRefused,
                         tr("A group may have at most %1 people, children included; this one has %2. "
                            "Please register fewer people.")
                             .arg(rules.maxGroupSize)
                             .arg(count.people()));
    if (tooManyAdults(count))
        return makeError(
            ErrorCode::RuleRefused,
            tr("A group may have at most %1 adults; this one has %2.").arg(rules.maxAdults).arg(count.adults()));
    return count;
}

Result<IssuedTicket> RegistrationService::registerGroup(const RegistrationRequest &request) {
    return registerGroup(request, nullptr);
}

Result<IssuedTicket> RegistrationService::registerArrival(const RegistrationRequest &request,
                                                          const BookedArrival &arrival) {
    return registerGroup(request, &arrival);
}

Result<IssuedTicket> RegistrationService::registerGroup(const RegistrationRequest &request,
                                                        const BookedArrival *arrival) {
    const Rules &rules = m_facility.rules();
    const QDateTime now = m_facility.now();
    const QDateTime local = m_facility.toLocal(now);
    const QDate today = local.date();

    // Input first: nothing here needs the database.
    if (request.adults.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Please enter at least one adult visitor with a NIK."));
    if (request.children < 0 || request.children > MaxChildren)
        return makeError(ErrorCode::InvalidInput,
                         tr("The number of children must be between 0 and %1.").arg(MaxChildren));
    QList<GroupMember> people;
    for (const AdultEntry &entry : request.adults) {
        auto person = checkPerson(entry, today);
        if (!person)
            return person.error();
        people.append(*person);
    }
    auto group = checkGroup(people, request.children);
    if (!group)
        return group.error();
    const int men = group->men;
    const int women = group->women;
    const int children = group->children;
    const int groupSize = group->people();
    QStringList niks;
    for (const GroupMember &person : std::as_const(people))
        niks.append(person.nik);

    if (auto open = hoursOpen(rules, local.time()); !open)
        return open.error();

    auto key = m_facility.signingKey();
    if (!key)
        return key.error();

    Database &db = m_facility.database();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    std::optional<VisitRecord> record;
    auto stored = db.write([&]() -> Result<void> {
        // The visitors first; on PostgreSQL their statement ends by taking this registration's turn, so the limits
        // below hold with several stations too (SQLite's write transactions already take turns).
        // The day's next number (a refusal rolls it back) and what the rules need, read after the turn was taken
        // (by a statement of its own, so that it sees what was committed while it waited).
        const auto visitors = RegistrationRows::visitorsUpsert(db, people, nowMs);
        auto checks = drawAndReadChecks(db, *visitors, rules, request, niks, now, local, arrival);
        if (!checks)
            return checks.error();
        const QHash<QString, qint64> visitorIds = RegistrationRows::visitorIds(*visitors);
        const int number = checks->queueNumber;
        if (number > 65535)
            return makeError(ErrorCode::RuleRefused, tr("No more queue numbers can be given today."));
        auto session = judge(*this, *checks, request, groupSize, today, arrival);
        if (!session)
            return session.error();

        VisitRecord visit;
        visit.date = today;
        visit.service = request.service;
        visit.queueNumber = number;
        visit.session = *session;
        visit.inmate = checks->counts.inmate;
        visit.men = men;
        visit.women = women;
        visit.children = children;
        visit.registeredAt = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
        for (const GroupMember &person : std::as_const(people))
            visit.members.append(Member{person.name, Nik::mask(person.nik), person.category});
        if (auto written = RegistrationRows::store(db, visit, people, visitorIds, request.station,
                                                   checks->newestAuditHash, checks->drawnVisitId, nowMs);
            !written)
            return written.error();
        if (arrival) {
            if (auto linked = RegistrationRows::linkArrival(db, *arrival, visit, nowMs, request.station); !linked)
                return linked.error();
        }
        record = std::move(visit);
        return {};
    });
    if (!stored)
        return stored.error();

    // The ticket as just written: nothing is read back.
    auto payload = payloadFor(*record);
    if (!payload)
        return payload.error();
    return IssuedTicket{std::move(*record), *payload};
}

Result<OfflineStored> RegistrationService::storeOffline(const OfflineRegistration &registration) {
    const Rules &rules = m_facility.rules();
    QList<GroupMember> people;
    for (const AdultEntry &entry : registration.adults) {
        auto person = checkPersonOn(entry, registration.date);
        if (!person)
            return person.error();
        people.append(*person);
    }
    if (people.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Please enter at least one adult visitor with a NIK."));
    QStringList niks;
    for (const GroupMember &person : std::as_const(people))
        niks.append(person.nik);
    const GroupCount count = GroupCount::of(people, registration.children);
    const QDateTime now = m_facility.now();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const QDateTime local = m_facility.toLocal(registration.registeredAt);
    const QString label = queueLabel(registration.service, registration.queueNumber);
    Database &db = m_facility.database();
    return db.write([&]() -> Result<OfflineStored> {
        SqlQuery reserved(db, u"SELECT station FROM offline_numbers WHERE visit_id = ? AND facility_date = ? "
                              u"AND service = ? AND queue_number = ?"_s);
        reserved.bind(registration.visitId).bind(isoDate(registration.date)).bind(serviceKey(registration.service));
        reserved.bind(registration.queueNumber);
        auto station = reserved.scalar();
        if (!station)
            return station.error();
        if (station->toString() != registration.station)
            return makeError(ErrorCode::InvalidInput,
                             tr("The queue number %1 was not reserved for %2.").arg(label, registration.station));
        if (auto stored = VisitRepository::load(db, registration.visitId); stored)
            return OfflineStored{true, *stored, {}};
        else if (stored.error().code != ErrorCode::NotFound)
            return stored.error();

        // The visitors, and the turn, as a registration online takes them; the number was reserved beforehand.
        auto visitorIds = RegistrationRows::upsertVisitors(db, people, registration.registeredAt.toMSecsSinceEpoch());
        if (!visitorIds)
            return visitorIds.error();
        RegistrationRequest request{registration.inmateNumber, registration.adults, registration.children,
                                    registration.service, registration.station};
        auto checks = readChecks(db, rules, request, niks, now, local, nullptr);
        if (!checks)
            return checks.error();
        OfflineStored result;
        if (auto group = checkGroup(people, registration.children); !group)
            result.brokenRule = group.error().message;
        else if (auto allowed = judgeCounts(checks->counts, registration.service, count.people(), registration.date);
                 !allowed)
            result.brokenRule = allowed.error().message;

        VisitRecord &visit = result.visit;
        visit.id = registration.visitId;
        visit.date = registration.date;
        visit.service = registration.service;
        visit.queueNumber = registration.queueNumber;
        visit.session = registration.session;
        visit.inmate = checks->counts.inmate;
        visit.men = count.men;
        visit.women = count.women;
        visit.children = count.children;
        visit.registeredAt = registration.registeredAt;
        for (const GroupMember &person : std::as_const(people))
            visit.members.append(Member{person.name, Nik::mask(person.nik), person.category});
        if (auto inserted = RegistrationRows::insertVisit(db, visit, people, *visitorIds, registration.station);
            !inserted)
            return inserted.error();
        if (auto logged = AuditLog::appendWithChange(
                db, checks->newestAuditHash, nowMs, registration.station, u"visit.register"_s, label,
                u"visit=%1 offline station=%2 at=%3"_s.arg(QString::number(visit.id), registration.station,
                                                           registration.registeredAt.toString(Qt::ISODate)),
                {u"visit.register"_s, label});
            !logged)
            return logged.error();
        return result;
    });
}

Result<RepeatVisit> RegistrationService::repeatOf(const QString &payload) {
    const FacilityProfile &profile = m_facility.profile();
    auto claims = TicketCodec::decode(TicketCodec::fromScanned(payload), profile.publicKey, profile.code);
    if (!claims || claims->booked())
        return makeError(ErrorCode::InvalidInput,
                         tr("This is not a queue ticket of this facility. Please ask an officer."));
    auto visit = VisitRepository::load(m_facility.database(), claims->ticketId);
    if (!visit && visit.error().code != ErrorCode::NotFound)
        return visit.error();
    if (!visit || visit->date != claims->date || queueLetter(visit->service) != claims->service ||
        visit->queueNumber != claims->queueNumber)
        return makeError(ErrorCode::NotFound, tr("This ticket is not in the database. Please ask an officer."));
    if (visit->date >= m_facility.today())
        return makeError(ErrorCode::Conflict,
                         tr("This ticket already has a queue number for today: %1. Please wait until it is called.")
                             .arg(visit->queueLabel()));
    RepeatVisit repeat{visit->id, visit->date, visit->service, visit->inmate, {}, visit->children};
    for (qsizetype i = 0; i < visit->members.size(); ++i) {
        const Member &member = visit->members.at(i);
        // The ticket printed the lead visitor only; the others it counted.
        repeat.members.append(i == 0 ? member : Member{QString(), QString(), member.category});
        if (member.category == Category::Child)
            --repeat.childrenWithoutNik;
    }
    repeat.childrenWithoutNik = std::max(0, repeat.childrenWithoutNik);
    return repeat;
}

Result<void> RegistrationService::checkRepeat(const RepeatVisit &repeat) const {
    if (auto inmate = checkInmate(repeat.inmate.number, repeat.service); !inmate)
        return inmate;
    auto bans = BanStore::inForceForVisit(m_facility.database(), repeat.visitId, m_facility.now());
    if (!bans)
        return bans.error();
    if (!bans->isEmpty())
        return seeOfficer();
    return {};
}

Result<IssuedTicket> RegistrationService::registerRepeat(const RepeatVisit &repeat, int children,
                                                         const QString &station) {
    SqlQuery query(m_facility.database(), u"SELECT p.nik, m.name FROM visit_members m JOIN visitors p "
                                          u"ON p.id = m.visitor_id WHERE m.visit_id = ? ORDER BY m.position"_s);
    query.bind(repeat.visitId);
    if (auto done = query.exec(); !done)
        return done.error();
    RegistrationRequest request{repeat.inmate.number, {}, children, repeat.service, station};
    while (query.next())
        request.adults.append(AdultEntry{query.value(0).toString(), query.value(1).toString()});
    if (request.adults.isEmpty() || request.adults.size() != repeat.members.size())
        return makeError(ErrorCode::NotFound, tr("The visitors of this ticket are no longer on record. Please "
                                                 "register as a new visit."));
    return registerGroup(request);
}

Result<QString> RegistrationService::payloadFor(const VisitRecord &visit) {
    auto key = m_facility.signingKey();
    if (!key)
        return key.error();
    const TicketClaims claims{m_facility.profile().code, visit.date, quint32(visit.id), queueLetter(visit.service),
                              quint16(visit.queueNumber)};
    return TicketCodec::encode(claims, **key);
}

} // namespace besuk
