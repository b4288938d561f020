#!/usr/bin/env bash
# Installs what is missing, builds incrementally, then starts the desktop wizard.
# Arguments are passed to the program.
source "$(dirname "${BASH_SOURCE[0]}")/lib/setup.sh"
setup_all
if [ -x "$BUILD_DIR/bin/workos-migration-wizard" ]; then
    exec "$BUILD_DIR/bin/workos-migration-wizard" "$@"
fi
if [ "$#" -eq 0 ]; then set -- --help; fi
exec "$BUILD_DIR/bin/workos-import" "$@"
