#!/usr/bin/env bash
# Captures every screen of the desktop wizard into docs/images/*.png for the user guide.
# Runs the app (already built in build/dev, or $BUILD_DIR) in a real X window under Xvfb with
# the demo file tests/data/demo/users-demo.csv, rehearsing against the local sandbox, and lets
# the app grab its own windows (--screenshot-tour). Uses a throw-away job store and settings.
#   scripts/screenshots.sh                 # English, 100%, light: docs/images/*.png (the user guide's)
#   SCALE=2 THEME=dark LANG_CODE=de scripts/screenshots.sh   # one variant: docs/images/de-200-dark/
#   scripts/screenshots.sh --all           # every variant: en/de × 100%/200% × light/dark
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${BUILD_DIR:-$ROOT/build/dev}"
APP="$BUILD_DIR/bin/workos-migration-wizard"
if [ ! -x "$APP" ]; then
    echo "screenshots: $APP is missing; build first (cmake --build --preset dev)" >&2
    exit 2
fi
command -v xvfb-run >/dev/null || { echo "screenshots: xvfb-run is missing (apt-get install xvfb xauth)" >&2; exit 2; }

if [ "${1:-}" = "--all" ]; then
    for lang in en de; do for scale in 1 2; do for theme in light dark; do
        LANG_CODE=$lang SCALE=$scale THEME=$theme "$0"
    done; done; done
    exit 0
fi

LANG_CODE="${LANG_CODE:-en}"
SCALE="${SCALE:-1}"
THEME="${THEME:-light}"
if [ "$LANG_CODE-$SCALE-$THEME" = "en-1-light" ]; then
    OUT="${OUT:-$ROOT/docs/images}"
else
    OUT="${OUT:-$ROOT/docs/images/$LANG_CODE-$((SCALE * 100))-$THEME}"
fi

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$OUT"
export XDG_DATA_HOME="$TMP/data" XDG_CONFIG_HOME="$TMP/config" XDG_RUNTIME_DIR="$TMP/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export WIZARD_NO_KEYCHAIN=1
# Some latency so that the run page is caught mid-run; WorkOS's real rate limits otherwise.
export WIZARD_SANDBOX_ARGS="${WIZARD_SANDBOX_ARGS:---latency-ms 120}"
export QT_QPA_PLATFORM=xcb
export QT_SCALE_FACTOR="$SCALE"
[ "$THEME" = dark ] && export WIZARD_SCREENSHOT_PALETTE=dark
case "$LANG_CODE" in
    en) export LANG=en_US.UTF-8 LANGUAGE=en ;;
    de) export LANG=de_DE.UTF-8 LANGUAGE=de ;;
    fr) export LANG=fr_FR.UTF-8 LANGUAGE=fr ;;
    *) echo "screenshots: LANG_CODE is en, de or fr" >&2; exit 2 ;;
esac
export LC_ALL="$LANG"

# The demo file as a spreadsheet export would name its columns ("E-mail", "First Name",
# "Company ID", ...): the Columns page shows them recognised.
DEMO="$TMP/users-export.csv"
sed '1s/.*/E-mail,First Name,Last Name,Department,Company ID,Company,Role/' "$ROOT/tests/data/demo/users-demo.csv" > "$DEMO"
rm -f "$OUT"/0[0-9]-*.png "$OUT"/1[0-9]-*.png

SCREEN="$((1280 * SCALE))x$((1024 * SCALE))x24"
xvfb-run -a -s "-screen 0 $SCREEN" \
    "$APP" --store "$TMP/jobs.sqlite" --screenshot-tour "$OUT" \
    --demo-csv "$DEMO"
ls -1 "$OUT"/*.png
