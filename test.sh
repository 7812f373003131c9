#!/usr/bin/env bash
# The README's test command: installs what the tests need when it is missing, then runs the
# whole suite and closes on the summed totals.
#
#   ./test.sh             # everything
#   ./test.sh -- NAME     # only tests whose name contains NAME (passed to every test binary)
#
# Needs: cargo (the Rust toolchain) and a PostgreSQL server (started here if installed and
# down; see COMMUNIQUE_TEST_PG below). Installs, when missing: Debian's chromium (the HTML email
# and the subscriber pages are checked in a real browser), Node.js + npm, Postfix (for its
# smtp-sink) and python3-aiosmtpd, with apt-get (as root), and the Playwright driver in
# tests/browser/node_modules with `npm ci` (it downloads no browser). Without root it says
# what to install instead of failing deep inside a test.
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
# Servers no one here wrote, for tests/other_servers.rs: Postfix's smtp-sink (only that program
# runs, never the postfix daemon) and Python's aiosmtpd.
[[ -x /usr/sbin/smtp-sink ]] || need_apt+=(postfix)
command -v aiosmtpd >/dev/null 2>&1 || need_apt+=(python3-aiosmtpd)

if ((${#need_apt[@]})); then
  if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null 2>&1; then
    say "the tests need ${need_apt[*]}, which are not installed."
    say "install them, then run ./test.sh again:  sudo apt-get install ${need_apt[*]}"
    exit 3
  fi
  say "installing with apt-get: ${need_apt[*]}"
  postfix_was_running=0
  command -v postfix >/dev/null 2>&1 && postfix status >/dev/null 2>&1 && postfix_was_running=1
  apt-get update -qq
  # "No configuration" starts no mail daemon; if the install started one anyway, stop it.
  echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
  if ((!postfix_was_running)) && command -v postfix >/dev/null 2>&1 && postfix status >/dev/null 2>&1; then
    postfix stop >/dev/null 2>&1 || true
  fi
fi
say "$(chromium --version 2>/dev/null | head -1)"

if [[ ! -d tests/browser/node_modules/playwright-core ]]; then
  say "installing the browser driver: npm ci --prefix tests/browser (playwright-core, no browser download)"
  npm ci --prefix tests/browser --no-audit --no-fund --loglevel=error
fi

# The store's tests run on both backends: PostgreSQL at COMMUNIQUE_TEST_PG (by default the
# local server, 127.0.0.1:5432, user postgres, database test, trust auth). Start it if it is
# installed but down; each test makes a schema of its own there and drops it.
pg_url=${COMMUNIQUE_TEST_PG:-postgres://postgres@127.0.0.1:5432/test}
if ! pg_isready -q -d "$pg_url" 2>/dev/null; then
  if command -v pg_ctlcluster >/dev/null 2>&1 && [[ -d /etc/postgresql ]]; then
    say "PostgreSQL is down: starting it"
    for version in /etc/postgresql/*; do
      pg_ctlcluster --skip-systemctl-redirect "$(basename "$version")" main start || true
    done
    for _ in $(seq 1 30); do pg_isready -q -d "$pg_url" && break; sleep 1; done
  fi
  if ! pg_isready -q -d "$pg_url" 2>/dev/null; then
    say "the store's tests need PostgreSQL at $pg_url and none answers."
    say "install and start it (sudo apt-get install postgresql), or point COMMUNIQUE_TEST_PG at one where a test may create and drop schemas"
    exit 3
  fi
fi
if ! psql -q -d "$pg_url" -c 'SELECT 1' >/dev/null 2>&1; then
  say "PostgreSQL at $pg_url refuses the tests' connection: give COMMUNIQUE_TEST_PG a database and user that may create schemas"
  exit 3
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
cargo test --workspace --locked --no-fail-fast "$@" 2>&1 | tee "$log" || status=$?
# cargo prints one result line per test binary, the last often for a crate without doctests;
# sum them so the run closes on the real totals.
awk '/^test result:/ { p += $4; f += $6; s += $8 } END { printf "\nTests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit "$status"
