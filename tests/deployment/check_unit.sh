#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# besuk-web.service: systemd-analyze verify accepts it without a word (its ExecStart pointed at the built program),
# it carries the hardening docs/deployment.md promises, and systemd-analyze security (offline) rates it.
# Usage: check_unit.sh PATH/TO/besuk-web.service PATH/TO/besuk-web
set -euo pipefail
unit=$1 program=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "check_unit: $*" >&2; exit 1; }

grep -q '^ExecStart=/usr/bin/besuk-web ' "$unit" || fail "ExecStart is not /usr/bin/besuk-web"
sed "s|^ExecStart=/usr/bin/besuk-web |ExecStart=$program |" "$unit" >"$work/besuk-web.service"
# Man pages are checked where the package is installed (ci-package.sh); here the built tree has none.
if ! systemd-analyze verify --man=no "$work/besuk-web.service" >"$work/out" 2>&1 || [ -s "$work/out" ]; then
  cat "$work/out" >&2
  fail "systemd-analyze verify"
fi
for line in User=besuk ProtectSystem=strict NoNewPrivileges=yes PrivateTmp=yes 'CapabilityBoundingSet=' \
  ReadWritePaths=/var/lib/besuk ProtectHome=yes 'RestrictAddressFamilies=AF_INET AF_INET6 AF_UNIX' \
  SystemCallFilter=@system-service; do
  grep -qx "$line" "$unit" || fail "$unit lacks $line"
done
# A listen address other than loopback would put the site on the network without the proxy's TLS.
grep -q -- '--listen 127.0.0.1:' "$unit" || fail "the unit does not listen on loopback"
grep -q -- '--behind-proxy' "$unit" || fail "the unit does not run --behind-proxy"
score=$(systemd-analyze security --offline=true "$work/besuk-web.service" 2>/dev/null |
  sed -n 's/.*Overall exposure level for [^:]*: \([0-9.]*\) \([A-Z]*\).*/\1 \2/p' || true)
if [ -n "$score" ]; then
  echo "check_unit: systemd-analyze security: exposure $score"
  # 10 is fully exposed; "OK" ends at 3.9 (systemd's own scale).
  awk -v s="${score%% *}" 'BEGIN { exit !(s < 2.0) }' || fail "exposure $score is above 2.0"
fi
echo "check_unit: besuk-web.service verified"
