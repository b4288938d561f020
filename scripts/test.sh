#!/usr/bin/env bash
# Installs what is missing, builds incrementally, then runs the whole test suite with CTest.
# Extra arguments go to ctest (for example: -L unit, -R csv, -LE soak is already the default).
source "$(dirname "${BASH_SOURCE[0]}")/lib/setup.sh"
setup_all
export QT_QPA_PLATFORM=offscreen
cd "$BUILD_DIR"
exec ctest --output-on-failure -j2 --timeout 600 -LE soak "$@"
