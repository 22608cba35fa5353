#!/usr/bin/env bash
# Nothing lost: for -o of every format, a write that fails part-way (the file size limit is
# 1 KiB, with SIGXFSZ ignored so that write() fails with EFBIG) exits 3 with one line naming
# the file and leaves the previous file as it was, with no temporary file left beside it; a
# write that succeeds replaces the file and keeps its mode.
# Usage: check_atomic_output.sh DATELINES ARTICLE
set -uo pipefail
datelines=$(realpath "$1")
article=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0

# check NAME TARGET ARGS...: TARGET is the file the command writes, relative to the folder.
check() {
	local name=$1 target=$2
	shift 2
	local dir=$work/$name
	mkdir -p "$dir/$(dirname "$target")"
	printf 'previous\n' > "$dir/$target"
	chmod 640 "$dir/$target"
	local status=0
	(cd "$dir" && trap '' XFSZ && ulimit -f 1 && exec "$datelines" "$@" "$article") \
		> "$dir.out" 2> "$dir.err" || status=$?
	local want="datelines: $target: cannot write: File too large"
	if [ "$status" != 3 ] || [ "$(cat "$dir.err")" != "$want" ]; then
		echo "FAIL: $name: a failed write exited $status with '$(cat "$dir.err")';" \
		     "expected 3 with '$want'"
		fail=1
	fi
	if ! printf 'previous\n' | cmp -s - "$dir/$target"; then
		echo "FAIL: $name: a failed write changed $target"
		fail=1
	fi
	if [ "$(cd "$dir" && find . -type f | sort)" != "./$target" ]; then
		echo "FAIL: $name: a failed write left files behind:" $(cd "$dir" && find . -type f)
		fail=1
	fi
	status=0
	(cd "$dir" && exec "$datelines" "$@" "$article") > "$dir.out" 2> "$dir.err" || status=$?
	if [ "$status" != 0 ] || [ -s "$dir.err" ] ||
	   printf 'previous\n' | cmp -s - "$dir/$target" ||
	   [ "$(stat -c %a "$dir/$target")" != 640 ] ||
	   [ "$(cd "$dir" && find . -type f | sort)" != "./$target" ]; then
		echo "FAIL: $name: a good write exited $status ($(cat "$dir.err")) or did not" \
		     "replace $target alone, keeping its mode"
		fail=1
	fi
	[ "$fail" = 0 ] && echo "ok $name"
}

base=$(basename "$article")
check list-text out.txt list -o out.txt
check list-tsv out.tsv list --format tsv -o out.tsv
check list-json out.json list --format json -o out.json
check list-jsonl out.jsonl list --format jsonl -o out.jsonl
check ics out.ics ics -o out.ics
check render-svg out.svg render -o out.svg
check render-png out.png render -o out.png
check render-pdf out.pdf render -o out.pdf
check tag-timeml "dir/$base" tag -o dir
check tag-json "dir/$base" tag --format json -o dir
exit "$fail"
