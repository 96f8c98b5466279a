#include "RegistrationService.h"

#include "AuditLog.h"
#include "BanStore.h"
#include "Facility.h"
#include "Nik.h"
#include "TicketCodec.h"
#include "Validation.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

QString dayNames(const QList<int> &days) {
    QStringList names;
    for (int day : days)
        names.append(QLocale().dayName(day, QLocale::LongFormat));
    return names.join(u", "_s);
}

} // namespace

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

Result<GroupMember> RegistrationService::checkPerson(const AdultEntry &entry, const QDate &today) const {
    auto nik = Nik::parse(entry.nik, today);
    if (!nik)
        return nik.error();
    auto name = Validation::personName(entry.name);
    if (!name)
        return name.error();
    return GroupMember{
        nik->nik, *name, nik->sex, nik->birthDate, Nik::ageOn(nik->birthDate, today), categoryOn(*nik, today)};
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
    if (std::any_of(members.begin(), members.end(), [&](const GroupMember &other) { return other.nik == person->nik; }))
        return makeError(ErrorCode::InvalidInput,
                         tr("This NIK has already been added to the group. Each person is entered once."));
    QList<GroupMember> joined = members;
    joined.append(*person);
    const GroupCount after = GroupCount::of(joined, children);
    if (!person->countsAsChild() && after.adults() > adultLimit())
        return makeError(
            ErrorCode::RuleRefused,
            tr("A group may have at most %n adult(s). Please continue without this person.", nullptr, adultLimit()));
    if (tooManyPeople(after))
        return makeError(ErrorCode::RuleRefused,
                         tr("A group may have at most %n people, children included. Please register fewer people.",
                            nullptr, m_facility.rules().maxGroupSize));
    return person;
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

    if (local.time() < rules.opens || local.time() >= rules.closes)
        return makeError(ErrorCode::RuleRefused,
                         tr("Registration is open from %1 to %2. Please come back then.")
                             .arg(rules.opens.toString(u"HH:mm"_s), rules.closes.toString(u"HH:mm"_s)));

    auto key = m_facility.signingKey();
    if (!key)
        return key.error();

    Database &db = m_facility.database();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const QString date = today.toString(Qt::ISODate);
    auto stored = db.write([&]() -> Result<qint64> {
        // The day's counter row first: its lock makes every registration of this day and service take turns,
        // so the limits below hold with several stations on PostgreSQL too. A refusal rolls the number back.
        SqlQuery counter(db, u"INSERT INTO queue_counters (facility_date, service, last_number) VALUES (?, ?, 1) "
                             u"ON CONFLICT (facility_date, service) DO UPDATE "
                             u"SET last_number = queue_counters.last_number + 1 RETURNING last_number"_s);
        counter.bind(date).bind(serviceKey(request.service));
        auto number = counter.scalar();
        if (!number)
            return number.error();
        if (number->toInt() > 65535)
            return makeError(ErrorCode::RuleRefused, tr("No more queue numbers can be given today."));

        auto inmate = InmateStore(m_facility).findByNumber(request.inmateNumber);
        if (!inmate) {
            if (inmate.error().code == ErrorCode::NotFound)
                return makeError(ErrorCode::NotFound,
                                 tr("No inmate with the number %1 was found. Please check the number or search by "
                                    "name.")
                                     .arg(request.inmateNumber.trimmed()));
            return inmate.error();
        }
        if (!inmate->active)
            return makeError(ErrorCode::RuleRefused,
                             tr("%1 cannot receive visits at the moment. Please ask an officer.").arg(inmate->name));
        const QList<int> days = rules.daysForBlock(inmate->block);
        if (!days.contains(today.dayOfWeek()))
            return makeError(
                ErrorCode::RuleRefused,
                tr("Visits to %1 are on these days: %2. Please come back then.").arg(inmate->name, dayNames(days)));

        auto bans = BanStore::inForce(db, niks, now);
        if (!bans)
            return bans.error();
        if (!bans->isEmpty())
            return makeError(ErrorCode::SeeOfficer,
                             tr("This registration cannot be completed here. Please see an officer."));

        if (request.service == Service::Visit && rules.visitsPerInmatePerWeek > 0) {
            // A group refused at the inspection has used the week's visit; only a cancelled ticket frees it.
            // (Capacity and the daily cap below count only groups that can still come in.)
            const QDate monday = today.addDays(1 - today.dayOfWeek());
            SqlQuery week(db, u"SELECT COUNT(*) FROM visits WHERE inmate_id = ? AND service = 'visit' "
                              u"AND status <> 'cancelled' AND facility_date BETWEEN ? AND ?"_s);
            week.bind(inmate->id).bind(monday.toString(Qt::ISODate)).bind(monday.addDays(6).toString(Qt::ISODate));
            auto count = week.scalar();
            if (!count)
                return count.error();
            if (count->toInt() >= rules.visitsPerInmatePerWeek)
                return makeError(ErrorCode::RuleRefused,
                                 tr("%1 has already had the visits allowed this week. The next visit can be from %2.")
                                     .arg(inmate->name, QLocale().toString(monday.addDays(7), QLocale::LongFormat)));
        }

        QString session;
        if (request.service == Service::Visit) {
            if (rules.dailyCapPeople > 0) {
                SqlQuery day(db, u"SELECT COALESCE(SUM(men + women + children), 0) FROM visits "
                                 u"WHERE facility_date = ? AND service = 'visit' "
                                 u"AND status NOT IN ('cancelled', 'refused')"_s);
                day.bind(date);
                auto booked = day.scalar();
                if (!booked)
                    return booked.error();
                if (booked->toInt() + groupSize > rules.dailyCapPeople)
                    return makeError(ErrorCode::RuleRefused,
                                     tr("Today's visits are full. Please come on another visiting day."));
            }
            for (const VisitSession &candidate : rules.effectiveSessions()) {
                if (candidate.end <= local.time())
                    continue;
                if (candidate.capacity > 0) {
                    SqlQuery taken(db, u"SELECT COALESCE(SUM(men + women + children), 0) FROM visits "
                                       u"WHERE facility_date = ? AND service = 'visit' AND session = ? "
                                       u"AND status NOT IN ('cancelled', 'refused')"_s);
                    taken.bind(date).bind(candidate.name);
                    auto booked = taken.scalar();
                    if (!booked)
                        return booked.error();
                    if (booked->toInt() + groupSize > candidate.capacity)
                        continue;
                }
                session = candidate.name;
                break;
            }
            if (session.isEmpty())
                return makeError(ErrorCode::RuleRefused,
                                 tr("All of today's visiting sessions are full. Please come on another visiting day."));
        }

        SqlQuery visit(db, u"INSERT INTO visits (facility_date, service, queue_number, session, status, inmate_id, "
                           u"men, women, children, registered_at, station) "
                           u"VALUES (?, ?, ?, ?, 'registered', ?, ?, ?, ?, ?, ?) RETURNING id"_s);
        visit.bind(date).bind(serviceKey(request.service)).bind(number->toInt()).bind(session).bind(inmate->id);
        visit.bind(men).bind(women).bind(children).bind(nowMs).bind(request.station);
        auto visitId = visit.scalar();
        if (!visitId)
            return visitId.error();

        for (qsizetype position = 0; position < people.size(); ++position) {
            const GroupMember &person = people.at(position);
            SqlQuery visitor(db, u"INSERT INTO visitors (nik, name, sex, birth_date, created_at, updated_at) "
                                 u"VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (nik) DO UPDATE SET name = excluded.name, "
                                 u"updated_at = excluded.updated_at RETURNING id"_s);
            visitor.bind(person.nik).bind(person.name).bind(person.sex == Sex::Female ? u"F"_s : u"M"_s);
            visitor.bind(person.birthDate.toString(Qt::ISODate)).bind(nowMs).bind(nowMs);
            auto visitorId = visitor.scalar();
            if (!visitorId)
                return visitorId.error();
            SqlQuery member(db, u"INSERT INTO visit_members (visit_id, position, visitor_id, name, category) "
                                u"VALUES (?, ?, ?, ?, ?)"_s);
            member.bind(*visitId)
                .bind(int(position))
                .bind(*visitorId)
                .bind(person.name)
                .bind(categoryKey(person.category));
            if (auto done = member.exec(); !done)
                return done.error();
        }
        if (auto noted = db.recordChange(nowMs, u"visit.register"_s, queueLabel(request.service, number->toInt()));
            !noted)
            return noted.error();
        if (auto logged = AuditLog::append(db, nowMs, request.station.isEmpty() ? u"kiosk"_s : request.station,
                                           u"visit.register"_s, queueLabel(request.service, number->toInt()),
                                           u"visit=%1"_s.arg(visitId->toLongLong()));
            !logged)
            return logged.error();
        return visitId->toLongLong();
    });
    if (!stored)
        return stored.error();

    auto record = VisitRepository::load(db, *stored);
    if (!record)
        return record.error();
    auto payload = payloadFor(*record);
    if (!payload)
        return payload.error();
    return IssuedTicket{std::move(record).value(), *payload};
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
