#!/usr/bin/env bash
# Bad input, end to end: runs the real `chronicle` binary on broken files,
# broken flags and broken timelines, and checks that each gives a clear
# one-line error on stderr and the right exit code (1 for bad input, 2 for
# bad usage), never a crash (exit >= 128) or a hang (timeout), and that
# output that has started stays valid (dates --format json still parses).
# Also: a 100 MB single line is processed in bounded memory, and an
# interrupted `extract --output` leaves the old file in place.
#
#   bazel test //tests:bad_input_test
#
# Needs no shared data. The peak-memory check uses /usr/bin/time (Debian
# package `time`) and says SKIPPED without it; JSON checks use python3.
set -uo pipefail

chronicle="$TEST_SRCDIR/${TEST_WORKSPACE:-chronicle}/cli/chronicle"
source "$TEST_SRCDIR/${TEST_WORKSPACE:-chronicle}/tests/test_lib.sh"
enter_work_dir bad_input

checks=0

# run NAME EXPECTED_EXIT CMD... : runs CMD (60 s at most) with stdout in
# NAME.out and stderr in NAME.err, and checks the exit code, that it did not
# crash or hang, and, for a failure, that stderr is one line naming chronicle.
run() {
  local name="$1" expected="$2"
  shift 2
  checks=$((checks + 1))
  timeout 60 "$@" > "$name.out" 2> "$name.err" < "${STDIN:-/dev/null}"
  local code=$?
  if ((code == 124)); then
    fail "$name: hung (killed after 60 s): $*"
    return
  fi
  if ((code >= 128)); then
    fail "$name: crashed with exit $code: $*"
    sed 's/^/    /' "$name.err" >&2
    return
  fi
  if [[ "$code" != "$expected" ]]; then
    fail "$name: exit $code, expected $expected: $*"
    sed 's/^/    /' "$name.err" >&2
    return
  fi
  if ((expected != 0)); then
    local lines
    lines="$(wc -l < "$name.err")"
    if [[ "$lines" != 1 ]] || ! grep -q '^chronicle' "$name.err"; then
      fail "$name: expected one line 'chronicle ...: why' on stderr, got $lines lines:"
      sed 's/^/    /' "$name.err" >&2
    fi
  fi
}

# expect_err NAME PATTERN: stderr of NAME matches the extended regex.
expect_err() {
  checks=$((checks + 1))
  grep -Eq -- "$2" "$1.err" || fail "$1: stderr does not say /$2/: $(head -c 300 "$1.err")"
}

# expect_json NAME: stdout of NAME is one valid JSON document.
expect_json() {
  checks=$((checks + 1))
  if ! command -v python3 >/dev/null; then
    echo "note: no python3, JSON of $1 not checked"
    return
  fi
  python3 -c 'import json, sys; json.load(open(sys.argv[1]))' "$1.out" 2> "$1.json_err" ||
    fail "$1: stdout is not valid JSON: $(head -c 200 "$1.json_err")"
}

# An article of our own, and a sentence block for long inputs.
printf 'Officials said on Tuesday that the envoys will meet in Geneva on Friday, Aug. 15, at 10 a.m.\n' > ok.txt
block='Committee members reviewed budget lines, staffing plans and several proposals from regional offices, then asked staff for clearer figures before any vote could happen. Observers noted that discussion ran long, yet nobody objected when chair Alvarez moved to adjourn; a follow-up session was set for March 3, 2004. '
dct='<DCT><TIMEX3 tid="t0" type="DATE" value="2003-04-11" functionInDocument="CREATION_TIME">20030411</TIMEX3></DCT>'

echo "== invalid UTF-8, NUL bytes, empty input"
printf 'Talks resume on Friday \xff\xfe after a pause.\n' > invalid.txt
printf 'Talks resume on Friday\x00 after a pause.\n' > nul.txt
: > empty.txt
for f in invalid nul empty; do
  run "dates_$f" 1 "$chronicle" dates --published 2025-08-13 "$f.txt"
  run "dates_json_$f" 1 "$chronicle" dates --published 2025-08-13 --format json "$f.txt"
  expect_json "dates_json_$f"
  run "extract_$f" 1 "$chronicle" extract --published 2025-08-13 --format json "$f.txt"
done
expect_err dates_invalid "invalid UTF-8 at byte 23"
expect_err dates_json_nul "NUL.* at byte 22"
expect_err dates_empty "is empty"
expect_err extract_invalid "invalid UTF-8 at byte 23"
STDIN=empty.txt run stdin_empty 1 "$chronicle" dates --published 2025-08-13 -
expect_err stdin_empty "standard input is empty"
run missing_file 1 "$chronicle" dates --published 2025-08-13 no-such-file.txt
expect_err missing_file "cannot read 'no-such-file.txt'"
run folder_input 1 "$chronicle" extract --published 2025-08-13 "$work"
expect_err folder_input "Is a directory"
run folder_timeline 1 "$chronicle" chronology "$work"

# Found by the pipeline fuzzer: a text that ends with a title ("... with
# President") made the actor finder read past its tables and crash.
for t in "Talks with President" "PM"; do
  printf '%s' "$t" > ends_with_title.txt
  run "ends_with_title_${t// /_}" 0 "$chronicle" extract --published 2025-08-13 --format json ends_with_title.txt
  expect_json "ends_with_title_${t// /_}"
done

echo "== malformed --published and --time-zone"
for bad in 2025-13-45 2025-02-30 yesterday 15/08/2025 2025-08-13T25:00; do
  run "published_dates_${bad//\//_}" 2 "$chronicle" dates --published "$bad" ok.txt
  run "published_extract_${bad//\//_}" 2 "$chronicle" extract --published "$bad" ok.txt
done
expect_err published_dates_2025-13-45 "--published: not a valid date"
expect_err published_extract_yesterday "--published: "
run published_empty 2 "$chronicle" dates --published '' ok.txt
# A text file needs a date: none given is an input error, not a crash.
run extract_no_published 1 "$chronicle" extract ok.txt
expect_err extract_no_published "--published"
run bad_zone 2 "$chronicle" extract --published 2025-08-13 --time-zone Mars/Olympus ok.txt
expect_err bad_zone "time zone"

echo "== TimeML: no DCT, broken markup inside TEXT, invalid UTF-8"
printf '<?xml version="1.0" ?>\n<TimeML>\n<TEXT>\nTalks resume on Friday.\n</TEXT>\n</TimeML>\n' > nodct.tml
printf '<?xml version="1.0" ?>\n<TimeML>\n%s\n<TEXT>\nTalks <EVENT eid="e1">resume on Friday.\n<b attr=">\n</TEXT>\n</TimeML>\n' "$dct" > broken.tml
printf '<TimeML>%s<TEXT>Talks resume &nosuch; on Friday.</TEXT></TimeML>\n' "$dct" > entity.tml
printf '<TimeML>%s<TEXT>Talks resume on \xff Friday.</TEXT></TimeML>\n' "$dct" > invalid.tml
printf '<TimeML>%s<TEXT>Talks resume on Friday.</TEXT></TimeML>\n' "$dct" > good.tml
run timeml_nodct 1 "$chronicle" timeml nodct.tml
expect_err timeml_nodct "DCT"
run timeml_broken 1 "$chronicle" timeml broken.tml
expect_err timeml_broken "line [0-9]+"
run timeml_entity 1 "$chronicle" timeml entity.tml
run timeml_invalid 1 "$chronicle" timeml invalid.tml
expect_err timeml_invalid "invalid UTF-8"
run extract_nodct 1 "$chronicle" extract --format json nodct.tml
run extract_broken 1 "$chronicle" extract --format json broken.tml
mkdir -p timeml_out
checks=$((checks + 1))
timeout 60 "$chronicle" timeml --out-dir timeml_out --keep-going nodct.tml broken.tml good.tml \
  > timeml_keep.out 2> timeml_keep.err
code=$?
[[ "$code" == 1 ]] || fail "timeml --keep-going: exit $code, expected 1"
[[ -s timeml_out/good.tml ]] || fail "timeml --keep-going: the good file was not written"
grep -q 'TIMEX3' timeml_out/good.tml || fail "timeml --keep-going: no TIMEX3 in the good file's output"

echo "== corrupt and truncated timelines"
run make_timeline 0 "$chronicle" extract --published 2025-08-13 --output good.pb ok.txt
size="$(stat -c %s good.pb)"
head -c $((size / 2)) good.pb > half.pb
head -c 3 good.pb > three.pb
printf '\x0a\xff\xff\xff\xff\x0f garbage' > garbage.pb
printf 'this is no timeline\n' > words.pb
printf '{"documents": [' > cut.json
for f in half.pb three.pb garbage.pb words.pb cut.json; do
  for c in chronology query ics; do
    run "${c}_${f%.*}" 1 "$chronicle" "$c" "$f"
  done
done
expect_err chronology_half "not a chronicle timeline"
run chronology_two_args 2 "$chronicle" chronology good.pb good.pb
run chronology_good 0 "$chronicle" chronology good.pb

echo "== JSON lines with a bad line"
{
  printf '{"id": "a", "published": "2025-08-12", "text": "The envoy arrives on Thursday."}\n'
  printf '{"id": "b", "published": "2025-08-12", "text": "cut off\n'
  printf '{"id": "c", "published": "2025-08-13", "text": "Talks were held on Monday."}\n'
  printf '{"id": "d", "published": "someday", "text": "Talks were held on Monday."}\n'
} > stream.jsonl
run jsonl_stop 1 "$chronicle" extract --format json stream.jsonl
expect_err jsonl_stop "'stream.jsonl' line 2"
checks=$((checks + 1))
timeout 60 "$chronicle" extract --keep-going --format json stream.jsonl > jsonl_keep.out 2> jsonl_keep.err
code=$?
[[ "$code" == 1 ]] || fail "extract --keep-going over a bad line: exit $code, expected 1 (partial)"
expect_err jsonl_keep "skipped 'stream.jsonl' line 2"
expect_err jsonl_keep "line 4"
expect_json jsonl_keep
if command -v python3 >/dev/null; then
  ids="$(python3 -c 'import json,sys; print(",".join(d["id"] for d in json.load(open(sys.argv[1]))["documents"]))' jsonl_keep.out)"
  [[ "$ids" == "a,c" ]] || fail "extract --keep-going: documents '$ids', expected 'a,c'"
fi

echo "== help, unknown commands and flags"
for c in dates timeml extract chronology query ics; do
  run "help_$c" 0 "$chronicle" "$c" --help
  checks=$((checks + 1))
  grep -q "^Usage: chronicle $c" "help_$c.out" || fail "$c --help: no usage line"
  [[ ! -s "help_$c.err" ]] || fail "$c --help wrote to stderr"
done
run help_top 0 "$chronicle" --help
run no_command 2 "$chronicle"
run unknown_command 2 "$chronicle" frobnicate
expect_err unknown_command "unknown command 'frobnicate'"
run unknown_flag 2 "$chronicle" dates --no-such-flag --published 2025-08-13 ok.txt
expect_err unknown_flag "unknown flag --no-such-flag"
run misplaced_flag 2 "$chronicle" dates --output x.pb --published 2025-08-13 ok.txt
run bad_flag_value 2 "$chronicle" extract --threads many --published 2025-08-13 ok.txt
run flag_without_value 2 "$chronicle" dates --published
run bad_format 2 "$chronicle" dates --published 2025-08-13 --format xml ok.txt
run bad_query_date 2 "$chronicle" query --from 2025-99-99 good.pb
run no_file 2 "$chronicle" dates --published 2025-08-13

echo "== unknown actor in query"
run unknown_actor 0 "$chronicle" query --format json --actor "Nobody Innparticular" good.pb
expect_err unknown_actor "no actor is called 'Nobody Innparticular'"
expect_json unknown_actor
checks=$((checks + 1))
[[ "$(wc -l < unknown_actor.err)" == 1 ]] || fail "unknown actor: the hint should be one line"

echo "== a full disk, a pipe as --output, a device as --previous"
checks=$((checks + 1))
timeout 60 "$chronicle" dates --published 2025-08-13 --format json ok.txt > /dev/full 2> full.err
code=$?
[[ "$code" == 1 ]] || fail "dates to a full disk: exit $code, expected 1"
grep -q "No space left" full.err || fail "dates to a full disk: no 'No space left' on stderr"
# A FIFO stands for any device: written in place, not replaced by a file.
mkfifo out.fifo
(timeout 60 cat out.fifo > fifo.got) &
reader=$!
run fifo_output 0 "$chronicle" extract --published 2025-08-13 --format json --output out.fifo ok.txt
wait "$reader"
checks=$((checks + 1))
[[ -p out.fifo ]] || fail "extract --output FIFO replaced the FIFO with a file"
grep -q '"documents"' fifo.got || fail "extract --output FIFO: nothing came through the pipe"
run previous_device 0 "$chronicle" extract --published 2025-08-13 --previous /dev/zero --output prev.pb ok.txt
expect_err previous_device "not a regular file"

echo "== a 100 MB single line in bounded memory"
yes "$block" | tr -d '\n' | head -c 100000000 > line.txt
checks=$((checks + 1))
if [[ -x /usr/bin/time ]]; then
  timeout 600 /usr/bin/time -v -o line.time "$chronicle" dates --published 2006-12-01 --format json line.txt \
    > line.out 2> line.err
  code=$?
  rss_kb="$(awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2}' line.time)"
  echo "   peak RSS $((rss_kb / 1024)) MB"
  ((rss_kb < 400 * 1024)) || fail "dates on a 100 MB line: peak RSS $((rss_kb / 1024)) MB, limit 400 MB"
else
  echo "#### SKIPPED: peak RSS not measured (no /usr/bin/time; apt-get install time)"
  timeout 600 "$chronicle" dates --published 2006-12-01 --format json line.txt > line.out 2> line.err
  code=$?
fi
((code == 0)) || fail "dates on a 100 MB line: exit $code: $(head -c 300 line.err)"
[[ "$(tail -c 3 line.out)" == "]}" ]] || fail "dates on a 100 MB line: JSON not closed"
count="$(grep -c '"value":"2004-03-03"' line.out)"
expected=$((100000000 / ${#block}))
((count >= expected)) || fail "dates on a 100 MB line: $count dates found, expected at least $expected"
# The input is read in pieces; sentence indices still count from its start.
checks=$((checks + 1))
grep -o '"sentenceIndex":[0-9]*' line.out | cut -d: -f2 | awk '$1 < last { exit 1 } { last = $1 } END { exit last < 1000 }' ||
  fail "dates on a 100 MB line: sentenceIndex restarts in a later piece, or stays under 1000"
rm -f line.out

echo "== an interrupted extract --output leaves the old file"
cp good.pb before.pb
head -c 30000000 line.txt > long.txt
rm -f line.txt
checks=$((checks + 1))
"$chronicle" extract --published 2006-12-01 --threads 1 --output good.pb long.txt 2> interrupted.err &
pid=$!
# Well before the end: extract reads 30 MB in about a second and a half
# here, and one killed after its rename (while freeing memory) has
# already, rightly, replaced the file.
sleep 0.3
if kill -0 "$pid" 2>/dev/null; then
  kill -9 "$pid"
  wait "$pid" 2>/dev/null
  cmp -s before.pb good.pb || fail "extract killed mid-run changed its --output file"
  run after_kill 0 "$chronicle" chronology good.pb
else
  wait "$pid"
  fail "extract on 30 MB finished within 0.3 s, so it could not be interrupted; give it a longer input"
fi
rm -f long.txt

echo "$checks checks, $failures failed"
if ((failures > 0)); then
  echo "$((checks - failures)) passed, $failures failed"
  exit 1
fi
echo "bad input: all $checks checks passed"
