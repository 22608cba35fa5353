#!/usr/bin/env bash
# bench/run.sh [--quick]
#
# Throughput, memory and instructions per byte of the datelines tool on the TempEval-3
# training text, checked against the targets of the benchmark. Builds a release build,
# generates the corpora (make_corpus.py) and prints a markdown report for
# docs/benchmarks.md on standard output; progress goes to standard error. Exits 0 whatever
# the figures: the targets are reported, not enforced.
#
#   --quick  leave out the 500 MB corpus (and so the memory and per-byte-cost targets)
#
# Environment: BENCH_DIR scratch directory, outside the repository (/tmp/datelines-bench);
# BENCH_BUILD build directory ($BENCH_DIR/build); TBAQ the corpus
# (../shared/corpora/tbaq beside the repository); RUNS timed runs per figure (5).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
bench_dir=${BENCH_DIR:-/tmp/datelines-bench}
build=${BENCH_BUILD:-$bench_dir/build}
tbaq=${TBAQ:-$root/../shared/corpora/tbaq}
runs=${RUNS:-5}
quick=0
dct=1998-01-08
# The big corpora are one document each: the default limit on expressions per document is
# for news articles, not for them.
max_events=1000000000

# Targets of the benchmark.
target_mbs=200       # tag --format jsonl on 50 MB, one thread, whole process
target_rss_mb=32     # peak RSS on 500 MB
target_cost=1.10     # seconds per byte on 500 MB over those on 50 MB
target_speedup=1.8   # -j 2 over -j 1 on the many-file corpus

for arg in "$@"; do
	case $arg in
	--quick) quick=1 ;;
	-h|--help) sed -n '2,/^set /p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
	*) echo "bench/run.sh: unknown argument '$arg' (try --help)" >&2; exit 2 ;;
	esac
done

say() { echo "bench: $*" >&2; }
die() { echo "bench/run.sh: $*" >&2; exit 1; }

for tool in meson python3 /usr/bin/time; do
	command -v "$tool" > /dev/null || die "$tool is needed (Debian: meson, python3, time)"
done
[ -d "$tbaq" ] || die "$tbaq not found (set TBAQ)"
mkdir -p "$bench_dir"
bench_dir=$(cd "$bench_dir" && pwd)
case $bench_dir/ in
"$root"/*) die "BENCH_DIR $bench_dir is inside the repository; pick a scratch directory" ;;
esac

say "building a release build in $build"
if [ -d "$build/meson-private" ]; then
	meson configure "$build" -Dbuildtype=release > /dev/null
else
	meson setup "$build" "$root" -Dbuildtype=release > /dev/null
fi
meson compile -C "$build" > /dev/null
bin=$build/src/datelines

sizes="5 50"
[ "$quick" = 1 ] || sizes="$sizes 500"
say "generating corpora in $bench_dir (sizes $sizes MB, and a many-file folder)"
# shellcheck disable=SC2086
python3 "$root/bench/make_corpus.py" "$tbaq" "$bench_dir" $sizes

bytes_of() { du -b --apparent-size -s "$1" | cut -f1; }
# The median of the numbers on standard input, one a line.
median() {
	sort -g | awk '{ v[NR] = $1 } END {
		printf "%.4f\n", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
now() { date +%s.%N; }

# busy: the percentage of the last second the machine's CPUs spent on any work (steal too).
busy() {
	local a b
	a=$(awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9, $5 + $6 }' /proc/stat)
	sleep 1
	b=$(awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9, $5 + $6 }' /proc/stat)
	awk -v a="$a" -v b="$b" 'BEGIN { split(a, x); split(b, y)
		printf "%d\n", 100 * (y[1] - x[1]) / (y[1] - x[1] + y[2] - x[2] + 1e-9) }'
}
# settle: other people's builds and tests on the machine skew every figure, so waits up to
# a minute for it to be idle, and keeps how busy it was when the measurement started.
settle() {
	local i b
	for ((i = 0; i < 60; i++)); do
		b=$(busy)
		[ "$b" -gt 10 ] || break
	done
	echo "$b" >> "$bench_dir/busy"
}

# time_cmd ID COMMAND...: median and best wall seconds of $runs runs after a warm-up run,
# mean CPU seconds (user + system) per run and peak RSS in KB, into
# $bench_dir/ID.{wall,best,cpu,rss}.
time_cmd() {
	local id=$1
	shift
	local cmd
	cmd=$(printf '%q ' "$@")
	settle
	if command -v hyperfine > /dev/null; then
		hyperfine --runs "$runs" --warmup 1 --style none --output null \
			--export-json "$bench_dir/$id.json" "$cmd" > /dev/null 2>&1 ||
			die "failed: $cmd"
		python3 - "$bench_dir/$id.json" "$bench_dir/$id" <<-'EOF'
		import json, sys
		r = json.load(open(sys.argv[1]))['results'][0]
		for ext, v in ('wall', r['median']), ('best', r['min']), ('cpu', r['user'] + r['system']):
		    open(sys.argv[2] + '.' + ext, 'w').write('%.4f\n' % v)
		EOF
	else
		local i start cpu=0
		"$@" > /dev/null || die "failed: $cmd"
		for ((i = 0; i < runs; i++)); do
			start=$(now)
			/usr/bin/time -f '%U %S' -o "$bench_dir/$id.time" "$@" > /dev/null
			awk -v s="$start" -v e="$(now)" 'BEGIN { print e - s }'
			cpu=$(awk -v c="$cpu" '{ print c + $1 + $2 }' "$bench_dir/$id.time")
		done > "$bench_dir/$id.times"
		median < "$bench_dir/$id.times" > "$bench_dir/$id.wall"
		sort -g "$bench_dir/$id.times" | head -1 > "$bench_dir/$id.best"
		awk -v c="$cpu" -v n="$runs" 'BEGIN { printf "%.4f\n", c / n }' > "$bench_dir/$id.cpu"
	fi
	/usr/bin/time -v -o "$bench_dir/$id.timev" "$@" > /dev/null || die "failed: $cmd"
	awk -F': ' '/Maximum resident set size/ { print $2 }' "$bench_dir/$id.timev" \
		> "$bench_dir/$id.rss"
}

fig() { cat "$bench_dir/$1.$2"; }
rows=()
# row ID WHAT BYTES: a line of the table from time_cmd's figures.
row() {
	rows+=("$(awk -v what="$2" -v b="$3" -v w="$(fig "$1" wall)" -v best="$(fig "$1" best)" \
		-v c="$(fig "$1" cpu)" -v r="$(fig "$1" rss)" 'BEGIN {
		printf "| %s | %.1f | %.3f | %.1f | %.1f | %.1f | %.1f |", what, b / 1e6, w,
			b / 1e6 / w, b / 1e6 / best, b / 1e6 / c, r / 1024 }')")
}

# pairs COMMAND: the median, over 2 × $runs pairs, of the time of -j 1 over that of -j 2 on
# the many-file corpus. The runs of a pair follow each other, so that the speed of the
# machine, which other virtual machines on the host change from minute to minute, weighs
# on both alike.
pairs() {
	local i a b c
	settle
	for ((i = 0; i < 2 * runs; i++)); do
		a=$(now)
		"$bin" "$1" --dct "$dct" --format jsonl -j 1 "$many" > /dev/null
		b=$(now)
		"$bin" "$1" --dct "$dct" --format jsonl -j 2 "$many" > /dev/null
		c=$(now)
		awk -v a="$a" -v b="$b" -v c="$c" 'BEGIN { print (b - a) / (c - b) }'
	done | median | awk '{ printf "%.2f", $1 }'
}

: > "$bench_dir/busy"

b50=$(bytes_of "$bench_dir/big-50M.txt")
say "tag --format jsonl, 50 MB"
time_cmd tag50 "$bin" tag --dct "$dct" --format jsonl --max-events "$max_events" \
	"$bench_dir/big-50M.txt"
row tag50 "\`tag --format jsonl\`, one file" "$b50"

if [ "$quick" = 0 ]; then
	b500=$(bytes_of "$bench_dir/big-500M.txt")
	say "tag --format jsonl, 500 MB (a few minutes)"
	time_cmd tag500 "$bin" tag --dct "$dct" --format jsonl --max-events "$max_events" \
		"$bench_dir/big-500M.txt"
	row tag500 "\`tag --format jsonl\`, one file" "$b500"
fi

say "list --format jsonl, 50 MB"
time_cmd list50 "$bin" list --dct "$dct" --format jsonl --max-events "$max_events" \
	"$bench_dir/big-50M.txt"
row list50 "\`list --format jsonl\`, one file" "$b50"

many=$bench_dir/many
bmany=$(bytes_of "$many")
nmany=$(find "$many" -type f | wc -l)
for cmd in tag list; do
	for jobs in 1 2; do
		say "$cmd --format jsonl -j $jobs, $nmany files"
		time_cmd "$cmd-many-j$jobs" "$bin" "$cmd" --dct "$dct" --format jsonl -j "$jobs" "$many"
		row "$cmd-many-j$jobs" "\`$cmd --format jsonl -j $jobs\`, $nmany files" "$bmany"
	done
done
say "-j 2 against -j 1 in pairs, $nmany files"
speedup=$(pairs tag)
list_speedup=$(pairs list)
same=no
if [ "$("$bin" tag --dct "$dct" --format jsonl -j 1 "$many" | cksum)" = \
     "$("$bin" tag --dct "$dct" --format jsonl -j 2 "$many" | cksum)" ]; then
	same=yes
fi

ipb="not measured (valgrind is not installed)"
if command -v valgrind > /dev/null; then
	say "instructions per byte: callgrind on 5 MB"
	b5=$(bytes_of "$bench_dir/big-5M.txt")
	valgrind --tool=callgrind --callgrind-out-file="$bench_dir/callgrind.out" "$bin" tag \
		--dct "$dct" --format jsonl --max-events "$max_events" "$bench_dir/big-5M.txt" \
		> /dev/null 2> "$bench_dir/callgrind.log"
	ir=$(awk '/^(summary|totals):/ { print $2; exit }' "$bench_dir/callgrind.out")
	ipb=$(awk -v i="$ir" -v b="$b5" \
		'BEGIN { printf "%.0f (%d instructions, %.1f MB)", i / b, i, b / 1e6 }')
fi

say "corpus figures: meson test --suite corpus tbaq"
corpus=FAIL
if meson test -C "$build" --suite corpus tbaq --verbose > "$bench_dir/corpus.log" 2>&1; then
	corpus=PASS
fi
scores=$(awk '/^(TimeBank|AQUAINT)$/ { set = $1 }
	/^strict P\/R\/F1/ { s = $5 } /^relaxed P\/R\/F1/ { r = $5 }
	/^value_F1/ { printf "| %s | %s | %s | %s | %s |\n", set, s, r, $2, $4 }' \
	"$bench_dir/corpus.log")

busiest=$(sort -g "$bench_dir/busy" | tail -1)

verdict() { if [ "$1" = 1 ]; then echo PASS; else echo FAIL; fi; }
ge() { awk -v a="$1" -v b="$2" 'BEGIN { print (a >= b) ? 1 : 0 }'; }
le() { awk -v a="$1" -v b="$2" 'BEGIN { print (a <= b) ? 1 : 0 }'; }

t50=$(awk -v b="$b50" -v w="$(fig tag50 wall)" 'BEGIN { printf "%.1f", b / 1e6 / w }')
cpu_model=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
mem=$(awk '/^MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo)
commit=$(git -C "$root" rev-parse --short HEAD 2> /dev/null || echo unknown)
git -C "$root" diff --quiet HEAD 2> /dev/null || commit="$commit with uncommitted changes"

cat <<EOF
### Figures

Commit $commit, $(date -u +%Y-%m-%d). Machine: $(nproc) cores, $cpu_model, $mem RAM,
$(uname -sr). Release build (\`meson setup -Dbuildtype=release\`, $(cc --version | head -1)).
Before each measurement the machine was at most ${busiest}% busy (it is shared; the script
waits up to a minute for it to be idle, but cannot see other virtual machines on the host).

Wall time is the median of $runs runs after one warm-up run (inputs in the page cache); MB/s
divides by it, best MB/s by the fastest run, CPU MB/s by user + system time. MB are 10^6
bytes, RSS MiB 2^20. Output goes to /dev/null.

| command | MB | wall s | MB/s | best MB/s | CPU MB/s | peak RSS MiB |
|---|---|---|---|---|---|---|
$(printf '%s\n' "${rows[@]}")

- \`-j 2\` over \`-j 1\` on $nmany files, median of $((2 * runs)) pairs run one after the
  other: tag ${speedup}×, list ${list_speedup}×. The output of -j 2 is that of -j 1: $same.
- Instructions per byte, \`tag --format jsonl\` on 5 MB under callgrind: $ipb.

TempEval-3 figures (F1, \`meson test --suite corpus tbaq\`; the floors held: $corpus):

| set | strict | relaxed | value | type |
|---|---|---|---|---|
$scores

### Targets

| target | measured | result |
|---|---|---|
| tag --format jsonl on 50 MB, one thread, ≥ $target_mbs MB/s | $t50 MB/s | $(verdict "$(ge "$t50" "$target_mbs")") |
EOF
if [ "$quick" = 0 ]; then
	rss=$(awk '{ printf "%.1f", $1 / 1024 }' "$bench_dir/tag500.rss")
	# ratio ID: seconds per byte on 500 MB over those on 50 MB, from ID.wall or ID.cpu.
	ratio() {
		awk -v a="$(fig tag500 "$1")" -v b="$(fig tag50 "$1")" -v x="$b500" -v y="$b50" \
			'BEGIN { printf "%.2f", (a / x) / (b / y) }'
	}
	cost=$(ratio wall)
	echo "| peak RSS on 500 MB ≤ $target_rss_mb MiB | $rss MiB | $(verdict "$(le "$rss" "$target_rss_mb")") |"
	echo "| time per byte on 500 MB ≤ $target_cost × that on 50 MB | ${cost}× (CPU time: $(ratio cpu)×) | $(verdict "$(le "$cost" "$target_cost")") |"
else
	echo "| peak RSS on 500 MB ≤ $target_rss_mb MiB | not measured (--quick) | SKIP |"
	echo "| time per byte on 500 MB ≤ $target_cost × that on 50 MB | not measured (--quick) | SKIP |"
fi
ok=$(ge "$speedup" "$target_speedup")
[ "$same" = yes ] || ok=0
echo "| -j 2 ≥ $target_speedup × -j 1 on $nmany files (tag), same output | ${speedup}×, same output: $same | $(verdict "$ok") |"
echo "| TempEval-3 figures at or above the corpus suite's floors | see above | $corpus |"
