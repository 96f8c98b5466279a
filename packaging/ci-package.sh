#!/usr/bin/env bash
# CI for the Debian package: from a built release tree, make the .deb, lint it, install it with apt (so its
# dependencies resolve), initialise a facility as the `besuk` user, start every station from /usr/bin without a
# screen for a few seconds, then purge the package and check that nothing of it is left.
# Runs as root on a throw-away Debian 12 machine (it adds and removes the `besuk` user and /var/lib/besuk).
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
# Whatever happens next, leave the machine as it was: no package, no besuk user, no data.
cleanup() {
  rm -rf "$unpacked"
  if dpkg-query -W -f='${Status}' besuk 2>/dev/null | grep -q "installed"; then
    apt-get purge -y -qq besuk >/dev/null 2>&1 || true
  fi
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
getent passwd besuk >/dev/null || fail "no besuk user"
data_mode="$(stat -c '%a %U:%G' /var/lib/besuk)"
[ "$data_mode" = "750 besuk:besuk" ] || fail "/var/lib/besuk is $data_mode, not 750 besuk:besuk"

# 4. A facility, made by the besuk user in the system layout (/etc/besuk/besuk.conf).
runuser -u besuk -- besuk-cli init --facility "CI Rutan" --timezone Asia/Makassar >/dev/null
for file in /var/lib/besuk/besuk.db /var/lib/besuk/besuk.key; do
  [ "$(stat -c '%a %U' "$file")" = "600 besuk" ] || fail "$file is $(stat -c '%a %U' "$file"), not 600 besuk"
done
printf '1234\n' | runuser -u besuk -- besuk-cli user add admin --name "CI Admin" --role admin >/dev/null
note "facility initialised as besuk: besuk.db and besuk.key mode 600"

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
rm -rf "$runtime"

# 6. Purge: programs, data, configuration and the user are gone.
apt-get purge -y -qq besuk >/dev/null
for path in /usr/bin/besuk /usr/bin/besuk-cli /var/lib/besuk /etc/besuk /etc/pam.d/besuk-session \
  /lib/systemd/system/besuk-kiosk.service; do
  [ ! -e "$path" ] || fail "$path is still there after purge"
done
! getent passwd besuk >/dev/null || fail "the besuk user is still there after purge"
! getent group besuk >/dev/null || fail "the besuk group is still there after purge"
note "purged: no programs, /var/lib/besuk, /etc/besuk or besuk user left"

echo
echo "ci-package: summary"
printf '  %s\n' "${summary[@]}"
echo "ci-package: passed in $(($(date +%s) - start)) s"
