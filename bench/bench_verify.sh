#!/usr/bin/env bash
# What `workos-import verify` costs: imports BENCH_USERS users (one membership each, in
# BENCH_ORGS organizations) into workos-sandbox without rate limits, then verifies the job and
# prints the requests verify sent per endpoint (from GET /_sandbox/stats) and per 100,000 users.
# The minutes follow from WorkOS's read budget (1,000 user-management reads per 10 s), see
# docs/PERFORMANCE.md.
#
#   bench/bench_verify.sh [BUILD_DIR]
#
# Needs python3 (CSV and JSON). Everything listens on 127.0.0.1 only.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${1:-$ROOT/build/dev}"
BIN="$BUILD_DIR/bin"
USERS="${BENCH_USERS:-5000}"
ORGS="${BENCH_ORGS:-20}"
KEY="sk_test_bench_verify"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/bench-verify.XXXXXX")"
SANDBOX_PID=""
cleanup() {
    if [ -n "$SANDBOX_PID" ]; then kill "$SANDBOX_PID" 2>/dev/null || true; wait "$SANDBOX_PID" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

python3 - "$WORK/users.csv" "$USERS" "$ORGS" <<'PY'
import sys
path, users, orgs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
with open(path, "w") as f:
    f.write("email,first_name,last_name,external_id,org_external_id,org_name,role_slugs\n")
    for i in range(users):
        o = i % orgs
        f.write(f"user{i}@example.com,First{i},Last{i},ext-{i},org-{o},Org {o},member\n")
PY

mkfifo "$WORK/handshake"
"$BIN/workos-sandbox" --port 0 --keys "$KEY" --rate-limits off > "$WORK/handshake" &
SANDBOX_PID=$!
HANDSHAKE="$(head -n1 "$WORK/handshake")"
URL="$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["url"])' "$HANDSHAKE")"
# The secret /_sandbox/* needs: the sandbox made it and printed it in its first line.
SECRET="$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["admin_secret"])' "$HANDSHAKE")"
export WORKOS_API_KEY="$KEY"
FAST="writes=1000000/10,reads=1000000/10,all=1000000/10"
"$BIN/workos-import" --csv "$WORK/users.csv" --api-url "$URL" --checkpoint-dir "$WORK/store" --job-id bench \
    --rate-limits "$FAST" --quiet
curl -s -H "X-Sandbox-Secret: $SECRET" "$URL/_sandbox/stats" > "$WORK/before.json"
START=$(date +%s.%N)
"$BIN/workos-import" verify bench --checkpoint-dir "$WORK/store" --quiet
END=$(date +%s.%N)
curl -s -H "X-Sandbox-Secret: $SECRET" "$URL/_sandbox/stats" > "$WORK/after.json"
python3 - "$WORK/before.json" "$WORK/after.json" "$USERS" "$ORGS" "$START" "$END" <<'PY'
import json, sys
before, after = (json.load(open(p))["endpoints"] for p in sys.argv[1:3])
users, orgs, start, end = int(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5]), float(sys.argv[6])
total = 0
for route, n in sorted(after.items()):
    d = n - before.get(route, 0)
    if d:
        total += d
        print(f"  {route}: {d}")
reads = sum(n - before.get(r, 0) for r, n in after.items() if r.startswith("GET /user_management"))
print(f"verify of {users} users in {orgs} organizations: {total} requests ({reads} user-management reads), "
      f"{end - start:.1f} s without rate limits")
per = 100000 / users
print(f"per 100,000 users: {total * per:.0f} requests, {reads * per:.0f} user-management reads = "
      f"{reads * per / 100:.0f} s at 1,000 reads / 10 s ({reads * per / 100 / 60:.1f} min)")
PY
