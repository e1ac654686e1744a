#!/usr/bin/env bash
# Batch input to `chronicle extract`, end to end. Asserts:
#   a. one run reads a mix of inputs: a JSON-lines stream (examples/hanoi.jsonl),
#      a text file with --published, a TimeML file (anchored to its own DCT)
#      and standard input ("-"); every document is in the timeline, with the
#      ids the README promises (a text file's base name, "stdin" for -);
#   b. the output is the same, byte for byte, with 1, 2 and 8 threads;
#   c. the summit that two documents report comes out as one event with
#      mentions from both;
#   d. --progress=false keeps stderr quiet over many documents. (Whether
#      progress shows depends on how long a run takes, which a test must
#      not depend on.)
# Needs no shared data.
set -uo pipefail

root="$TEST_SRCDIR/${TEST_WORKSPACE:-chronicle}"
chronicle="$root/cli/chronicle"
examples="$root/examples"
source "$TEST_SRCDIR/${TEST_WORKSPACE:-chronicle}/tests/test_lib.sh"
enter_work_dir extract_batch

cat > note.txt <<'EOF'
Vietnam's president will host North Korean leader Kim Jong Un for an official visit in Hanoi on Friday, state media said.
EOF
cat > wire.tml <<'EOF'
<?xml version="1.0" ?>
<TimeML>
<DOCID>wire-0301</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2019-03-01" temporalFunction="false" functionInDocument="CREATION_TIME">2019-03-01</TIMEX3></DCT>
<TEXT>
Kim Jong Un met Vietnamese President Nguyen Phu Trong in Hanoi on Friday, a day after his summit with Donald Trump ended without a deal.
</TEXT>
</TimeML>
EOF
printf 'Pompeo said on Thursday that he hoped to resume talks with North Korea soon.\n' > stdin.txt

# a. Mixed inputs.
"$chronicle" extract --published 2019-02-27 --threads 1 --progress=false --format json --output mixed.json \
  "$examples/hanoi.jsonl" note.txt wire.tml - < stdin.txt || fail "extract over mixed inputs exited $?"
python3 - mixed.json <<'EOF' || fail "a/c: see above"
import json, sys
timeline = json.load(open(sys.argv[1]))
ids = [d["id"] for d in timeline["documents"]]
want = ["hanoi-preview", "hanoi-aftermath", "note", "wire", "stdin"]
bad = False
if ids != want:
    print(f"documents {ids}, expected {want}", file=sys.stderr); bad = True
published = {d["id"]: d["published"] for d in timeline["documents"]}
if published.get("wire", "")[:10] != "2019-03-01":
    print(f"the TimeML document is anchored to {published.get('wire')}, not its DCT", file=sys.stderr); bad = True
summits = [e for e in timeline["events"] if e["type"] == "SUMMIT"
           and {"donald-trump", "kim-jong-un"} <= {p["actorId"] for p in e["participants"]}]
docs = {m["documentId"] for e in summits for m in e["mentions"]}
if len(summits) != 1 or not {"hanoi-preview", "hanoi-aftermath"} <= docs:
    print(f"{len(summits)} Trump-Kim summits, with mentions from {sorted(docs)}", file=sys.stderr); bad = True
visits = [e for e in timeline["events"] if e["type"] == "VISIT"
          and any(m["documentId"] in ("note", "wire") for m in e["mentions"])]
if not visits:
    print("no visit from the text file or the TimeML file", file=sys.stderr); bad = True
sys.exit(1 if bad else 0)
EOF

# b. The same bytes whatever the thread count.
for threads in 1 2 8; do
  "$chronicle" extract --published 2019-02-27 --threads "$threads" --progress=false --format binary \
    --output "t$threads.pb" "$examples/hanoi.jsonl" note.txt wire.tml || fail "extract --threads $threads exited $?"
done
cmp -s t1.pb t2.pb || fail "b: --threads 2 gives a different timeline than --threads 1"
cmp -s t1.pb t8.pb || fail "b: --threads 8 gives a different timeline than --threads 1"

# d. Quiet with --progress=false over many documents.
python3 - "$examples/hanoi.jsonl" > many.jsonl <<'EOF'
import json, sys
docs = [json.loads(line) for line in open(sys.argv[1])]
for copy in range(500):
    for d in docs:
        d = dict(d, id=f"{d['id']}-{copy}")
        print(json.dumps(d))
EOF
"$chronicle" extract --threads 1 --progress=false --format binary --output quiet.pb many.jsonl 2> quiet.err ||
  fail "extract --progress=false exited $?"
[[ ! -s quiet.err ]] || fail "d: --progress=false still wrote to stderr: $(head -c 200 quiet.err)"

if ((failures > 0)); then
  echo "extract_batch_test: $failures failure(s)" >&2
  exit 1
fi
echo "extract_batch_test: all checks passed"
