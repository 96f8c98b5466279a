#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The least-privilege set-up of docs/deployment.md, run for real: an owner role creates the schema, a station
# role without DDL rights runs a visit from registration to admit, and may not rewrite history.
# Then the booking site's role is added (packaging/postgres/web-role.sql, which puts row-level security on the
# settings): the station still changes the rules and registers as before.
# Usage: least_privilege.sh PATH/TO/besuk-cli      (needs BESUK_TEST_POSTGRES, a superuser URL)
set -euo pipefail
cli=$1
admin=${BESUK_TEST_POSTGRES:?needs BESUK_TEST_POSTGRES}
hostport=${admin#postgresql://*@}; hostport=${hostport%%/*}
suffix=$$_$RANDOM
db=besuk_deploy_$suffix owner=besuk_owner_$suffix station=besuk_station_$suffix web=besuk_web_$suffix
work=$(mktemp -d)
cleanup() {
  psql "$admin" -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "DROP ROLE IF EXISTS $station" \
    -c "DROP ROLE IF EXISTS $web" -c "DROP ROLE IF EXISTS $owner" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "least_privilege: $*" >&2; exit 1; }

# --- as in docs/deployment.md, step 2 (names suffixed so runs never collide) ---
psql "$admin" -v ON_ERROR_STOP=1 -q <<SQL
CREATE ROLE $owner LOGIN PASSWORD 'owner-secret';
CREATE ROLE $station LOGIN PASSWORD 'station-secret';
CREATE DATABASE $db OWNER $owner ENCODING 'UTF8' TEMPLATE template0;
SQL
psql "${admin%/*}/$db" -v ON_ERROR_STOP=1 -qc \
  "REVOKE ALL ON SCHEMA public FROM PUBLIC; GRANT ALL ON SCHEMA public TO $owner; GRANT USAGE ON SCHEMA public TO $station;"
owner_url="postgresql://$owner:owner-secret@$hostport/$db"
station_url="postgresql://$station:station-secret@$hostport/$db"
key=$work/facility.key

"$cli" --db "$owner_url" --key "$key" --now 2025-12-27T07:00 init --facility "Rutan Uji" >/dev/null \
  || fail "init as the owner failed"
psql "$owner_url" -v ON_ERROR_STOP=1 -q <<SQL
GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO $station;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO $station;
GRANT DELETE ON changes TO $station;
REVOKE INSERT, UPDATE ON schema_migrations FROM $station;
REVOKE UPDATE ON audit_log FROM $station;
SQL

# --- a station at work ---
besuk() { "$cli" --db "$station_url" --key "$key" "$@"; }
besuk inmate add --number B1 --name "Andi Wijaya" >/dev/null || fail "station could not add an inmate"
ticket=$(besuk --now 2025-12-27T09:00 register --inmate B1 --adult "6471050501900003:Budi Santoso") \
  || fail "station could not register"
payload=$(printf '%s' "$ticket" | sed -n 's/.*"payload": "\([A-Z2-7]*\)".*/\1/p')
[ -n "$payload" ] || fail "no payload in: $ticket"
besuk --now 2025-12-27T09:05 inspect "$payload" --officer Joko --outcome cleared >/dev/null || fail "inspect failed"
besuk --now 2025-12-27T09:06 admit "$payload" --officer Joko | grep -q '"verdict": "admitted"' || fail "admit failed"
# A kiosk reserves its queue numbers for working offline (visit ids drawn from the visits' sequence).
reserved=$(besuk --now 2025-12-27T09:07 station reserve kiosk-1 2>&1) \
  || fail "station could not reserve a kiosk's offline numbers: $reserved"
printf '%s' "$reserved" | grep -q '"newly_reserved": 40' || fail "the kiosk's offline numbers were not reserved: $reserved"

# --- what the station role must not do ---
for sql in "DELETE FROM audit_log" "UPDATE audit_log SET actor = 'x'" "DROP TABLE visits" \
           "DELETE FROM visits" "CREATE TABLE intruder (x int)"; do
  if psql "$station_url" -qc "$sql" >/dev/null 2>&1; then fail "the station role could: $sql"; fi
done

# --- the booking site's role added: the stations keep working as before ---
psql "${admin%/*}/$db" -v ON_ERROR_STOP=1 -q -v web_role="$web" \
  -f "$(dirname "$0")/../../packaging/postgres/web-role.sql" >/dev/null || fail "web-role.sql failed"
echo '{"opens": "00:00", "closes": "23:59", "visits_per_inmate_per_week": 7}' >"$work/rules.json"
besuk --now 2025-12-27T09:10 rules set "$work/rules.json" >/dev/null ||
  fail "after web-role.sql, the station could not set the rules"
besuk inmate add --number B2 --name "Citra Lestari" >/dev/null ||
  fail "after web-role.sql, the station could not add an inmate"
besuk --now 2025-12-27T09:20 register --inmate B2 --adult "6471054501900003:Sri Wahyuni" | grep -q '"payload"' \
  || fail "after web-role.sql, the station could not register"
echo "least_privilege: owner init, station visit, five forbidden statements refused;" \
  "with the web role added, the station still sets rules and registers"
