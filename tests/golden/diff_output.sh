#!/usr/bin/env bash
# Golden test: runs a command and diffs its standard output against an expected file.
# Usage: diff_output.sh EXPECTED COMMAND [ARG...]
# Set DATELINES_UPDATE_GOLDEN=1 to rewrite EXPECTED from the command's output instead.
set -euo pipefail
expected=$1
shift
actual=$(mktemp)
trap 'rm -f "$actual"' EXIT
"$@" > "$actual"
if [ "${DATELINES_UPDATE_GOLDEN:-}" = 1 ]; then
	cp "$actual" "$expected"
	echo "updated $expected"
	exit 0
fi
if diff -u "$expected" "$actual"; then
	echo "PASS: output of $(basename "$1") ${*:2} equals $expected"
else
	echo "FAIL: output differs from $expected (diff above)"
	exit 1
fi
