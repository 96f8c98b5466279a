// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/offline/OfflineKiosk.h"

#include "db/Facility.h"
#include "db/InmateStore.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

Inmate inmateFrom(const SqlQuery &query) {
    return Inmate{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                  query.value(3).toString(), query.value(4).toInt() == 1};
}

} // namespace

Result<QList<Inmate>> OfflineKiosk::searchInmates(const QString &text, int limit) {
    const QStringList patterns = InmateStore::searchPatterns(text);
    SqlQuery query(m_journal.database(),
                   u"SELECT id, number, name, block, active FROM mirror_inmates WHERE number_key LIKE ? ESCAPE '\\' "
                   u"OR name_key LIKE ? ESCAPE '\\' ORDER BY active DESC, name_key, number_key LIMIT ?"_s);
    query.bind(patterns[0]).bind(patterns[1]).bind(limit);
    if (auto done = query.exec(); !done)
        return done.error();
    QList<Inmate> found;
    while (query.next())
        found.append(inmateFrom(query));
    return found;
}

Result<OfflineKiosk::Counted> OfflineKiosk::count(const QString &inmateNumber, const QStringList &niks,
                                                  Service service) {
    Database &db = m_journal.database();
    SqlQuery inmate(db, u"SELECT id, number, name, block, active, week_visits + (SELECT COUNT(*) FROM "
                        u"offline_registrations r JOIN journal j ON j.sequence = r.sequence WHERE r.inmate_id = "
                        u"mirror_inmates.id AND r.service = 'visit' AND j.uploaded_at IS NULL) "
                        u"FROM mirror_inmates WHERE number = ?"_s);
    inmate.bind(inmateNumber.trimmed());
    if (auto done = inmate.exec(); !done)
        return done.error();
    if (!inmate.next())
        return makeError(ErrorCode::NotFound,
                         RegistrationService::tr(
                             "No inmate with the number %1 was found. Please check the number or search by name.")
                             .arg(inmateNumber.trimmed()));
    Counted counted;
    counted.counts.inmate = inmateFrom(inmate);
    counted.counts.weekVisits = inmate.value(5).toInt();
    if (auto bans = checkBans(niks); !bans) {
        if (bans.error().code != ErrorCode::SeeOfficer)
            return bans.error();
        counted.counts.bans = 1;
    }

    // The day's people: the mirror's, and this kiosk's registrations not on the server yet.
    SqlQuery own(db, u"SELECT r.session, COALESCE(SUM(r.people), 0) FROM offline_registrations r JOIN journal j "
                     u"ON j.sequence = r.sequence WHERE r.service = 'visit' AND j.uploaded_at IS NULL "
                     u"GROUP BY r.session"_s);
    if (auto done = own.exec(); !done)
        return done.error();
    QHash<QString, int> ownPeople;
    int ownTotal = 0;
    while (own.next()) {
        ownPeople.insert(own.value(0).toString(), own.value(1).toInt());
        ownTotal += own.value(1).toInt();
    }
    SqlQuery state(db, u"SELECT key, value FROM journal_state WHERE key IN ('day_people', 'session_people')"_s);
    if (auto done = state.exec(); !done)
        return done.error();
    QJsonObject mirrored;
    while (state.next()) {
        if (state.value(0).toString() == u"day_people"_s)
            counted.counts.dayPeople = state.value(1).toInt() + ownTotal;
        else
            mirrored = QJsonDocument::fromJson(state.value(1).toString().toUtf8()).object();
    }
    if (service == Service::Visit) {
        const QTime time = m_facility.toLocal(m_facility.now()).time();
        for (const VisitSession &session : m_facility.rules().effectiveSessions())
            if (session.end > time) {
                counted.sessions.append(session);
                counted.sessionPeople.append(mirrored.value(session.name).toInt() + ownPeople.value(session.name));
            }
    }
    return counted;
}

Result<void> OfflineKiosk::checkBans(const QStringList &niks) {
    if (niks.isEmpty())
        return {};
    QStringList marks;
    marks.fill(u"?"_s, niks.size());
    SqlQuery query(m_journal.database(), u"SELECT COUNT(*) FROM mirror_nik_bans WHERE (expires_at IS NULL OR "
                                         u"expires_at > ?) AND nik IN ("_s +
                                             marks.join(u", "_s) + u")"_s);
    query.bind(m_facility.now().toMSecsSinceEpoch());
    for (const QString &nik : niks)
        query.bind(nik);
    auto bans = query.scalar();
    if (!bans)
        return bans.error();
    if (bans->toInt() > 0)
        return makeError(ErrorCode::SeeOfficer,
                         RegistrationService::tr("This registration cannot be completed here. Please see an officer."));
    return {};
}

Result<void> OfflineKiosk::checkInmate(const QString &inmateNumber, Service service) {
    RegistrationService rules(m_facility);
    if (auto open = rules.checkHours(m_facility.toLocal(m_facility.now()).time()); !open)
        return open;
    auto counted = count(inmateNumber, {}, service);
    if (!counted)
        return counted.error();
    if (auto allowed = rules.judgeCounts(counted->counts, service, 1, m_facility.today()); !allowed)
        return allowed;
    if (service == Service::Visit)
        if (auto session = RegistrationService::chooseSession(counted->sessions, counted->sessionPeople, 1); !session)
            return session.error();
    if (auto left = numbersLeft(service); !left || *left == 0)
        return left ? Result<void>(noNumbersLeft()) : Result<void>(left.error());
    return {};
}

Result<std::optional<ReservedNumber>> OfflineKiosk::nextNumber(Service service) {
    SqlQuery query(m_journal.database(),
                   u"SELECT visit_id, facility_date, number, station FROM mirror_offline_numbers m WHERE service = ? "
                   u"AND facility_date = ? AND station = ? AND NOT EXISTS (SELECT 1 FROM offline_registrations r "
                   u"WHERE r.visit_id = m.visit_id) ORDER BY number LIMIT 1"_s);
    query.bind(serviceKey(service)).bind(isoDate(m_facility.today())).bind(m_journal.station());
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return std::optional<ReservedNumber>();
    return std::optional<ReservedNumber>(ReservedNumber{QDate::fromString(query.value(1).toString(), Qt::ISODate),
                                                        service, query.value(2).toInt(), query.value(0).toLongLong(),
                                                        query.value(3).toString()});
}

Result<int> OfflineKiosk::numbersLeft(Service service) {
    SqlQuery query(m_journal.database(),
                   u"SELECT COUNT(*) FROM mirror_offline_numbers m WHERE service = ? AND facility_date = ? "
                   u"AND station = ? AND NOT EXISTS (SELECT 1 FROM offline_registrations r "
                   u"WHERE r.visit_id = m.visit_id)"_s);
    query.bind(serviceKey(service)).bind(isoDate(m_facility.today())).bind(m_journal.station());
    auto left = query.scalar();
    if (!left)
        return left.error();
    return left->toInt();
}

Error OfflineKiosk::noNumbersLeft() const {
    return makeError(ErrorCode::RuleRefused,
                     tr("This kiosk cannot give more queue numbers until the server is back. Please go to the "
                        "registration desk."));
}

Result<IssuedTicket> OfflineKiosk::registerGroup(const RegistrationRequest &request) {
    RegistrationService rules(m_facility);
    const QDateTime now = m_facility.now();
    const QDate today = m_facility.today();
    if (request.adults.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         RegistrationService::tr("Please enter at least one adult visitor with a NIK."));
    if (request.children < 0 || request.children > RegistrationService::MaxChildren)
        return makeError(ErrorCode::InvalidInput, RegistrationService::tr("The number of children must be between "
                                                                          "0 and %1.")
                                                      .arg(RegistrationService::MaxChildren));
    QList<GroupMember> people;
    QStringList niks;
    for (const AdultEntry &entry : request.adults) {
        auto person = rules.checkPerson(entry);
        if (!person)
            return person.error();
        people.append(*person);
        niks.append(person->nik);
    }
    auto group = rules.checkGroup(people, request.children);
    if (!group)
        return group.error();
    if (auto open = rules.checkHours(m_facility.toLocal(now).time()); !open)
        return open.error();

    OfflineRegistration registration;
    std::optional<VisitRecord> record;
    QString payload;
    auto stored = m_journal.database().write([&]() -> Result<void> {
        auto counted = count(request.inmateNumber, niks, request.service);
        if (!counted)
            return counted.error();
        if (auto allowed = rules.judgeCounts(counted->counts, request.service, group->people(), today); !allowed)
            return allowed;
        QString session;
        if (request.service == Service::Visit) {
            auto chosen =
                RegistrationService::chooseSession(counted->sessions, counted->sessionPeople, group->people());
            if (!chosen)
                return chosen.error();
            session = *chosen;
        }
        auto number = nextNumber(request.service);
        if (!number)
            return number.error();
        if (!*number)
            return noNumbersLeft();
        registration = OfflineRegistration{(*number)->visitId,
                                           today,
                                           request.service,
                                           (*number)->number,
                                           session,
                                           counted->counts.inmate.number,
                                           request.adults,
                                           request.children,
                                           m_journal.station(),
                                           now};
        VisitRecord visit;
        visit.id = registration.visitId;
        visit.date = today;
        visit.service = request.service;
        visit.queueNumber = registration.queueNumber;
        visit.session = session;
        visit.inmate = counted->counts.inmate;
        visit.men = group->men;
        visit.women = group->women;
        visit.children = group->children;
        visit.registeredAt = now;
        for (const GroupMember &person : std::as_const(people))
            visit.members.append(Member{person.name, Nik::mask(person.nik), person.category});
        // Signed before the entry is written: a registration in the journal always has its ticket.
        auto signedPayload = rules.payloadFor(visit);
        if (!signedPayload)
            return signedPayload.error();
        if (auto entry = m_journal.appendRegistration(registration, visit.inmate.id, group->people()); !entry)
            return entry.error();
        payload = std::move(signedPayload).value();
        record = std::move(visit);
        return {};
    });
    if (!stored)
        return stored.error();
    return IssuedTicket{std::move(*record), payload};
}

} // namespace besuk
