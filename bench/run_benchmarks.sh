#!/usr/bin/env bash
# Whole-process speed of chronicle on one core, and the same text through
# chrono-node for comparison. Prints a compact table; asserts nothing.
#
#   bash bench/run_benchmarks.sh              # needs ../shared (or $CHRONICLE_SHARED)
#   RUNS=10 bash bench/run_benchmarks.sh      # more runs per figure (best of N)
#   SKIP_MICRO=1 bash bench/run_benchmarks.sh # without the Google Benchmark runs
#
# What it does: builds with -c opt; writes the plain text of the 2,452 TE3
# silver documents into a temporary folder once and concatenates it (about
# 3.9 MB); then times
#   - chronicle dates --format json over it (the resolver, whole process),
#   - chronicle extract --format binary --threads 1 (the whole pipeline), over
#     the documents as JSON lines and over the same text as one document,
#   - chronicle dates on a small file (start-up),
#   - peak RSS of chronicle dates on a 100 MB single-line input,
#   - chrono-node over the same documents (bench/chrono_node_bench.js),
# each pinned to one core with taskset, best of $RUNS runs (hyperfine when
# installed), and runs //bench:resolver_benchmark and //bench:pipeline_benchmark.
# Targets: resolver >= 50 MB/s, pipeline >= 20 MB/s, start-up < 50 ms.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
RUNS="${RUNS:-5}"
PUBLISHED=2006-12-01

shared="${CHRONICLE_SHARED:-$repo/../shared}"
silver="$shared/timeml/TE3-Silver-data"
if [[ ! -d "$silver" ]]; then
  echo "run_benchmarks: no TE3 silver data at $silver; set CHRONICLE_SHARED" >&2
  exit 1
fi
shared="$(cd "$shared" && pwd)"
node_modules="${CHRONICLE_NODE_MODULES:-${CHRONICLE_DEPS:-$HOME/.cache/chronicle}/node_modules}"

pin=()
if command -v taskset >/dev/null; then pin=(taskset -c 0); fi

echo "== building (-c opt)" >&2
bazel build -c opt //cli:chronicle //bench:timeml_plain //bench:resolver_benchmark //bench:pipeline_benchmark >&2
bin="$(bazel info -c opt bazel-bin 2>/dev/null)"
chronicle="$bin/cli/chronicle"

work="$(mktemp -d "${TMPDIR:-/tmp}/chronicle-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT

echo "== extracting the silver text into $work" >&2
mkdir -p "$work/docs"
find "$silver" -name '*.tml' -print0 | sort -z | xargs -0 "$bin/bench/timeml_plain" "$work/docs" 2>/dev/null
ndocs="$(find "$work/docs" -name '*.txt' | wc -l)"
find "$work/docs" -name '*.txt' -print0 | sort -z | xargs -0 cat > "$work/corpus.txt"
bytes="$(stat -c %s "$work/corpus.txt")"
head -c 400 "$work/corpus.txt" | tr -d '\200-\377' > "$work/small.txt"
echo "   $ndocs documents, $bytes bytes" >&2

# best_seconds NAME CMD...: the fastest of $RUNS runs of CMD (output
# discarded), in seconds. With FRESH=FILE in the environment, FILE is
# removed before every run: `extract` reads an existing --output file as the
# previous timeline of the story (to count revisions), which a first run
# over a corpus does not have.
best_seconds() {
  local name="$1"
  shift
  if command -v hyperfine >/dev/null; then
    local cmd
    local prepare=()
    if [[ -n "${FRESH:-}" ]]; then prepare=(--prepare "rm -f $FRESH"); fi
    cmd="$(printf '%q ' "$@")"
    hyperfine --shell=none --style none --warmup 1 --runs "$RUNS" "${prepare[@]}" \
      --export-json "$work/$name.json" "$cmd" >/dev/null 2>&1 || {
      echo "run_benchmarks: '$name' failed: $cmd" >&2
      "$@" >/dev/null
      return 1
    }
    python3 -c 'import json,sys
r = json.load(open(sys.argv[1]))["results"][0]
print(min(r["times"]))
open(sys.argv[2], "w").write(str(r["user"] + r["system"]))' \
      "$work/$name.json" "$work/$name.cpu"
  else
    local best="" i start end
    "$@" >/dev/null
    for ((i = 0; i < RUNS; i++)); do
      if [[ -n "${FRESH:-}" ]]; then rm -f "$FRESH"; fi
      start="$(date +%s%N)"
      "$@" >/dev/null
      end="$(date +%s%N)"
      best="$(python3 -c 'import sys; a=float(sys.argv[1]); b=(int(sys.argv[2])-int(sys.argv[3]))/1e9; print(b if a<0 else min(a,b))' "${best:--1}" "$end" "$start")"
    done
    echo "$best"
  fi
}

mbps() { python3 -c 'import sys; print("%.2f" % (int(sys.argv[1]) / float(sys.argv[2]) / 1e6))' "$1" "$2"; }
# MB/s by the mean CPU time (user + system) of the runs, steadier than wall
# time on a shared machine; "n/a" without hyperfine.
cpu_mbps() { if [[ -f "$work/$1.cpu" ]]; then mbps "$bytes" "$(cat "$work/$1.cpu")"; else echo n/a; fi; }
ms() { python3 -c 'import sys; print("%.1f" % (float(sys.argv[1]) * 1e3))' "$1"; }

echo "== chronicle dates --format json" >&2
"$chronicle" dates --published "$PUBLISHED" --format json "$work/corpus.txt" > "$work/dates.json"
expressions="$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["timeExpressions"]))' "$work/dates.json")"
t_dates="$(best_seconds dates "${pin[@]}" "$chronicle" dates --published "$PUBLISHED" --format json "$work/corpus.txt")"
t_table="$(best_seconds dates_table "${pin[@]}" "$chronicle" dates --published "$PUBLISHED" --format table "$work/corpus.txt")"

echo "== chronicle extract --format binary --threads 1" >&2
# As news comes: one JSON line per document. Then the same text as one
# document, which shows any cost that grows faster than the text.
python3 - "$work/docs" "$work/corpus.jsonl" "$PUBLISHED" <<'EOF_PY'
import json, os, sys
docs, out, published = sys.argv[1], sys.argv[2], sys.argv[3]
with open(out, "w", encoding="utf-8") as f:
    for name in sorted(os.listdir(docs)):
        text = open(os.path.join(docs, name), encoding="utf-8").read()
        f.write(json.dumps({"id": name[:-4], "published": published, "text": text}) + "\n")
EOF_PY
t_extract_docs="$(FRESH="$work/docs.pb" best_seconds extract_docs "${pin[@]}" "$chronicle" extract --format binary \
  --threads 1 --output "$work/docs.pb" "$work/corpus.jsonl")"
t_extract="$(FRESH="$work/out.pb" best_seconds extract "${pin[@]}" "$chronicle" extract --published "$PUBLISHED" \
  --format binary --threads 1 --output "$work/out.pb" "$work/corpus.txt")"

echo "== start-up on a small file" >&2
t_start="$(best_seconds startup "${pin[@]}" "$chronicle" dates --published "$PUBLISHED" "$work/small.txt")"

rss_mb="n/a"
t_big="n/a"
if [[ -x /usr/bin/time ]]; then
  echo "== peak RSS of dates on a 100 MB single line" >&2
  python3 - "$work/corpus.txt" "$work/big.txt" <<'EOF'
import sys
text = open(sys.argv[1], "rb").read().replace(b"\r", b" ").replace(b"\n", b" ")
with open(sys.argv[2], "wb") as out:
    left = 100 * 1000 * 1000
    while left > 0:
        piece = text[:left]
        out.write(piece)
        left -= len(piece)
EOF
  start="$(date +%s%N)"
  /usr/bin/time -v "${pin[@]}" "$chronicle" dates --published "$PUBLISHED" --format json "$work/big.txt" \
    > /dev/null 2> "$work/big.time"
  end="$(date +%s%N)"
  t_big="$(python3 -c 'import sys; print("%.1f" % ((int(sys.argv[1]) - int(sys.argv[2])) / 1e9))' "$end" "$start")"
  rss_mb="$(awk -F: '/Maximum resident set size/ {printf "%.1f", $2 / 1024}' "$work/big.time")"
  rm -f "$work/big.txt"
fi

chrono_mbps="n/a"
chrono_inproc="n/a"
ratio="n/a"
if command -v node >/dev/null && [[ -f "$node_modules/chrono-node/package.json" ]]; then
  echo "== chrono-node over the same documents" >&2
  chrono_json="$("${pin[@]}" node bench/chrono_node_bench.js "$node_modules" "$work/docs" "$PUBLISHED")"
  t_chrono="$(best_seconds chrono "${pin[@]}" node bench/chrono_node_bench.js "$node_modules" "$work/docs" "$PUBLISHED")"
  chrono_mbps="$(mbps "$bytes" "$t_chrono")"
  chrono_inproc="$(python3 -c 'import json,sys; d=json.loads(sys.argv[1]); print("%.2f" % (d["bytes"] / d["ms"] / 1e3))' "$chrono_json")"
  chrono_found="$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["results"])' "$chrono_json")"
  ratio="$(python3 -c 'import sys; print("%.1f" % (float(sys.argv[2]) / float(sys.argv[1])))' "$t_dates" "$t_chrono")"
else
  echo "run_benchmarks: chrono-node not found in $node_modules (run scripts/install_deps.sh); skipped" >&2
fi

micro_resolver="n/a"
micro_tokens="n/a"
micro_pipeline="n/a"
if [[ -z "${SKIP_MICRO:-}" ]]; then
  echo "== Google Benchmark: resolver and pipeline" >&2
  for b in resolver pipeline; do
    CHRONICLE_SHARED="$shared" "${pin[@]}" "$bin/bench/${b}_benchmark" --benchmark_out="$work/$b.bm.json" \
      --benchmark_out_format=json >/dev/null 2>&1
  done
  bm() {
    python3 -c 'import json,sys
for b in json.load(open(sys.argv[1]))["benchmarks"]:
    if b["name"].split("/")[0] == sys.argv[2]: print("%.2f" % (b["bytes_per_second"] / 1e6))' "$work/$1.bm.json" "$2"
  }
  micro_resolver="$(bm resolver BM_Annotate)"
  micro_tokens="$(bm resolver BM_TokenizeAndSplit)"
  micro_pipeline="$(bm pipeline BM_PipelineExtract)"
fi

printf '\nchronicle on one core, %s TE3 silver documents, %s bytes, best of %s runs (load average %s)\n' \
  "$ndocs" "$bytes" "$RUNS" "$(cut -d' ' -f1-3 /proc/loadavg)"
row() { printf '%-52s %10s %10s %8s\n' "$@"; }
row "measure" "wall" "by CPU" "target"
row "dates --format json (MB/s; $expressions found)" "$(mbps "$bytes" "$t_dates")" "$(cpu_mbps dates)" ">= 50"
row "dates --format table (MB/s)" "$(mbps "$bytes" "$t_table")" "$(cpu_mbps dates_table)" ""
row "extract --threads 1, JSON lines, per doc (MB/s)" "$(mbps "$bytes" "$t_extract_docs")" "$(cpu_mbps extract_docs)" ">= 20"
row "extract --threads 1, all as one doc (MB/s)" "$(mbps "$bytes" "$t_extract")" "$(cpu_mbps extract)" ">= 20"
row "start-up, dates on a small file (ms)" "$(ms "$t_start")" "" "< 50"
row "peak RSS, dates on 100 MB one line (MB)" "$rss_mb" "" "bounded"
row "  wall time of that run (s)" "$t_big" "" ""
row "resolver alone, Annotate (MB/s, in process)" "" "$micro_resolver" ">= 50"
row "tokenize + sentences (MB/s, in process)" "" "$micro_tokens" ""
row "Pipeline::Extract (MB/s, in process)" "" "$micro_pipeline" ">= 20"
row "chrono-node per document (MB/s, whole process)" "$chrono_mbps" "$([[ -n "${t_chrono:-}" ]] && cpu_mbps chrono || echo n/a)" "~3"
row "chrono-node (MB/s, parse calls only; ${chrono_found:-?} found)" "$chrono_inproc" "" ""
cpu_ratio="n/a"
if [[ -f "$work/dates.cpu" && -f "$work/chrono.cpu" ]]; then
  cpu_ratio="$(python3 -c 'import sys; print("%.1f" % (float(sys.argv[2]) / float(sys.argv[1])))' \
    "$(cat "$work/dates.cpu")" "$(cat "$work/chrono.cpu")")"
fi
row "ratio chronicle dates / chrono-node" "$ratio" "$cpu_ratio" ""
