#!/usr/bin/env bash
# The one command that installs what is missing and runs every test:
#
#   bash scripts/test.sh            # on Debian 12, as root
#
# It runs scripts/install_deps.sh (idempotent), then
#   bazel test //... --test_env=CHRONICLE_SHARED=<shared> \
#                    --test_env=CHRONICLE_NODE_MODULES=<deps>/node_modules
# where <shared> is $CHRONICLE_SHARED, else ../shared beside the checkout when
# it exists (tests that need it say SKIPPED without it), and <deps> is
# $CHRONICLE_DEPS, else ~/.cache/chronicle. Extra arguments go to bazel test
# (e.g. `bash scripts/test.sh --config=asan`). Ends with a summary line
# "N passed, N failed, N skipped" and exits non-zero when anything failed.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

bash scripts/install_deps.sh

deps="${CHRONICLE_DEPS:-$HOME/.cache/chronicle}"
shared="${CHRONICLE_SHARED:-}"
if [[ -z "$shared" && -d "$repo/../shared" ]]; then shared="$repo/../shared"; fi
args=(--test_env=CHRONICLE_NODE_MODULES="$deps/node_modules")
if [[ -n "$shared" ]]; then
  if [[ ! -d "$shared" ]]; then
    echo "test.sh: CHRONICLE_SHARED=$shared is not a folder" >&2
    exit 1
  fi
  shared="$(cd "$shared" && pwd)"
  args+=(--test_env=CHRONICLE_SHARED="$shared")
  echo "test.sh: shared data from $shared"
else
  echo "test.sh: no shared data (no \$CHRONICLE_SHARED, no ../shared): the tests that need it will say SKIPPED"
fi

log="$(mktemp "${TMPDIR:-/tmp}/chronicle-test.XXXXXX")"
trap 'rm -f "$log"' EXIT
status=0
bazel test //... "${args[@]}" "$@" 2>&1 | tee "$log" || status=$?

# Tally the per-target lines of Bazel's summary ("//a:b  PASSED in 1.2s").
testlogs="$(bazel info bazel-testlogs 2>/dev/null || true)"
passed=0
failed=0
skipped=0
skipped_names=()
failed_names=()
while read -r target verdict; do
  case "$verdict" in
    PASSED | "(cached) PASSED")
      name="${target#//}"
      file="$testlogs/${name/://}/test.log"
      if [[ -f "$file" ]] && grep -q 'SKIPPED' "$file"; then
        skipped=$((skipped + 1))
        skipped_names+=("$target")
      else
        passed=$((passed + 1))
      fi
      ;;
    *)
      failed=$((failed + 1))
      failed_names+=("$target $verdict")
      ;;
  esac
done < <(sed -nE 's#^(//[^ ]+) +((\(cached\) )?(PASSED|FAILED|TIMEOUT|NO STATUS|FLAKY|INCOMPLETE|FAILED TO BUILD|SKIPPED)).*#\1 \2#p' "$log")

echo
echo "== summary"
for s in "${skipped_names[@]}"; do echo "skipped (test printed SKIPPED): $s"; done
for f in "${failed_names[@]}"; do echo "failed: $f"; done
if ((passed + failed + skipped == 0)); then
  echo "test.sh: bazel ran no test (exit $status)" >&2
  exit 1
fi
if ((status != 0 && failed == 0)); then
  echo "test.sh: bazel test exited $status (build failure?)" >&2
  failed=$((failed + 1))
fi
echo "$passed passed, $failed failed, $skipped skipped"
((failed == 0))
