#!/usr/bin/env bash
# The README's first command: installs what is missing, builds chronicle and
# runs it on the example story in examples/ (two articles about the 2019
# Hanoi summit, written for this project), ending with the chronology.
#
#   bash scripts/demo.sh            # on Debian 12, as root
#
# The timeline, its calendar and a query result are written to $OUT
# (default: ./demo-output); the chronology is printed.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
out="${OUT:-$repo/demo-output}"

bash scripts/install_deps.sh
echo "demo: building chronicle" >&2
bazel build --noshow_progress --ui_event_filters=-info //cli:chronicle >&2
chronicle="$repo/bazel-bin/cli/chronicle"
mkdir -p "$out"

echo "demo: the time expressions of one article" >&2
"$chronicle" dates --published 2019-02-26 examples/hanoi-preview.txt | head -12
echo

echo "demo: extracting events from examples/hanoi.jsonl into $out/hanoi.pb" >&2
"$chronicle" extract examples/hanoi.jsonl --output "$out/hanoi.pb"
"$chronicle" ics "$out/hanoi.pb" --default-tz Asia/Ho_Chi_Minh --output "$out/hanoi.ics"
"$chronicle" query "$out/hanoi.pb" --actor "Kim Jong Un" --format json --output "$out/kim.json"
echo "demo: wrote $out/hanoi.pb, $out/hanoi.ics (calendar) and $out/kim.json (Kim Jong Un's events)" >&2
echo
"$chronicle" chronology "$out/hanoi.pb"
