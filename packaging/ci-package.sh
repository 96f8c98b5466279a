#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# CI for the Debian package: from a built release tree, make the .deb, lint it, install it with apt (so its
# dependencies resolve), initialise a facility as the `besuk` user with a visit and a backup, start every station
# from /usr/bin without a screen for a few seconds, check the booking site's unit and serve its demo once, upgrade
# to a higher version, remove, purge (the facility's records must stay byte for byte), reinstall (the same facility
# must work), then delete the site's data with the administrator's explicit step, purge, and check that nothing of
# it is left.
# Runs as root on a throw-away Debian 12 machine (it adds and removes the `besuk` user and /var/lib/besuk); it
# refuses to start where either already exists, so it never deletes a real site's data.
# Usage: packaging/ci-package.sh [BUILD_DIR]   (default build/release, as built by `cmake --preset release && cmake --build --preset release`)
set -euo pipefail
cd "$(dirname "$0")/.."

build="${1:-build/release}"
seconds=5 # each station must still be running after this long
start=$(date +%s)
summary=()
say() { echo "ci-package: $*"; }
fail() { echo "ci-package: FAILED: $*" >&2; exit 1; }
note() { summary+=("$*"); say "$*"; }

[ "$(id -u)" -eq 0 ] || fail "run as root (the package is installed and purged)"
[ -f "$build/CPackConfig.cmake" ] || fail "$build is not a configured build folder (cmake --preset release)"
if dpkg-query -W -f='${Status}' besuk 2>/dev/null | grep -q "ok installed"; then
  fail "besuk is already installed here; purge it first"
fi
if [ -e /var/lib/besuk ] || getent passwd besuk >/dev/null || getent group besuk >/dev/null; then
  fail "/var/lib/besuk or the besuk user or group exists here (a site's data?); this check would delete them"
fi
export DEBIAN_FRONTEND=noninteractive
packaging/install-deps.sh package

# 1. The package, made the documented way.
cmake --build "$build" >/dev/null
rm -f "$build"/besuk_*_amd64.deb
(cd "$build" && cpack -G DEB) >/dev/null
debs=("$build"/besuk_*_amd64.deb)
deb="$(realpath "${debs[0]}")"
[ -f "$deb" ] || fail "cpack made no besuk_*_amd64.deb"
note "package $(basename "$deb"), $(du -k "$deb" | cut -f1) KiB"

# 2. Lint: errors fail, warnings are printed. The metadata checks run on the files as installed.
lintian_out="$(lintian --tag-display-limit 0 "$deb" 2>&1 || true)"
[ -z "$lintian_out" ] || echo "$lintian_out"
errors=$(grep -c '^E: ' <<<"$lintian_out" || true)
warnings=$(grep -c '^W: ' <<<"$lintian_out" || true)
note "lintian: $errors error(s), $warnings warning(s)"
[ "$errors" -eq 0 ] || fail "lintian reported errors"
unpacked="$(mktemp -d)"
work="$(mktemp -d)"
chmod 755 "$work"
# Whatever happens next, leave the machine as it was: no package, no besuk user, no data (none existed before).
cleanup() {
  rm -rf "$unpacked" "$work"
  if dpkg-query -W -f='${Status}' besuk 2>/dev/null | grep -q "installed"; then
    apt-get purge -y -qq besuk >/dev/null 2>&1 || true
  fi
  rm -rf /var/lib/besuk
  if getent passwd besuk >/dev/null; then deluser --quiet --system besuk >/dev/null 2>&1 || true; fi
  if getent group besuk >/dev/null; then delgroup --quiet --system besuk >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT
dpkg-deb -x "$deb" "$unpacked"
# validate-tree also checks the metadata against the desktop entry it launches.
appstreamcli validate-tree --no-net "$unpacked" >/dev/null ||
  fail "appstreamcli validate-tree: $(appstreamcli validate-tree --no-net "$unpacked")"
desktop-file-validate "$unpacked"/usr/share/applications/*.desktop || fail "desktop-file-validate"
note "appstream metadata and $(ls "$unpacked"/usr/share/applications/*.desktop | wc -l) desktop entries valid"

# 3. Install through apt, so Depends resolve from the archive.
apt-get install -y -qq "$deb" >/dev/null
note "installed with apt: $(dpkg-query -W -f='${Version}' besuk)"
[ "$(command -v besuk-cli)" = /usr/bin/besuk-cli ] || fail "besuk-cli is not /usr/bin/besuk-cli"
note "$(besuk-cli --version); $(besuk --version)"
[ "$(command -v besuk-web)" = /usr/bin/besuk-web ] || fail "besuk-web is not /usr/bin/besuk-web"
note "$(besuk-web --version 2>/dev/null)"
getent passwd besuk >/dev/null || fail "no besuk user"
data_mode="$(stat -c '%a %U:%G' /var/lib/besuk)"
[ "$data_mode" = "750 besuk:besuk" ] || fail "/var/lib/besuk is $data_mode, not 750 besuk:besuk"
# The ticket's fonts for names in Chinese and Arabic script come with the package's Recommends.
for lang in zh ar; do
  [ -n "$(fc-list ":lang=$lang" family)" ] || fail "no font for :lang=$lang after installing (fonts-noto-cjk, -core)"
done
note "fonts for Chinese and Arabic names installed: $(fc-list :lang=zh family | wc -l) and $(fc-list :lang=ar family | wc -l) families"

# 4. A facility, made by the besuk user in the system layout (/etc/besuk/besuk.conf).
runuser -u besuk -- besuk-cli init --facility "CI Rutan" --timezone Asia/Makassar >/dev/null
for file in /var/lib/besuk/besuk.db /var/lib/besuk/besuk.key; do
  [ "$(stat -c '%a %U' "$file")" = "600 besuk" ] || fail "$file is $(stat -c '%a %U' "$file"), not 600 besuk"
done
printf '1234\n' | runuser -u besuk -- besuk-cli user add admin --name "CI Admin" --role admin >/dev/null
cli() { runuser -u besuk -- besuk-cli "$@"; }
cli inmate add --number CI-001 --name "李小龙" --block A >/dev/null
# Registration open at any hour the check runs, two visits a week allowed.
echo '{"opens": "00:00", "closes": "23:59", "visits_per_inmate_per_week": 7}' >"$work/rules.json"
chmod 644 "$work/rules.json"
cli rules set "$work/rules.json" >/dev/null
# Registers a group for inmate CI-001 (lead NIK:NAME in $1) and prints its ticket's QR payload.
register() {
  local out
  out="$(cli register --inmate CI-001 --adult "$1" --children 1)" || fail "besuk-cli register: $out"
  sed -n 's/.*"payload": *"\([^"]*\)".*/\1/p' <<<"$out" | head -n 1
}
payload="$(register "6471054501900003:عبد الله")"
[ -n "$payload" ] || fail "besuk-cli register printed no payload"
cli backup >/dev/null
backups=(/var/lib/besuk/backups/besuk-*.db)
[ -f "${backups[0]}" ] || fail "besuk-cli backup made no /var/lib/besuk/backups/besuk-*.db"
note "facility initialised as besuk: besuk.db and besuk.key mode 600, a visit registered, a backup made"

# The facility opens and works: the audit chain holds and the first ticket's signature and visit are found.
facility_works() {
  cli audit verify >/dev/null || fail "$1: besuk-cli audit verify failed"
  local verdict
  verdict="$(cli scan "$payload")" || fail "$1: the first ticket no longer scans: $verdict"
  grep -q '"queue_number": *"A-001"' <<<"$verdict" || fail "$1: the scan does not show ticket A-001: $verdict"
}
# Every file of the site's data with its checksum, mode and owner.
snapshot() {
  (cd /var/lib/besuk && find . -type f -print0 | sort -z | xargs -0 stat -c '%n %a %U:%G' &&
    find . -type f -print0 | sort -z | xargs -0 sha256sum)
}
same_data() {
  [ -d /var/lib/besuk ] || fail "$2: /var/lib/besuk is gone"
  diff <(printf '%s\n' "$1") <(snapshot) >&2 || fail "$2: the site's data changed"
}

# 5. Every station from /usr/bin, offscreen, as the besuk user: still running after $seconds s, and no sign of a
#    missing plugin, driver or library on stderr.
# What a missing run-time dependency says: Qt's platform, SQL and multimedia plugins, shared libraries, espeak-ng.
bad_output='qt platform plugin|driver not loaded|error while loading shared|cannot load|failed to load|could not load'
bad_output+='|no qtmultimedia backends|cannot start|espeak|not installed'
runtime="$(mktemp -d)"
chown besuk:besuk "$runtime"
chmod 700 "$runtime"
for station in kiosk gate display staff; do
  log="$(mktemp)"
  status=0
  runuser -u besuk -- env QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$runtime" \
    timeout "$seconds" /usr/bin/besuk --station "$station" --fullscreen >/dev/null 2>"$log" || status=$?
  problems="$(grep -iE "$bad_output" "$log" || true)"
  if [ "$status" -ne 124 ] || [ -n "$problems" ]; then
    cat "$log" >&2
    fail "station $station: exit $status (124 = still running at the timeout)${problems:+, stderr: $problems}"
  fi
  notes="$(tr '\n' ' ' <"$log" | sed 's/ *$//')"
  rm -f "$log"
  note "station $station: running after ${seconds} s${notes:+ (stderr: $notes)}"
done

# 5b. The kiosk as its systemd unit runs it: inside cage (Wayland), here on wlroots' headless backend. The station
#     must be up after 4 s with Qt's Wayland plugin loaded. (Needs the recommended cage, xwayland, qt6-wayland.)
if command -v cage >/dev/null; then
  log="$(mktemp)"
  runuser -u besuk -- env XDG_RUNTIME_DIR="$runtime" WLR_BACKENDS=headless WLR_RENDERER=pixman \
    WLR_LIBINPUT_NO_DEVICES=1 QT_QPA_PLATFORM=wayland \
    timeout 6 cage -s -- /usr/bin/besuk --station kiosk --fullscreen >"$log" 2>&1 &
  cage_job=$!
  sleep 4
  kiosk_pid="$(pgrep -n -u besuk -x besuk || true)"
  if [ -z "$kiosk_pid" ] || ! grep -q libqwayland "/proc/$kiosk_pid/maps"; then
    grep -v 'Basic output test failed' "$log" >&2 || true
    fail "the kiosk did not come up inside cage"
  fi
  wait "$cage_job" || true
  rm -f "$log"
  note "station kiosk inside cage (headless): running, Qt Wayland plugin loaded"
fi

# 5c. The booking site: its unit, the reverse-proxy configurations and the web role's SQL are installed; the unit
#     verifies; besuk-web from /usr/bin serves its demo facility on loopback, as the besuk user, answering 200.
unit=/lib/systemd/system/besuk-web.service
for file in "$unit" /usr/share/besuk/web/Caddyfile /usr/share/besuk/web/nginx-besuk-web.conf \
  /usr/share/besuk/postgres/web-role.sql /usr/share/man/man1/besuk-web.1.gz; do
  [ -s "$file" ] || fail "$file is not installed"
done
verify_man=()
command -v man >/dev/null || verify_man=(--man=no)
verify="$(systemd-analyze verify "${verify_man[@]}" "$unit" 2>&1)" || fail "systemd-analyze verify $unit: $verify"
[ -z "$verify" ] || fail "systemd-analyze verify $unit: $verify"
exposure="$(systemd-analyze security --offline=true "$unit" 2>/dev/null |
  sed -n "s/.*Overall exposure level[^:]*: \([0-9.]* [A-Z]*\).*/\1/p" || true)"
note "besuk-web.service installed (not enabled), verified${exposure:+, exposure $exposure};" \
  "Caddyfile, nginx example, web-role.sql in /usr/share/besuk"
if command -v caddy >/dev/null; then
  HOME="$work" XDG_DATA_HOME="$work/caddy" XDG_CONFIG_HOME="$work/caddy" \
    caddy validate --adapter caddyfile --config /usr/share/besuk/web/Caddyfile >/dev/null 2>&1 ||
    fail "caddy validate /usr/share/besuk/web/Caddyfile"
fi
log="$(mktemp)"
chmod 644 "$log"
runuser -u besuk -- env XDG_RUNTIME_DIR="$runtime" /usr/bin/besuk-web --demo --listen 127.0.0.1:0 2>"$log" &
web_job=$!
web_port=""
for _ in $(seq 1 100); do
  web_port="$(sed -n 's|.*serving http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$log")"
  [ -n "$web_port" ] || ! kill -0 "$web_job" 2>/dev/null || { sleep 0.1; continue; }
  break
done
[ -n "$web_port" ] || { cat "$log" >&2; fail "besuk-web --demo did not start serving"; }
status_line="$(exec 3<>"/dev/tcp/127.0.0.1/$web_port" && printf 'GET / HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3 &&
  head -n 1 <&3 | tr -d '\r')" || true
web_pid="$(pgrep -n -u besuk -x besuk-web || true)"
if [ -n "$web_pid" ]; then kill "$web_pid"; fi
wait "$web_job" || true
[[ "$status_line" == "HTTP/1."?" 200"* ]] || { cat "$log" >&2; fail "besuk-web --demo answered: $status_line"; }
problems="$(grep -iE "$bad_output" "$log" || true)"
[ -z "$problems" ] || fail "besuk-web --demo, stderr: $problems"
rm -f "$log"
note "besuk-web --demo from /usr/bin as besuk: serving on 127.0.0.1:$web_port, GET / answered 200"
rm -rf "$runtime"

# 6. Upgrade: the same package with a higher version, installed over the first with apt; the data untouched.
before="$(snapshot)"
version="$(dpkg-deb -f "$deb" Version)"
next_version="$version+ci1"
dpkg-deb -R "$deb" "$work/next"
sed -i "s/^Version: .*/Version: $next_version/" "$work/next/DEBIAN/control"
next_deb="$work/besuk_${next_version}_amd64.deb"
dpkg-deb -Zgzip -z1 -b "$work/next" "$next_deb" >/dev/null
rm -rf "$work/next"
apt-get install -y -qq "$next_deb" >/dev/null
[ "$(dpkg-query -W -f='${Version}' besuk)" = "$next_version" ] || fail "the upgrade to $next_version did not install"
same_data "$before" "upgrade"
facility_works "after the upgrade"
note "upgraded $version -> $next_version: data byte-identical, the facility opens and its ticket scans"

# 7. Remove, then purge: programs and configuration go, the facility's records and their owner stay.
kept="$(snapshot)"
apt-get remove -y -qq besuk >/dev/null
[ ! -e /usr/bin/besuk-cli ] || fail "/usr/bin/besuk-cli is still there after remove"
same_data "$kept" "remove"
note "removed: programs gone, /var/lib/besuk byte-identical"
apt-get purge -y -qq besuk >"$work/purge.log" 2>&1 || { cat "$work/purge.log" >&2; fail "apt-get purge"; }
for path in /usr/bin/besuk /usr/bin/besuk-cli /usr/bin/besuk-web /etc/besuk /etc/pam.d/besuk-session \
  /lib/systemd/system/besuk-kiosk.service /lib/systemd/system/besuk-web.service /usr/share/besuk \
  /usr/share/man/man1/besuk-web.1.gz; do
  [ ! -e "$path" ] || fail "$path is still there after purge"
done
same_data "$kept" "purge"
for file in besuk.db besuk.key "backups/$(basename "${backups[0]}")"; do
  [ -s "/var/lib/besuk/$file" ] || fail "/var/lib/besuk/$file is gone after purge"
done
getent passwd besuk >/dev/null || fail "purge removed the besuk user that owns the data"
getent group besuk >/dev/null || fail "purge removed the besuk group"
grep -q "kept the facility's records" "$work/purge.log" || { cat "$work/purge.log" >&2; fail "purge did not say that it kept the records"; }
note "purged: programs and /etc/besuk gone; database, key, backups byte-identical, besuk user kept"

# 8. Reinstall: the same facility, its key and records, works again and issues tickets.
apt-get install -y -qq "$next_deb" >/dev/null
same_data "$kept" "reinstall"
facility_works "after reinstalling"
second="$(register "6471051203880007:Budi Santoso")"
[ -n "$second" ] || fail "after reinstalling, besuk-cli register printed no payload"
cli scan "$second" | grep -q '"queue_number": *"A-002"' || fail "after reinstalling, the second ticket does not scan"
note "reinstalled: the same database and key, ticket A-001 still valid, A-002 issued and scanned"

# 9. The administrator's explicit step deletes the data; without --yes or a terminal it deletes nothing.
kept="$(snapshot)"
if /usr/share/besuk/delete-site-data </dev/null >/dev/null 2>&1; then
  fail "delete-site-data deleted without --yes and without asking"
fi
same_data "$kept" "delete-site-data without --yes"
/usr/share/besuk/delete-site-data --yes >/dev/null
[ -z "$(ls -A /var/lib/besuk)" ] || fail "delete-site-data --yes left $(ls -A /var/lib/besuk)"
apt-get purge -y -qq besuk >/dev/null
for path in /usr/bin/besuk /usr/bin/besuk-cli /usr/bin/besuk-web /var/lib/besuk /etc/besuk /etc/pam.d/besuk-session \
  /lib/systemd/system/besuk-kiosk.service /lib/systemd/system/besuk-web.service /usr/share/besuk; do
  [ ! -e "$path" ] || fail "$path is still there after delete-site-data and purge"
done
! getent passwd besuk >/dev/null || fail "the besuk user is still there after delete-site-data and purge"
! getent group besuk >/dev/null || fail "the besuk group is still there after delete-site-data and purge"
status="$(dpkg-query -W -f='${db:Status-Status}' besuk 2>/dev/null || true)"
[ -z "$status" ] || [ "$status" = not-installed ] || fail "dpkg has besuk as $status after the last purge"
note "delete-site-data: refused without --yes; with it, then purge: no programs, data, /etc/besuk or user left"

echo
echo "ci-package: summary"
printf '  %s\n' "${summary[@]}"
echo "ci-package: passed in $(($(date +%s) - start)) s"
