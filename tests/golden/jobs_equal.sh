#!/usr/bin/env bash
# jobs_equal.sh DATELINES_BINARY DIR...
#
# -j N must change nothing but the time taken: for tag (to standard output and with -o DIR)
# and list, the output, the messages and the exit status of -j 2 and -j 8 must be those of
# -j 1. Runs on the first DIR that exists, with an empty file and an undated article added
# so that messages from the worker threads are compared too; exits 77 (skip) when none does.
set -euo pipefail

bin=$1
shift
dir=
for d in "$@"; do
	if [ -d "$d" ]; then
		dir=$d
		break
	fi
done
if [ -z "$dir" ]; then
	echo "SKIP: none of $* found"
	exit 77
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/jobs_equal.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/extra"
: > "$tmp/extra/empty.txt"
printf 'The talks resumed last June and ended on Friday.\n' > "$tmp/extra/undated.txt"

# run NAME JOBS ARG...: standard output, standard error and status into $tmp/NAME.JOBS.*
run() {
	local name=$1 jobs=$2
	shift 2
	local rc=0
	"$bin" "$@" -j "$jobs" "$dir" "$tmp/extra" > "$tmp/$name.$jobs.out" \
		2> "$tmp/$name.$jobs.err" || rc=$?
	echo "$rc" > "$tmp/$name.$jobs.rc"
}

failed=0
for args in "tag" "tag --format jsonl" "list --format json" "ics"; do
	name=${args// /_}
	for jobs in 1 2 8; do
		# shellcheck disable=SC2086
		run "$name" "$jobs" $args
	done
	for jobs in 2 8; do
		for part in out err rc; do
			if ! cmp -s "$tmp/$name.1.$part" "$tmp/$name.$jobs.$part"; then
				echo "FAIL: datelines $args -j $jobs: standard $part differs from -j 1:"
				diff "$tmp/$name.1.$part" "$tmp/$name.$jobs.$part" | head -20
				failed=1
			fi
		done
	done
	if [ "$(cat "$tmp/$name.1.rc")" != 4 ] || [ ! -s "$tmp/$name.1.out" ]; then
		echo "FAIL: datelines $args -j 1 on $dir: status $(cat "$tmp/$name.1.rc") (4 expected)"
		failed=1
	fi
done

for jobs in 1 2 8; do
	"$bin" tag -q -j "$jobs" -o "$tmp/dir.$jobs" "$dir" || true
done
for jobs in 2 8; do
	if ! diff -r "$tmp/dir.1" "$tmp/dir.$jobs" > /dev/null; then
		echo "FAIL: datelines tag -j $jobs -o DIR writes other files than -j 1"
		failed=1
	fi
done

if [ "$failed" = 0 ]; then
	echo "PASS: -j 2 and -j 8 give the output, messages and status of -j 1 on" \
	     "$(find "$dir" -type f | wc -l) files of $dir"
fi
exit "$failed"
