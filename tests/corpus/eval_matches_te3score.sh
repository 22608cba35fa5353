#!/bin/sh
# eval_matches_te3score.sh DATELINES_BINARY SHARED_DIR
#
# `datelines eval --errors` must print exactly what SHARED_DIR/tools/te3score.py --errors
# prints, and `--spans` the same plus EXTENT lines: on a few TimeBank and AQUAINT files (one system file missing), on both whole sets
# tagged by `datelines tag`, and with --tag, which tags and scores in one go. Exits 77 (meson's
# skip code) when the corpus or the scorer is not there, 1 on the first difference.
set -eu

if [ $# -ne 2 ]; then
	echo "usage: $0 DATELINES_BINARY SHARED_DIR" >&2
	exit 2
fi
bin=$1
shared=$2
corpus=$shared/corpora/tbaq
scorer=$shared/tools/te3score.py

if [ ! -d "$corpus" ] || [ ! -f "$scorer" ]; then
	echo "SKIP: $corpus or $scorer not found"
	exit 77
fi

out=$(mktemp -d "${TMPDIR:-/tmp}/eval_te3score.XXXXXX")
trap 'rm -rf "$out"' EXIT
# The EXIT trap also runs when a signal ends the script this way.
trap 'exit 130' HUP INT TERM

# check WHAT GOLD_DIR SYSTEM_DIR [EVAL_ARGS...]: te3score on the two directories against
# `datelines eval EVAL_ARGS --errors` (by default the same two directories).
check() {
	what=$1
	gold=$2
	system=$3
	shift 3
	[ $# -gt 0 ] || set -- "$gold" "$system"
	python3 "$scorer" "$gold" "$system" --errors >"$out/expected"
	if ! "$bin" eval "$@" --errors >"$out/actual"; then
		echo "FAIL: $what: datelines eval $* failed" >&2
		exit 1
	fi
	if ! diff -u "$out/expected" "$out/actual" >&2; then
		echo "FAIL: $what: datelines eval differs from te3score.py" >&2
		exit 1
	fi
	# --spans adds the right values over other spans, and nothing else.
	if ! "$bin" eval "$@" --spans >"$out/spans"; then
		echo "FAIL: $what: datelines eval $* --spans failed" >&2
		exit 1
	fi
	if ! grep -v '^[^ ]*: EXTENT ' "$out/spans" | diff -u "$out/actual" - >&2; then
		echo "FAIL: $what: --spans without its EXTENT lines differs from --errors" >&2
		exit 1
	fi
	if grep '^[^ ]*: EXTENT ' "$out/spans" | grep -E ': EXTENT "(.*)" sys="\1" ' >&2; then
		echo "FAIL: $what: an EXTENT line with the same span on both sides" >&2
		exit 1
	fi
	echo "$what: the same ($(wc -l <"$out/actual") lines;" \
	     "$(grep -c '^[^ ]*: EXTENT ' "$out/spans") more with --spans)"
	tail -n 4 "$out/actual"
}

tag() {
	mkdir -p "$2"
	if ! "$bin" tag --format timeml -o "$2" "$1"; then
		echo "FAIL: $bin tag on $1" >&2
		exit 1
	fi
}

# A few files of each set, among them AQUAINT files with CR LF line ends.
mkdir -p "$out/few/gold"
for f in $(ls "$corpus/TimeBank"/*.tml | head -n 5) $(ls "$corpus/AQUAINT"/*.tml | head -n 5) \
	 "$corpus/AQUAINT/NYT19981120.0362.tml" "$corpus/AQUAINT/APW19990507.0207.tml"; do
	cp "$f" "$out/few/gold/"
done
tag "$out/few/gold" "$out/few/system"
# A missing system file counts as one with no TIMEX3.
rm "$out/few/system/$(ls "$out/few/system" | head -n 1)"
check "a few files" "$out/few/gold" "$out/few/system"

for set in TimeBank AQUAINT; do
	tag "$corpus/$set" "$out/$set"
	check "$set" "$corpus/$set" "$out/$set"
	check "$set --tag" "$corpus/$set" "$out/$set" --tag "$corpus/$set"
done
