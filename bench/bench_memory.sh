#!/usr/bin/env bash
# Peak memory of an import from 100,000 to 1,000,000 rows (issue 13: at most 80 MB at 1,000,000
# rows with 4 workers and rate limits off, and within 10% between 100,000 and 1,000,000).
#
#   bench/bench_memory.sh [BUILD_DIR]          (scripts/bench.sh memory runs it)
#
# For each file (gen_users_csv --rows N --orgs 500 --seed 42) and worker count: a fresh
# workos-sandbox --rate-limits off, then
#   /usr/bin/time -v timeout -s INT SECS workos-import --csv FILE --workers W
#       --rate-limits writes=1000000/1,reads=1000000/1,all=1000000/1 --json --quiet
# and the peak RSS (time -v reports the largest descendant: workos-import). Repeated
# BENCH_REPEAT times (default 3); the median is printed with the runs.
#
# Environment: BENCH_ROWS (default "100000 300000 1000000"), BENCH_WORKERS ("1 4"),
# BENCH_REPEAT (3), BENCH_SECONDS (default 120: the import is stopped with SIGINT after that
# long, which covers planning the file — where the part that grows with the file lives — and
# the first minute or more of rows; 0 runs every import to its end, hours at 1,000,000 rows on
# a shared 2-core machine), BENCH_DATA (where the generated files are kept).
# Everything listens on 127.0.0.1 only. Needs node (to read the sandbox's port) and /usr/bin/time.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${1:-$ROOT/build/dev}"
BIN="$BUILD_DIR/bin"
ROWS="${BENCH_ROWS:-100000 300000 1000000}"
WORKERS="${BENCH_WORKERS:-1 4}"
REPEAT="${BENCH_REPEAT:-3}"
SECS="${BENCH_SECONDS:-120}"
DATA="${BENCH_DATA:-$BUILD_DIR/bench-data}"

for tool in "$BIN/workos-import" "$BIN/workos-sandbox" "$BIN/gen_users_csv" /usr/bin/time; do
    [ -x "$tool" ] || { echo "bench_memory: $tool is missing (build first; /usr/bin/time is Debian's 'time')" >&2; exit 2; }
done
command -v node >/dev/null || { echo "bench_memory: node is needed to read the sandbox's port" >&2; exit 2; }
mkdir -p "$DATA"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/bench-memory.XXXXXX")"
SANDBOX_PID=""
stop_sandbox() {
    if [ -n "$SANDBOX_PID" ]; then kill "$SANDBOX_PID" 2>/dev/null || true; wait "$SANDBOX_PID" 2>/dev/null || true; fi
    SANDBOX_PID=""
}
cleanup() { stop_sandbox; rm -rf "$WORK"; }
trap cleanup EXIT

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

KEY="sk_test_bench_$RANDOM$RANDOM"
echo "==> peak RSS of workos-import, sandbox --rate-limits off, stopped after ${SECS}s (0: run to the end)"
echo "    command: WORKOS_API_KEY=... /usr/bin/time -v timeout -s INT $SECS workos-import --csv users-N.csv --api-url URL --checkpoint-dir DIR --workers W --rate-limits writes=1000000/1,reads=1000000/1,all=1000000/1 --json --quiet"
for rows in $ROWS; do
    csv="$DATA/users-$rows.csv"
    [ -f "$csv" ] || "$BIN/gen_users_csv" --rows "$rows" --orgs 500 --seed 42 --out "$csv"
    for workers in $WORKERS; do
        rss=() cpu=() done_rows=()
        for run in $(seq "$REPEAT"); do
            : > "$WORK/sandbox.out"
            WORKOS_SANDBOX_KEYS="$KEY" "$BIN/workos-sandbox" --port 0 --rate-limits off --seed 7 \
                > "$WORK/sandbox.out" 2> "$WORK/sandbox.err" &
            SANDBOX_PID=$!
            for _ in $(seq 100); do [ -s "$WORK/sandbox.out" ] && break; sleep 0.1; done
            url="$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8").split("\n")[0]).url)' "$WORK/sandbox.out")"
            rm -rf "$WORK/store"
            limit=()
            [ "$SECS" != 0 ] && limit=(timeout -s INT "$SECS")
            set +e
            WORKOS_API_KEY="$KEY" /usr/bin/time -v ${limit[@]+"${limit[@]}"} "$BIN/workos-import" --csv "$csv" --api-url "$url" \
                --checkpoint-dir "$WORK/store" --workers "$workers" \
                --rate-limits "writes=1000000/1,reads=1000000/1,all=1000000/1" --json --quiet \
                > "$WORK/import.json" 2> "$WORK/import.time"
            set -e
            stop_sandbox
            rss+=("$(awk -F': ' '/Maximum resident set size/ {print $2}' "$WORK/import.time")")
            cpu+=("$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {print u+s}' "$WORK/import.time")")
            done_rows+=("$(node -e 'try { const s = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); const c = s.counters || {}; console.log((c.users_created || 0) + (c.users_existed || 0)); } catch (e) { console.log("?"); }' "$WORK/import.json")")
        done
        printf 'memory %8d rows, %d worker(s): median peak RSS %6.1f MB  [runs: %s kB; CPU %s s; users done %s]\n' \
            "$rows" "$workers" "$(printf '%s\n' "${rss[@]}" | median | awk '{print $1/1024}')" \
            "${rss[*]}" "${cpu[*]}" "${done_rows[*]}"
    done
done
