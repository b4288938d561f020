# Shared set-up for run.sh, test.sh and bench.sh: install missing Debian packages,
# then configure and build incrementally. Source it; do not run it.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_missing_packages() {
    local wanted=() missing=()
    mapfile -t wanted < <(grep -v '^\s*#' "$ROOT/scripts/debian-packages.txt" | sed 's/\s*$//' | grep -v '^$')
    for pkg in "${wanted[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    if ! command -v npm >/dev/null 2>&1; then missing+=(npm); fi
    if [ "${#missing[@]}" -gt 0 ]; then
        echo "==> Installing missing Debian packages: ${missing[*]}"
        as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
}

# The npm WorkOS emulator the integration tests also run against (pinned, see tests/emulator/).
install_emulator() {
    if [ ! -d "$ROOT/tests/emulator/node_modules/workos" ] && [ -f "$ROOT/tests/emulator/package.json" ]; then
        echo "==> Installing the WorkOS emulator from npm (tests/emulator)"
        (cd "$ROOT/tests/emulator" && npm ci --no-audit --no-fund --loglevel=error) ||
            (cd "$ROOT/tests/emulator" && npm install --no-audit --no-fund --loglevel=error)
    fi
}

# ccache: share hits between clones in other folders (CI builds a fresh clone) and accept
# precompiled headers.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$ROOT}"
export CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-true}"
export CCACHE_SLOPPINESS="${CCACHE_SLOPPINESS:-pch_defines,time_macros,include_file_mtime,include_file_ctime}"

PRESET="${PRESET:-dev}"
BUILD_DIR="$ROOT/build/$PRESET"

configure_and_build() {
    if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
        echo "==> Configuring ($PRESET)"
        cmake --preset "$PRESET"
    fi
    echo "==> Building ($PRESET)"
    cmake --build --preset "$PRESET" -- ${NINJA_ARGS:-}
}

setup_all() {
    install_missing_packages
    install_emulator
    configure_and_build
}
