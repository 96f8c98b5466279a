#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A guided tour of Besuk through besuk-cli on a throw-away database: a facility is set up, visitors register,
# the gate inspects and admits them, and the day is counted. Nothing outside a temporary folder is touched.
# Usage: packaging/demo.sh [PATH/TO/besuk-cli]     (default: build/release/bin/besuk-cli)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cli=${1:-$here/build/release/bin/besuk-cli}
[ -x "$cli" ] || { echo "demo: $cli not found; build first (see README.md)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/besuk.db"
day=2025-12-27   # the news report's Saturday at Rutan Kelas IIA Balikpapan

say() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
field() { python3 -c 'import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1], {}, {"d": d}))' "$1"; }
besuk() { "$cli" --db "$db" "$@"; }

say "Set up the facility (time zone WITA) and import the roster"
besuk --now "${day}T07:00" init --facility "Rutan Kelas IIA Balikpapan" --timezone Asia/Makassar | field 'd["facility"] + ", " + d["timezone"]'
besuk inmate import "$here/resources/demo/roster.csv" | field '"%d inmates added, %d rejected" % (d["added"], len(d["rejected"]))'

say "Visitors register at the kiosk"
reg() { besuk --now "${day}T$1" register --inmate "$2" "${@:3}"; }
t1=$(reg 08:05 B.I-001/2025 --adult "6471050501900003:Budi Santoso" --adult "6471055208010002:Siti Aminah" --children 2)
t2=$(reg 08:12 B.II-008/2025 --adult "6471044512880001:Đặng Thị Hoa")
t3=$(reg 09:40 B.I-003/2025 --adult "6471056703920004:Nyoman Ayu Pratiwi" --children 1)
t4=$(reg 09:41 B.II-006/2025 --service deposit --adult "6471052110750005:Ketut Arsana")
for t in "$t1" "$t2" "$t3" "$t4"; do
  echo "$t" | field '"  %s  %-22s visiting %-22s men %d  women %d  children %d  lead NIK %s" % (d["queue_number"], d["visitors"][0]["name"], d["inmate"]["name"], d["men"], d["women"], d["children"], d["visitors"][0]["nik"])'
done
p1=$(echo "$t1" | field 'd["payload"]'); p2=$(echo "$t2" | field 'd["payload"]'); p3=$(echo "$t3" | field 'd["payload"]')
echo "  QR payload of A-001 (${#p1} characters, no personal data): $p1"

say "Rules at work: a fifth person, a second visit this week, registration after hours"
refused() { "$@" 2>&1 | sed 's/^besuk-cli: /  refused: /' || true; }
refused besuk --now "${day}T10:00" register --inmate B.I-002/2025 --adult "6471050501900011:Agus" --children 4
refused besuk --now "${day}T10:00" register --inmate B.I-001/2025 --adult "6471050501900012:Dewi"
refused besuk --now "${day}T15:30" register --inmate B.I-004/2025 --adult "6471050501900013:Eko"

say "The gate scans, inspects belongings and admits"
besuk --now "${day}T08:30" scan "$p1" | field '"  scan A-001: " + d["verdict"] + " - " + d["message"]'
besuk --now "${day}T08:32" inspect "$p1" --officer "Pak Joko" --item "Nasi kotak|allowed" --item "HP Samsung|deposited|L-12" --outcome cleared | field '"  inspect A-001: " + d["message"]'
besuk --now "${day}T08:33" admit "$p1" --officer "Pak Joko" | field '"  admit A-001: " + d["message"]'
besuk --now "${day}T08:34" admit "$p1" --officer "Bu Rina" | field '"  admit A-001 again: " + d["verdict"] + " - " + d["message"]' || true
besuk --now "${day}T08:40" inspect "$p2" --officer "Pak Joko" --outcome cleared >/dev/null
besuk --now "${day}T08:41" admit "$p2" --officer "Pak Joko" >/dev/null
besuk --now "${day}T10:05" inspect "$p3" --officer "Bu Rina" --item "Pisau lipat|confiscated" --outcome refused --reason "Membawa senjata tajam" | field '"  inspect A-003: " + d["verdict"] + " - " + d["message"]' || true
forged="${p1:0:40}X${p1:41}"; [ "$forged" = "$p1" ] && forged="${p1:0:40}Y${p1:41}"
besuk --now "${day}T10:06" scan "$forged" | field '"  a forged copy of A-001: " + d["verdict"]' || true
besuk --now "${day}T09:18" checkout "$p1" --officer "Pak Joko" | field '"  exit A-001: " + d["message"]'

say "The day's tally"
besuk tally --date "$day" | field '"  registered %d groups: %d men, %d women, %d children = %d people\n  admitted %d people, refused %d, inside now %d" % (d["registered"]["groups"], d["registered"]["men"], d["registered"]["women"], d["registered"]["children"], d["registered"]["total"], d["admitted"]["total"], d["refused"]["total"], d["inside"]["total"])'
echo "  CSV:"; besuk tally --date "$day" --format csv | sed 's/^/    /'
