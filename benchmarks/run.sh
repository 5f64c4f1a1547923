#!/bin/sh
# Every benchmark, each figure next to its reference measured in the same run. Not a test: the
# figures go into docs/benchmarks.md by hand, with the date and the machine.
# usage: benchmarks/run.sh [BUILD_DIR]   (after ./build.sh test)
set -eu
build=${1:-build}
bench="$build/benchmarks"
app="$build/app/gemini-doctor"
runs=30
# A fresh HOME and no D-Bus: a start like a first run, without anybody's keychain.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch" XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data"
unset DBUS_SESSION_BUS_ADDRESS

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(. /etc/os-release; echo "$PRETTY_NAME"), $(uname -r)"
echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
echo

for platform in offscreen xvfb; do
    if [ "$platform" = offscreen ]; then
        prefix="env QT_QPA_PLATFORM=offscreen"
    else
        prefix="xvfb-run -a -s -screen\ 0\ 1280x800x24 env QT_QPA_PLATFORM=xcb"
    fi
    if [ "$platform" = xvfb ]; then
        # One X server for all runs, so its start-up is not counted.
        Xvfb :97 -screen 0 1280x800x24 >/dev/null 2>&1 &
        xvfb=$!
        sleep 1
        prefix="env DISPLAY=:97 QT_QPA_PLATFORM=xcb"
    fi
    set -- $($prefix "$bench/bench_process" $runs "$bench/bench_bare_window" 2>/dev/null)
    bare_ms=$1 bare_mb=$2
    set -- $($prefix "$bench/bench_process" $runs "$app" --exit-after-first-paint 2>/dev/null)
    app_ms=$1 app_mb=$2
    [ "$platform" = xvfb ] && kill "$xvfb"
    echo "startup to first paint ($platform, median of $runs):  gemini-doctor $app_ms ms, bare window $bare_ms ms  -> $(echo "$app_ms $bare_ms" | awk '{printf "%.2f", $1/$2}')x (goal <= 1.5x)"
    echo "peak memory ($platform, median of $runs):             gemini-doctor $app_mb MB, bare window $bare_mb MB  -> $(echo "$app_mb $bare_mb" | awk '{printf "%.2f", $1/$2}')x (goal <= 1.5x)"
done
# Instructions are repeatable where milliseconds are not (a busy neighbour on the machine).
if command -v valgrind >/dev/null; then
    count() { QT_QPA_PLATFORM=offscreen valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 | awk '/Collected/ {print $4}'; }
    bare_ir=$(count "$bench/bench_bare_window")
    app_ir=$(count "$app" --exit-after-first-paint)
    echo "instructions to first paint (offscreen, callgrind):    gemini-doctor $app_ir, bare window $bare_ir  -> $(echo "$app_ir $bare_ir" | awk '{printf "%.2f", $1/$2}')x"
fi
echo
"$bench/bench_check"
echo
"$bench/bench_classify"
echo
"$bench/bench_inspect"
echo
# Memory of `watch` over 1000 runs against the simulator (about a minute).
"$(dirname "$0")/watch-memory.sh" "$build" ok 1000
