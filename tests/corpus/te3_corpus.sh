#!/bin/sh
# te3_corpus.sh DATELINES_BINARY SHARED_DIR
#
# TempEval-3 TIMEX3 scores of `datelines tag --format timeml` on the TimeBank and AQUAINT sets
# of SHARED_DIR/corpora/tbaq, as SHARED_DIR/tools/te3score.py computes them. Exits 77 (meson's
# skip code) when the corpus is not there, non-zero when a command fails or a figure falls
# below its floor (environment FLOOR_TimeBank / FLOOR_AQUAINT: "strict relaxed value type").
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
	python3 "$shared/tools/te3score.py" "$corpus/$set" "$out/$set" > "$out/$set.score"
	cat "$out/$set.score"
	# Floors: FLOOR_<set>="strict relaxed value type" (F1 in percent) fail a regression.
	eval "floors=\${FLOOR_$set:-}"
	if [ -n "$floors" ]; then
		if ! awk -v floors="$floors" -v set="$set" '
			/^strict P\/R\/F1/ { got["strict"] = $5 }
			/^relaxed P\/R\/F1/ { got["relaxed"] = $5 }
			/^value_F1/ { got["value"] = $2; got["type"] = $4 }
			END {
				split(floors, f, " ")
				split("strict relaxed value type", name, " ")
				bad = 0
				for (i = 1; i <= 4; i++)
					if (got[name[i]] + 0 < f[i] + 0) {
						printf "FAIL: %s %s F1 %s is below its floor %s\n", set, name[i], got[name[i]], f[i]
						bad = 1
					}
				exit bad
			}' "$out/$set.score"; then
			failed=1
		fi
	fi
done
exit "${failed:-0}"

