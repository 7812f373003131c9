#!/usr/bin/env bash
# The README's test command: installs what the tests need when it is missing, then runs the
# whole suite and closes on the summed totals.
#
#   ./test.sh             # everything
#   ./test.sh -- NAME     # only tests whose name contains NAME (passed to every test binary)
#
# Needs: cargo (the Rust toolchain). Installs, when missing: Debian's chromium (the HTML email
# and the subscriber pages are checked in a real browser) and Node.js + npm, with apt-get (as
# root), and the Playwright driver in tests/browser/node_modules with `npm ci` (it downloads no
# browser). Without root it says what to install instead of failing deep inside a test.
set -euo pipefail
shopt -s inherit_errexit 2>/dev/null || true
cd "$(dirname "$0")"

say() { printf '[test.sh] %s\n' "$*" >&2; }

if ! command -v cargo >/dev/null 2>&1; then
  say "cargo is not on PATH: install the Rust toolchain (rustup), then run ./test.sh again"
  exit 3
fi

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v node >/dev/null 2>&1 || need_apt+=(nodejs)
command -v npm >/dev/null 2>&1 || need_apt+=(npm)

if ((${#need_apt[@]})); then
  if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null 2>&1; then
    say "the tests need ${need_apt[*]}, which are not installed."
    say "install them, then run ./test.sh again:  sudo apt-get install ${need_apt[*]}"
    exit 3
  fi
  say "installing with apt-get: ${need_apt[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi
say "$(chromium --version 2>/dev/null | head -1)"

if [[ ! -d tests/browser/node_modules/playwright-core ]]; then
  say "installing the browser driver: npm ci --prefix tests/browser (playwright-core, no browser download)"
  npm ci --prefix tests/browser --no-audit --no-fund --loglevel=error
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
cargo test --workspace --locked --no-fail-fast "$@" 2>&1 | tee "$log" || status=$?
# cargo prints one result line per test binary, the last often for a crate without doctests;
# sum them so the run closes on the real totals.
awk '/^test result:/ { p += $4; f += $6; s += $8 } END { printf "\nTests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit "$status"
