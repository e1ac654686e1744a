# Shared by the shell tests: a fresh work folder and a count of failures.
#
#   source "$TEST_SRCDIR/${TEST_WORKSPACE:-chronicle}/tests/test_lib.sh"
#   enter_work_dir seed_timeline   # $TEST_TMPDIR/seed_timeline, emptied; cd there
#   fail "what went wrong"         # a FAIL line on stderr; counted in $failures
#   pass "what held"               # a PASS line on stdout
#
# Each test prints its own summary and exits 1 when $failures > 0.

failures=0

fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

pass() {
  echo "PASS: $*"
}

# Sets $work to a new, empty folder named NAME under the test's temporary
# folder and makes it the current directory.
enter_work_dir() {
  work="${TEST_TMPDIR:-$(mktemp -d)}/$1"
  rm -rf "$work"
  mkdir -p "$work"
  cd "$work" || exit 1
}
