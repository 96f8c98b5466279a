// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/offline/StationJournal.h"

#include "db/EnumKeys.h"
#include "db/Validation.h"
#include "db/offline/JournalJson.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

using namespace journaljson;

const KeyTable<JournalKind, 4> KindKeys{{{JournalKind::Admit, u"admit"_s},
                                         {JournalKind::CheckOut, u"checkout"_s},
                                         {JournalKind::Inspect, u"inspect"_s},
                                         {JournalKind::Register, u"register"_s}}};

const char *const JournalSchema[] = {
    "CREATE TABLE IF NOT EXISTS journal_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS mirror_tickets (visit_id INTEGER PRIMARY KEY, booking_id INTEGER NOT NULL, "
    "entry_cleared INTEGER NOT NULL, record TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS mirror_tickets_booking_idx ON mirror_tickets (booking_id)",
    "CREATE TABLE IF NOT EXISTS mirror_bans (visit_id INTEGER NOT NULL, ban_id INTEGER NOT NULL, nik TEXT NOT NULL, "
    "reason TEXT NOT NULL, created_by TEXT NOT NULL, created_at INTEGER NOT NULL, expires_at INTEGER)",
    "CREATE INDEX IF NOT EXISTS mirror_bans_visit_idx ON mirror_bans (visit_id)",
    // AUTOINCREMENT: a sequence number is never given twice, not even after the last entry was removed.
    "CREATE TABLE IF NOT EXISTS journal (sequence INTEGER PRIMARY KEY AUTOINCREMENT, "
    "kind TEXT NOT NULL CHECK (kind IN ('admit', 'checkout', 'inspect', 'register')), visit_id INTEGER NOT NULL, "
    "facility_date TEXT NOT NULL, officer TEXT NOT NULL, at INTEGER NOT NULL, uploaded_at INTEGER, "
    "detail TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE IF NOT EXISTS mirror_deposits (visit_id INTEGER NOT NULL, position INTEGER NOT NULL, "
    "description TEXT NOT NULL, tag TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS mirror_deposits_visit_idx ON mirror_deposits (visit_id)",
    "CREATE INDEX IF NOT EXISTS journal_visit_idx ON journal (visit_id)",
    "CREATE TABLE IF NOT EXISTS mirror_offline_numbers (visit_id INTEGER PRIMARY KEY, facility_date TEXT NOT NULL, "
    "service TEXT NOT NULL, number INTEGER NOT NULL, station TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS mirror_inmates (id INTEGER PRIMARY KEY, number TEXT NOT NULL, name TEXT NOT NULL, "
    "block TEXT NOT NULL, active INTEGER NOT NULL, number_key TEXT NOT NULL, name_key TEXT NOT NULL, "
    "week_visits INTEGER NOT NULL)",
    "CREATE INDEX IF NOT EXISTS mirror_inmates_number_idx ON mirror_inmates (number)",
    "CREATE TABLE IF NOT EXISTS mirror_nik_bans (nik TEXT NOT NULL, expires_at INTEGER)",
    "CREATE INDEX IF NOT EXISTS mirror_nik_bans_nik_idx ON mirror_nik_bans (nik)",
    // A kiosk's own registrations while apart, as its rules count them (the journal entry holds the group).
    "CREATE TABLE IF NOT EXISTS offline_registrations (sequence INTEGER PRIMARY KEY, visit_id INTEGER NOT NULL "
    "UNIQUE, facility_date TEXT NOT NULL, service TEXT NOT NULL, number INTEGER NOT NULL, inmate_id INTEGER NOT NULL, "
    "people INTEGER NOT NULL, session TEXT NOT NULL)",
};

QDateTime fromMs(const QVariant &value) {
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}
QVariant toMs(const QDateTime &moment) {
    return moment.isValid() ? QVariant(moment.toMSecsSinceEpoch()) : QVariant();
}
Result<void> setState(Database &db, const QString &key, const QString &value) {
    SqlQuery query(db, u"INSERT INTO journal_state (key, value) VALUES (?, ?) "
                       u"ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    query.bind(key).bind(value);
    return query.exec();
}

Result<QString> state(Database &db, const QString &key) {
    SqlQuery query(db, u"SELECT value FROM journal_state WHERE key = ?"_s);
    query.bind(key);
    auto value = query.scalar();
    if (!value)
        return value.error();
    return value->toString();
}

} // namespace

QString journalKindKey(JournalKind kind) {
    return toKey(kind, KindKeys);
}
std::optional<JournalKind> journalKindFromKey(const QString &key) {
    return fromKey(key, KindKeys);
}

QString StationJournal::pathBeside(const QString &settingsFile, bool kiosk) {
    return QFileInfo(settingsFile).absolutePath() + (kiosk ? u"/kiosk-journal.db"_s : u"/station-journal.db"_s);
}

StationJournal::StationJournal(std::unique_ptr<Database> database, QString station, QString journalId)
    : m_database(std::move(database)), m_station(std::move(station)), m_journalId(std::move(journalId)) {}

Result<std::unique_ptr<StationJournal>> StationJournal::open(const QString &path, const QString &station) {
    auto name = Validation::requiredText(station, 100, tr("Station"));
    if (!name)
        return name.error();
    auto opened = Database::openSqlite(path, Database::OpenMode::CreateIfMissing, Database::Schema::Own);
    if (!opened)
        return opened.error();
    Database &db = **opened;
    auto journalId = db.write([&]() -> Result<QString> {
        for (const char *sql : JournalSchema)
            if (auto done = db.execute(QString::fromUtf8(sql)); !done)
                return done.error();
        auto known = state(db, u"journal_id"_s);
        if (!known || !known->isEmpty())
            return known;
        const QString fresh = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (auto saved = setState(db, u"journal_id"_s, fresh); !saved)
            return saved.error();
        return fresh;
    });
    if (!journalId)
        return journalId.error();
    return std::unique_ptr<StationJournal>(
        new StationJournal(std::move(opened).value(), *name, std::move(journalId).value()));
}

Result<void> StationJournal::replaceMirror(const MirrorSnapshot &snapshot) {
    Database &db = *m_database;
    const MirrorProfile &profile = snapshot.profile;
    return db.write([&]() -> Result<void> {
        for (const QString &sql : {u"DELETE FROM mirror_tickets"_s, u"DELETE FROM mirror_bans"_s,
                                   u"DELETE FROM mirror_deposits"_s, u"DELETE FROM mirror_offline_numbers"_s,
                                   u"DELETE FROM mirror_inmates"_s, u"DELETE FROM mirror_nik_bans"_s})
            if (auto done = SqlQuery(db, sql).exec(); !done)
                return done;
        for (const ReservedNumber &number : snapshot.offlineNumbers) {
            SqlQuery insert(db, u"INSERT INTO mirror_offline_numbers (visit_id, facility_date, service, number, "
                                u"station) VALUES (?, ?, ?, ?, ?)"_s);
            insert.bind(number.visitId).bind(isoDate(number.date)).bind(serviceKey(number.service));
            insert.bind(number.number).bind(number.station);
            if (auto done = insert.exec(); !done)
                return done;
        }
        if (snapshot.kiosk)
            if (auto stored = replaceKioskMirror(*snapshot.kiosk); !stored)
                return stored;
        for (const MirrorTicket &ticket : snapshot.tickets) {
            SqlQuery insert(db, u"INSERT INTO mirror_tickets (visit_id, booking_id, entry_cleared, record) "
                                u"VALUES (?, ?, ?, ?)"_s);
            insert.bind(ticket.visit.id).bind(ticket.bookingId).bind(ticket.entryCleared ? 1 : 0);
            insert.bind(recordJson(ticket.visit));
            if (auto done = insert.exec(); !done)
                return done;
            for (const Ban &ban : ticket.bans) {
                SqlQuery bans(db, u"INSERT INTO mirror_bans (visit_id, ban_id, nik, reason, created_by, created_at, "
                                  u"expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
                bans.bind(ticket.visit.id).bind(ban.id).bind(ban.nik).bind(ban.reason).bind(ban.createdBy);
                bans.bind(toMs(ban.createdAt)).bind(toMs(ban.expiresAt));
                if (auto done = bans.exec(); !done)
                    return done;
            }
            for (qsizetype i = 0; i < ticket.deposited.size(); ++i) {
                SqlQuery item(db, u"INSERT INTO mirror_deposits (visit_id, position, description, tag) "
                                  u"VALUES (?, ?, ?, ?)"_s);
                item.bind(ticket.visit.id).bind(int(i)).bind(ticket.deposited[i].description);
                item.bind(ticket.deposited[i].tag);
                if (auto done = item.exec(); !done)
                    return done;
            }
        }
        const QList<std::pair<QString, QString>> values{
            {u"code"_s, QString::number(profile.code)},
            {u"public_key"_s, QString::fromLatin1(profile.publicKey.toBase64())},
            {u"time_zone"_s, profile.timeZoneId},
            {u"require_cleared_inspection"_s, profile.requireClearedInspection ? u"1"_s : u"0"_s},
            {u"facility_date"_s, isoDate(profile.facilityDate)},
            {u"refreshed_at"_s, QString::number(profile.refreshedAt.toMSecsSinceEpoch())}};
        for (const auto &[key, value] : values)
            if (auto saved = setState(*m_database, key, value); !saved)
                return saved;
        return {};
    });
}

Result<std::optional<MirrorProfile>> StationJournal::profile() {
    Database &db = *m_database;
    return db.read([&]() -> Result<std::optional<MirrorProfile>> {
        SqlQuery query(db, u"SELECT key, value FROM journal_state"_s);
        if (auto done = query.exec(); !done)
            return done.error();
        QHash<QString, QString> values;
        while (query.next())
            values.insert(query.value(0).toString(), query.value(1).toString());
        if (!values.contains(u"refreshed_at"_s))
            return std::optional<MirrorProfile>();
        return std::optional<MirrorProfile>(MirrorProfile{
            values.value(u"code"_s).toUInt(), QByteArray::fromBase64(values.value(u"public_key"_s).toLatin1()),
            values.value(u"time_zone"_s), values.value(u"require_cleared_inspection"_s) == u"1"_s,
            QDate::fromString(values.value(u"facility_date"_s), Qt::ISODate),
            QDateTime::fromMSecsSinceEpoch(values.value(u"refreshed_at"_s).toLongLong(), Qt::UTC)});
    });
}

int StationJournal::mirroredTickets() const {
    auto count = SqlQuery(*m_database, u"SELECT COUNT(*) FROM mirror_tickets"_s).scalar();
    return count ? count->toInt() : 0;
}

Result<std::optional<MirrorTicket>> StationJournal::ticket(qint64 visitId) {
    return ticketWhere(u"visit_id"_s, visitId);
}

Result<std::optional<MirrorTicket>> StationJournal::ticketOfBooking(qint64 bookingId) {
    if (bookingId <= 0)
        return std::optional<MirrorTicket>();
    return ticketWhere(u"booking_id"_s, bookingId);
}

Result<std::optional<MirrorTicket>> StationJournal::ticketWhere(const QString &column, qint64 value) {
    Database &db = *m_database;
    return db.read([&]() -> Result<std::optional<MirrorTicket>> {
        // `column` is one of two constants above, never input.
        SqlQuery query(db, u"SELECT visit_id, booking_id, entry_cleared, record FROM mirror_tickets WHERE "_s + column +
                               u" = ?"_s);
        query.bind(value);
        if (auto done = query.exec(); !done)
            return done.error();
        if (!query.next())
            return column == u"visit_id"_s ? issuedOffline(value) : std::optional<MirrorTicket>();
        MirrorTicket ticket{recordFromJson(query.value(3).toString()),
                            query.value(1).toLongLong(),
                            query.value(2).toInt() == 1,
                            {},
                            {},
                            {}};
        SqlQuery bans(db, u"SELECT ban_id, nik, reason, created_by, created_at, expires_at FROM mirror_bans "
                          u"WHERE visit_id = ? ORDER BY ban_id"_s);
        bans.bind(ticket.visit.id);
        if (auto done = bans.exec(); !done)
            return done.error();
        while (bans.next())
            ticket.bans.append(Ban{bans.value(0).toLongLong(), bans.value(1).toString(), bans.value(2).toString(),
                                   bans.value(3).toString(), fromMs(bans.value(4)), fromMs(bans.value(5))});
        SqlQuery deposits(db, u"SELECT description, tag FROM mirror_deposits WHERE visit_id = ? ORDER BY position"_s);
        deposits.bind(ticket.visit.id);
        if (auto done = deposits.exec(); !done)
            return done.error();
        while (deposits.next())
            ticket.deposited.append(
                InspectionItem{deposits.value(0).toString(), Disposition::Deposited, deposits.value(1).toString()});
        if (auto applied = applyJournal(ticket); !applied)
            return applied.error();
        return std::optional<MirrorTicket>(std::move(ticket));
    });
}

Result<std::optional<ReservedNumber>> StationJournal::reservedNumber(qint64 visitId) {
    SqlQuery query(*m_database, u"SELECT facility_date, service, number, station FROM mirror_offline_numbers "
                                u"WHERE visit_id = ?"_s);
    query.bind(visitId);
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return std::optional<ReservedNumber>();
    return std::optional<ReservedNumber>(
        ReservedNumber{QDate::fromString(query.value(0).toString(), Qt::ISODate),
                       serviceFromKey(query.value(1).toString()).value_or(Service::Visit), query.value(2).toInt(),
                       visitId, query.value(3).toString()});
}

Result<std::optional<MirrorTicket>> StationJournal::issuedOffline(qint64 visitId) {
    auto reserved = reservedNumber(visitId);
    if (!reserved || !*reserved)
        return reserved ? std::optional<MirrorTicket>() : Result<std::optional<MirrorTicket>>(reserved.error());
    // A kiosk's ticket of a number reserved for working apart: the ticket's signature and number are all this
    // station knows of the group (the inmate and the group are printed on it).
    MirrorTicket ticket;
    VisitRecord &visit = ticket.visit;
    visit.id = visitId;
    visit.date = (*reserved)->date;
    visit.service = (*reserved)->service;
    visit.queueNumber = (*reserved)->number;
    visit.status = VisitStatus::Registered;
    ticket.issuedOfflineBy = (*reserved)->station;
    if (auto applied = applyJournal(ticket); !applied)
        return applied.error();
    return std::optional<MirrorTicket>(std::move(ticket));
}

Result<QList<VisitRecord>> StationJournal::visits() {
    Database &db = *m_database;
    return db.read([&]() -> Result<QList<VisitRecord>> {
        SqlQuery query(db, u"SELECT record FROM mirror_tickets ORDER BY visit_id"_s);
        if (auto done = query.exec(); !done)
            return done.error();
        QList<VisitRecord> all;
        while (query.next()) {
            MirrorTicket ticket{recordFromJson(query.value(0).toString()), 0, false, {}, {}, {}};
            if (auto applied = applyJournal(ticket); !applied)
                return applied.error();
            all.append(std::move(ticket.visit));
        }
        return all;
    });
}

Result<void> StationJournal::applyJournal(MirrorTicket &ticket) {
    SqlQuery query(*m_database,
                   u"SELECT kind, officer, at, detail FROM journal WHERE visit_id = ? ORDER BY sequence"_s);
    query.bind(ticket.visit.id);
    if (auto done = query.exec(); !done)
        return done;
    VisitRecord &visit = ticket.visit;
    while (query.next()) {
        const auto kind = journalKindFromKey(query.value(0).toString());
        const QString officer = query.value(1).toString();
        const QDateTime at = fromMs(query.value(2));
        if (kind == JournalKind::Admit && visit.status == VisitStatus::Registered) {
            visit.status = VisitStatus::Admitted;
            visit.admittedAt = at;
            visit.admittedBy = officer;
        } else if (kind == JournalKind::CheckOut && visit.status == VisitStatus::Admitted) {
            visit.status = VisitStatus::CheckedOut;
            visit.checkedOutAt = at;
            visit.checkedOutBy = officer;
        } else if (kind == JournalKind::Inspect) {
            applyInspection(ticket, inspectionFromJson(query.value(3).toString(), officer), at);
        }
    }
    return {};
}

void StationJournal::applyInspection(MirrorTicket &ticket, const InspectionRequest &inspection, const QDateTime &at) {
    if (inspection.phase != InspectionPhase::Entry)
        return;
    ticket.entryCleared = inspection.outcome == InspectionOutcome::Cleared; // the latest entry inspection counts
    for (const InspectionItem &item : inspection.items)
        if (item.disposition == Disposition::Deposited)
            ticket.deposited.append(item);
    if (inspection.outcome == InspectionOutcome::Refused && ticket.visit.status == VisitStatus::Registered) {
        ticket.visit.status = VisitStatus::Refused;
        ticket.visit.refusedAt = at;
        ticket.visit.refusedReason = inspection.reason;
    }
}

Result<JournalEntry> StationJournal::append(JournalKind kind, const VisitRecord &visit, const QString &officer,
                                            const QDateTime &at) {
    Database &db = *m_database;
    return db.write([&]() -> Result<JournalEntry> {
        SqlQuery insert(db,
                        u"INSERT INTO journal (kind, visit_id, facility_date, officer, at) VALUES (?, ?, ?, ?, ?)"_s +
                            db.returningId());
        insert.bind(journalKindKey(kind)).bind(visit.id).bind(isoDate(visit.date)).bind(officer);
        insert.bind(at.toMSecsSinceEpoch());
        auto sequence = insert.insertedId();
        if (!sequence)
            return sequence.error();
        return JournalEntry{*sequence, kind, visit.id, visit.date, officer, at, {}, std::nullopt, std::nullopt};
    });
}

Result<JournalEntry> StationJournal::appendInspection(const VisitRecord &visit, const InspectionRequest &checked,
                                                      const QDateTime &at) {
    Database &db = *m_database;
    return db.write([&]() -> Result<JournalEntry> {
        SqlQuery insert(db, u"INSERT INTO journal (kind, visit_id, facility_date, officer, at, detail) "
                            u"VALUES (?, ?, ?, ?, ?, ?)"_s +
                                db.returningId());
        insert.bind(journalKindKey(JournalKind::Inspect)).bind(visit.id).bind(isoDate(visit.date));
        insert.bind(checked.officer).bind(at.toMSecsSinceEpoch()).bind(inspectionJson(checked));
        auto sequence = insert.insertedId();
        if (!sequence)
            return sequence.error();
        return JournalEntry{*sequence, JournalKind::Inspect, visit.id, visit.date, checked.officer, at, {},
                            checked,   std::nullopt};
    });
}

Result<JournalEntry> StationJournal::appendRegistration(const OfflineRegistration &registration, qint64 inmateId,
                                                        int people) {
    Database &db = *m_database;
    return db.write([&]() -> Result<JournalEntry> {
        SqlQuery insert(db, u"INSERT INTO journal (kind, visit_id, facility_date, officer, at, detail) "
                            u"VALUES (?, ?, ?, ?, ?, ?)"_s +
                                db.returningId());
        insert.bind(journalKindKey(JournalKind::Register)).bind(registration.visitId).bind(isoDate(registration.date));
        insert.bind(registration.station).bind(registration.registeredAt.toMSecsSinceEpoch());
        insert.bind(registrationJson(registration));
        auto sequence = insert.insertedId();
        if (!sequence)
            return sequence.error();
        SqlQuery counted(db, u"INSERT INTO offline_registrations (sequence, visit_id, facility_date, service, number, "
                             u"inmate_id, people, session) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
        counted.bind(*sequence).bind(registration.visitId).bind(isoDate(registration.date));
        counted.bind(serviceKey(registration.service)).bind(registration.queueNumber).bind(inmateId).bind(people);
        counted.bind(registration.session);
        if (auto done = counted.exec(); !done)
            return done.error();
        JournalEntry entry{*sequence,
                           JournalKind::Register,
                           registration.visitId,
                           registration.date,
                           registration.station,
                           registration.registeredAt,
                           {},
                           std::nullopt,
                           std::nullopt};
        entry.registration = registration;
        return entry;
    });
}

Result<void> StationJournal::replaceKioskMirror(const KioskMirror &kiosk) {
    Database &db = *m_database;
    for (const MirrorInmate &row : kiosk.inmates) {
        SqlQuery insert(db, u"INSERT INTO mirror_inmates (id, number, name, block, active, number_key, name_key, "
                            u"week_visits) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
        insert.bind(row.inmate.id).bind(row.inmate.number).bind(row.inmate.name).bind(row.inmate.block);
        insert.bind(row.inmate.active ? 1 : 0).bind(row.numberKey).bind(row.nameKey).bind(row.weekVisits);
        if (auto done = insert.exec(); !done)
            return done;
    }
    for (const MirrorNikBan &ban : kiosk.bans) {
        SqlQuery insert(db, u"INSERT INTO mirror_nik_bans (nik, expires_at) VALUES (?, ?)"_s);
        insert.bind(ban.nik).bind(toMs(ban.expiresAt));
        if (auto done = insert.exec(); !done)
            return done;
    }
    QJsonObject sessions;
    for (auto it = kiosk.sessionPeople.cbegin(); it != kiosk.sessionPeople.cend(); ++it)
        sessions.insert(it.key(), it.value());
    if (auto saved = setState(db, u"day_people"_s, QString::number(kiosk.dayPeople)); !saved)
        return saved;
    return setState(db, u"session_people"_s, QString::fromUtf8(QJsonDocument(sessions).toJson(QJsonDocument::Compact)));
}

Result<QList<JournalEntry>> StationJournal::pending() {
    Database &db = *m_database;
    return db.read([&]() -> Result<QList<JournalEntry>> {
        SqlQuery query(db, u"SELECT sequence, kind, visit_id, facility_date, officer, at, detail FROM journal "
                           u"WHERE uploaded_at IS NULL ORDER BY sequence"_s);
        if (auto done = query.exec(); !done)
            return done.error();
        QList<JournalEntry> entries;
        while (query.next()) {
            JournalEntry entry{query.value(0).toLongLong(),
                               journalKindFromKey(query.value(1).toString()).value_or(JournalKind::Admit),
                               query.value(2).toLongLong(),
                               QDate::fromString(query.value(3).toString(), Qt::ISODate),
                               query.value(4).toString(),
                               fromMs(query.value(5)),
                               {},
                               std::nullopt,
                               std::nullopt};
            if (entry.kind == JournalKind::Inspect)
                entry.inspection = inspectionFromJson(query.value(6).toString(), entry.officer);
            if (entry.kind == JournalKind::Register)
                entry.registration = registrationFromJson(query.value(6).toString());
            entries.append(std::move(entry));
        }
        return entries;
    });
}

Result<void> StationJournal::markUploaded(qint64 sequence, const QDateTime &at) {
    Database &db = *m_database;
    return db.write([&]() -> Result<void> {
        SqlQuery update(db, u"UPDATE journal SET uploaded_at = ?, detail = CASE WHEN kind = 'register' THEN '' "
                            u"ELSE detail END WHERE sequence = ? AND uploaded_at IS NULL"_s);
        update.bind(at.toMSecsSinceEpoch()).bind(sequence);
        return update.exec();
    });
}

} // namespace besuk
