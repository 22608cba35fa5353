#!/usr/bin/env bash
# A fuzz run: replays the regression inputs, then fuzzes from the seeds for SECONDS, new
# inputs going to a scratch corpus (never into the source tree). A crash, leak, sanitizer
# report or hang fails the run and leaves the input in the current directory.
# Usage: run_fuzz.sh TARGET SEEDS REGRESSIONS SECONDS [LIBFUZZER-OPTION...]
set -euo pipefail
target=$1 seeds=$2 regressions=$3 seconds=$4
shift 4
corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
# libFuzzer exits 77 on a finding by default, which meson reads as "skipped".
fail=(-error_exitcode=1 -timeout_exitcode=1)
if [ -d "$regressions" ] && [ -n "$(ls -A "$regressions")" ]; then
	"$target" "${fail[@]}" "$regressions"/*
fi
"$target" "${fail[@]}" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
	-max_len=16384 -print_final_stats=1 "$@" "$corpus" "$seeds"
