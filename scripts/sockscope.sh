#!/usr/bin/env bash
# Set-up in one command on a fresh Debian 12 / Ubuntu 24.04 machine:
#   bash scripts/sockscope.sh          installs what is missing, builds, starts the window
#   bash scripts/sockscope.sh test     installs what is missing, builds, runs every test
#   bash scripts/sockscope.sh build    installs what is missing, builds
#   bash scripts/sockscope.sh package  builds the .deb (CPack) and proves it unpacks and runs
# Extra arguments after "run" go to sockscope itself (e.g. run lessons).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${SOCKSCOPE_BUILD_DIR:-$here/build}"
action="${1:-run}"
[ $# -gt 0 ] && shift

# Qt 6.4 from Debian is the floor. strace proves syscall fidelity in the tests; python3 drives
# the observe-mode tests; the fonts draw Latin and Chinese labels in exported images.
packages=(cmake ninja-build g++ pkg-config
          qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
          qt6-svg-dev qt6-qpa-plugins qt6-translations-l10n libgl-dev
          fonts-dejavu-core fonts-wqy-microhei strace python3)
# tshark reads the --pcap export back in the tests (about a minute to install, no questions
# asked with DEBIAN_FRONTEND=noninteractive); only the test run needs it.
if [ "$action" = test ]; then packages+=(tshark); fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --parallel "$(nproc)"

case "$action" in
run)
    exec "$build/app/sockscope" "$@"
    ;;
test)
    ctest --test-dir "$build" --output-on-failure --timeout 600 "$@"
    ;;
build)
    ;;
package)
    # The package must install and run, not only build: unpack it into a temporary root and run
    # the binary from there (the system's Qt libraries are the ones the package depends on).
    # SOCKSCOPE_PACKAGE_INSTALL=1 also installs it into the system with apt-get (needs root).
    rm -f "$build"/sockscope_*.deb
    (cd "$build" && cpack -G DEB >/dev/null)
    deb="$(ls "$build"/sockscope_*.deb)"
    root="$(mktemp -d)"
    trap 'rm -rf "$root"' EXIT
    dpkg-deb --field "$deb" Package Version Depends
    dpkg-deb -x "$deb" "$root"
    for f in usr/bin/sockscope usr/share/applications/io.github.sockscope.SockScope.desktop \
             usr/share/metainfo/io.github.sockscope.SockScope.metainfo.xml \
             usr/share/icons/hicolor/scalable/apps/io.github.sockscope.SockScope.svg; do
        [ -f "$root/$f" ] || { echo "package: $f is missing from $deb" >&2; exit 1; }
    done
    "$root/usr/bin/sockscope" --version
    "$root/usr/bin/sockscope" lessons >/dev/null
    if [ "${SOCKSCOPE_PACKAGE_INSTALL:-0}" = 1 ]; then
        sudo=""
        [ "$(id -u)" -ne 0 ] && sudo="sudo"
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$deb"
        /usr/bin/sockscope --version
        /usr/bin/sockscope lessons >/dev/null
    fi
    echo "package ok: $deb"
    ;;
*)
    echo "usage: $0 [run|test|build|package] [arguments]" >&2
    exit 2
    ;;
esac
