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
    # In turns (app, bare, app, bare ...), the ratio taken pair by pair: a busy neighbour slows
    # both sides of each pair alike.
    echo "startup to first paint and peak memory ($platform, $runs pairs in turns; goals <= 1.5x):"
    $prefix "$bench/bench_process" $runs "$app" --exit-after-first-paint \
        --vs "$bench/bench_bare_window" 2>/dev/null |
        sed -e 's|^A:|  gemini-doctor:|' -e 's|^B:|  bare window:  |' -e 's|^A/B|  gemini-doctor / bare window|'
    [ "$platform" = xvfb ] && kill "$xvfb"
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
