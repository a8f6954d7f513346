#!/usr/bin/env bash
# The code obeys its own .clang-format and .clang-tidy; CI fails on any difference or finding.
#   bash scripts/lint.sh            both
#   bash scripts/lint.sh format     clang-format --dry-run --Werror on core/, app/, tests/
#   bash scripts/lint.sh tidy       clang-tidy (checks of .clang-tidy, warnings are errors) on
#                                   every source of core/ and app/ (the static analyzer on the
#                                   system-facing folders only, see tidy()), with the build's
#                                   compile_commands.json (SOCKSCOPE_BUILD_DIR, default build/)
#   bash scripts/lint.sh fix        clang-format -i on the same files
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${SOCKSCOPE_BUILD_DIR:-$here/build}"
action="${1:-all}"
cd "$here"

# Debian 12's clang-format 14 and clang-tidy 14 (with run-clang-tidy); installed when missing.
missing=()
for p in clang-format clang-tidy; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

sources() { # every C++ file of the tree's code (fuzz seeds are data)
    find core app tests -name '*.cpp' -o -name '*.h' | grep -v '/corpus/' | sort
}

format() {
    local start=$SECONDS
    sources | xargs clang-format --dry-run --Werror
    echo "lint: clang-format clean ($(sources | wc -l) files, $((SECONDS - start)) s)"
}

tidy() {
    local start=$SECONDS
    if [ ! -f "$build/compile_commands.json" ]; then
        echo "lint: $build/compile_commands.json is missing: build first (bash scripts/sockscope.sh build)" >&2
        exit 2
    fi
    # Generated sources (moc, resources) are not ours; the tests follow the same rules through
    # their headers being in HeaderFilterRegex only where they include ours.
    # The static analyzer (clang-analyzer-*) is two thirds of clang-tidy's time. It runs over the
    # code that handles raw memory, system calls and bytes from outside: sockets, recording,
    # capture, files and the model's decoders. The analysis, drawing, simulator and the app are
    # plain value code over the event lists, which ASan, UBSan and the fuzzers exercise at run
    # time; they get every other check.
    local analyzed plain
    analyzed=$(find core/io core/record core/real core/observe core/capture core/util core/run \
        core/model -name '*.cpp' | sort)
    plain=$(find core/analysis core/render core/view core/sim app -name '*.cpp' | sort)
    local log
    log=$(mktemp)
    # The build's precompiled headers (SOCKSCOPE_PCH) are GCC's: clang cannot read them, and a
    # file must compile without them (a header it forgets to include is an error here). The
    # compile commands are taken without the forced include.
    local commands
    commands=$(mktemp -d)
    python3 - "$build/compile_commands.json" "$commands/compile_commands.json" <<'PY'
import json, re, sys
entries = json.load(open(sys.argv[1]))
for e in entries:
    e["command"] = re.sub(r" -Winvalid-pch| -include \S*cmake_pch\.hxx", "", e["command"])
json.dump(entries, open(sys.argv[2], "w"))
PY
    # run-clang-tidy runs one clang-tidy per core and exits non-zero on any error; the
    # .clang-tidy file makes every warning an error.
    local failed=0
    run-clang-tidy -quiet -p "$commands" -j "$(nproc)" $analyzed >"$log" 2>&1 || failed=1
    run-clang-tidy -quiet -p "$commands" -j "$(nproc)" -checks='-clang-analyzer-*' $plain \
        >>"$log" 2>&1 || failed=1
    rm -rf "$commands"
    if [ "$failed" -ne 0 ]; then
        grep -E "(warning|error):" "$log" | sort -u >&2 || cat "$log" >&2
        echo "lint: clang-tidy found the problems above" >&2
        rm -f "$log"
        exit 1
    fi
    rm -f "$log"
    local missing_dirs
    missing_dirs=$(comm -23 <(find core app -name '*.cpp' | sort) \
        <(printf '%s\n' $analyzed $plain | sort))
    if [ -n "$missing_dirs" ]; then
        echo "lint: these sources are in neither list of scripts/lint.sh: $missing_dirs" >&2
        exit 1
    fi
    echo "lint: clang-tidy clean ($(echo "$analyzed" | wc -l) files with the static analyzer," \
        "$(echo "$plain" | wc -l) without, $((SECONDS - start)) s)"
}

case "$action" in
format) format ;;
tidy) tidy ;;
all) format; tidy ;;
fix) sources | xargs clang-format -i ;;
*)
    echo "usage: $0 [all|format|tidy|fix]" >&2
    exit 2
    ;;
esac
