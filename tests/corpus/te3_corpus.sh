#!/bin/sh
# te3_corpus.sh DATELINES_BINARY SHARED_DIR
#
# TempEval-3 TIMEX3 scores of `datelines tag --format timeml` on the TimeBank and AQUAINT sets
# of SHARED_DIR/corpora/tbaq, as SHARED_DIR/tools/te3score.py computes them. Exits 77 (meson's
# skip code) when the corpus is not there, non-zero when a command fails.
set -eu

if [ $# -ne 2 ]; then
	echo "usage: $0 DATELINES_BINARY SHARED_DIR" >&2
	exit 2
fi
bin=$1
shared=$2
corpus=$shared/corpora/tbaq

if [ ! -d "$corpus" ]; then
	echo "SKIP: $corpus not found"
	exit 77
fi

out=$(mktemp -d "${TMPDIR:-/tmp}/te3_corpus.XXXXXX")
trap 'rm -rf "$out"' EXIT
# The EXIT trap also runs when a signal ends the script this way.
trap 'exit 130' HUP INT TERM

for set in TimeBank AQUAINT; do
	mkdir "$out/$set"
	if ! "$bin" tag --format timeml -o "$out/$set" "$corpus/$set"/*.tml; then
		echo "FAIL: $bin tag on $corpus/$set" >&2
		exit 1
	fi
	echo "$set"
	python3 "$shared/tools/te3score.py" "$corpus/$set" "$out/$set"
done
