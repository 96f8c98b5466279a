// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/Migrations.h"

#include "db/Database.h"

#include <QDateTime>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

// SQL accepted by SQLite and PostgreSQL alike; {{ID}} is the one spelling that differs.
// Times are milliseconds since the Unix epoch (UTC); facility dates are 'YYYY-MM-DD' in the facility's zone.
const char *const SchemaV1 = R"sql(
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE inmates (
    id {{ID}},
    number TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    block TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    number_key TEXT NOT NULL,
    name_key TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX inmates_number_key_idx ON inmates (number_key);
CREATE TABLE visitors (
    id {{ID}},
    nik TEXT UNIQUE,
    name TEXT NOT NULL,
    sex TEXT NOT NULL CHECK (sex IN ('M', 'F')),
    birth_date TEXT,
    phone TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE TABLE visits (
    id {{ID}},
    facility_date TEXT NOT NULL,
    service TEXT NOT NULL CHECK (service IN ('visit', 'deposit')),
    queue_number INTEGER NOT NULL CHECK (queue_number > 0),
    session TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('registered', 'admitted', 'checked_out', 'refused', 'cancelled')),
    inmate_id BIGINT NOT NULL REFERENCES inmates (id),
    men INTEGER NOT NULL CHECK (men >= 0),
    women INTEGER NOT NULL CHECK (women >= 0),
    children INTEGER NOT NULL CHECK (children >= 0),
    registered_at BIGINT NOT NULL,
    station TEXT NOT NULL DEFAULT '',
    admitted_at BIGINT,
    admitted_by TEXT,
    checked_out_at BIGINT,
    checked_out_by TEXT,
    refused_at BIGINT,
    refused_reason TEXT,
    cancelled_at BIGINT,
    cancel_reason TEXT,
    UNIQUE (facility_date, service, queue_number)
);
CREATE INDEX visits_inmate_date_idx ON visits (inmate_id, facility_date);
CREATE TABLE visit_members (
    visit_id BIGINT NOT NULL REFERENCES visits (id),
    position INTEGER NOT NULL,
    visitor_id BIGINT NOT NULL REFERENCES visitors (id),
    name TEXT NOT NULL,
    category TEXT NOT NULL CHECK (category IN ('man', 'woman', 'child')),
    PRIMARY KEY (visit_id, position)
);
CREATE INDEX visit_members_visitor_idx ON visit_members (visitor_id);
CREATE TABLE queue_counters (
    facility_date TEXT NOT NULL,
    service TEXT NOT NULL,
    last_number INTEGER NOT NULL,
    PRIMARY KEY (facility_date, service)
);
CREATE TABLE inspections (
    id {{ID}},
    visit_id BIGINT NOT NULL REFERENCES visits (id),
    phase TEXT NOT NULL CHECK (phase IN ('entry', 'exit')),
    officer TEXT NOT NULL,
    at BIGINT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('cleared', 'refused')),
    reason TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX inspections_visit_idx ON inspections (visit_id);
CREATE TABLE inspection_items (
    inspection_id BIGINT NOT NULL REFERENCES inspections (id),
    position INTEGER NOT NULL,
    description TEXT NOT NULL,
    disposition TEXT NOT NULL CHECK (disposition IN ('allowed', 'deposited', 'confiscated', 'returned')),
    tag TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (inspection_id, position)
);
CREATE TABLE bans (
    id {{ID}},
    nik TEXT NOT NULL,
    reason TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT,
    lifted_at BIGINT,
    lifted_by TEXT
);
CREATE INDEX bans_nik_idx ON bans (nik);
CREATE TABLE users (
    id {{ID}},
    username TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('admin', 'staff', 'guard')),
    secret_hash TEXT NOT NULL,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until BIGINT,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at BIGINT NOT NULL
);
CREATE TABLE changes (
    id {{ID}},
    at BIGINT NOT NULL,
    kind TEXT NOT NULL,
    subject TEXT NOT NULL DEFAULT ''
);
CREATE TABLE audit_log (
    id {{ID}},
    at BIGINT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    subject TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
)
)sql";

// Calling queue numbers at the gates: one row per call, recall or skip (no-show). A ticket's first call is unique,
// so two gates calling next at the same moment can never both call it (PostgreSQL: the second insert waits for the
// first to commit, then finds the conflict and takes the next number).
const char *const SchemaV2 = R"sql(
CREATE TABLE calls (
    id {{ID}},
    visit_id BIGINT NOT NULL REFERENCES visits (id),
    facility_date TEXT NOT NULL,
    service TEXT NOT NULL CHECK (service IN ('visit', 'deposit')),
    queue_number INTEGER NOT NULL CHECK (queue_number > 0),
    gate TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('call', 'recall', 'skip')),
    officer TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE UNIQUE INDEX calls_first_call_idx ON calls (facility_date, service, queue_number) WHERE kind = 'call';
CREATE INDEX calls_visit_idx ON calls (visit_id);
CREATE INDEX calls_date_gate_idx ON calls (facility_date, gate)
)sql";

// Booking ahead (besuk-web). Kept in tables of their own, so that the web program's PostgreSQL role can be given
// these and little else (packaging/). Members carry their NIK as visitors do; it is masked whenever read for people.
// Slot times are 'HH:MM' in the facility's zone. Capacity, the day cap and the weekly limit hold because every
// booking, change, arrival and registration takes the audit chain's lock before it counts (see BookingService).
const char *const SchemaV3 = R"sql(
CREATE TABLE bookings (
    id {{ID}},
    code TEXT NOT NULL UNIQUE,
    facility_date TEXT NOT NULL,
    slot_start TEXT NOT NULL,
    slot_end TEXT NOT NULL,
    service TEXT NOT NULL CHECK (service IN ('visit', 'deposit')),
    status TEXT NOT NULL CHECK (status IN ('booked', 'arrived', 'cancelled', 'no_show')),
    inmate_id BIGINT NOT NULL REFERENCES inmates (id),
    men INTEGER NOT NULL CHECK (men >= 0),
    women INTEGER NOT NULL CHECK (women >= 0),
    children INTEGER NOT NULL CHECK (children >= 0),
    booked_at BIGINT NOT NULL,
    channel TEXT NOT NULL DEFAULT '',
    changed_at BIGINT,
    cancelled_at BIGINT,
    cancelled_by TEXT,
    cancel_reason TEXT,
    arrived_at BIGINT,
    visit_id BIGINT REFERENCES visits (id)
);
CREATE INDEX bookings_date_slot_idx ON bookings (facility_date, slot_start);
CREATE INDEX bookings_inmate_date_idx ON bookings (inmate_id, facility_date);
CREATE TABLE booking_members (
    booking_id BIGINT NOT NULL REFERENCES bookings (id),
    position INTEGER NOT NULL,
    nik TEXT NOT NULL,
    name TEXT NOT NULL,
    category TEXT NOT NULL CHECK (category IN ('man', 'woman', 'child')),
    PRIMARY KEY (booking_id, position)
);
CREATE INDEX booking_members_nik_idx ON booking_members (nik);
CREATE TABLE closed_days (
    facility_date TEXT PRIMARY KEY,
    reason TEXT NOT NULL,
    closed_by TEXT NOT NULL,
    closed_at BIGINT NOT NULL
)
)sql";

// Stations that worked without the server (db/offline): every journal entry a station uploaded, keyed by the
// station's journal and the entry's sequence number, so an upload cut half-way and repeated stores nothing twice;
// and what staff must look at afterwards (the same ticket admitted at two gates while apart, an entry the server's
// state refused). No foreign keys, so that removing old visits (RetentionService) is never blocked by them.
const char *const SchemaV4 = R"sql(
CREATE TABLE station_journal (
    journal_id TEXT NOT NULL,
    sequence BIGINT NOT NULL CHECK (sequence > 0),
    station TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('admit', 'checkout')),
    visit_id BIGINT NOT NULL,
    facility_date TEXT NOT NULL,
    officer TEXT NOT NULL,
    at BIGINT NOT NULL,
    result TEXT NOT NULL,
    uploaded_at BIGINT NOT NULL,
    PRIMARY KEY (journal_id, sequence)
);
CREATE INDEX station_journal_visit_idx ON station_journal (visit_id);
CREATE INDEX station_journal_date_idx ON station_journal (facility_date);
CREATE TABLE offline_alerts (
    id {{ID}},
    kind TEXT NOT NULL CHECK (kind IN ('double_admission', 'conflict')),
    visit_id BIGINT NOT NULL,
    facility_date TEXT NOT NULL,
    queue_label TEXT NOT NULL,
    first_station TEXT NOT NULL,
    first_at BIGINT,
    first_by TEXT NOT NULL,
    second_station TEXT NOT NULL,
    second_at BIGINT NOT NULL,
    second_by TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL
);
CREATE INDEX offline_alerts_date_idx ON offline_alerts (facility_date)
)sql";

// The seats taken per slot and per day are summed on every slot page and every booking: an index that holds the
// counts answers those sums from the index alone, however many bookings the day has (docs/benchmarks.md, the
// booking site's load). It starts with the old index's columns, so it serves every lookup the old one did.
const char *const SchemaV5 = R"sql(
CREATE INDEX bookings_seats_idx ON bookings (facility_date, slot_start, status, service, men, women, children);
DROP INDEX bookings_date_slot_idx
)sql";

// What staff see of each station that can work apart from the server (db/offline/StationStatus).
const char *const SchemaV6 = R"sql(
CREATE TABLE station_status (
    station TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    last_seen BIGINT NOT NULL,
    offline_since BIGINT,
    back_at BIGINT,
    waiting INTEGER NOT NULL DEFAULT 0,
    last_upload_at BIGINT,
    last_upload_count INTEGER NOT NULL DEFAULT 0
)
)sql";

// Gates record belongings inspections while apart from the server too: a journal entry may be an inspection.
// SQLite cannot change a CHECK constraint, so its table is made again; PostgreSQL changes the constraint in place
// (the table keeps the privileges docs/deployment.md grants on it).
const char *const SchemaV6Sqlite = R"sql(
CREATE TABLE station_journal_v6 (
    journal_id TEXT NOT NULL,
    sequence BIGINT NOT NULL CHECK (sequence > 0),
    station TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('admit', 'checkout', 'inspect')),
    visit_id BIGINT NOT NULL,
    facility_date TEXT NOT NULL,
    officer TEXT NOT NULL,
    at BIGINT NOT NULL,
    result TEXT NOT NULL,
    uploaded_at BIGINT NOT NULL,
    PRIMARY KEY (journal_id, sequence)
);
INSERT INTO station_journal_v6 SELECT journal_id, sequence, station, kind, visit_id, facility_date, officer, at,
    result, uploaded_at FROM station_journal;
DROP TABLE station_journal;
ALTER TABLE station_journal_v6 RENAME TO station_journal;
CREATE INDEX station_journal_visit_idx ON station_journal (visit_id);
CREATE INDEX station_journal_date_idx ON station_journal (facility_date)
)sql";

const char *const SchemaV6Postgres = R"sql(
ALTER TABLE station_journal DROP CONSTRAINT station_journal_kind_check;
ALTER TABLE station_journal ADD CONSTRAINT station_journal_kind_check
    CHECK (kind IN ('admit', 'checkout', 'inspect'))
)sql";

// Queue numbers a kiosk may give while the server cannot be reached (db/offline/QueueBlocks): each reserved number
// comes with the visit id its ticket will carry, so the ticket can be signed offline and is the same visit once
// uploaded. Reserved numbers start above QueueBlocks::FirstNumber - 1; the day's counter skips what is reserved
// (block_last), so no number is given twice and a day without an outage has no gap.
const char *const SchemaV7 = R"sql(
CREATE TABLE offline_numbers (
    facility_date TEXT NOT NULL,
    service TEXT NOT NULL,
    queue_number INTEGER NOT NULL,
    visit_id BIGINT NOT NULL UNIQUE,
    station TEXT NOT NULL,
    reserved_at BIGINT NOT NULL,
    PRIMARY KEY (facility_date, service, queue_number)
);
CREATE INDEX offline_numbers_station_idx ON offline_numbers (station, facility_date);
ALTER TABLE queue_counters ADD COLUMN block_last INTEGER NOT NULL DEFAULT 0
)sql";

// An offline kiosk's registration that breaks a rule only the server could see is an alert for staff ("rule").
const char *const SchemaV7Sqlite = R"sql(
CREATE TABLE offline_alerts_v7 (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL CHECK (kind IN ('double_admission', 'conflict', 'rule')),
    visit_id BIGINT NOT NULL,
    facility_date TEXT NOT NULL,
    queue_label TEXT NOT NULL,
    first_station TEXT NOT NULL,
    first_at BIGINT,
    first_by TEXT NOT NULL,
    second_station TEXT NOT NULL,
    second_at BIGINT NOT NULL,
    second_by TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL
);
INSERT INTO offline_alerts_v7 SELECT id, kind, visit_id, facility_date, queue_label, first_station, first_at,
    first_by, second_station, second_at, second_by, detail, created_at FROM offline_alerts;
DROP TABLE offline_alerts;
ALTER TABLE offline_alerts_v7 RENAME TO offline_alerts;
CREATE INDEX offline_alerts_date_idx ON offline_alerts (facility_date)
)sql";

const char *const SchemaV7Postgres = R"sql(
ALTER TABLE offline_alerts DROP CONSTRAINT offline_alerts_kind_check;
ALTER TABLE offline_alerts ADD CONSTRAINT offline_alerts_kind_check
    CHECK (kind IN ('double_admission', 'conflict', 'rule'))
)sql";

// Every tally joins each visit of its days to its booking, and a cancelled visit finds its booking: without an index
// on visit_id SQLite built a temporary one over every booking on each tally (a year of bookings, 150,000: 2 ms ->
// 130 ms for a day's tally) and PostgreSQL read the whole table.
const char *const SchemaV8 = R"sql(
CREATE INDEX bookings_visit_idx ON bookings (visit_id)
)sql";

// The audit log is append-only: the database itself refuses to change or remove an entry.
const char *const AuditGuardSqlite = R"sql(
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END
)sql";

const char *const AuditGuardPostgres = R"sql(
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS
'BEGIN RAISE EXCEPTION ''audit_log is append-only''; END';
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()
)sql";

constexpr int MigrationLock = 0x42e5'0001;

struct Step {
    int version;
    const char *common;
    const char *sqliteOnly;
    const char *postgresOnly;
};

const Step Steps[] = {
    {1, SchemaV1, AuditGuardSqlite, AuditGuardPostgres},
    {2, SchemaV2, "", ""},
    {3, SchemaV3, "", ""},
    {4, SchemaV4, "", ""},
    {5, SchemaV5, "", ""},
    {6, SchemaV6, SchemaV6Sqlite, SchemaV6Postgres},
    {7, SchemaV7, SchemaV7Sqlite, SchemaV7Postgres},
    {8, SchemaV8, "", ""},
};

// Splits at ';' that ends a line; trigger bodies keep their inner ';' because those do not end a line.
QStringList statements(const char *script, Backend backend) {
    QString text = QString::fromUtf8(script);
    text.replace(u"{{ID}}"_s, backend == Backend::Sqlite ? u"INTEGER PRIMARY KEY AUTOINCREMENT"_s
                                                         : u"BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"_s);
    QStringList result;
    for (const QString &part : text.split(u";\n"_s)) {
        const QString statement = part.trimmed();
        if (!statement.isEmpty())
            result.append(statement);
    }
    return result;
}

} // namespace

int Migrations::latestVersion() {
    return Steps[std::size(Steps) - 1].version;
}

Result<int> Migrations::currentVersion(Database &database) {
    SqlQuery query(database, u"SELECT COALESCE(MAX(version), 0) FROM schema_migrations"_s);
    auto version = query.scalar();
    if (!version)
        return version.error();
    return version->toInt();
}

Result<void> Migrations::apply(Database &database) {
    const QString createVersionTable = u"CREATE TABLE IF NOT EXISTS schema_migrations ("
                                       u"version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)"_s;
    // Several PostgreSQL stations may start at once against a new database: they take turns. A station whose
    // role may not create tables (docs/deployment.md) must get past this when the schema is already there.
    auto created = [&]() -> Result<void> {
        if (database.backend() == Backend::Sqlite)
            return database.execute(createVersionTable);
        auto exists = SqlQuery(database, u"SELECT to_regclass('schema_migrations') IS NOT NULL"_s).scalar();
        if (!exists)
            return exists.error();
        if (exists->toBool())
            return {};
        return database.write([&]() -> Result<void> {
            if (auto locked = database.lockExclusively(MigrationLock); !locked)
                return locked;
            return database.execute(createVersionTable);
        });
    }();
    if (!created)
        return created;
    // The common case, an up-to-date database, needs no write lock (and works on a read-only file).
    auto version = currentVersion(database);
    if (!version)
        return version.error();
    if (*version == latestVersion())
        return {};

    for (const Step &step : Steps) {
        auto applied = database.write([&]() -> Result<void> {
            if (auto locked = database.lockExclusively(MigrationLock); !locked)
                return locked;
            // Read inside the write transaction: another process may have migrated meanwhile.
            auto current = currentVersion(database);
            if (!current)
                return current.error();
            if (*current > latestVersion())
                return makeError(ErrorCode::Storage,
                                 tr("This database was made by a newer version of Besuk (schema %1). "
                                    "Please update Besuk on this computer.")
                                     .arg(*current));
            if (*current >= step.version)
                return {};
            QStringList script = statements(step.common, database.backend());
            script += statements(database.backend() == Backend::Sqlite ? step.sqliteOnly : step.postgresOnly,
                                 database.backend());
            for (const QString &sql : script) {
                if (auto done = database.execute(sql); !done)
                    return done;
            }
            SqlQuery record(database, u"INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"_s);
            record.bind(step.version).bind(QDateTime::currentMSecsSinceEpoch());
            return record.exec();
        });
        if (!applied)
            return applied;
    }
    return {};
}

} // namespace besuk
