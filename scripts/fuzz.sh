#!/usr/bin/env bash
# Builds the libFuzzer targets in tests/fuzz with clang (plus AddressSanitizer
# and UndefinedBehaviorSanitizer) outside Bazel, and runs them for a bounded
# time on a seed corpus of our own:
#   resolver  tests/fuzz/resolver_fuzzer.cc: text layer, date resolver, TimeML round trip
#   pipeline  tests/fuzz/pipeline_fuzzer.cc: Pipeline::Extract (dates, actors, places, events)
#   json_line tests/fuzz/json_line_fuzzer.cc: the JSON-lines reader of extract, against protobuf's
#
#   bash scripts/fuzz.sh                      # build, then fuzz each target for 60 s
#   FUZZ_SECONDS=600 bash scripts/fuzz.sh resolver
#   bash scripts/fuzz.sh all --build-only
#   bash scripts/fuzz.sh pipeline CRASH_FILE  # replay one input (a crash, a hang)
#
# Why outside Bazel: the workspace's auto-configured toolchain is gcc, and
# switching it to clang would rebuild everyone's cache. Bazel still builds
# the generated sources (embedded data files, timeline.pb.h); clang compiles
# the extractor sources of the working tree next to them and links against
# Debian's Abseil, protobuf and date-tz.
#
# Work files go to $FUZZ_DIR (default /tmp/chronicle-fuzz): obj/, the
# binaries, corpus-TARGET/ (grows across runs; the seeds stay in
# tests/fuzz/seeds_TARGET, or tests/fuzz/seeds for the text targets) and
# artifacts/ (crash-*, leak-*, timeout-* inputs).
# Exits non-zero when a fuzzer finds a crash, leak or hang.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
FUZZ_DIR="${FUZZ_DIR:-/tmp/chronicle-fuzz}"
FUZZ_SECONDS="${FUZZ_SECONDS:-60}"
CXX="${FUZZ_CXX:-clang++}"
targets=(resolver pipeline json_line)
case "${1:-}" in
  resolver | pipeline | json_line) targets=("$1"); shift ;;
  all) shift ;;
esac
mkdir -p "$FUZZ_DIR/obj" "$FUZZ_DIR/gen" "$FUZZ_DIR/artifacts"

command -v "$CXX" >/dev/null || { echo "fuzz: $CXX not found (apt-get install clang libclang-rt-14-dev)" >&2; exit 1; }

echo "fuzz: generating sources with bazel" >&2
genrules="$(bazel query 'kind(genrule, //extractor/...)' 2>/dev/null)"
# shellcheck disable=SC2086
bazel build $genrules //proto:timeline_cc_proto //proto:input_cc_proto >&2
bin="$(bazel info bazel-bin 2>/dev/null)"
generated=(proto/timeline.pb proto/input.pb)
while read -r rule; do
  package="${rule#//}"
  package="${package%%:*}"
  name="${rule##*:}"
  generated+=("$package/${name%_gen}")
done <<< "$genrules"
for f in "${generated[@]}"; do
  mkdir -p "$FUZZ_DIR/gen/$(dirname "$f")"
  for ext in h cc; do
    if ! cmp -s "$bin/$f.$ext" "$FUZZ_DIR/gen/$f.$ext"; then
      cp -f "$bin/$f.$ext" "$FUZZ_DIR/gen/$f.$ext"
    fi
  done
done

# Library sources: every extractor source but tests and tools' mains, or,
# for the JSON-lines reader alone, just what it uses.
if [[ "${targets[*]}" == json_line ]]; then
  sources=(cli/json_line.cc extractor/text/utf8.cc "$FUZZ_DIR/gen/proto/input.pb.cc")
else
  sources=(extractor/pipeline.cc cli/json_line.cc)
  for dir in text temporal timeml actors places events; do
    for f in extractor/"$dir"/*.cc; do
      case "$f" in *_test.cc | *_main.cc) continue ;; esac
      sources+=("$f")
    done
  done
  for f in "${generated[@]}"; do sources+=("$FUZZ_DIR/gen/$f.cc"); done
fi
for t in "${targets[@]}"; do sources+=("tests/fuzz/${t}_fuzzer.cc"); done
flags=(-std=c++17 -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined
       -I. -I"$FUZZ_DIR/gen" -w)

# Compiles one source into obj/ unless the object is newer than the source
# and than every header in the tree (a cheap, safe stand-in for dependency
# files). Two at a time, for the two cores.
newest_header="$(find extractor cli proto tests/fuzz "$FUZZ_DIR/gen" -name '*.h' -printf '%T@\n' | sort -n | tail -1)"
object_of() { echo "$FUZZ_DIR/obj/$(echo "$1" | tr '/' '_').o"; }
compile() {
  local src="$1" obj
  obj="$(object_of "$src")"
  if [[ -f "$obj" && "$obj" -nt "$src" ]] &&
    awk -v a="$(stat -c %Y "$obj")" -v b="$newest_header" 'BEGIN { exit !(a > b) }'; then
    return 0
  fi
  # shellcheck disable=SC2086
  "$CXX" $FLAGS_STR -fsanitize=fuzzer-no-link -c "$src" -o "$obj"
}
export -f compile object_of
export CXX FUZZ_DIR newest_header
export FLAGS_STR="${flags[*]}"

echo "fuzz: compiling ${#sources[@]} sources with $CXX" >&2
# A header edited while compiling would leave objects that disagree about a
# type's layout; compile again until the headers hold still.
for attempt in 1 2 3; do
  printf '%s\0' "${sources[@]}" | xargs -0 -P 2 -n 1 bash -c 'compile "$1"' _ ||
    { echo "fuzz: compile failed" >&2; exit 1; }
  latest="$(find extractor cli proto tests/fuzz "$FUZZ_DIR/gen" -name '*.h' -printf '%T@\n' | sort -n | tail -1)"
  [[ "$latest" == "$newest_header" ]] && break
  newest_header="$latest"
done
library=()
for src in "${sources[@]}"; do
  case "$src" in tests/fuzz/*) ;; *) library+=("$(object_of "$src")") ;; esac
done
libs=()
for so in /usr/lib/x86_64-linux-gnu/libabsl_*.so; do
  name="$(basename "$so" .so)"
  libs+=("-l${name#lib}")
done
# An archive, so that each fuzzer links only the objects it needs.
rm -f "$FUZZ_DIR/libchronicle_fuzz.a"
ar rcs "$FUZZ_DIR/libchronicle_fuzz.a" "${library[@]}"
for t in "${targets[@]}"; do
  "$CXX" "${flags[@]}" -fsanitize=fuzzer "$(object_of "tests/fuzz/${t}_fuzzer.cc")" "$FUZZ_DIR/libchronicle_fuzz.a" \
    -o "$FUZZ_DIR/${t}_fuzzer" -Wl,--as-needed "${libs[@]}" -lprotobuf -ldate-tz -lpthread
  echo "fuzz: built $FUZZ_DIR/${t}_fuzzer" >&2
done

if [[ "${1:-}" == "--build-only" ]]; then exit 0; fi
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
if [[ $# -gt 0 ]]; then
  exec "$FUZZ_DIR/${targets[0]}_fuzzer" -rss_limit_mb=2048 "$@"
fi

found=0
for t in "${targets[@]}"; do
  echo "fuzz: running $t for ${FUZZ_SECONDS}s" >&2
  mkdir -p "$FUZZ_DIR/corpus-$t"
  log="$FUZZ_DIR/$t.log"
  status=0
  seeds=tests/fuzz/seeds
  dict=(-dict=tests/fuzz/resolver.dict)
  if [[ -d "tests/fuzz/seeds_$t" ]]; then
    seeds="tests/fuzz/seeds_$t"
    dict=()
  fi
  "$FUZZ_DIR/${t}_fuzzer" "$FUZZ_DIR/corpus-$t" "$seeds" \
    "${dict[@]}" \
    -max_total_time="$FUZZ_SECONDS" \
    -max_len=4096 \
    -timeout=10 \
    -rss_limit_mb=2048 \
    -print_final_stats=1 \
    -artifact_prefix="$FUZZ_DIR/artifacts/$t-" > "$log" 2>&1 || status=$?
  grep -E '^#[0-9]+[[:space:]]+(INITED|DONE)|ERROR|SUMMARY|runtime error|invariant|stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)|Test unit written' "$log" >&2 || true
  if [[ "$status" != 0 ]]; then
    echo "fuzz: $t found a problem (exit $status); see $log and $FUZZ_DIR/artifacts/" >&2
    found=1
  else
    echo "fuzz: $t: no crash, leak or hang in ${FUZZ_SECONDS}s (log: $log)" >&2
  fi
done
exit "$found"
