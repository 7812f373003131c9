#!/usr/bin/env bash
# How fast `subscribers import` is, against a reference build, in one run.
#
#   bench/import.sh REF_BINARY [NEW_BINARY] [--db-url postgres://postgres@127.0.0.1]
#
# Writes a CSV of 100,000 rows (email,name,lang,city) and one with a third of the names changed,
# then, 3 times, alternating the two binaries: a first import into a fresh store and a re-import
# of the changed file, each under /usr/bin/time (wall clock and peak RSS). NEW_BINARY defaults
# to target/release/communique. With --db-url, each run uses a fresh PostgreSQL database
# imp_ref / imp_new on that server instead of an SQLite file. Prints every run and the medians;
# docs/PERFORMANCE.md records what it gave. Loopback only; everything lives in a temporary folder.
set -Eeuo pipefail
REF="${1:?give the reference binary (a release build of an earlier commit)}"
NEW="${2:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/target/release/communique}"
PG=""
if [[ "${3:-}" == --db-url ]]; then PG="${4:?--db-url needs a server address}"; fi
[[ -x /usr/bin/time ]] || { echo "needs GNU time (apt-get install time)" >&2; exit 2; }
REF="$(realpath "$REF")"
NEW="$(realpath "$NEW")"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/communique-import.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"
python3 - <<'PY'
langs = ["kk", "ru", "es", "en"]
for name, changed in (("first.csv", False), ("changed.csv", True)):
    with open(name, "w") as f:
        f.write("email,name,lang,city\n")
        for i in range(100000):
            suffix = " Jr" if changed and i % 3 == 0 else ""
            f.write(f"reader{i}@example.org,Reader {i}{suffix},{langs[i % 4]},City {i % 50}\n")
PY
store() {
    if [[ -n "$PG" ]]; then
        psql -q "$PG/postgres" -c "DROP DATABASE IF EXISTS imp_$1" -c "CREATE DATABASE imp_$1" >/dev/null
        echo "$PG/imp_$1"
    else
        rm -f "$1.db" "$1.db-wal" "$1.db-shm"
        echo "$1.db"
    fi
}
for rep in 1 2 3; do
    for who in ref new; do
        bin="$REF"; [[ $who == new ]] && bin="$NEW"
        db="$(store $who)"
        for file in first changed; do
            /usr/bin/time -f "$who $file %e %M" -a -o times.txt \
                "$bin" --db "$db" subscribers import "$file.csv" --list bench >"$who-$file.txt"
        done
    done
done
python3 - <<'PY'
import statistics
runs = {}
for line in open("times.txt"):
    who, what, secs, kib = line.split()
    runs.setdefault((what, who), []).append((float(secs), int(kib)))
for what in ("first", "changed"):
    ref = statistics.median(s for s, _ in runs[(what, "ref")])
    new = statistics.median(s for s, _ in runs[(what, "new")])
    for who in ("ref", "new"):
        print(what, who, " / ".join(f"{s:.2f} s" for s, _ in runs[(what, who)]),
              f"(peak RSS {max(k for _, k in runs[(what, who)]) // 1024} MiB)")
    print(f"{what}: median {ref:.2f} s -> {new:.2f} s: {ref / new:.1f} x the reference's speed")
PY
diff -q ref-changed.txt new-changed.txt >/dev/null || { echo "the two imports report differently:" >&2; cat ref-changed.txt new-changed.txt >&2; exit 1; }
cat new-changed.txt
