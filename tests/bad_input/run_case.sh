#!/usr/bin/env bash
# A bad-input case: copies CASE_DIR to a scratch directory, runs its `setup` there when it has
# one (inputs too big to commit), then its `cmd` (bash, with "$DATELINES" the tool under
# test), and compares standard output, standard error and the exit status with
# expected.out, expected.err and expected.status.
# Usage: run_case.sh DATELINES CASE_DIR
# Set DATELINES_UPDATE_GOLDEN=1 to rewrite the expected files from what the case does instead.
set -euo pipefail
DATELINES=$(realpath "$1")
export DATELINES
case_dir=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -R "$case_dir"/. "$work"
cd "$work"
if [ -f setup ]; then
	bash ./setup
fi
status=0
bash ./cmd > "$work/.out" 2> "$work/.err" || status=$?
if [ "${DATELINES_UPDATE_GOLDEN:-}" = 1 ]; then
	cp "$work/.out" "$case_dir/expected.out"
	cp "$work/.err" "$case_dir/expected.err"
	echo "$status" > "$case_dir/expected.status"
	echo "updated $case_dir"
	exit 0
fi
fail=0
diff -u --label expected.out --label stdout "$case_dir/expected.out" "$work/.out" || fail=1
diff -u --label expected.err --label stderr "$case_dir/expected.err" "$work/.err" || fail=1
expected_status=$(cat "$case_dir/expected.status")
if [ "$status" != "$expected_status" ]; then
	echo "exit status $status, expected $expected_status"
	fail=1
fi
if [ "$fail" = 0 ]; then
	echo "PASS: $(basename "$case_dir") exits $status with the expected output"
else
	echo "FAIL: $(basename "$case_dir") (differences above)"
fi
exit "$fail"
