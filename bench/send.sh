#!/usr/bin/env bash
# How fast communique sends, against the ceiling of this machine and a plain Python sender.
#
#   bench/send.sh              100,000 subscribers (about 5 minutes on 2 cores)
#   bench/send.sh --million    1,000,000 subscribers (import and publish measured once)
#   bench/send.sh --n 20000 --reps 1 --python-n 2000 --keep
#   bench/send.sh --db postgres://postgres@127.0.0.1/test   also one and two senders on PostgreSQL
#
# Loopback only (127.0.0.1). Everything it starts (smtp-sink) is stopped when it ends, also on
# failure or Ctrl-C; every step runs under `timeout`. Needs root for apt-get (Postfix's
# smtp-sink/smtp-source, GNU time) unless they are installed; the postfix daemon is never run.
# Results: one table on stdout; raw files in a temporary folder (kept with --keep).
# See docs/PERFORMANCE.md for what the figures mean and the targets they are held to.
set -Eeuo pipefail

N=100000
REPS=""
PY_N=5000
KEEP=0
PG=""
usage() { sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; }
while (($#)); do
    case "$1" in
        --million) N=1000000 ;;
        --n) N="$2"; shift ;;
        --reps) REPS="$2"; shift ;;
        --python-n) PY_N="$2"; shift ;;
        --keep) KEEP=1 ;;
        --db) PG="$2"; shift ;;
        -h | --help) usage; exit 0 ;;
        *) echo "unknown option $1" >&2; usage >&2; exit 2 ;;
    esac
    shift
done
# 3 repetitions at 100k; at a million, one import and one publish (each takes minutes).
if [[ -z "$REPS" ]]; then
    if ((N >= 500000)); then REPS=1; else REPS=3; fi
fi
# smtp-source measures the ceiling on at most 100,000 messages (a rate, not a total).
SRC_N=$((N < 100000 ? N : 100000))
((PY_N <= N)) || PY_N=$N

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
EVENT=examples/events/kz-mx-political-consultations-2022.json
HOST=127.0.0.1
WORK="$(mktemp -d "${TMPDIR:-/tmp}/communique-bench.XXXXXX")"
PIDS=()
PUB_STEADY=()
LOAD0="$(cut -d' ' -f1-3 /proc/loadavg)"

cleanup() {
    local rc=$?
    for p in "${PIDS[@]}"; do
        kill "$p" 2>/dev/null || true
        wait "$p" 2>/dev/null || true
    done
    if ((KEEP)); then echo "raw results kept in $WORK" >&2; else rm -rf "$WORK"; fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

say() { printf '\033[1m== %s\033[0m\n' "$*" >&2; }
# The median, printed as an integer when it is one (bash arithmetic takes only integers).
median() { python3 -c 'import statistics,sys; m=statistics.median([float(x) for x in sys.argv[1:]]); print(int(m) if m == int(m) else round(m, 2))' "$@"; }
now() { date +%s.%N; }

# --- a. tools ------------------------------------------------------------------------------
say "tools"
if python3 -c 'import sys; sys.exit(0 if float(open("/proc/loadavg").read().split()[0]) > 0.5 else 1)'; then
    echo "warning: load average $LOAD0 before starting: other work on this machine will skew the figures" >&2
fi
# smtp-sink/smtp-source live in /usr/sbin, which a non-login shell may not have on PATH.
export PATH="$PATH:/usr/sbin:/sbin"
missing=()
command -v smtp-sink >/dev/null && command -v smtp-source >/dev/null || missing+=(postfix)
[[ -x /usr/bin/time ]] || missing+=(time)
if ((${#missing[@]})); then
    postfix_was_running=0
    command -v postfix >/dev/null && postfix status >/dev/null 2>&1 && postfix_was_running=1
    apt-get update -qq
    echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
    DEBIAN_FRONTEND=noninteractive timeout 600 apt-get install -y -qq "${missing[@]}" >&2
    # "No configuration" starts no daemon; if the install started one anyway, stop it.
    if ((!postfix_was_running)) && command -v postfix >/dev/null && postfix status >/dev/null 2>&1; then
        postfix stop >&2 || true
    fi
fi
if ! python3 -c 'import fluent.runtime, jinja2' 2>/dev/null; then
    timeout 300 python3 -m pip install -q fluent.runtime jinja2 >&2
fi

# --- b. build ------------------------------------------------------------------------------
say "cargo build --release"
timeout 1800 cargo build --release >&2
TARGET_DIR="$(cargo metadata --no-deps --format-version 1 | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')"
BIN="$TARGET_DIR/release/communique"
# What was measured: the commit, and the files that differed from it when it was built.
GIT_STATE="$(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git status --porcelain --untracked-files=no 2>/dev/null | awk '{printf " +%s", $2}')"
export COMMUNIQUE_TOKEN_SECRET="bench/send.sh: a fixed secret of more than thirty-two bytes"
unset COMMUNIQUE_DB COMMUNIQUE_TRANSPORT COMMUNIQUE_CONFIG COMMUNIQUE_LOCALES COMMUNIQUE_TEMPLATES

# The event as it is now: editing the tree while the benchmark runs changes nothing here.
cp "$EVENT" "$WORK/event.json"
EVENT="$WORK/event.json"

# --- c. subscribers and import -------------------------------------------------------------
say "$N subscribers"
CSV="$WORK/subscribers.csv"
python3 - "$N" "$CSV" <<'EOF'
import sys
n, path = int(sys.argv[1]), sys.argv[2]
langs = ["kk", "ru", "es", "en"]
names = {"kk": "Айгерим Нұрланқызы", "ru": "Дана Омарова", "es": "María José Pérez", "en": "John Smith"}
with open(path, "w", encoding="utf-8") as f:
    f.write("email,name,lang\n")
    for i in range(n):
        lang = langs[i % 4]
        f.write(f"reader{i:07d}@example.org,{names[lang]} {i},{lang}\n")
EOF
# A store written by one process and copied to another must have its WAL folded in first.
checkpoint() { python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute("PRAGMA wal_checkpoint(TRUNCATE)"); c.close()' "$1"; }
IMPORT_S=()
IMPORT_RSS=()
for i in $(seq 1 "$REPS"); do
    db="$WORK/import.$i.db"
    /usr/bin/time -f '%e %M' -o "$WORK/import.$i.time" \
        timeout -k 5 $((60 + N / 1000)) "$BIN" --db "$db" subscribers import "$CSV" --list bench >"$WORK/import.$i.out" 2>&1 ||
        { cat "$WORK/import.$i.out" >&2; exit 1; }
    read -r s kb <"$WORK/import.$i.time"
    IMPORT_S+=("$s")
    IMPORT_RSS+=("$kb")
    echo "import $i: $s s, peak RSS $((kb / 1024)) MiB" >&2
done
STORE="$WORK/import.1.db"
checkpoint "$STORE"

# --- d. the ceiling: smtp-source -> smtp-sink ----------------------------------------------
mkdir -p "$WORK/preview"
"$BIN" preview "$EVENT" --langs kk,ru,es,en --out "$WORK/preview" >/dev/null
SIZE=$(stat -c %s "$WORK/preview/en.eml")
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
say "smtp-sink on $HOST:$PORT; smtp-source: $SRC_N messages of $SIZE bytes, 16 sessions"
smtp-sink -u root "$HOST:$PORT" 1024 >"$WORK/sink.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 50); do
    python3 -c 'import socket,sys; socket.create_connection(("127.0.0.1", int(sys.argv[1])), 1).close()' "$PORT" 2>/dev/null && break
    sleep 0.1
done
SRC_RATE=()
for i in $(seq 1 "$REPS"); do
    t0=$(now)
    timeout -k 5 300 smtp-source -l "$SIZE" -m "$SRC_N" -s 16 -d "$HOST:$PORT"
    t1=$(now)
    r=$(python3 -c "print(round($SRC_N / ($t1 - $t0)))")
    SRC_RATE+=("$r")
    echo "smtp-source $i: $r msg/s" >&2
done

# --- e. communique publish, journal on, default settings -----------------------------------
say "communique publish to $N subscribers ($REPS run(s))"
PUB_TIMEOUT=$((60 + N / 1000))
PUB_RATE=()
PUB_RSS=()
PUB_CPU=()
PUB_NOTES=()
for i in $(seq 1 "$REPS"); do
    db="$WORK/publish.$i.db"
    cp "$STORE" "$db"
    set +e
    /usr/bin/time -v -o "$WORK/publish.$i.time" \
        timeout -k 5 "$PUB_TIMEOUT" "$BIN" --db "$db" publish "$EVENT" --langs kk,ru,es,en \
        --list bench --transport "smtp://$HOST:$PORT" >"$WORK/publish.$i.out" 2>&1
    rc=$?
    set -e
    # Wall clock, peak RSS and CPU from GNU time; what was sent, and when, from the journal.
    read -r wall rss cpu < <(python3 - "$WORK/publish.$i.time" <<'EOF'
import re, sys
t = open(sys.argv[1]).read()
def val(label):
    return re.search(re.escape(label) + r": (.*)", t).group(1).strip()
parts = [float(p) for p in val("Elapsed (wall clock) time (h:mm:ss or m:ss)").split(":")]
wall = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
cpu = float(val("User time (seconds)")) + float(val("System time (seconds)"))
print(wall, int(val("Maximum resident set size (kbytes)")), round(cpu, 2))
EOF
    )
    read -r sent steady pause < <(python3 - "$db" <<'EOF'
import sqlite3, sys
from datetime import datetime
c = sqlite3.connect(sys.argv[1])
ts = sorted(datetime.fromisoformat(r[0][:26].rstrip("Z")) for r in
            c.execute("SELECT sent_at FROM deliveries WHERE state = 'sent'"))
if len(ts) < 2:
    print(len(ts), 0, 0)
else:
    gaps = [(b - a).total_seconds() for a, b in zip(ts, ts[1:])]
    longest = max(gaps)
    # The sending rate while messages flow: pauses over 1 s (stalls) left out.
    flowing = sum(g for g in gaps if g <= 1.0)
    print(len(ts), round(len(ts) / flowing) if flowing else 0, round(longest, 1))
EOF
    )
    PUB_RSS+=("$rss")
    PUB_CPU+=("$cpu")
    if ((sent == N)) && ((rc == 0)); then
        r=$(python3 -c "print(round($N / $wall))")
        PUB_RATE+=("$r")
        note="complete"
    else
        r=$(python3 -c "print(round($sent / $wall))")
        note="INCOMPLETE (exit $rc): $sent of $N sent"
        ((rc == 124 || rc == 137)) && note="$note, killed after ${PUB_TIMEOUT} s"
    fi
    # Time not spent sending: start-up, stalls, and any hang after the last message.
    idle=$(python3 -c "print(round($wall - $sent / $steady, 1) if $steady else $wall)")
    PUB_NOTES+=("run $i: $note, ${wall} s wall, $r msg/s over the wall clock, $steady msg/s while flowing, ${idle} s not sending (longest pause between two messages ${pause} s), peak RSS $((rss / 1024)) MiB, CPU ${cpu} s")
    echo "publish ${PUB_NOTES[-1]}" >&2
    [[ "$note" == complete ]] || tail -n 4 "$WORK/publish.$i.out" | sed 's/^/    /' >&2
    PUB_STEADY+=("$steady")
done

# --- e2. the same publish on PostgreSQL: one sender, then two at once -----------------------
# Each run gets a fresh schema (bench_pg) in the database --db names, filled from the SQLite
# store by `store migrate` (the copy is not timed). Its password, if any, from PGPASSWORD.
PG1_RATE=()
PG2_RATE=()
PG_NOTES=()
if [[ -n "$PG" ]]; then
    case "$PG" in *\?*) PGADDR="$PG&options=-c%20search_path%3Dbench_pg" ;; *) PGADDR="$PG?options=-c%20search_path%3Dbench_pg" ;; esac
    fresh_schema() { psql -qtA -v ON_ERROR_STOP=1 -d "$PG" -c 'DROP SCHEMA IF EXISTS bench_pg CASCADE; CREATE SCHEMA bench_pg' >/dev/null 2>&1; }
    pg_sent() { psql -qtA -d "$PG" -c "SELECT COUNT(*) FROM bench_pg.deliveries WHERE state = 'sent'"; }
    for senders in 1 2; do
        say "communique publish on PostgreSQL, $senders sender(s) ($REPS run(s))"
        for i in $(seq 1 "$REPS"); do
            fresh_schema
            "$BIN" store migrate --from "$STORE" --to "$PGADDR" >"$WORK/migrate.$senders.$i.out" 2>&1 ||
                { cat "$WORK/migrate.$senders.$i.out" >&2; exit 1; }
            t0=$(now)
            pids=()
            for k in $(seq 1 "$senders"); do
                timeout -k 5 "$PUB_TIMEOUT" "$BIN" --db "$PGADDR" publish "$EVENT" --langs kk,ru,es,en \
                    --list bench --transport "smtp://$HOST:$PORT" >"$WORK/pg.$senders.$i.$k.out" 2>&1 &
                pids+=($!)
            done
            rc=0
            for p in "${pids[@]}"; do wait "$p" || rc=$?; done
            t1=$(now)
            sent=$(pg_sent)
            wall=$(python3 -c "print(round($t1 - $t0, 2))")
            r=$(python3 -c "print(round($sent / ($t1 - $t0)))")
            if ((sent == N)) && ((rc == 0)); then
                if ((senders == 1)); then PG1_RATE+=("$r"); else PG2_RATE+=("$r"); fi
                note="complete"
            else
                note="INCOMPLETE (exit $rc): $sent of $N sent"
            fi
            PG_NOTES+=("$senders sender(s), run $i: $note, ${wall} s wall, $r msg/s")
            echo "postgres ${PG_NOTES[-1]}" >&2
        done
    done
    psql -qtA -d "$PG" -c 'DROP SCHEMA IF EXISTS bench_pg CASCADE' >/dev/null 2>&1 || true
fi

# --- f. the Python peer --------------------------------------------------------------------
say "python (fluent.runtime + jinja2 + smtplib, 16 threads) to $PY_N of the subscribers"
PY_RATE=()
for i in $(seq 1 "$REPS"); do
    t0=$(now)
    timeout -k 5 $((60 + PY_N / 20)) python3 bench/naive_send.py --port "$PORT" \
        --subscribers "$CSV" --limit "$PY_N" --threads 16 >"$WORK/python.$i.out"
    t1=$(now)
    r=$(python3 -c "print(round($PY_N / ($t1 - $t0)))")
    PY_RATE+=("$r")
    echo "python $i: $r msg/s ($(cat "$WORK/python.$i.out"))" >&2
done

# --- g. the table --------------------------------------------------------------------------
SRC=$(median "${SRC_RATE[@]}")
PY=$(median "${PY_RATE[@]}")
STEADY=$(median "${PUB_STEADY[@]}")
RSS=$(median "${PUB_RSS[@]}" | cut -d. -f1)
RSS_MAX=$(printf '%s\n' "${PUB_RSS[@]}" | sort -n | tail -1)
CPU=$(median "${PUB_CPU[@]}")
IMP=$(median "${IMPORT_S[@]}")
IMP_RSS=$(median "${IMPORT_RSS[@]}" | cut -d. -f1)
if ((${#PUB_RATE[@]} == REPS)); then
    PUB=$(median "${PUB_RATE[@]}")
    PUB_LABEL="$PUB"
else
    PUB=""
    PUB_LABEL="n/a: ${#PUB_RATE[@]} of $REPS runs completed"
fi
# Issue 17's targets: 0.9 x the ceiling at 100,000, 0.8 x at a million.
if ((N >= 500000)); then CEIL_TARGET=0.80x; else CEIL_TARGET=0.90x; fi
ratio() { [[ -n "$1" && -n "$2" ]] && python3 -c "print(f'{$1 / $2:.2f}x')" || echo "n/a"; }
CPUS="$(nproc) x $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
MEM="$(free -g | awk '/^Mem:/ {print $2}') GiB"

{
    echo
    echo "communique send benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $CPUS, $MEM, load before/after: $LOAD0 / $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "tree: $GIT_STATE"
    echo "N = $N subscribers (kk/ru/es/en in equal parts), seed event, English .eml = $SIZE bytes; medians of $REPS run(s)"
    printf '%-44s %s\n' \
        "smtp-source -> smtp-sink (ceiling), msg/s" "$SRC  (16 sessions, $SRC_N messages of $SIZE bytes)" \
        "communique publish, msg/s (N / wall)" "$PUB_LABEL" \
        "communique, msg/s while flowing (journal)" "$STEADY  (pauses > 1 s left out)" \
        "python naive_send.py, msg/s" "$PY  (first $PY_N subscribers, 16 threads)" \
        "communique / ceiling" "$(ratio "${PUB:-}" "$SRC")  (flowing: $(ratio "$STEADY" "$SRC"); target >= $CEIL_TARGET)" \
        "communique / python" "$(ratio "${PUB:-}" "$PY")  (flowing: $(ratio "$STEADY" "$PY"); target >= 30x)" \
        "communique peak RSS" "$((RSS / 1024)) MiB median, $((RSS_MAX / 1024)) MiB max (target <= 64 MiB)" \
        "communique CPU time (user+sys)" "$CPU s = $(python3 -c "print(round($CPU / $N * 1e6, 1))") us per message (target <= 60 us)" \
        "import of N subscribers" "$IMP s, peak RSS $((IMP_RSS / 1024)) MiB (target: 1,000,000 in <= 15 s, <= 64 MiB)"
    echo "publish runs:"
    printf '  %s\n' "${PUB_NOTES[@]}"
    if [[ -n "$PG" ]]; then
        PG1=""
        PG2=""
        ((${#PG1_RATE[@]} == REPS)) && PG1=$(median "${PG1_RATE[@]}")
        ((${#PG2_RATE[@]} == REPS)) && PG2=$(median "${PG2_RATE[@]}")
        printf '%-44s %s\n' \
            "PostgreSQL, 1 sender, msg/s (N / wall)" "${PG1:-n/a}" \
            "PostgreSQL, 2 senders, msg/s (N / wall)" "${PG2:-n/a}" \
            "PostgreSQL 1 sender / SQLite 1 sender" "$(ratio "${PG1:-}" "${PUB:-}")  (target >= 0.80x)" \
            "PostgreSQL 2 senders / 1 sender" "$(ratio "${PG2:-}" "${PG1:-}")  (> 1.00x where the sink and CPUs are not the limit)"
        echo "PostgreSQL runs:"
        printf '  %s\n' "${PG_NOTES[@]}"
    fi
}
