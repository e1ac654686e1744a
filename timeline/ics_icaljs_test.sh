#!/usr/bin/env bash
# Parses chronicle's ICS with Mozilla's ical.js under node. The modules come
# from $CHRONICLE_NODE_MODULES (scripts/install_deps.sh installs ical.js
# there); CI always sets it:
#
#   bazel test //timeline:ics_icaljs_test \
#     --test_env=CHRONICLE_NODE_MODULES=$HOME/.cache/chronicle/node_modules
#
# Without the variable the test says loudly that it skipped, and passes, so a
# bare `bazel test //...` works on a machine without node.
set -euo pipefail

if [[ -z "${CHRONICLE_NODE_MODULES:-}" ]]; then
  echo "######################################################################"
  echo "# SKIPPED: ics_icaljs_test did not run ical.js: CHRONICLE_NODE_MODULES"
  echo "# is not set. Run with"
  echo "#   --test_env=CHRONICLE_NODE_MODULES=\$HOME/.cache/chronicle/node_modules"
  echo "######################################################################"
  exit 0
fi
if [[ ! -f "$CHRONICLE_NODE_MODULES/ical.js/package.json" ]]; then
  echo "FAIL: no ical.js in $CHRONICLE_NODE_MODULES (run scripts/install_deps.sh)" >&2
  exit 1
fi
if ! command -v node >/dev/null; then
  echo "FAIL: CHRONICLE_NODE_MODULES is set but node is not on PATH ($PATH)" >&2
  exit 1
fi

here="$TEST_SRCDIR/$TEST_WORKSPACE/timeline"
calendar="$TEST_TMPDIR/listed.ics"
"$here/write_listed_ics" "$calendar"
node "$here/testing/ics_icaljs_check.mjs" "$calendar" "$CHRONICLE_NODE_MODULES"
