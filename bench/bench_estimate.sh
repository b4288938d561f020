#!/usr/bin/env bash
# The duration model against real runs: for each shape, `workos-import --dry-run --json`
# predicts (estimate_seconds, the same model the wizard and the ETA use), then the import runs
# against workos-sandbox at WorkOS's real limits (500 writes / 10 s) with 120 ms answers
# (--latency-ms 120: 60-180 ms, one in fifty 480 ms), and the two are compared.
#
#   bench/bench_estimate.sh [BUILD_DIR]        (scripts/bench.sh estimate runs it)
#
# Shapes (BENCH_ESTIMATE_CASES picks some, e.g. "users-only latency"):
#   users-only   4,000 users, no organization                      4 workers, 10 in flight
#   one-each     3,000 users, one membership each, 30 organizations   4 workers, 10 in flight
#   three-each   1,200 users in three of 50 organizations (3,600 rows) 4 workers, 10 in flight
#   existing     3,000 users, one membership each, 30% already in WorkOS (seeded first
#                with a second key, so the seeding does not use the import key's budget)
#   latency      800 users, no organization, 1 worker, 2 in flight, 300 ms answers
# Prints predicted (with its range) and actual duration (the run's elapsed_ms) and the error;
# exits 1 when any error is beyond ±10% (BENCH_ESTIMATE_TOLERANCE, in percent). A fresh
# sandbox per shape, so that no shape inherits another's window. 127.0.0.1 only.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${1:-$ROOT/build/dev}"
BIN="$BUILD_DIR/bin"
CASES="${BENCH_ESTIMATE_CASES:-users-only one-each three-each existing latency}"
TOLERANCE="${BENCH_ESTIMATE_TOLERANCE:-10}"

for tool in "$BIN/workos-import" "$BIN/workos-sandbox" /usr/bin/time; do
    [ -x "$tool" ] || { echo "bench_estimate: $tool is missing (build first)" >&2; exit 2; }
done
command -v node >/dev/null || { echo "bench_estimate: node is needed to read JSON" >&2; exit 2; }

WORK="$(mktemp -d "${TMPDIR:-/tmp}/bench-estimate.XXXXXX")"
SANDBOX_PID=""
stop_sandbox() {
    if [ -n "$SANDBOX_PID" ]; then kill "$SANDBOX_PID" 2>/dev/null || true; wait "$SANDBOX_PID" 2>/dev/null || true; fi
    SANDBOX_PID=""
}
cleanup() { stop_sandbox; rm -rf "$WORK"; }
trap cleanup EXIT

KEY="sk_test_estimate_$RANDOM$RANDOM"
SEED_KEY="sk_test_seed_$RANDOM$RANDOM"

start_sandbox() { # LATENCY_MS
    stop_sandbox
    : > "$WORK/sandbox.out"
    WORKOS_SANDBOX_KEYS="$KEY,$SEED_KEY" "$BIN/workos-sandbox" --port 0 --rate-limits workos --seed 11 \
        --latency-ms "$1" > "$WORK/sandbox.out" 2> "$WORK/sandbox.err" &
    SANDBOX_PID=$!
    for _ in $(seq 100); do [ -s "$WORK/sandbox.out" ] && break; sleep 0.1; done
    URL="$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8").split("\n")[0]).url)' "$WORK/sandbox.out")"
}

# gen USERS ORGS MEMBERSHIPS_PER_USER FIRST_USER > file  (ORGS 0: no organization columns)
gen() {
    awk -v n="$1" -v orgs="$2" -v per="$3" -v first="${4:-0}" 'BEGIN {
        srand(42);
        a = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        if (orgs > 0) print "email,password_hash,password_hash_type,first_name,last_name,org_external_id,org_name,role_slugs";
        else print "email,password_hash,password_hash_type,first_name,last_name";
        for (i = first; i < first + n; i++) {
            h = "$2b$10$";
            for (k = 0; k < 53; k++) h = h substr(a, int(rand() * 64) + 1, 1);
            if (orgs == 0) { printf "est.user%d@example.com,%s,bcrypt,Est,User%d\n", i, h, i; continue; }
            for (m = 0; m < per; m++) {
                o = (i * per + m) % orgs;
                printf "est.user%d@example.com,%s,bcrypt,Est,User%d,est-org-%d,Est Org %d,%s\n", i, h, i, o, o, (i % 10 == 0 ? "admin" : "member");
            }
        }
    }'
}

json_field() { node -e 'const o=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8")); const v=process.argv[2].split(".").reduce((x,k)=>x==null?x:x[k],o); console.log(v==null?"":v)' "$1" "$2"; }

FAILED=0
RESULTS="$WORK/results.txt"
: > "$RESULTS"

run_case() { # NAME CSV WORKERS CONCURRENCY LATENCY_MS [SEED_CSV]
    local name="$1" csv="$2" workers="$3" conc="$4" latency="$5" seed="${6:-}"
    start_sandbox "$latency"
    if [ -n "$seed" ]; then
        WORKOS_API_KEY="$SEED_KEY" "$BIN/workos-import" --csv "$seed" --api-url "$URL" --checkpoint-dir "$WORK/seed-$name" \
            --workers 4 --quiet --json > "$WORK/seed-$name.json" 2>&1 || { echo "bench_estimate: seeding $name failed" >&2; cat "$WORK/seed-$name.json" >&2; exit 1; }
    fi
    local store="$WORK/store-$name"
    set +e
    WORKOS_API_KEY="$KEY" "$BIN/workos-import" --csv "$csv" --api-url "$URL" --checkpoint-dir "$store" \
        --workers "$workers" --concurrency "$conc" --dry-run --json > "$WORK/dry-$name.json" 2> "$WORK/dry-$name.err"
    local dry=$?
    WORKOS_API_KEY="$KEY" /usr/bin/time -v "$BIN/workos-import" --csv "$csv" --api-url "$URL" --checkpoint-dir "$store" \
        --workers "$workers" --concurrency "$conc" --json --quiet > "$WORK/run-$name.json" 2> "$WORK/run-$name.time"
    local status=$?
    set -e
    if [ "$dry" -ne 0 ] || [ "$status" -gt 1 ]; then
        echo "bench_estimate: $name: dry run exited $dry, import exited $status" >&2
        tail -n 20 "$WORK/dry-$name.err" "$WORK/run-$name.time" >&2
        FAILED=1
        return
    fi
    local predicted low high actual
    predicted="$(json_field "$WORK/dry-$name.json" estimate_seconds)"
    low="$(json_field "$WORK/dry-$name.json" estimate_low_seconds)"
    high="$(json_field "$WORK/dry-$name.json" estimate_high_seconds)"
    actual="$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1],"utf8")).elapsed_ms/1000)' "$WORK/run-$name.json")"
    local cpu
    cpu="$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.2f", s}' "$WORK/run-$name.time")"
    local line
    line="$(node -e '
        const [name, p, lo, hi, a, cpu, tol] = process.argv.slice(1);
        const err = 100 * (Number(p) - Number(a)) / Number(a);
        const ok = Math.abs(err) <= Number(tol);
        console.log(`${name.padEnd(11)} predicted ${Number(p).toFixed(1).padStart(6)} s [${Number(lo).toFixed(1)}-${Number(hi).toFixed(1)}]  actual ${Number(a).toFixed(1).padStart(6)} s  error ${(err >= 0 ? "+" : "") + err.toFixed(1)}%  CPU ${cpu} s  ${ok ? "ok" : "BEYOND ±" + tol + "%"}`);
        process.exit(ok ? 0 : 3);' "$name" "$predicted" "$low" "$high" "$actual" "$cpu" "$TOLERANCE")" || FAILED=1
    echo "    $line" | tee -a "$RESULTS"
    stop_sandbox
}

echo "==> estimate: sandbox --rate-limits workos --latency-ms 120 (300 for 'latency'); predicted = workos-import --dry-run --json estimate_seconds, actual = the run's elapsed_ms"
for c in $CASES; do
    case "$c" in
        users-only) gen 4000 0 1 > "$WORK/$c.csv"; run_case "$c" "$WORK/$c.csv" 4 10 120 ;;
        one-each) gen 3000 30 1 > "$WORK/$c.csv"; run_case "$c" "$WORK/$c.csv" 4 10 120 ;;
        three-each) gen 1200 50 3 > "$WORK/$c.csv"; run_case "$c" "$WORK/$c.csv" 4 10 120 ;;
        existing)
            gen 3000 30 1 > "$WORK/$c.csv"
            # 30% of the users (every user whose number ends in 0, 3 or 6) exist in WorkOS.
            awk -F, 'NR == 1 { print "email,password_hash,password_hash_type,first_name,last_name"; next }
                     { n = $1; sub(/^est\.user/, "", n); sub(/@.*/, "", n); if (n % 10 == 0 || n % 10 == 3 || n % 10 == 6) print $1 "," $2 "," $3 "," $4 "," $5 }' \
                "$WORK/$c.csv" > "$WORK/$c-seed.csv"
            run_case "$c" "$WORK/$c.csv" 4 10 120 "$WORK/$c-seed.csv" ;;
        latency) gen 800 0 1 > "$WORK/$c.csv"; run_case "$c" "$WORK/$c.csv" 1 2 300 ;;
        *) echo "bench_estimate: unknown case $c" >&2; exit 2 ;;
    esac
done
if [ "$FAILED" -ne 0 ]; then
    echo "bench_estimate: some estimates were beyond ±$TOLERANCE% (or a run failed)" >&2
    exit 1
fi
