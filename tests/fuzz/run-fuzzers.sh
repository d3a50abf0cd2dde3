#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fuzzes every libFuzzer target of a sanitizer build for a bounded time each and prints, per target, the
# executions and the coverage libFuzzer reached (cov: code edges, ft: features). What a run learns is kept
# in BUILD/fuzz-corpus/<target>/ (never wiped: the next run starts from it); the committed seeds in
# tests/fuzz/corpus/<target>/ and the regression inputs in tests/fuzz/regressions/<target>/ are read, not
# written. A crash, leak or sanitizer report fails the run and leaves the input in
# BUILD/fuzz-artifacts/<target>/: fix it, then commit that input under tests/fuzz/regressions/<target>/
# (ctest replays it from then on).
# usage: tests/fuzz/run-fuzzers.sh BUILD_DIR SECONDS_PER_TARGET [TARGET...]
set -uo pipefail
build=${1:?build folder}
seconds=${2:?seconds per target}
shift 2
src=$(cd "$(dirname "$0")/../.." && pwd)
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for bin in "$build"/bin/fuzz_*; do targets+=("${bin##*/fuzz_}"); done
fi
[ ${#targets[@]} -gt 0 ] || { echo "no fuzz targets in $build/bin (build the asan preset: make asan-test)"; exit 1; }
failed=0
printf '%-12s %10s %8s %8s %8s %8s  %s\n' target execs exec/s cov ft corpus result
for name in "${targets[@]}"; do
  bin="$build/bin/fuzz_$name"
  [ -x "$bin" ] || { echo "missing fuzz target $bin"; failed=1; continue; }
  work="$build/fuzz-corpus/$name" artifacts="$build/fuzz-artifacts/$name" log="$build/fuzz-logs/$name.log"
  mkdir -p "$work" "$artifacts" "$(dirname "$log")"
  dirs=("$work" "$src/tests/fuzz/corpus/$name")
  [ -d "$src/tests/fuzz/regressions/$name" ] && dirs+=("$src/tests/fuzz/regressions/$name")
  ASAN_OPTIONS=detect_leaks=1 \
    LSAN_OPTIONS="suppressions=$src/tests/lsan.supp:print_suppressions=0" \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    "$bin" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=3072 -max_len=65536 -print_final_stats=1 \
    -artifact_prefix="$artifacts/" "${dirs[@]}" >"$log" 2>&1
  rc=$?
  execs=$(awk '/stat::number_of_executed_units/{print $NF}' "$log" | tail -1)
  speed=$(awk '/stat::average_exec_per_sec/{print $NF}' "$log" | tail -1)
  status=$(grep -E '^#[0-9]+' "$log" | tail -1)
  cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$status")
  ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$status")
  corp=$(sed -n 's/.* corp: \([0-9]*\).*/\1/p' <<<"$status")
  result=ok
  if [ $rc -ne 0 ]; then
    result="FAILED (exit $rc, log $log, input in $artifacts/)"
    failed=1
  fi
  printf '%-12s %10s %8s %8s %8s %8s  %s\n' "$name" "${execs:-?}" "${speed:-?}" "${cov:-?}" "${ft:-?}" "${corp:-?}" "$result"
  [ $rc -eq 0 ] || grep -E 'ERROR|SUMMARY|violated|==[0-9]+==' "$log" | head -20
done
exit $failed
