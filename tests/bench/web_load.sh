#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The booking site under load (issue #18): besuk-web on SQLite and on PostgreSQL, wrk from Debian on loopback with
# 256 connections, one table. Not part of the test run; run by hand from a release or bench build:
#
#   tests/bench/web_load.sh --web build/release/bin/besuk-web --cli build/release/bin/besuk-cli \
#       [--duration 15] [--connections 256] [--think-ms 100] [--book-rate 320] [--slot-rate 2500] [--no-sqlite] [--no-postgres] \
#       [--web-args "--db-threads 4"] [--label NAME]
#
# Each backend gets a fresh facility made with besuk-cli: 2,000 inmates, bookings open 60 days ahead, four slots of
# 400 seats a day (96,000 seats: enough that the last scenario still books rather than meets full slots; full slots
# are tested in tests/web), no weekly limit per inmate.
# Scenarios, each for --duration seconds with --connections connections (wrk -t2, tests/bench/web_load.lua):
#   slot pages  POST /book/slot (day + inmate checked, the day's slots with their seats), back to back
#   bookings    POST /book/confirm, a new visitor (NIK, name) each time, random day and slot, back to back
#   visitors    both (13% bookings), each connection pausing --think-ms on average (exponential) between requests:
#               a steady crowd
#   paced bookings  POST /book/confirm on all the connections, each pausing connections / --book-rate seconds on
#               average (exponential) before each booking: bookings arrive at about --book-rate a second from 256
#               open connections, the acceptance's scenario, and the one its booking p99 is judged on. (Back to back
#               on 256 connections, every booking waits for the ~255 queued before it: p99 ≈ 256 / throughput
#               whatever the server does, so that run measures throughput, not a latency a visitor meets.)
#   paced slot pages  the same for slot pages offered at --slot-rate a second: their p99 target is judged here, at
#               the acceptance's 2,000/s. Paced connections arrive a little slower than offered (each also waits for
#               its answer before pausing again), so the default offers 2,500/s for a little over 2,000/s to arrive; the
#               table shows the rate that arrived.
# Latency: wrk's percentiles over every request, and from the server's log (time from the request's head read to
# the answer, database queue included) the 99th percentile of slot pages and of bookings apart.
# Resident memory: the server's VmRSS sampled every 0.2 s (the peak per scenario) and VmHWM at the end. Afterwards
# the database is asked whether any slot holds more visitors than its seats (overbooking; must be 0).
# PostgreSQL: a cluster of the script's own in a temporary folder (fsync and synchronous_commit on, as SQLite's
# synchronous=FULL; max_connections 450 so that a build with one connection per HTTP thread can run too).
set -euo pipefail

web="" cli="" duration=15 connections=256 think=100 book_rate=320 slot_rate=2500 sqlite=yes postgres=yes web_args="" label=""
while [ $# -gt 0 ]; do
  case "$1" in
    --web) web=$2; shift 2 ;;
    --cli) cli=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --think-ms) think=$2; shift 2 ;;
    --book-rate) book_rate=$2; shift 2 ;;
    --slot-rate) slot_rate=$2; shift 2 ;;
    --label) label=$2; shift 2 ;;
    --no-postgres) postgres=""; shift ;;
    --no-sqlite) sqlite=""; shift ;;
    --web-args) web_args=$2; shift 2 ;;
    *) echo "web_load.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
[ -x "$web" ] && [ -x "$cli" ] || { echo "usage: web_load.sh --web BESUK-WEB --cli BESUK-CLI [options]" >&2; exit 2; }
command -v wrk >/dev/null || { echo "web_load.sh: wrk is not installed (apt-get install wrk)" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d /tmp/besuk-webload.XXXXXX)
chmod 755 "$work"
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=$work/runtime
mkdir -m 700 "$work/runtime"
capacity=400
server_pid="" pg_started=""
pg_bin=/usr/lib/postgresql/15/bin
as_owner=()
[ "$(id -u)" -eq 0 ] && as_owner=(runuser -u postgres --)
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  [ -n "$pg_started" ] && "${as_owner[@]}" "$pg_bin/pg_ctl" -D "$work/pg/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

# --- the bench facility ------------------------------------------------------------------------------------------
# Inmates BENCH-00001..02000, named with web_load.lua's letters(n).
awk 'BEGIN {
  print "number,name,block"
  for (i = 1; i <= 2000; i++) {
    n = i; s = ""
    do { s = s sprintf("%c", 97 + n % 26); n = int(n / 26) } while (n > 0)
    printf "BENCH-%05d,Warga K%s,Blok A\n", i, s
  }
}' >"$work/roster.csv"
slots=$(printf '{"start":"%s","end":"%s","capacity":%d}' 08:00 09:00 $capacity 09:00 10:00 $capacity \
  10:00 11:00 $capacity 13:00 14:00 $capacity | sed 's/}{/},{/g')
{
  printf '{"visits_per_inmate_per_week":0,"booking_horizon_days":60,"booking_closes_at":"23:00","booking_slots":{'
  for d in 1 2 3 4 5 6 7; do printf '"%d":[%s]%s' "$d" "$slots" "$([ $d -lt 7 ] && echo ,)"; done
  printf '}}\n'
} >"$work/rules.json"

make_facility() { # DB KEY
  "$cli" --db "$1" --key "$2" init --facility "Rutan Bench" >/dev/null
  "$cli" --db "$1" --key "$2" inmate import "$work/roster.csv" >/dev/null
  "$cli" --db "$1" --key "$2" rules set "$work/rules.json" >/dev/null
}

# --- one backend -------------------------------------------------------------------------------------------------
rss_kb() { awk -v k="$2" '$1 == k":" {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }

start_server() { # DB KEY
  : >"$work/web.log"
  # shellcheck disable=SC2086
  "$web" --db "$1" --key "$2" --secret "$work/web.secret" --listen 127.0.0.1:0 --requests-per-minute 0 \
    --bookings-per-hour 0 $web_args 2>"$work/web.log" &
  server_pid=$!
  for _ in $(seq 1 100); do
    port=$(sed -n 's#.*serving http://127.0.0.1:\([0-9]*\)/.*#\1#p' "$work/web.log")
    [ -n "$port" ] && break
    sleep 0.1
  done
  [ -n "$port" ] || { echo "web_load.sh: besuk-web did not start:" >&2; cat "$work/web.log" >&2; exit 1; }
  curl -s -c "$work/cookies" "http://127.0.0.1:$port/" >"$work/home.html"
  cookie=$(awk '$6 == "besuk_browser" {print $7}' "$work/cookies")
  csrf=$(grep -o 'name="csrf" value="[^"]*"' "$work/home.html" | head -1 | sed 's/.*value="//; s/"$//')
  dates=$(grep -o 'value="20[0-9][0-9]-[0-9][0-9]-[0-9][0-9]"' "$work/home.html" | sed 's/value="//; s/"//' |
    paste -sd, -)
  [ -n "$cookie" ] && [ -n "$csrf" ] && [ -n "$dates" ] ||
    { echo "web_load.sh: no cookie, form token or bookable day on the home page" >&2; exit 1; }
}

stop_server() {
  kill "$server_pid"
  wait "$server_pid" || true
  server_pid=""
}

# What the server answered during one scenario, from its log (one line per request: method, path, status, ms).
count() { grep -c -E "$1" "$work/scenario.log" || true; }
# The 99th percentile (nearest rank) of the server's milliseconds for lines matching PATTERN, or - when none.
server_p99() {
  grep -E "$1" "$work/scenario.log" | awk '{print $(NF - 1)}' | sort -n |
    awk '{v[NR] = $1} END {if (NR == 0) print "-"; else {r = int(NR * 0.99 + 0.999); print v[r]}}'
}

# Waits (at most 60 s) until the server has answered what wrk left in flight: a request still queued when wrk stops
# is answered later (and logged, so it counts in this scenario's server p99), and must not load the next scenario.
drain() {
  local before after
  after=$(wc -l <"$work/web.log")
  for _ in $(seq 1 120); do
    before=$after
    sleep 0.5
    after=$(wc -l <"$work/web.log")
    [ "$after" -eq "$before" ] && return
  done
}

run_scenario() { # BACKEND NAME MODE THINK SHARE SEED
  local peak=0 rss out lines
  out=$work/wrk.out
  lines=$(wc -l <"$work/web.log")
  wrk -t2 -c"$connections" -d"${duration}s" --timeout 10s -s "$here/web_load.lua" "http://127.0.0.1:$port" \
    -- "$3" "$cookie" "$csrf" "$dates" 2000 "$6" "$4" "$5" >"$out" 2>&1 &
  local wrk_pid=$!
  while kill -0 "$wrk_pid" 2>/dev/null; do
    rss=$(rss_kb "$server_pid" VmRSS)
    [ "${rss:-0}" -gt "$peak" ] && peak=$rss
    sleep 0.2
  done
  wait "$wrk_pid" || { cat "$out" >&2; exit 1; }
  drain
  tail -n +"$((lines + 1))" "$work/web.log" | grep -E '^besuk-web: [A-Z]+ ' >"$work/scenario.log" || true
  local pages made refused answered errors
  pages=$(count ' POST /book/slot 200 ')
  made=$(count ' POST /book/confirm 303 ')
  refused=$(count ' POST /book/confirm 422 ')
  answered=$(wc -l <"$work/scenario.log")
  value() { sed -n "s/^webload: $1=//p" "$out"; }
  errors=$((answered - pages - made - refused + $(value socket_errors)))
  # What the errors were: other answers by status, and wrk's socket errors (a timeout is an answer later than 10 s).
  local others
  others=$(grep -v -E ' POST /book/(slot 200|confirm (303|422)) ' "$work/scenario.log" |
    awk '{n[$(NF - 2)]++} END {for (k in n) {printf "%s%d × %s", sep, n[k], k; sep = ", "}}' || true)
  local sockets
  sockets=$(sed -n 's/^ *Socket errors: //p' "$out" || true)
  if [ "$errors" -gt 0 ]; then
    echo "- $1, $2: ${others:+answers $others}${others:+${sockets:+; }}${sockets:+wrk socket errors: $sockets}" \
      >>"$work/errors"
  fi
  local s; s=$(value seconds)
  rate() { awk -v n="$1" -v s="$s" 'BEGIN {printf "%d", n / s}'; }
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s / %s | %s |\n' "$1${label:+ ($label)}" "$2" \
    "$(rate "$(value requests)")" "$(rate "$pages")" "$(rate "$made")" "$(rate "$refused")" "$errors" \
    "$(value p50_ms)" "$(value p99_ms)" "$(value max_ms)" "$(server_p99 ' POST /book/slot ')" \
    "$(server_p99 ' POST /book/confirm ')" "$((peak / 1024))"
}

overbooked_sql="SELECT COUNT(*) FROM (SELECT facility_date, slot_start FROM bookings WHERE status <> 'cancelled'
  GROUP BY facility_date, slot_start HAVING SUM(men + women + children) > $capacity) AS over"
booked_sql="SELECT COUNT(*) FROM bookings WHERE status <> 'cancelled'"

bench_backend() { # BACKEND DB KEY QUERY-COMMAND...
  local backend=$1 db=$2 key=$3; shift 3
  make_facility "$db" "$key"
  start_server "$db" "$key"
  run_scenario "$backend" "slot pages" slot 0 0 1 >>"$work/table"
  run_scenario "$backend" "bookings" book 0 0 2 >>"$work/table"
  run_scenario "$backend" "visitors (think ${think} ms, 13% book)" mix "$think" 0.13 3 >>"$work/table"
  local pace; pace=$((connections * 1000 / book_rate))
  run_scenario "$backend" "paced bookings (~${book_rate}/s: think ${pace} ms)" book "$pace" 0 4 >>"$work/table"
  pace=$((connections * 1000 / slot_rate))
  run_scenario "$backend" "paced slot pages (~${slot_rate}/s: think ${pace} ms)" slot "$pace" 0 5 >>"$work/table"
  local hwm; hwm=$(rss_kb "$server_pid" VmHWM)
  local threads; threads=$(ls "/proc/$server_pid/task" | wc -l)
  stop_server
  echo "| $backend${label:+ ($label)} | $("$@" "$booked_sql") | $("$@" "$overbooked_sql") | $((hwm / 1024)) | $threads |" >>"$work/summary"
}

# The floor under SQLite's booking rate: one durable commit (WAL, synchronous=FULL, as the product opens it) on the
# disk the bench database is on, from 300 single-row transactions.
commit_floor() {
  sqlite3 "$work/floor.db" "PRAGMA journal_mode=WAL; CREATE TABLE t (x INTEGER);" >/dev/null
  local t0 t1
  t0=$(date +%s%N)
  { echo "PRAGMA synchronous=FULL;"; for i in $(seq 1 300); do echo "INSERT INTO t VALUES ($i);"; done; } |
    sqlite3 "$work/floor.db"
  t1=$(date +%s%N)
  awk -v ns=$((t1 - t0)) 'BEGIN {printf "%.2f", ns / 300 / 1e6}'
}
floor_before=$(commit_floor)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
[ -n "$sqlite" ] && bench_backend SQLite "$work/bench.db" "$work/bench.key" sqlite3 "$work/bench.db"
if [ -n "$postgres" ] && [ -x "$pg_bin/initdb" ]; then
  mkdir -p "$work/pg"
  [ "$(id -u)" -eq 0 ] && chown postgres "$work/pg"
  "${as_owner[@]}" "$pg_bin/initdb" -D "$work/pg/data" -A trust -U besuk -E UTF8 --locale=C.UTF-8 >/dev/null
  for _ in 1 2 3 4 5; do
    pg_port=$(shuf -i 20000-60000 -n 1)
    if "${as_owner[@]}" "$pg_bin/pg_ctl" -D "$work/pg/data" -w -t 60 -l "$work/pg/server.log" \
        -o "-k $work/pg -p $pg_port -c listen_addresses=127.0.0.1 -c max_connections=450" start >/dev/null; then
      pg_started=yes
      break
    fi
  done
  [ -n "$pg_started" ] || { echo "web_load.sh: PostgreSQL did not start" >&2; exit 1; }
  psql -q -h 127.0.0.1 -p "$pg_port" -U besuk -d postgres -c "CREATE DATABASE bench"
  bench_backend PostgreSQL "postgresql://besuk@127.0.0.1:$pg_port/bench" "$work/bench-pg.key" \
    psql -tA -h 127.0.0.1 -p "$pg_port" -U besuk -d bench -c
fi
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
rm -f "$work"/floor.db*
floor_after=$(commit_floor)

echo "besuk-web: $web ${web_args:+($web_args)}; wrk -t2 -c$connections -d${duration}s; $(nproc) cores;" \
  "load average before $load_before, after $load_after; one durable SQLite commit $floor_before ms before," \
  "$floor_after ms after; $(date -u '+%Y-%m-%d %H:%M') UTC"
echo
echo "| database | scenario | requests/s | slot pages/s | bookings/s | refused by a rule/s | errors | p50 ms | p99 ms |" \
  "max ms | server p99 ms: pages / bookings | peak RSS MB |"
echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
cat "$work/table"
if [ -s "$work/errors" ]; then
  echo
  echo "Errors:"
  echo
  cat "$work/errors"
fi
echo
echo "| database | bookings stored | slots over capacity | VmHWM MB | threads |"
echo "|---|---:|---:|---:|---:|"
cat "$work/summary"
