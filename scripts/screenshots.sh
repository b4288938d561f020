#!/usr/bin/env bash
# Captures every screen of the desktop wizard into docs/images/*.png for the user guide.
# Runs the app (already built in build/dev, or $BUILD_DIR) in a real X window under Xvfb with
# the demo file tests/data/demo/users-demo.csv, rehearsing against the local sandbox, and lets
# the app grab its own windows (--screenshot-tour). Uses a throw-away job store and settings.
#   SCALE=1.5 scripts/screenshots.sh    # the same at 150% (QT_SCALE_FACTOR)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${BUILD_DIR:-$ROOT/build/dev}"
APP="$BUILD_DIR/bin/workos-migration-wizard"
OUT="${OUT:-$ROOT/docs/images}"
if [ ! -x "$APP" ]; then
    echo "screenshots: $APP is missing; build first (cmake --build --preset dev)" >&2
    exit 2
fi
command -v xvfb-run >/dev/null || { echo "screenshots: xvfb-run is missing (apt-get install xvfb xauth)" >&2; exit 2; }

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$OUT"
export XDG_DATA_HOME="$TMP/data" XDG_CONFIG_HOME="$TMP/config" XDG_RUNTIME_DIR="$TMP/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export WIZARD_NO_KEYCHAIN=1
# Some latency so that the run page is caught mid-run; WorkOS's real rate limits otherwise.
export WIZARD_SANDBOX_ARGS="${WIZARD_SANDBOX_ARGS:---latency-ms 120}"
export QT_QPA_PLATFORM=xcb
if [ -n "${SCALE:-}" ]; then export QT_SCALE_FACTOR="$SCALE"; fi

# The demo file as a spreadsheet export would name its columns ("E-mail", "First Name",
# "Company ID", ...): the Columns page shows them recognised.
DEMO="$TMP/users-export.csv"
sed '1s/.*/E-mail,First Name,Last Name,Department,Company ID,Company,Role/' "$ROOT/tests/data/demo/users-demo.csv" > "$DEMO"
rm -f "$OUT"/0[0-9]-*.png "$OUT"/1[0-9]-*.png

xvfb-run -a -s "-screen 0 1280x1024x24" \
    "$APP" --store "$TMP/jobs.sqlite" --screenshot-tour "$OUT" \
    --demo-csv "$DEMO"
ls -1 "$OUT"/*.png
