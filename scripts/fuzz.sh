#!/usr/bin/env bash
# Builds tests/fuzz/resolver_fuzzer.cc with clang and libFuzzer (plus
# AddressSanitizer and UndefinedBehaviorSanitizer) outside Bazel, and runs it
# for a bounded time on a seed corpus of our own.
#
#   bash scripts/fuzz.sh                 # build, then fuzz for 60 s
#   FUZZ_SECONDS=600 bash scripts/fuzz.sh
#   bash scripts/fuzz.sh --build-only
#   bash scripts/fuzz.sh CRASH_FILE      # replay one input (a crash, a hang)
#
# Why outside Bazel: the workspace's auto-configured toolchain is gcc, and
# switching it to clang would rebuild everyone's cache. Bazel still builds
# the generated sources (embedded grammar and word lists, timeline.pb.h);
# clang compiles the library sources from the tree next to them and links
# against Debian's Abseil, protobuf and date-tz.
#
# Work files go to $FUZZ_DIR (default /tmp/chronicle-fuzz): obj/, the binary,
# corpus/ (grows across runs; the seeds stay in tests/fuzz/seeds) and
# artifacts/ (crash-*, leak-*, timeout-* inputs when something is found).
# Exits non-zero when the fuzzer finds a crash, leak or hang.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
FUZZ_DIR="${FUZZ_DIR:-/tmp/chronicle-fuzz}"
FUZZ_SECONDS="${FUZZ_SECONDS:-60}"
CXX="${FUZZ_CXX:-clang++}"
mkdir -p "$FUZZ_DIR/obj" "$FUZZ_DIR/gen" "$FUZZ_DIR/corpus" "$FUZZ_DIR/artifacts"

command -v "$CXX" >/dev/null || { echo "fuzz: $CXX not found (apt-get install clang libclang-rt-14-dev)" >&2; exit 1; }

echo "fuzz: generating sources with bazel" >&2
bazel build //extractor/temporal:temporal_data //extractor/text:text_data //proto:timeline_cc_proto >&2
bin="$(bazel info bazel-bin 2>/dev/null)"
for f in extractor/temporal/temporal_data extractor/text/text_data proto/timeline.pb; do
  mkdir -p "$FUZZ_DIR/gen/$(dirname "$f")"
  for ext in h cc; do
    if ! cmp -s "$bin/$f.$ext" "$FUZZ_DIR/gen/$f.$ext"; then
      cp -f "$bin/$f.$ext" "$FUZZ_DIR/gen/$f.$ext"
    fi
  done
done

sources=(
  $(ls extractor/temporal/*.cc | grep -v -e '_test\.cc$' -e '_main\.cc$')
  $(ls extractor/text/*.cc | grep -v '_test\.cc$')
  extractor/timeml/timeml.cc
  "$FUZZ_DIR/gen/extractor/temporal/temporal_data.cc"
  "$FUZZ_DIR/gen/extractor/text/text_data.cc"
  "$FUZZ_DIR/gen/proto/timeline.pb.cc"
  tests/fuzz/resolver_fuzzer.cc
)
flags=(-std=c++17 -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined
       -I. -I"$FUZZ_DIR/gen" -w)

# Compiles one source into obj/ unless the object is newer than the source
# and than every header in the tree (a cheap, safe stand-in for dependency
# files). Two at a time, for the two cores.
newest_header="$(find extractor proto "$FUZZ_DIR/gen" -name '*.h' -printf '%T@\n' | sort -n | tail -1)"
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
  latest="$(find extractor proto "$FUZZ_DIR/gen" -name '*.h' -printf '%T@\n' | sort -n | tail -1)"
  [[ "$latest" == "$newest_header" ]] && break
  newest_header="$latest"
done
objects=()
for src in "${sources[@]}"; do objects+=("$(object_of "$src")"); done

libs=()
for so in /usr/lib/x86_64-linux-gnu/libabsl_*.so; do
  name="$(basename "$so" .so)"
  libs+=("-l${name#lib}")
done
fuzzer="$FUZZ_DIR/resolver_fuzzer"
"$CXX" "${flags[@]}" -fsanitize=fuzzer "${objects[@]}" -o "$fuzzer" \
  -Wl,--as-needed "${libs[@]}" -lprotobuf -ldate-tz -lpthread
echo "fuzz: built $fuzzer" >&2

if [[ "${1:-}" == "--build-only" ]]; then exit 0; fi
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
if [[ $# -gt 0 ]]; then
  exec "$fuzzer" -rss_limit_mb=2048 "$@"
fi

echo "fuzz: running for ${FUZZ_SECONDS}s" >&2
status=0
"$fuzzer" "$FUZZ_DIR/corpus" tests/fuzz/seeds \
  -dict=tests/fuzz/resolver.dict \
  -max_total_time="$FUZZ_SECONDS" \
  -max_len=4096 \
  -timeout=10 \
  -rss_limit_mb=2048 \
  -print_final_stats=1 \
  -artifact_prefix="$FUZZ_DIR/artifacts/" > "$FUZZ_DIR/last_run.log" 2>&1 || status=$?
grep -E '^#[0-9]+[[:space:]]+(INITED|DONE)|ERROR|SUMMARY|runtime error|stat::|Test unit written' "$FUZZ_DIR/last_run.log" >&2 || true
if [[ "$status" != 0 ]]; then
  echo "fuzz: the fuzzer found a problem (exit $status); see $FUZZ_DIR/last_run.log and $FUZZ_DIR/artifacts/" >&2
  exit 1
fi
echo "fuzz: no crash, leak or hang in ${FUZZ_SECONDS}s (log: $FUZZ_DIR/last_run.log)" >&2
