#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Our own CPU per registration and per scan-to-admit, before and after a change, side by side (issue #19).
#
#   tests/bench/cpu_profile.sh --before BIN --after BIN [--count N] [--rounds R] [--work DIR] [--postgres URL]
#
# BIN is a besuk_bench_cpu (tests/bench/CpuBench.cpp) built from each commit: build the earlier commit in a
# second build directory with the same CpuBench.cpp. Each round runs both on a fresh SQLite file (and, with
# --postgres, on a fresh database of that server), taking turns; the medians of the rounds' medians are printed.
# Then each runs once under valgrind --tool=callgrind (SQLite): instructions per operation, which no other load
# on the machine changes. Markdown on standard output.
set -euo pipefail
before="" after="" count=300 rounds=3 work="${TMPDIR:-/tmp}/besuk-cpu-profile" postgres=""
while [ $# -gt 0 ]; do
  case "$1" in
    --before) before="$2"; shift 2 ;;
    --after) after="$2"; shift 2 ;;
    --count) count="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --postgres) postgres="$2"; shift 2 ;;
    *) echo "cpu_profile: unknown argument $1" >&2; exit 2 ;;
  esac
done
[ -x "$before" ] && [ -x "$after" ] || { echo "cpu_profile: give --before and --after binaries" >&2; exit 2; }
mkdir -p "$work"
cd "$work"

phases=("commit floor" "registration" "scan" "admit" "scan+admit")

# One run: "PHASE<TAB>median<TAB>mean" lines.
run() { # binary location
  "$1" --db "$2" --count "$count" |
    awk '{ name = $1; if ($2 == "floor") name = "commit floor";
           for (i = 1; i <= NF; ++i) { if ($i == "median") m = $(i + 1); if ($i == "mean") a = $(i + 1) }
           print name "\t" m "\t" a }'
}

fresh_pg() { # database name -> URL
  local url="${postgres%/*}/$1"
  psql "$postgres" -qc "DROP DATABASE IF EXISTS $1 WITH (FORCE)" -c "CREATE DATABASE $1" >/dev/null
  echo "$url"
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

backends=(sqlite)
[ -n "$postgres" ] && backends+=(postgres)
for backend in "${backends[@]}"; do
  : >"runs-$backend.tsv"
  for ((r = 1; r <= rounds; ++r)); do
    for side in before after; do
      bin=$before
      [ "$side" = after ] && bin=$after
      if [ "$backend" = sqlite ]; then
        rm -f cpu.db cpu.db-wal cpu.db-shm cpu.db.key
        location="$work/cpu.db"
      else
        location=$(fresh_pg besuk_cpu_profile)
        rm -f cpu-bench.key
      fi
      run "$bin" "$location" | sed "s/^/$side\t/" >>"runs-$backend.tsv"
    done
  done
done

echo "| backend | operation | thread CPU ms, median: before | after | after − one commit's |"
echo "|---|---|---:|---:|---:|"
for backend in "${backends[@]}"; do
  floor=$(awk -F'\t' '$1 == "after" && $2 == "commit floor" { print $3 }' "runs-$backend.tsv" | median)
  for phase in "${phases[@]}"; do
    b=$(awk -F'\t' -v p="$phase" '$1 == "before" && $2 == p { print $3 }' "runs-$backend.tsv" | median)
    a=$(awk -F'\t' -v p="$phase" '$1 == "after" && $2 == p { print $3 }' "runs-$backend.tsv" | median)
    printf '| %s | %s | %.3f | %.3f | %s |\n' "$backend" "$phase" "$b" "$a" \
      "$(case "$phase" in "commit floor" | scan) ;; *) awk -v a="$a" -v f="$floor" 'BEGIN { printf "%.3f", a - f }' ;; esac)"
  done
done

if command -v valgrind >/dev/null; then
  echo
  echo "| operation | instructions: before | after | after / before |"
  echo "|---|---:|---:|---:|"
  declare -A instructions
  for side in before after; do
    bin=$before
    [ "$side" = after ] && bin=$after
    rm -f cpu.db cpu.db-wal cpu.db-shm cpu.db.key callgrind.out.*
    valgrind --tool=callgrind --collect-atstart=no "$bin" --db "$work/cpu.db" --count "$count" >/dev/null 2>&1
    for dump in callgrind.out.*.[0-9]; do
      label=$(sed -n 's/^desc: Trigger: Client Request: //p' "$dump")
      instructions[$side,$label]=$(awk '/^totals:/ { print $2 }' "$dump")
    done
  done
  for label in commit-floor registration scan-to-admitted; do
    b=${instructions[before,$label]:-0} a=${instructions[after,$label]:-0}
    awk -v l="$label" -v b="$b" -v a="$a" -v n="$count" \
      'BEGIN { printf "| %s | %.0f | %.0f | %.2f |\n", l, b / n, a / n, (b > 0 ? a / b : 0) }'
  done
fi
