#!/usr/bin/env bash
# Installs everything chronicle's build, tests and benchmarks need on Debian 12,
# as root, and only what is missing: safe to run again and again.
#
#   bash scripts/install_deps.sh            # apt packages and npm packages
#
# npm packages (ical.js, which the ICS tests parse with, and chrono-node, which
# the benchmark compares against) go to $CHRONICLE_DEPS/node_modules, by
# default ~/.cache/chronicle/node_modules.
set -euo pipefail

APT_PACKAGES=(
  bazel-bootstrap g++ clang libclang-rt-14-dev
  libabsl-dev libprotobuf-dev protobuf-compiler libhowardhinnant-date-dev tzdata
  libgtest-dev libgmock-dev libbenchmark-dev libical-dev libmimalloc-dev
  python3 nodejs npm
  hyperfine time  # bench/run_benchmarks.sh and tests/bad_input_test.sh (peak RSS)
)
NPM_PACKAGES=(ical.js chrono-node)
DEPS_DIR="${CHRONICLE_DEPS:-$HOME/.cache/chronicle}"

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# python3, node and npm may come from elsewhere than apt (pyenv, nvm); keep them if they run.
filtered=()
for p in "${missing[@]}"; do
  case "$p" in
    python3) command -v python3 >/dev/null || filtered+=("$p") ;;
    nodejs) command -v node >/dev/null || filtered+=("$p") ;;
    npm) command -v npm >/dev/null || filtered+=("$p") ;;
    *) filtered+=("$p") ;;
  esac
done
if ((${#filtered[@]})); then
  echo "install_deps: installing ${filtered[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${filtered[@]}" >/dev/null
fi

mkdir -p "$DEPS_DIR"
for p in "${NPM_PACKAGES[@]}"; do
  if [ ! -f "$DEPS_DIR/node_modules/$p/package.json" ]; then
    echo "install_deps: npm install $p into $DEPS_DIR" >&2
    npm install --silent --no-audit --no-fund --prefix "$DEPS_DIR" "$p" >/dev/null
  fi
done
echo "install_deps: ok (node modules in $DEPS_DIR/node_modules)" >&2
