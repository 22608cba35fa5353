#!/bin/bash
# check_ics_import.sh FILE.ics EXPECTED_COUNT
#
# Checks that an iCalendar file written by datelines imports cleanly into two independent
# readers: python3-icalendar and calcurse. Each must see EXPECTED_COUNT all-day events and
# reject none. Exits 0 when both agree, 1 on a failed check, 2 on bad usage, and 77 (meson's
# skip code) when a tool is missing.
set -euo pipefail

if [[ $# -ne 2 || ! $2 =~ ^[0-9]+$ ]]; then
	echo "usage: $0 FILE.ics EXPECTED_COUNT" >&2
	exit 2
fi
file=$1
expected=$2
python=/usr/bin/python3

fail() {
	echo "FAIL: $*"
	exit 1
}

if [[ ! -r $file ]]; then
	fail "cannot read $file"
fi
if [[ ! -x $python ]] || ! "$python" -c 'import icalendar' 2>/dev/null; then
	echo "SKIP: python3-icalendar not installed"
	exit 77
fi
if ! command -v calcurse >/dev/null; then
	echo "SKIP: calcurse not installed"
	exit 77
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# (a) python3-icalendar: parse errors, the event count and each event's required properties.
if ! report=$("$python" - "$file" "$expected" 2>&1 <<'EOF'
import datetime
import sys

import icalendar


def problems(path, expected):
    with open(path, 'rb') as f:
        cal = icalendar.Calendar.from_ical(f.read())
    found = []
    for component in cal.walk():
        for prop, message in component.errors:
            found.append(f'{component.name} {prop}: {message}')
    events = cal.walk('VEVENT')
    if len(events) != expected:
        found.append(f'{len(events)} VEVENTs, expected {expected}')
    for n, ev in enumerate(events, 1):
        for name in ('DTSTART', 'DTEND', 'UID', 'SUMMARY'):
            if name not in ev:
                found.append(f'VEVENT {n} has no {name}')
        for name in ('DTSTART', 'DTEND'):
            if name in ev:
                value = ev.decoded(name)
                if not isinstance(value, datetime.date) or isinstance(value, datetime.datetime):
                    found.append(f'VEVENT {n} {name} is not a date: {value!r}')
    return found, len(events)


try:
    found, count = problems(sys.argv[1], int(sys.argv[2]))
except Exception as e:  # whatever the reader raises, the file did not import
    found = [f'{type(e).__name__}: {e}']
if found:
    # One line, short enough to read: some exceptions quote the whole file.
    print(' '.join('; '.join(found).split())[:300])
    sys.exit(1)
print(f'{count} VEVENTs, each with DTSTART (a date), DTEND, UID and SUMMARY')
EOF
); then
	fail "python3-icalendar: $report"
fi
echo "ok: python3-icalendar: $report"

# (b) calcurse, with every directory it could touch kept inside $tmp.
mkdir -p "$tmp/home" "$tmp/config" "$tmp/data" "$tmp/cache" "$tmp/tmp" "$tmp/calcurse"
status=0
summary=$(HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" \
	XDG_CACHE_HOME="$tmp/cache" TMPDIR="$tmp/tmp" \
	calcurse -D "$tmp/calcurse" -C "$tmp/calcurse" -i "$file" </dev/null 2>&1) || status=$?
# The report reads "0 apps / 4 events / 0 todos / 0 skipped" (all-day items are events).
counts=$(grep -Eo '[0-9]+ apps / [0-9]+ events / [0-9]+ todos / [0-9]+ skipped' <<<"$summary" ||
	true)
if [[ -z $counts ]]; then
	fail "calcurse printed no import report (exit $status): ${summary//$'\n'/ }"
fi
read -r apps _ _ events _ _ todos _ _ skipped _ <<<"$counts"
if [[ $status -ne 0 || $skipped -ne 0 || $apps -ne 0 || $todos -ne 0 ||
	$events -ne $expected ]]; then
	log=$(cat "$tmp"/tmp/calcurse_log* 2>/dev/null | grep -E '^(VEVENT|VTODO) ' || true)
	fail "calcurse: $counts (exit $status), expected $expected events${log:+: ${log//$'\n'/ }}"
fi
echo "ok: calcurse: $counts"

# The import report could be wrong about what was stored: count the stored items too.
stored=0
if [[ -f $tmp/calcurse/apts ]]; then
	stored=$(wc -l <"$tmp/calcurse/apts")
fi
if [[ $stored -ne $expected ]]; then
	fail "calcurse stored $stored items in its apts file, expected $expected"
fi
echo "ok: calcurse: $stored items in its apts file"
