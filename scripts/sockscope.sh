#!/usr/bin/env bash
# Set-up in one command on a fresh Debian 12 / Ubuntu 24.04 machine:
#   bash scripts/sockscope.sh          installs what is missing, builds, starts the window
#   bash scripts/sockscope.sh test     installs what is missing, builds, runs every test
#   bash scripts/sockscope.sh build    installs what is missing, builds
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
*)
    echo "usage: $0 [run|test|build] [arguments]" >&2
    exit 2
    ;;
esac
