#!/usr/bin/env bash
# The date resolver's accuracy on the TempEval-3 development set (TimeBank
# and AQUAINT, TBAQ-cleaned): runs `chronicle timeml` over every file and the
# shared TempEval-3 scorer, and fails when value F1 (value accuracy x relaxed
# extent F1, the TempEval-3 ranking figure) falls below the floor.
#
#   bazel test //tests:timeml_dev_test --test_env=CHRONICLE_SHARED=/abs/path/to/shared
#
# The corpus and the scorer live in the shared folder beside the repository,
# not in it. Without CHRONICLE_SHARED (a user's clone has no shared folder)
# the test says loudly that it skipped, and passes.
set -euo pipefail

# A little below the figure reached when the floor was last raised; raise it
# with the figure, never lower it to let a change through.
readonly FLOOR=82.5

shared="${CHRONICLE_SHARED:-}"
corpus="$shared/timeml/TBAQ-cleaned"
scorer="$shared/tools/timeml_score.py"
if [[ -z "$shared" || ! -d "$corpus" || ! -f "$scorer" ]]; then
  echo "######################################################################"
  echo "# SKIPPED: timeml_dev_test did not run: CHRONICLE_SHARED is not set or"
  echo "# holds no timeml/TBAQ-cleaned and tools/timeml_score.py. Run with"
  echo "#   --test_env=CHRONICLE_SHARED=/abs/path/to/shared"
  echo "######################################################################"
  exit 0
fi

chronicle="$TEST_SRCDIR/chronicle/cli/chronicle"
gold="$TEST_TMPDIR/gold"
system="$TEST_TMPDIR/system"
rm -rf "$gold" "$system"
mkdir -p "$gold" "$system"
# One flat folder of gold files, as the scorer pairs files by name.
cp "$corpus"/*/*.tml "$gold"/
"$chronicle" timeml --out-dir "$system" "$gold"/*.tml
python3 "$scorer" "$gold" "$system" | tee "$TEST_TMPDIR/score.txt"

value_f1="$(sed -n 's/^value_f1=\([0-9.]*\).*/\1/p' "$TEST_TMPDIR/score.txt")"
if [[ -z "$value_f1" ]]; then
  echo "FAIL: the scorer printed no value_f1 line" >&2
  exit 1
fi
if ! python3 -c "import sys; sys.exit(0 if float('$value_f1') >= $FLOOR else 1)"; then
  echo "FAIL: value F1 $value_f1 is below the floor $FLOOR" >&2
  exit 1
fi
echo "PASS: value F1 $value_f1 >= $FLOOR"
