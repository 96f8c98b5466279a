#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs every libFuzzer target of the fuzz preset for SECONDS each (default 60), two at a time, starting from the seed
# corpus in the repo (copied, so the repo is not changed). A crash or a failed property fails the run; the input is
# kept in build/fuzz/artifacts/ — copy it to tests/fuzz/regressions/TARGET/ so the test suite replays it forever.
# Usage: tests/fuzz/run.sh [SECONDS]        (build first: cmake --preset fuzz && cmake --build --preset fuzz)
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-60}"
build=build/fuzz
targets=(ticket_payload nik csv text roster_import rules key_file)
mkdir -p "$build/artifacts" "$build/logs"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0"

run_one() {
  local target="$1" work="$build/corpus-work/$1"
  rm -rf "$work" && mkdir -p "$work"
  cp tests/fuzz/corpus/"$target"/* "$work"/
  if [ -d tests/fuzz/regressions/"$target" ]; then cp tests/fuzz/regressions/"$target"/* "$work"/ 2>/dev/null || true; fi
  "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$target-" "$work" >"$build/logs/$target.log" 2>&1
}

status=0
pids=()
names=()
for target in "${targets[@]}"; do
  run_one "$target" &
  pids+=($!)
  names+=("$target")
  if [ ${#pids[@]} -eq 2 ]; then
    for i in 0 1; do wait "${pids[$i]}" || { echo "fuzz: ${names[$i]} FAILED (see $build/logs/${names[$i]}.log)"; status=1; }; done
    pids=(); names=()
  fi
done
for i in "${!pids[@]}"; do
  wait "${pids[$i]}" || { echo "fuzz: ${names[$i]} FAILED (see $build/logs/${names[$i]}.log)"; status=1; }
done

printf '| target | seconds | runs | coverage (edges) | corpus | result |\n|---|---|---|---|---|---|\n' >"$build/summary.md"
for target in "${targets[@]}"; do
  log="$build/logs/$target.log"
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*' || echo "?")
  corp=$(grep -o 'corp: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*' || echo "?")
  result=$(grep -qE 'ERROR: (AddressSanitizer|libFuzzer|LeakSanitizer)|runtime error|property failed' "$log" && echo "FAILED" || echo "no crash")
  printf '| %s | %s | %s | %s | %s | %s |\n' "$target" "$seconds" "$runs" "$cov" "$corp" "$result" >>"$build/summary.md"
done
cat "$build/summary.md"
exit $status
