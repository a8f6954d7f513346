#!/usr/bin/env bash
# Set-up in one command on a fresh Debian 12 / Ubuntu 24.04 machine:
#   bash scripts/sockscope.sh          installs what is missing, builds, starts the window
#   bash scripts/sockscope.sh test     installs what is missing, builds, runs every test
#   bash scripts/sockscope.sh build    installs what is missing, builds
#   bash scripts/sockscope.sh package  builds the .deb (CPack), checks it as Debian would (lintian,
#                                      the manual pages, the desktop file, the AppStream
#                                      metainfo) and proves it unpacks and runs
# Extra arguments after "run" go to sockscope itself (e.g. run lessons).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${SOCKSCOPE_BUILD_DIR:-$here/build}"
action="${1:-run}"
[ $# -gt 0 ] && shift

# Qt 6.4 from Debian is the floor. simdjson reads trace JSON (README "Notes for developers");
# strace proves syscall fidelity in the tests; python3 drives the observe-mode tests; the fonts
# draw Latin and Chinese labels in exported images; libpcap captures the real runs' packets on
# loopback (their wire lane).
packages=(cmake ninja-build g++ pkg-config
          qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
          qt6-svg-dev qt6-qpa-plugins qt6-translations-l10n libgl-dev libsimdjson-dev
          fonts-dejavu-core fonts-wqy-microhei strace python3 libpcap-dev)
# tshark reads the --pcap export back in the tests (about a minute to install, no questions
# asked with DEBIAN_FRONTEND=noninteractive); bash-completion, zsh and man-db let the tests
# complete and render what the build made. Only the test run needs them.
# libcap2-bin's capsh drops CAP_NET_RAW to test a run without the permission to capture.
if [ "$action" = test ]; then packages+=(tshark libcap2-bin bash-completion zsh man-db); fi
# The package: dpkg-shlibdeps (dpkg-dev) computes its dependencies, lintian is Debian's checker,
# desktop-file-validate and appstreamcli check the desktop file and the metainfo, man renders
# the manual pages.
if [ "$action" = package ]; then
    packages+=(dpkg-dev lintian desktop-file-utils appstream man-db bash-completion)
fi

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

# SOCKSCOPE_DEBUG_INFO=lines (CI sets it): line tables only (-g1) instead of full debug
# information, a quarter less compile time; backtraces still name function, file and line.
debug_info=()
if [ "${SOCKSCOPE_DEBUG_INFO:-}" = lines ]; then
    debug_info=(-DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG")
fi
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${debug_info[@]}" >/dev/null
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
    trap 'rm -rf "$root" "$root.lintian"' EXIT
    dpkg-deb --field "$deb" Package Version Depends
    dpkg-deb -x "$deb" "$root"
    for f in usr/bin/sockscope usr/share/applications/io.github.sockscope.SockScope.desktop \
             usr/share/metainfo/io.github.sockscope.SockScope.metainfo.xml \
             usr/share/icons/hicolor/scalable/apps/io.github.sockscope.SockScope.svg \
             usr/share/man/man1/sockscope.1.gz usr/share/man/zh_CN/man1/sockscope.1.gz \
             usr/share/bash-completion/completions/sockscope usr/share/zsh/vendor-completions/_sockscope \
             usr/share/doc/sockscope/copyright usr/share/doc/sockscope/changelog.gz; do
        [ -f "$root/$f" ] || { echo "package: $f is missing from $deb" >&2; exit 1; }
    done
    "$root/usr/bin/sockscope" --version
    "$root/usr/bin/sockscope" lessons >/dev/null
    # Debian's checker: any error fails, warnings are printed (each one is fixed or overridden
    # with its reason, so a new one shows here first).
    if ! lintian --fail-on error "$deb" >"$root.lintian" 2>&1; then
        grep -v 'running with root privileges' "$root.lintian" >&2 || true
        echo "package: lintian found errors in $deb" >&2
        exit 1
    fi
    grep -v 'running with root privileges' "$root.lintian" || true
    echo "package: lintian: 0 errors, $(grep -c '^W:' "$root.lintian" || true) warnings"
    desktop-file-validate "$root/usr/share/applications/io.github.sockscope.SockScope.desktop"
    appstreamcli validate --no-net "$root/usr/share/metainfo/io.github.sockscope.SockScope.metainfo.xml"
    # The manual pages render without a groff warning.
    for page in "$root"/usr/share/man/man1/sockscope.1.gz "$root"/usr/share/man/zh_CN/man1/sockscope.1.gz; do
        warnings="$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l "$page" 2>&1 >/dev/null)"
        [ -z "$warnings" ] || { echo "package: $page: $warnings" >&2; exit 1; }
    done
    if [ "${SOCKSCOPE_PACKAGE_INSTALL:-0}" = 1 ]; then
        sudo=""
        [ "$(id -u)" -ne 0 ] && sudo="sudo"
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$deb"
        /usr/bin/sockscope --version
        /usr/bin/sockscope lessons >/dev/null
        # What a teacher types: the manual page is found by name.
        man -w sockscope
        LC_ALL=C.UTF-8 MANWIDTH=80 man sockscope 2>/dev/null | grep -- '--lesson' >/dev/null
        # Tab after "sockscope run --lesson " lists the lessons: bash-completion loads the
        # installed script by the command's name.
        bash -c 'source /usr/share/bash-completion/bash_completion
            _completion_loader sockscope
            COMP_WORDS=(sockscope run --lesson ""); COMP_CWORD=3
            COMP_LINE="sockscope run --lesson "; COMP_POINT=${#COMP_LINE}
            _sockscope; printf "%s\n" "${COMPREPLY[@]}"' | grep -x side-by-side >/dev/null
    fi
    echo "package ok: $deb"
    ;;
*)
    echo "usage: $0 [run|test|build|package] [arguments]" >&2
    exit 2
    ;;
esac
