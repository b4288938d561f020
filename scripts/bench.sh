#!/usr/bin/env bash
# Benchmarks (never timed assertions in tests): the same set-up as run.sh/test.sh, then
#   scan     — generate 100,000 and 1,000,000-row CSVs, validate each 3 times under
#              /usr/bin/time -v, print the median seconds and peak memory;
#   import   — bench/bench_import.sh, when present (an import against workos-sandbox at
#              WorkOS's real rate limits);
#   resume   — bench/bench_resume.sh: time from `workos-import --resume` to the first request
#              the sandbox receives, on a 1,000,000-row job (median of 3);
#   estimate — bench/bench_estimate.sh: the duration model's prediction (--dry-run --json)
#              against real runs of five shapes at WorkOS's limits (~10 min); exits 1 when an
#              error is beyond ±10%;
#   cpu      — bench/bench_import.sh at the ceiling and with limits off: CPU per 1,000 users;
#   memory   — bench/bench_memory.sh: peak RSS of imports of 100,000, 300,000 and 1,000,000
#              rows with 1 and 4 workers, rate limits off (median of 3; BENCH_SECONDS per run);
#   sources  — bench/bench_sources.sh: a Firebase JSON and an Auth0 NDJSON export of
#              BENCH_USERS (1,000,000) users scanned against the same users as CSV: time ratio
#              and peak RSS (median of 3).
# Usage: ./scripts/bench.sh [scan|import|resume|estimate|cpu|memory|sources|all]   (default: all). Figures go in docs/PERFORMANCE.md.
source "$(dirname "${BASH_SOURCE[0]}")/lib/setup.sh"
setup_all
what="${1:-all}"
DATA="$BUILD_DIR/bench-data"
mkdir -p "$DATA"
BIN="$BUILD_DIR/bin"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

scan_bench() {
    for rows in 100000 1000000; do
        local csv="$DATA/users-$rows.csv"
        [ -f "$csv" ] || "$BIN/gen_users_csv" --rows "$rows" --orgs 500 --seed 42 --out "$csv"
        local size; size=$(stat -c %s "$csv")
        local secs=() rss=()
        for i in 1 2 3; do
            /usr/bin/time -v "$BIN/bench_scan" --csv "$csv" > "$DATA/scan.out" 2> "$DATA/scan.time"
            secs+=("$(awk -F': ' '/Elapsed \(wall clock\)/ {split($2,t,":"); s=0; for(i=1;i<=length(t);i++) s=s*60+t[i]; print s}' "$DATA/scan.time")")
            rss+=("$(awk -F': ' '/Maximum resident set size/ {print $2}' "$DATA/scan.time")")
        done
        printf 'scan %8d rows (%4d MB): median %5.2f s wall, median peak RSS %5.1f MB  [runs: %s s]\n' \
            "$rows" "$((size / 1000000))" "$(printf '%s\n' "${secs[@]}" | median)" \
            "$(printf '%s\n' "${rss[@]}" | median | awk '{print $1/1024}')" "${secs[*]}"
        tail -n 3 "$DATA/scan.out" | sed 's/^/    /'
    done
}

case "$what" in
    scan) scan_bench ;;
    import) bash "$ROOT/bench/bench_import.sh" "$BUILD_DIR" ;;
    resume) BENCH_DATA="$DATA" bash "$ROOT/bench/bench_resume.sh" "$BUILD_DIR" ;;
    estimate) bash "$ROOT/bench/bench_estimate.sh" "$BUILD_DIR" ;;
    memory) BENCH_DATA="$DATA" bash "$ROOT/bench/bench_memory.sh" "$BUILD_DIR" ;;
    sources) BENCH_DATA="$DATA" bash "$ROOT/bench/bench_sources.sh" "$BUILD_DIR" ;;
    cpu)
        BENCH_USERS=3000 bash "$ROOT/bench/bench_import.sh" "$BUILD_DIR"
        BENCH_USERS=3000 BENCH_LIMITS=off bash "$ROOT/bench/bench_import.sh" "$BUILD_DIR"
        ;;
    all)
        scan_bench
        if [ -f "$ROOT/bench/bench_import.sh" ]; then bash "$ROOT/bench/bench_import.sh" "$BUILD_DIR"; fi
        BENCH_DATA="$DATA" bash "$ROOT/bench/bench_resume.sh" "$BUILD_DIR"
        bash "$ROOT/bench/bench_estimate.sh" "$BUILD_DIR"
        ;;
    *) echo "usage: $0 [scan|import|resume|estimate|cpu|memory|sources|all]" >&2; exit 2 ;;
esac
