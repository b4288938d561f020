#!/usr/bin/env bash
# Proves the .deb by installing it: builds the package (cpack) from a configured build folder,
# checks it with lintian, makes a clean Debian 12 root with mmdebstrap, installs the package
# there with apt-get install --no-install-recommends (so only what it declares arrives), and in
# that root runs the three programs: workos-import --version, an import of a small CSV into
# workos-sandbox on 127.0.0.1 checked in the sandbox's /_sandbox/state and in `workos-import
# jobs`, the wizard offscreen up to its main window (--self-test, in German to prove Qt's
# translations), and the manual pages.
#
#   scripts/package-test.sh [BUILD_DIR]      default: build/dev (configured and built)
#
# Runs as root (chroot, mounts), from ./scripts/test.sh as the CTest test package_install_debian12
# (label "package"). Exit 77 when not root (CTest shows it as skipped, with the reason).
# The Debian root tarball and the downloaded .debs are cached in $WIZARD_CACHE_DIR (default
# ~/.cache/workos-wizard), outside the build folder, and refreshed after a week. Everything
# else lives in a temporary folder removed on exit; mounts and processes live in a private mount
# and PID namespace (unshare), so they end with the script even when it is killed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="$(cd "${1:-$ROOT/build/dev}" && pwd)"
CACHE_DIR="${WIZARD_CACHE_DIR:-${XDG_CACHE_HOME:-${HOME:-/root}/.cache}/workos-wizard}"
SUITE=bookworm
TARBALL="$CACHE_DIR/$SUITE-apt.tar"
ARCHIVES="$CACHE_DIR/$SUITE-archives"
MIRRORS=("deb http://deb.debian.org/debian $SUITE main"
         "deb http://deb.debian.org/debian $SUITE-updates main"
         "deb http://deb.debian.org/debian-security $SUITE-security main")

say() { printf '==> [%3ds] %s\n' "$SECONDS" "$*"; }
fail() { printf 'package-test: FAILED: %s\n' "$*" >&2; exit 1; }

if [ "$(id -u)" -ne 0 ]; then
    echo "package-test: needs root to make and enter a Debian root (chroot, mounts); run it as root or with sudo" >&2
    exit 77
fi
for tool in cpack mmdebstrap lintian unshare chroot flock; do
    command -v "$tool" >/dev/null || fail "$tool is missing (scripts/debian-packages.txt lists the Debian packages)"
done
[ -f "$BUILD_DIR/CPackConfig.cmake" ] || fail "$BUILD_DIR is not a configured build folder (cmake --preset dev)"

WORK="$(mktemp -d /tmp/workos-package-test.XXXXXX)"
cleanup() {
    # The root and its mounts are in the private namespace of the unshare below (on a tmpfs) and
    # vanish with it; only the package and a few logs are left here.
    rm -rf --one-file-system "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- 1. The package ---------------------------------------------------------------------------
# CTest sets WIZARD_PACKAGE_TEST_NO_BUILD=1: the build folder was built before the tests ran.
if [ "${WIZARD_PACKAGE_TEST_NO_BUILD:-0}" != 1 ]; then
    say "Building the programs, manual pages and changelog ($BUILD_DIR)"
    cmake --build "$BUILD_DIR" --target workos-migration-wizard workos-import workos-sandbox packaging_files >"$WORK/build.log" 2>&1 ||
        { tail -30 "$WORK/build.log"; fail "the build failed"; }
fi
say "Packaging (cpack -G DEB)"
(cd "$WORK" && cpack -G DEB --config "$BUILD_DIR/CPackConfig.cmake" -B "$WORK/out" >"$WORK/cpack.log" 2>&1) ||
    { cat "$WORK/cpack.log"; fail "cpack failed"; }
DEB="$(ls "$WORK"/out/*.deb)"
DDEB="$(ls "$WORK"/out/*.ddeb 2>/dev/null || true)"
VERSION="$(dpkg-deb -f "$DEB" Version)"
say "$(basename "$DEB") ($(du -k "$DEB" | cut -f1) KiB), Depends: $(dpkg-deb -f "$DEB" Depends)"
[ -n "$DDEB" ] || fail "no -dbgsym package next to $(basename "$DEB")"

say "lintian (errors fail the test; warnings are explained in packaging/README.md)"
# Lintian refuses nothing for running as root, but says so: keep that line out of the log.
if ! lintian --fail-on error --tag-display-limit 0 "$DEB" "$DDEB" 2>&1 | grep -v 'running with root privileges' | tee "$WORK/lintian.log"; then
    :
fi
if grep -q '^E: ' "$WORK/lintian.log"; then fail "lintian reports errors"; fi

# --- 2. A clean Debian 12 root ------------------------------------------------------------------
mkdir -p "$CACHE_DIR" "$ARCHIVES/partial"
# One run at a time per cache (other clones on the same machine share it): the tarball is made
# once, and apt in two roots must not share the archive folder at the same moment.
exec 9>"$CACHE_DIR/.lock"
if ! flock -n 9; then
    say "Waiting for another package test using $CACHE_DIR"
    flock 9
fi
if [ -f "$TARBALL" ] && [ -z "$(find "$TARBALL" -mtime +7)" ]; then
    say "Debian $SUITE root from the cache ($TARBALL)"
else
    say "Making a Debian $SUITE root with mmdebstrap (cached in $CACHE_DIR)"
    # The package lists stay in the tarball so that a run needs no apt-get update.
    # (mmdebstrap picks the format from the name: it must end in .tar)
    mmdebstrap --quiet --variant=apt --skip=cleanup/apt/lists "$SUITE" "$TARBALL.new.tar" "${MIRRORS[@]}" ||
        { rm -rf "$TARBALL.new.tar"; fail "mmdebstrap could not make a Debian root (is deb.debian.org reachable?)"; }
    mv "$TARBALL.new.tar" "$TARBALL"
fi
R="$WORK/root"
mkdir -p "$R"
cp "$DEB" "$WORK/package.deb"

# --- 3. Inside the root -------------------------------------------------------------------------
cat >"$WORK/inside.sh" <<'INSIDE'
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8 HOME=/tmp/home PATH=/usr/sbin:/usr/bin:/sbin:/bin
export XDG_RUNTIME_DIR=/tmp/runtime
VERSION="$1"
say() { printf '==> %s\n' "$*"; }
fail() { printf 'package-test: FAILED: %s\n' "$*" >&2; exit 1; }
mkdir -p "$HOME" && mkdir -m 0700 -p "$XDG_RUNTIME_DIR"
cd /tmp

say "apt-get install --no-install-recommends ./package.deb"
# --force-unsafe-io: no fsync per file while unpacking (a throw-away root); halves the time.
install() { apt-get install -y -q --no-install-recommends -o Dpkg::Options::=--force-unsafe-io "$@" >/tmp/apt.log 2>&1; }
if ! install /tmp/package.deb; then
    # Lists older than the mirror (a point release since the root was made): refresh once.
    apt-get update -q >/tmp/apt-update.log 2>&1 || { cat /tmp/apt-update.log; fail "apt-get update failed"; }
    install /tmp/package.deb || { cat /tmp/apt.log; fail "the package does not install"; }
fi
grep -E '^(Setting up|Unpacking) ' /tmp/apt.log | sed 's/^/    /' | grep -c . | xargs printf '    %s packages set up\n'

say "workos-import --version"
out="$(workos-import --version)"
[ "$out" = "workos-import $VERSION" ] || fail "workos-import --version said \"$out\", expected \"workos-import $VERSION\""
for p in workos-sandbox workos-migration-wizard; do
    out="$(QT_QPA_PLATFORM=offscreen $p --version)"
    [ "$out" = "$p $VERSION" ] || fail "$p --version said \"$out\""
done

say "An import into workos-sandbox on 127.0.0.1"
workos-sandbox --port 0 >/tmp/sandbox.out 2>/tmp/sandbox.err &
SANDBOX=$!
for _ in $(seq 100); do grep -q '"url"' /tmp/sandbox.out && break; sleep 0.1; done
URL="$(sed -n 's/.*"url":"\([^"]*\)".*/\1/p' /tmp/sandbox.out)"
KEY="$(sed -n 's/.*"keys":\["\([^"]*\)".*/\1/p' /tmp/sandbox.out)"
SECRET="$(sed -n 's/.*"admin_secret":"\([^"]*\)".*/\1/p' /tmp/sandbox.out)" # what /_sandbox/* needs
[ -n "$URL" ] && [ -n "$KEY" ] || { cat /tmp/sandbox.err; fail "workos-sandbox did not start"; }
PORT="${URL##*:}"
cat >/tmp/users.csv <<'CSV'
email,first_name,last_name,email_verified
ada@example.com,Ada,Lovelace,true
grace@example.com,Grace,Hopper,true
katherine@example.com,Katherine,Johnson,false
CSV
WORKOS_API_KEY="$KEY" workos-import --csv /tmp/users.csv --api-url "$URL" --job-id package-test --json \
    >/tmp/import.json 2>/tmp/import.err || { cat /tmp/import.json /tmp/import.err; fail "workos-import did not import the CSV"; }
# A number from JSON text: count KEY TEXT (the first "KEY": N).
count() { grep -o "\"$1\": *[0-9]*" <<<"$2" | head -1 | grep -o '[0-9]*$' || true; }
IMPORT="$(cat /tmp/import.json)"
[ "$(count users_created "$IMPORT")" = 3 ] && [ "$(count failed "$IMPORT")" = 0 ] ||
    fail "workos-import did not report 3 users created and 0 failed: $IMPORT"
# The sandbox's own record (bash's /dev/tcp: the clean root has no curl).
exec 3<>"/dev/tcp/127.0.0.1/$PORT"
printf 'GET /_sandbox/state HTTP/1.0\r\nHost: 127.0.0.1\r\nX-Sandbox-Secret: %s\r\n\r\n' "$SECRET" >&3
STATE="$(cat <&3)"
exec 3<&-
[ "$(count users "$STATE")" = 3 ] || fail "the sandbox does not hold 3 users: $STATE"
for email in ada@example.com grace@example.com katherine@example.com; do
    grep -q "\"$email\"" <<<"$STATE" || fail "the sandbox has no user $email"
done
JOBS="$(workos-import jobs --json)"
grep -q '"state": *"finished"' <<<"$JOBS" || fail "workos-import jobs does not show the job finished: $JOBS"
say "    3 users created (workos-import --json), 3 in the sandbox's /_sandbox/state, job package-test finished"
kill "$SANDBOX"; wait "$SANDBOX" 2>/dev/null || true

say "Every Qt plugin the programs can load finds its libraries (ldd)"
missing="$(for f in /usr/lib/*/qt6/plugins/{platforms,sqldrivers,tls,platforminputcontexts,xcbglintegrations}/*.so; do
    ldd "$f" | sed -n "s|^[[:space:]]*\([^ ]*\) => not found|$f: \1|p"; done)"
[ -z "$missing" ] || fail "libraries missing for Qt plugins: $missing"
for lib in /usr/lib/*/libsecret-1.so.0; do [ -e "$lib" ] || fail "libsecret-1.so.0 (QtKeychain loads it by name) is missing"; done

say "The wizard offscreen, in German, up to its main window (--self-test)"
LANG=de_DE.UTF-8 LC_ALL= QT_QPA_PLATFORM=offscreen WIZARD_NO_KEYCHAIN=1 QT_DEBUG_PLUGINS=1 \
    timeout 60 workos-migration-wizard --self-test >/tmp/wizard.out 2>/tmp/wizard.err ||
    { cat /tmp/wizard.out /tmp/wizard.err; fail "the wizard's self-test failed"; }
sed 's/^/    /' /tmp/wizard.out
printf '    Qt plugins loaded: %s\n' "$(grep ' loaded library' /tmp/wizard.err | grep -o 'plugins/[^"]*\.so' | sort -u | tr '\n' ' ')"
grep -q 'Abbrechen' /tmp/wizard.out || fail "Qt's German translation was not loaded (qt6-translations-l10n)"
grep -q 'jobs listed: 1$' /tmp/wizard.out || fail "the wizard does not list the job workos-import ran"

say "Manual pages"
[ -f /usr/share/doc/workos-migration-wizard/copyright ] || fail "no copyright file"
install man-db || { cat /tmp/apt.log; fail "man-db does not install"; }
for p in workos-migration-wizard workos-import workos-sandbox; do
    MAN_DISABLE_SECCOMP=1 man -P cat "$p" >/tmp/man.txt 2>/tmp/man.err || { cat /tmp/man.err; fail "man $p"; }
    grep -q -- '--version' /tmp/man.txt || fail "the manual page of $p does not list --version"
done
MAN_DISABLE_SECCOMP=1 man -P cat workos-import | grep -q -- '--csv' || fail "man workos-import lacks --csv"
say "    man workos-migration-wizard, workos-import, workos-sandbox open"
INSIDE

say "Unpacking the root, installing the package and running it there (private mount and PID namespace)"
start=$SECONDS
# The root lives on a tmpfs of the namespace: unpacking is quick and it is gone with the namespace.
unshare --mount --pid --fork --propagation private /bin/bash -euc '
    R="$1"; ARCHIVES="$2"; VERSION="$3"; TARBALL="$4"; WORK="$5"
    mount -t tmpfs -o size=4g,mode=0755 tmpfs "$R"
    tar -C "$R" -xf "$TARBALL"
    cp "$WORK/package.deb" "$WORK/inside.sh" "$R/tmp/"
    cp /etc/resolv.conf "$R/etc/resolv.conf" 2>/dev/null || true
    mount -t proc proc "$R/proc"
    mount --rbind /dev "$R/dev"
    mount -t tmpfs tmpfs "$R/dev/shm" 2>/dev/null || true
    mount --bind "$ARCHIVES" "$R/var/cache/apt/archives"
    exec chroot "$R" /bin/bash /tmp/inside.sh "$VERSION"
' package-test "$R" "$ARCHIVES" "$VERSION" "$TARBALL" "$WORK"
say "Package test passed ($((SECONDS - start)) s in the root)"
