#!/usr/bin/env bash
# Resume latency: the time from starting `workos-import --resume JOB` to the first API request
# the server receives, on a job planned from a large file (default: 1,000,000 rows).
#
#   bench/bench_resume.sh [BUILD_DIR]          (scripts/bench.sh resume runs it)
#
# Set-up (not measured): gen_users_csv --rows N --orgs 500 --seed 42; workos-sandbox
# --rate-limits off; `workos-import --csv FILE --job-id bench-resume --workers 4` until 2,000
# requests were answered (the 500 organizations and the first users), then SIGINT (the job is left interrupted, as after Ctrl+C).
# Measured, RUNS times (default 3): `workos-import --resume bench-resume --workers 4 --quiet`
# is started, /_sandbox/stats is polled every 2 ms until its request count grows, and the
# resume is stopped again with SIGINT (so that the next run resumes the same job). Prints each
# run's latency and the median.
#
# Environment: BENCH_ROWS (1000000), BENCH_RUNS (3), BENCH_IMPORT (the workos-import to
# measure; default BUILD_DIR/bin/workos-import), BENCH_DATA (where the CSV is kept; default
# BUILD_DIR/bench-data). Needs node. Everything listens on 127.0.0.1 only.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${1:-$ROOT/build/dev}"
BIN="$BUILD_DIR/bin"
ROWS="${BENCH_ROWS:-1000000}"
RUNS="${BENCH_RUNS:-3}"
IMPORT="${BENCH_IMPORT:-$BIN/workos-import}"
DATA="${BENCH_DATA:-$BUILD_DIR/bench-data}"

for tool in "$IMPORT" "$BIN/workos-sandbox" "$BIN/gen_users_csv"; do
    [ -x "$tool" ] || { echo "bench_resume: $tool is missing (build first)" >&2; exit 2; }
done
command -v node >/dev/null || { echo "bench_resume: node is needed" >&2; exit 2; }

mkdir -p "$DATA"
CSV="$DATA/users-$ROWS.csv"
[ -f "$CSV" ] || "$BIN/gen_users_csv" --rows "$ROWS" --orgs 500 --seed 42 --out "$CSV"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/bench-resume.XXXXXX")"
SANDBOX_PID=""
cleanup() {
    if [ -n "$SANDBOX_PID" ]; then kill "$SANDBOX_PID" 2>/dev/null || true; wait "$SANDBOX_PID" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

KEY="sk_test_bench_$RANDOM$RANDOM"
WORKOS_SANDBOX_KEYS="$KEY" "$BIN/workos-sandbox" --port 0 --rate-limits off --seed 7 \
    > "$WORK/sandbox.out" 2> "$WORK/sandbox.err" &
SANDBOX_PID=$!
for _ in $(seq 100); do [ -s "$WORK/sandbox.out" ] && break; sleep 0.1; done
URL="$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8").split("\n")[0]).url)' "$WORK/sandbox.out")"
# The secret /_sandbox/* needs: the sandbox made it and printed it in its first line.
SANDBOX_SECRET="$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8").split("\n")[0]).admin_secret)' "$WORK/sandbox.out")"

echo "==> resume latency: $(basename "$CSV") ($ROWS rows), $IMPORT"
echo "    command: WORKOS_API_KEY=... workos-import --resume bench-resume --checkpoint-dir DIR --workers 4 --quiet"

WORKOS_API_KEY="$KEY" SANDBOX_SECRET="$SANDBOX_SECRET" node - "$IMPORT" "$CSV" "$URL" "$WORK/store" "$RUNS" <<'EOF'
const [importBin, csv, url, store, runs] = process.argv.slice(2);
const { spawn } = require('child_process');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const requests = async () => (await (await fetch(url + '/_sandbox/stats', { headers: { 'X-Sandbox-Secret': process.env.SANDBOX_SECRET } })).json()).requests;
const common = ['--api-url', url, '--checkpoint-dir', store, '--workers', '4', '--quiet'];
const run = (args) => spawn(importBin, args, { stdio: ['ignore', 'ignore', 'pipe'] });
const ended = (child) => new Promise((r) => child.on('exit', (code, signal) => r({ code, signal })));
(async () => {
    // Set-up: plan the file and import a little, then stop as Ctrl+C would.
    // A budget far above the sandbox's (rate limits off) so that the set-up is quick.
    const setup = run(['--csv', csv, '--job-id', 'bench-resume', '--rate-limits',
                       'writes=100000/10,reads=100000/10,all=100000/60', ...common]);
    let err = '';
    setup.stderr.on('data', (d) => { err += d; });
    const setupEnd = ended(setup);
    const t0 = Date.now();
    while ((await requests()) < 2000) {
        if (setup.exitCode !== null) throw new Error('the set-up import ended early: ' + err);
        if (Date.now() - t0 > 600000) throw new Error('the set-up import made no progress');
        await sleep(50);
    }
    setup.kill('SIGINT');
    await setupEnd;
    console.log(`    set-up: planned and interrupted after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    const figures = [];
    for (let i = 0; i < Number(runs); ++i) {
        const before = await requests();
        const start = process.hrtime.bigint();
        const child = run(['--resume', 'bench-resume', ...common]);
        let childErr = '';
        child.stderr.on('data', (d) => { childErr += d; });
        const childEnd = ended(child);
        let ms = -1;
        while (ms < 0) {
            if (child.exitCode !== null) throw new Error('the resume ended before any request: ' + childErr);
            if ((await requests()) > before)
                ms = Number(process.hrtime.bigint() - start) / 1e6;
            else
                await sleep(2);
        }
        child.kill('SIGINT');
        await childEnd;
        figures.push(ms);
        console.log(`    run ${i + 1}: first request ${ms.toFixed(0)} ms after --resume`);
    }
    const sorted = [...figures].sort((a, b) => a - b);
    console.log(`    median: ${sorted[Math.floor((sorted.length - 1) / 2)].toFixed(0)} ms (runs: ${figures.map((f) => f.toFixed(0)).join(', ')} ms)`);
})().catch((e) => { console.error('bench_resume: ' + e.message); process.exit(1); });
EOF
