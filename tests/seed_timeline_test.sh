#!/usr/bin/env bash
# The seed timeline end to end, through the real binary: `chronicle extract
# seed.jsonl --format binary`, then `query` and `ics` over the timeline.
# Asserts:
#   a. the Anchorage summit is ONE event: exactly one SUMMIT dated
#      2025-08-15 with Vladimir Putin and Donald Trump among its participants,
#      no other meeting of the two that day, and mentions from every seed
#      document that reports it (the documents of the gold's SUMMIT events of
#      2025-08-15: three of the four; the Doha article does not mention it);
#   b. `query --actor Putin` lists, in this relative order (others may come
#      between): Hamburg 2017-07, Helsinki 2018, the CANCELLED Buenos Aires
#      2018 event, Osaka 2019, the meeting with Steve Witkoff on 2025-08-06,
#      the call with Kim Jong Un on 2025-08-12TEV, the Anchorage summit on
#      2025-08-15; "putin", "VLADIMIR PUTIN", "Vladimir Putin" and "Russian
#      President Vladimir Putin" give the same events as "Putin"; an unknown
#      actor ("Putn") gives no event, exit 0, and a hint naming Putin on
#      stderr;
#   c. `ics` writes a calendar that libical (tests/ics_check) and ical.js
#      (tests/ics_icaljs_dump.mjs) both read with zero errors and the same
#      events, and the five listed PUBLIC_EVENT events of 2025-08-14 start at
#      10:00, 10:30, 11:00, 12:00 and 12:00 with TZID=America/New_York;
#   d. the same two-parser check on the calendar of examples/hanoi.jsonl.
#
#   bazel test //tests:seed_timeline_test \
#     --test_env=CHRONICLE_SHARED=/abs/path/to/shared \
#     --test_env=CHRONICLE_NODE_MODULES=$HOME/.cache/chronicle/node_modules
#
# Without CHRONICLE_SHARED (a user's clone has no shared folder) a-c say
# loudly that they skipped, and d still runs: it needs only the repository.
# Without CHRONICLE_NODE_MODULES (scripts/install_deps.sh installs ical.js
# there) the ical.js checks say loudly that they skipped; libical always runs.
set -uo pipefail

root="$TEST_SRCDIR/${TEST_WORKSPACE:-chronicle}"
chronicle="$root/cli/chronicle"
ics_check="$root/tests/ics_check"
icaljs_dump="$root/tests/ics_icaljs_dump.mjs"
source "$TEST_SRCDIR/${TEST_WORKSPACE:-chronicle}/tests/test_lib.sh"
enter_work_dir seed_timeline

banner() {
  echo "######################################################################"
  local line
  for line in "$@"; do echo "# $line"; done
  echo "######################################################################"
}

# ical.js: needs node and $CHRONICLE_NODE_MODULES/ical.js.
modules="${CHRONICLE_NODE_MODULES:-}"
use_icaljs=1
if [[ -z "$modules" ]]; then
  banner "SKIPPED (ical.js part only): seed_timeline_test did not parse the" \
    "calendars with ical.js: CHRONICLE_NODE_MODULES is not set. Run with" \
    "  --test_env=CHRONICLE_NODE_MODULES=\$HOME/.cache/chronicle/node_modules"
  use_icaljs=0
elif [[ ! -f "$modules/ical.js/package.json" ]]; then
  fail "no ical.js in CHRONICLE_NODE_MODULES=$modules (run scripts/install_deps.sh)"
  use_icaljs=0
elif ! command -v node > /dev/null; then
  fail "CHRONICLE_NODE_MODULES is set but node is not on PATH ($PATH)"
  use_icaljs=0
fi

# read_ics NAME READER LABEL FILE CMD...: runs CMD (a reader of FILE) with
# stdout in NAME.READER.txt; it must exit 0 and end with a line
# "vevents=N errors=0", N at least 1.
read_ics() {
  local name="$1" reader="$2" label="$3" file="$4" code
  shift 4
  "$@" > "$name.$reader.txt" 2> "$name.$reader.err"
  code=$?
  echo "--- $label read $file:"
  cat "$name.$reader.txt"
  if ((code != 0)) || ! tail -n 1 "$name.$reader.txt" | grep -Eq '^vevents=[1-9][0-9]* errors=0$'; then
    fail "$name: $label: exit $code, $(tail -n 1 "$name.$reader.txt"); stderr:"
    sed 's/^/    /' "$name.$reader.err" >&2
  else
    pass "$name: $label reads $(tail -n 1 "$name.$reader.txt")"
  fi
}

# parse_ics NAME FILE: reads FILE with libical (NAME.libical.txt) and, when
# available, ical.js (NAME.icaljs.txt); both must find at least one VEVENT
# and no error, and see the same events.
parse_ics() {
  local name="$1" file="$2"
  read_ics "$name" libical libical "$file" "$ics_check" "$file"
  ((use_icaljs)) || return 0
  read_ics "$name" icaljs ical.js "$file" node "$icaljs_dump" "$file" "$modules"
  if ! diff "$name.libical.txt" "$name.icaljs.txt" > "$name.diff"; then
    fail "$name: libical (<) and ical.js (>) read different events:"
    sed 's/^/    /' "$name.diff" >&2
  else
    pass "$name: libical and ical.js read the same events"
  fi
}

# run NAME CMD...: runs CMD with stdout in NAME.out and stderr in NAME.err,
# and fails the test (returning 1) unless it exits 0.
run() {
  local name="$1" code
  shift
  "$@" > "$name.out" 2> "$name.err"
  code=$?
  if ((code != 0)); then
    fail "$name: exit $code: $*"
    sed 's/^/    /' "$name.err" >&2
    return 1
  fi
}

shared="${CHRONICLE_SHARED:-}"
seed="$shared/seed"
if [[ -z "$shared" || ! -f "$seed/seed.jsonl" || ! -f "$seed/gold_events.json" ]]; then
  banner "SKIPPED (seed parts a-c): seed_timeline_test did not check the seed" \
    "timeline: CHRONICLE_SHARED is not set or holds no seed/seed.jsonl and" \
    "seed/gold_events.json. Run with" \
    "  --test_env=CHRONICLE_SHARED=/abs/path/to/shared"
elif run extract "$chronicle" extract "$seed/seed.jsonl" --format binary --output seed.pb &&
  run query_all "$chronicle" query seed.pb --format json; then

  echo "=== a. the Anchorage summit is one event"
  python3 - query_all.out "$seed/gold_events.json" <<'PY' || fail "a. the Anchorage summit is not one event (above)"
import json, sys
events = json.load(open(sys.argv[1]))["events"]
gold = json.load(open(sys.argv[2]))["events"]
def kind(e): return (e.get("type") or "").rsplit("EVENT_TYPE_", 1)[-1]
def value(e): return (e.get("time") or {}).get("value", "")
def names(e): return [p.get("name", "") for p in e.get("participants", [])]
def both(e): return "Vladimir Putin" in names(e) and "Donald Trump" in names(e)
def show(e): return f"{kind(e)} {e.get('status')} {value(e)} {(e.get('location') or {}).get('name', '')} {names(e)} docs={sorted({m.get('documentId') for m in e.get('mentions', [])})}"
# The documents that report the summit, from the gold.
want_docs = sorted({g["doc"] for g in gold if g["type"] == "SUMMIT" and g["time"] == "2025-08-15" and not g.get("optional")})
ok = True
summits = [e for e in events if kind(e) == "SUMMIT" and value(e) == "2025-08-15" and both(e)]
meetings = [e for e in events if kind(e) in ("SUMMIT", "MEETING", "VISIT", "TALKS") and value(e) == "2025-08-15" and both(e)]
for e in meetings:
    print("  2025-08-15 meeting of Putin and Trump:", show(e))
if len(summits) != 1:
    print(f"FAIL: {len(summits)} SUMMIT events of 2025-08-15 with Vladimir Putin and Donald Trump, expected 1"); ok = False
if len(meetings) != len(summits):
    print(f"FAIL: the meeting of Putin and Trump on 2025-08-15 is split into {len(meetings)} events"); ok = False
if summits:
    docs = sorted({m.get("documentId") for m in summits[0].get("mentions", [])})
    missing = [d for d in want_docs if d not in docs]
    if missing:
        print(f"FAIL: the summit has mentions from {docs}, none from {missing}"); ok = False
    else:
        print(f"PASS: one SUMMIT of 2025-08-15 (Putin, Trump) with mentions from all {len(want_docs)} documents that report it: {want_docs}")
sys.exit(0 if ok else 1)
PY

  echo "=== b. Putin's events"
  if run putin "$chronicle" query seed.pb --actor Putin --format json; then
    python3 - putin.out <<'PY' || fail "b. query --actor Putin does not list Putin's encounters in order (above)"
import json, sys
events = json.load(open(sys.argv[1]))["events"]
def kind(e): return (e.get("type") or "").rsplit("EVENT_TYPE_", 1)[-1]
def status(e): return (e.get("status") or "").rsplit("STATUS_", 1)[-1]
def value(e): return (e.get("time") or {}).get("value", "")
def place(e): return (e.get("location") or {}).get("name", "")
def names(e): return [p.get("name", "") for p in e.get("participants", [])]
def show(e): return f"{kind(e)} {status(e)} {value(e) or '-'} {place(e) or '-'} {names(e)}"
for i, e in enumerate(events):
    print(f"  {i}: {show(e)}")
expected = [
    ("Hamburg, 2017-07", lambda e: "Hamburg" in place(e) and value(e).startswith("2017-07"),
                         lambda e: "Hamburg" in place(e)),
    ("Helsinki, 2018", lambda e: "Helsinki" in place(e) and value(e).startswith("2018"),
                       lambda e: "Helsinki" in place(e)),
    ("Buenos Aires, 2018, CANCELLED",
     lambda e: "Buenos Aires" in place(e) and value(e).startswith("2018") and status(e) == "CANCELLED",
     lambda e: "Buenos Aires" in place(e)),
    ("Osaka, 2019", lambda e: "Osaka" in place(e) and value(e).startswith("2019"),
                    lambda e: "Osaka" in place(e)),
    ("with Steve Witkoff, 2025-08-06", lambda e: "Steve Witkoff" in names(e) and value(e) == "2025-08-06",
                                       lambda e: "Steve Witkoff" in names(e)),
    ("call with Kim Jong Un, 2025-08-12TEV",
     lambda e: "Kim Jong Un" in names(e) and kind(e) == "CALL" and value(e) == "2025-08-12TEV",
     lambda e: "Kim Jong Un" in names(e)),
    ("Anchorage summit, 2025-08-15",
     lambda e: "Anchorage" in place(e) and kind(e) == "SUMMIT" and value(e) == "2025-08-15",
     lambda e: "Anchorage" in place(e)),
]
ok = True
at = 0  # the next expected event is looked for from here on
for what, is_it, looks_like in expected:
    hit = next((i for i in range(at, len(events)) if is_it(events[i])), None)
    if hit is not None:
        print(f"PASS: {what} at {hit}")
        at = hit + 1
        continue
    ok = False
    anywhere = [i for i, e in enumerate(events) if is_it(e)]
    similar = [f"{i}: {show(e)}" for i, e in enumerate(events) if looks_like(e)]
    if anywhere:
        print(f"FAIL: {what} is at {anywhere}, out of order (expected after {at - 1})")
    else:
        print(f"FAIL: no event {what}; similar: {similar or 'none'}")
sys.exit(0 if ok else 1)
PY
    for actor in "putin" "VLADIMIR PUTIN" "Vladimir Putin" "Russian President Vladimir Putin"; do
      name="putin_$(echo "$actor" | tr ' ' '_')"
      run "$name" "$chronicle" query seed.pb --actor "$actor" --format json || continue
      if python3 -c '
import json, sys
ids = lambda f: [e.get("id") for e in json.load(open(f))["events"]]
sys.exit(0 if ids(sys.argv[1]) == ids(sys.argv[2]) and ids(sys.argv[1]) else 1)' putin.out "$name.out"; then
        pass "b. --actor \"$actor\" gives the same events as --actor Putin"
      else
        fail "b. --actor \"$actor\" gives other events than --actor Putin"
      fi
    done
  fi
  # An unknown name: no event, success, and a hint with the closest names.
  "$chronicle" query seed.pb --actor Putn --format json > putn.out 2> putn.err
  code=$?
  echo "  --actor Putn: exit $code, stderr: $(cat putn.err)"
  if ((code != 0)); then
    fail "b. --actor Putn exits $code, expected 0"
  elif ! python3 -c 'import json, sys; sys.exit(0 if json.load(open(sys.argv[1]))["events"] == [] else 1)' putn.out; then
    fail "b. --actor Putn lists events, expected none"
  elif ! grep -q "Putin" putn.err; then
    fail "b. --actor Putn gives no hint naming Putin on stderr"
  else
    pass "b. --actor Putn: no event, exit 0, and a hint naming Putin"
  fi

  echo "=== c. the seed calendar"
  if run ics "$chronicle" ics seed.pb --output seed.ics; then
    parse_ics seed seed.ics
    # The listed events: PUBLIC_EVENT of 2025-08-14 in the timeline, found
    # by their titles (the SUMMARY) in what each parser read.
    for reader in libical icaljs; do
      [[ -f "seed.$reader.txt" ]] || continue
      python3 - query_all.out "seed.$reader.txt" "$reader" <<'PY' || fail "c. $reader: the listed events do not start as expected (above)"
import json, sys
events = json.load(open(sys.argv[1]))["events"]
reader = sys.argv[3]
lines = [l.rstrip("\n").split("\t") for l in open(sys.argv[2]) if "\t" in l]
listed = [e for e in events if (e.get("type") or "").endswith("PUBLIC_EVENT")
          and (e.get("time") or {}).get("value", "").startswith("2025-08-14")]
ok = True
if len(listed) != 5:
    print(f"FAIL: {len(listed)} PUBLIC_EVENT events of 2025-08-14 in the timeline, expected 5"); ok = False
starts = []
for e in listed:
    title = e.get("title", "")
    seen = [l for l in lines if l[2] == title]
    if len(seen) != 1:
        print(f"FAIL: {reader} read {len(seen)} VEVENTs with SUMMARY {title!r}, expected 1"); ok = False
        continue
    start, zone = seen[0][0], seen[0][1]
    print(f"  {reader}: {start} {zone} {title}")
    if zone != "America/New_York":
        print(f"FAIL: {title!r} has TZID {zone}, expected America/New_York"); ok = False
    starts.append(start)
want = ["2025-08-14T10:00:00", "2025-08-14T10:30:00", "2025-08-14T11:00:00", "2025-08-14T12:00:00", "2025-08-14T12:00:00"]
if sorted(starts) != want:
    print(f"FAIL: the listed events start at {sorted(starts)}, expected {want}"); ok = False
elif ok:
    print(f"PASS: {reader}: the five listed events start at 10:00, 10:30, 11:00, 12:00, 12:00 America/New_York")
sys.exit(0 if ok else 1)
PY
    done
  fi
fi

echo "=== d. the example calendar (examples/hanoi.jsonl)"
if run hanoi_extract "$chronicle" extract "$root/examples/hanoi.jsonl" --format binary --output hanoi.pb &&
  run hanoi_ics "$chronicle" ics hanoi.pb --output hanoi.ics; then
  parse_ics hanoi hanoi.ics
fi

if ((failures > 0)); then
  echo "FAIL: $failures seed timeline checks failed" >&2
  exit 1
fi
echo "PASS: every seed timeline check that ran passed"
