-- SPDX-License-Identifier: GPL-3.0-or-later
-- The PostgreSQL role of the booking site (besuk-web): it may read the rules (settings), closed days and the
-- bookings, find an inmate only by number AND name together, book, change and cancel bookings and append to the
-- audit chain. It cannot read the roster, visitors, visits' members, bans, users or the audit log's entries.
--
-- Run once, after `besuk-cli init` made the schema, as a superuser (or the database's owner, when the role exists
-- already), connected to the facility's database:
--   sudo -u postgres psql -d besuk -v ON_ERROR_STOP=1 -f /usr/share/besuk/postgres/web-role.sql
--   sudo -u postgres psql -c "ALTER ROLE besuk_web PASSWORD 'a long random secret'"
-- then run besuk-web with --db postgresql://besuk_web@HOST/besuk (password in /var/lib/besuk/.pgpass).
-- Another role name: -v web_role=NAME. Running it again after an upgrade is safe.
--
-- What the role reads instead of the tables it may not (the functions and the view run as the schema's owner):
--   besuk_web.find_inmate(number_key, number, name_key)  the inmate whose number and name both match, or nothing
--   besuk_web.bans_in_force(now_ms, VARIADIC niks)       how many of these NIKs are banned now (a count only)
--   besuk_web.booked_inmates                             number and name of inmates that have a booking
-- besuk-web notices that it cannot read `inmates` and uses these (db/BookingService.cpp).
\if :{?web_role}
\else
\set web_role besuk_web
\endif

BEGIN;

-- The role, if it is not there yet (needs CREATEROLE; a superuser has it).
SELECT NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'web_role') AS make_role \gset
\if :make_role
CREATE ROLE :"web_role" LOGIN;
\endif

-- Everything below is done as the owner of the schema's tables, so the functions run with its rights, not more.
SELECT tableowner AS schema_owner FROM pg_tables WHERE schemaname = 'public' AND tablename = 'bookings' \gset
SET LOCAL ROLE :"schema_owner";

CREATE SCHEMA IF NOT EXISTS besuk_web;
REVOKE ALL ON SCHEMA besuk_web FROM PUBLIC;
GRANT USAGE ON SCHEMA public, besuk_web TO :"web_role";

-- Start from nothing: whatever an earlier version of this script granted is taken back first.
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM :"web_role";
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM :"web_role";

-- Reading: the schema's version, the rules and slots (settings), closed days, the bookings it serves.
GRANT SELECT ON schema_migrations, settings, closed_days, bookings, booking_members TO :"web_role";
-- Writing bookings: new ones with their members, a change of day or slot, a cancellation.
GRANT INSERT ON bookings, booking_members TO :"web_role";
GRANT UPDATE (facility_date, slot_start, slot_end, changed_at, status, cancelled_at, cancelled_by, cancel_reason)
    ON bookings TO :"web_role";
-- The weekly limit and the day's cap count visits: their numbers, never who came (no names, NIKs, members).
GRANT SELECT (inmate_id, service, status, facility_date, men, women, children) ON visits TO :"web_role";
-- The audit chain: append entries and read only the newest hash to chain to, never an entry's content.
GRANT INSERT ON audit_log TO :"web_role";
GRANT SELECT (id, hash) ON audit_log TO :"web_role";
-- Waking the stations (changes), and the chain's head in settings (limited to that one row below).
GRANT INSERT, DELETE ON changes TO :"web_role";
GRANT SELECT (id, at, kind) ON changes TO :"web_role";
GRANT INSERT, UPDATE (value) ON settings TO :"web_role";

-- settings holds the rules: the web role may write the audit chain's head there and nothing else. Every other role
-- keeps what its grants allow (the table's owner is not subject to these policies).
ALTER TABLE settings ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS besuk_others ON settings;
DROP POLICY IF EXISTS besuk_web_read ON settings;
DROP POLICY IF EXISTS besuk_web_head_insert ON settings;
DROP POLICY IF EXISTS besuk_web_head_update ON settings;
CREATE POLICY besuk_others ON settings
    USING (NOT pg_has_role(current_user, :'web_role', 'MEMBER'))
    WITH CHECK (NOT pg_has_role(current_user, :'web_role', 'MEMBER'));
CREATE POLICY besuk_web_read ON settings FOR SELECT TO :"web_role" USING (true);
CREATE POLICY besuk_web_head_insert ON settings FOR INSERT TO :"web_role" WITH CHECK (key = 'audit.head');
CREATE POLICY besuk_web_head_update ON settings FOR UPDATE TO :"web_role"
    USING (key = 'audit.head') WITH CHECK (key = 'audit.head');

-- An inmate by number and name together; nothing when either does not match (or the inmate takes no visits).
-- The keys are InmateStore::searchKey of what was typed; besuk-web compares the exact spelling afterwards.
CREATE OR REPLACE FUNCTION besuk_web.find_inmate(p_number_key TEXT, p_number TEXT, p_name_key TEXT)
RETURNS TABLE (id BIGINT, number TEXT, name TEXT, block TEXT, active INTEGER)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT i.id, i.number, i.name, i.block, i.active FROM public.inmates i
    WHERE (i.number_key = $1 OR i.number = $2) AND i.name_key = $3 AND i.active = 1 AND $3 <> ''
    LIMIT 2
$$;

-- How many bans are in force for these NIKs at this moment (as BanStore::countInForceSql counts them).
CREATE OR REPLACE FUNCTION besuk_web.bans_in_force(now_ms BIGINT, VARIADIC niks TEXT[])
RETURNS BIGINT
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT COUNT(*) FROM public.bans
    WHERE lifted_at IS NULL AND (expires_at IS NULL OR expires_at > $1) AND nik = ANY ($2)
$$;

-- The inmate a booking is for, to show it back to the family that booked.
CREATE OR REPLACE VIEW besuk_web.booked_inmates WITH (security_barrier) AS
    SELECT i.id, i.number, i.name FROM public.inmates i
    WHERE EXISTS (SELECT 1 FROM public.bookings b WHERE b.inmate_id = i.id);

REVOKE ALL ON FUNCTION besuk_web.find_inmate(TEXT, TEXT, TEXT), besuk_web.bans_in_force(BIGINT, TEXT[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION besuk_web.find_inmate(TEXT, TEXT, TEXT), besuk_web.bans_in_force(BIGINT, TEXT[])
    TO :"web_role";
GRANT SELECT ON besuk_web.booked_inmates TO :"web_role";

COMMIT;
