#!/usr/bin/env bash
# Import throughput at WorkOS's real rate limits: workos-import against workos-sandbox started
# with `--rate-limits workos` (500 writes / 10 s per key), the client on its defaults.
#
#   bench/bench_import.sh [BUILD_DIR]          (scripts/bench.sh import runs it)
#
# Environment: BENCH_USERS (default 3000, one membership each), BENCH_ORGS (30),
# BENCH_WORKERS (4), BENCH_LATENCY_MS (sandbox latency per answer, default 0), BENCH_LIMITS
# (workos, or off: the sandbox with --rate-limits off and the client with a budget it never
# reaches, to see the CPU cost of the requests alone).
# Prints: users/s and writes/s against the 50 writes/s budget (share held), the 429s and the
# most writes the sandbox admitted in any 10 s window, peak RSS and CPU time of workos-import.
# Needs node (JSON and HTTP) and /usr/bin/time. Everything listens on 127.0.0.1 only.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${1:-$ROOT/build/dev}"
BIN="$BUILD_DIR/bin"
USERS="${BENCH_USERS:-3000}"
ORGS="${BENCH_ORGS:-30}"
WORKERS="${BENCH_WORKERS:-4}"
LATENCY="${BENCH_LATENCY_MS:-0}"
LIMITS="${BENCH_LIMITS:-workos}"
CLIENT_LIMITS=()
[ "$LIMITS" = off ] && CLIENT_LIMITS=(--rate-limits "writes=1000000/1,reads=1000000/1,all=1000000/1")

for tool in "$BIN/workos-import" "$BIN/workos-sandbox" /usr/bin/time; do
    [ -x "$tool" ] || { echo "bench_import: $tool is missing (build first; /usr/bin/time is Debian's 'time')" >&2; exit 2; }
done
command -v node >/dev/null || { echo "bench_import: node is needed to read the sandbox's JSON" >&2; exit 2; }

WORK="$(mktemp -d "${TMPDIR:-/tmp}/bench-import.XXXXXX")"
SANDBOX_PID=""
cleanup() {
    if [ -n "$SANDBOX_PID" ]; then kill "$SANDBOX_PID" 2>/dev/null || true; wait "$SANDBOX_PID" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

# One user per row, each in one organization: one user write + one membership write per row.
CSV="$WORK/users.csv"
awk -v n="$USERS" -v orgs="$ORGS" 'BEGIN {
    srand(42);
    a = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    print "email,password_hash,password_hash_type,first_name,last_name,org_external_id,org_name,role_slugs";
    for (i = 0; i < n; i++) {
        h = "$2b$10$";
        for (k = 0; k < 53; k++) h = h substr(a, int(rand() * 64) + 1, 1);
        o = i % orgs;
        printf "bench.user%d@example.com,%s,bcrypt,Bench,User%d,bench-org-%d,Bench Org %d,%s\n", i, h, i, o, o, (i % 10 == 0 ? "admin" : "member");
    }
}' > "$CSV"

# The sandbox's key comes from the environment, not its command line.
KEY="sk_test_bench_$RANDOM$RANDOM"
WORKOS_SANDBOX_KEYS="$KEY" "$BIN/workos-sandbox" --port 0 --rate-limits "$LIMITS" --seed 7 --latency-ms "$LATENCY" \
    > "$WORK/sandbox.out" 2> "$WORK/sandbox.err" &
SANDBOX_PID=$!
for _ in $(seq 100); do [ -s "$WORK/sandbox.out" ] && break; sleep 0.1; done
URL="$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8").split("\n")[0]).url)' "$WORK/sandbox.out")"
# The secret /_sandbox/* needs: the sandbox made it and printed it in its first line.
SANDBOX_SECRET="$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8").split("\n")[0]).admin_secret)' "$WORK/sandbox.out")"

CMD=(workos-import --csv users.csv --api-url "$URL" --checkpoint-dir DIR --workers "$WORKERS" --json --quiet)
echo "==> import: $USERS users, $ORGS organizations, $WORKERS workers; sandbox --rate-limits $LIMITS --latency-ms $LATENCY"
echo "    command: WORKOS_API_KEY=... /usr/bin/time -v ${CMD[*]}"
set +e
WORKOS_API_KEY="$KEY" /usr/bin/time -v "$BIN/workos-import" --csv "$CSV" --api-url "$URL" --checkpoint-dir "$WORK/store" \
    --workers "$WORKERS" ${CLIENT_LIMITS[@]+"${CLIENT_LIMITS[@]}"} --json --quiet > "$WORK/import.json" 2> "$WORK/import.time"
STATUS=$?
set -e
[ "$STATUS" -eq 0 ] || { echo "bench_import: workos-import exited $STATUS" >&2; tail -n 40 "$WORK/import.time" >&2; exit 1; }

SANDBOX_SECRET="$SANDBOX_SECRET" node - "$URL" "$WORK/import.json" "$WORK/import.time" "$USERS" "$WORKERS" <<'EOF'
const [url, summaryFile, timeFile, users, workers] = process.argv.slice(2);
const fs = require('fs');
(async () => {
    const stats = await (await fetch(url + '/_sandbox/stats', { headers: { 'X-Sandbox-Secret': process.env.SANDBOX_SECRET } })).json();
    const summary = JSON.parse(fs.readFileSync(summaryFile, 'utf8'));
    const time = fs.readFileSync(timeFile, 'utf8');
    const field = (name) => { const m = time.match(new RegExp(name + ': ([0-9.:]+)')); return m ? m[1] : '0'; };
    const ep = stats.endpoints || {};
    const userWrites = ep['POST /user_management/users'] || 0;
    const memberWrites = ep['POST /user_management/organization_memberships'] || 0;
    const writes = userWrites + memberWrites;
    const seconds = summary.elapsed_ms / 1000;
    const w = stats.families.writes;
    const budget = w.limit / w.window_seconds;
    const rssMb = Number(field('Maximum resident set size \\(kbytes\\)')) / 1024;
    const cpu = Number(field('User time \\(seconds\\)')) + Number(field('System time \\(seconds\\)'));
    const c = summary.counters;
    const lines = [
        `state ${summary.state}: ${c.users_created} users created, ${c.memberships_added} memberships, ${c.failed} failed`,
        `wall ${seconds.toFixed(1)} s (planning + organizations + import)`,
        `users/s ${(Number(users) / seconds).toFixed(2)}   writes/s ${(writes / seconds).toFixed(2)} of ${budget} => ${(100 * writes / seconds / budget).toFixed(1)}% of the write budget held`,
        `user-management writes ${writes} (users ${userWrites}, memberships ${memberWrites}); organizations created ${ep['POST /organizations'] || 0}`,
        `429s: ${stats.rate_limited} (client counted ${c.rate_limited}); writes family: max_in_window ${w.max_in_window} of ${w.limit} per ${w.window_seconds} s, max_attempted_in_window ${w.max_attempted_in_window}`,
        `reads family max_in_window ${stats.families.reads.max_in_window}, all family max_in_window ${stats.families.all.max_in_window}; API requests ${stats.requests}`,
        `workos-import with ${workers} workers: peak RSS ${rssMb.toFixed(1)} MB (old tool: 480 MB), CPU ${cpu.toFixed(2)} s (${(100 * cpu / seconds).toFixed(1)}% of one core), ${(1000 * cpu / Number(users)).toFixed(2)} s per 1,000 users, ${(1000 * cpu / stats.requests).toFixed(3)} ms per request`,
    ];
    for (const l of lines) console.log('    ' + l);
})().catch((e) => { console.error('bench_import: ' + e.message); process.exit(1); });
EOF
