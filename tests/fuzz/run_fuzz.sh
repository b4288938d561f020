#!/usr/bin/env bash
# run_fuzz.sh FUZZER CORPUS SECONDS: a bounded libFuzzer run that never writes into the corpus.
set -euo pipefail
fuzzer="$1" corpus="$2" seconds="$3"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
cd "$scratch"
"$fuzzer" -max_total_time="$seconds" -runs=200000 -max_len=8192 -rss_limit_mb=1024 -timeout=10 \
    -print_final_stats=1 "$scratch" "$corpus"
