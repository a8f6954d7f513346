#!/usr/bin/env bash
# Reliability checks (README "Reliability checks"); CI runs all three after the normal tests.
#   bash scripts/reliability.sh asan    ASan + UBSan build (clang), the whole test suite
#   bash scripts/reliability.sh fuzz    libFuzzer targets, each for FUZZ_SECONDS (30), in the same
#                                       clang ASan + UBSan build (one build serves both stages)
#   bash scripts/reliability.sh tsan    TSan build, the engine/runner tests
#   bash scripts/reliability.sh all     the three in turn, with the time each took
# Build folders: $SOCKSCOPE_RELIABILITY_DIR/build-{asan,tsan} (default: next to build/).
# Any sanitizer report, fuzzer crash, leak or timeout fails the script.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${SOCKSCOPE_RELIABILITY_DIR:-$here}"
stage="${1:-all}"
fuzz_seconds="${FUZZ_SECONDS:-30}"
jobs="${JOBS:-$(nproc)}"

# The normal build's packages come from scripts/sockscope.sh; the ASan/fuzz build needs clang and
# its runtime (libFuzzer and the sanitizers for clang live in libclang-rt-14-dev on Debian 12).
need=()
for p in clang libclang-rt-14-dev; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need+=("$p")
done
if [ "$stage" != tsan ] && [ ${#need[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}"
fi

# -O1 with line tables only: compiles much faster than RelWithDebInfo, and the reports still
# name file and line.
configure() { # build-dir, extra cmake arguments...
    local build="$1"
    shift
    cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
        -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1" "$@" >/dev/null
}

# Engine tests: sender and receiver threads, stop while running, the GUI-thread handoff.
tsan_tests=(tst_lessons tst_runcontroller tst_observesession tst_observecontroller tst_observesoak tst_faults)

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=0"
export LSAN_OPTIONS="suppressions=$here/tests/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
# die_after_fork=0: QProcess forks from a threaded test to start python3 or sockscope, and the
# child only execs; TSan would otherwise refuse any fork once threads exist.
export TSAN_OPTIONS="suppressions=$here/tests/tsan.supp:halt_on_error=1:second_deadlock_stack=1:die_after_fork=0"

# clang, so that the same objects also link the libFuzzer targets (SOCKSCOPE_FUZZ adds coverage
# instrumentation, which costs the tests little): one sanitizer build instead of two.
asan_build="$dir/build-asan"
configure_asan() {
    configure "$asan_build" -DSOCKSCOPE_SANITIZE=address,undefined -DSOCKSCOPE_FUZZ=ON \
        -DCMAKE_CXX_COMPILER=clang++
}

asan() {
    local build="$asan_build"
    configure_asan
    cmake --build "$build" --parallel "$jobs"
    ctest --test-dir "$build" --output-on-failure --timeout 600 -E '^tst_syscallfidelity$'
    # LeakSanitizer cannot work under ptrace, and this test runs sockscope under strace:
    # ASan and UBSan still check it, leaks are checked by every other test.
    ASAN_OPTIONS="$ASAN_OPTIONS:detect_leaks=0" \
        ctest --test-dir "$build" --output-on-failure --timeout 600 -R '^tst_syscallfidelity$'
}

tsan() {
    local build="$dir/build-tsan"
    configure "$build" -DSOCKSCOPE_SANITIZE=thread
    cmake --build "$build" --parallel "$jobs" --target "${tsan_tests[@]}"
    local regex
    regex="^($(IFS='|'; echo "${tsan_tests[*]}"))\$"
    ctest --test-dir "$build" --output-on-failure --timeout 600 -R "$regex"
}

fuzz() {
    local build="$asan_build"
    configure_asan
    local targets=(fuzz_scenario fuzz_tracejson fuzz_framedecoder fuzz_scenarioset fuzz_show)
    cmake --build "$build" --parallel "$jobs" --target "${targets[@]}"
    for t in "${targets[@]}"; do
        # A scratch corpus: new inputs go there, the seeds in the repository stay as they are.
        local work="$build/corpus-$t"
        rm -rf "$work" && mkdir -p "$work"
        # fuzz_show's seeds are whole traces: a request/reply lesson with its scenarios is ~13 KB.
        local max_len=8192
        [ "$t" = fuzz_show ] && max_len=16384
        echo "== $t (${fuzz_seconds} s)"
        "$build/tests/fuzz/$t" -max_total_time="$fuzz_seconds" -timeout=10 -rss_limit_mb=2048 \
            -max_len="$max_len" -print_final_stats=1 -artifact_prefix="$build/$t-" \
            "$work" "$here/tests/fuzz/corpus/${t#fuzz_}" 2>&1 | tail -n 25
        [ "${PIPESTATUS[0]}" -eq 0 ] || { echo "$t failed: see the artifact in $build" >&2; exit 1; }
    done
}

timed() {
    local start=$SECONDS
    "$1"
    echo "== reliability stage $1: $((SECONDS - start)) s"
}

case "$stage" in
asan|tsan|fuzz) timed "$stage" ;;
all) timed asan; timed fuzz; timed tsan ;;
*) echo "usage: $0 [asan|tsan|fuzz|all]" >&2; exit 2 ;;
esac
