#!/bin/sh
# Memory of `gemini-doctor watch` over many runs against the simulator (a benchmark, not a test):
# the resident set size of the watch process after 10, 100, 250, 500, 750 and 1000 runs. Flat
# means nothing of a run is kept into the next. The simulator runs in a process of its own, so
# what it records is not counted; the interval is the test-only 0 ms, so 1000 runs take a minute.
# usage: benchmarks/watch-memory.sh [BUILD_DIR] [SCENARIO] [RUNS]
set -eu
build=${1:-build}
scenario=${2:-ok}
runs=${3:-1000}
app="$build/app/gemini-doctor"
scratch=$(mktemp -d)
simulator="" watcher=""
exec 3<&-
cleanup() {
    [ -n "$watcher" ] && kill "$watcher" 2>/dev/null || true
    [ -n "$simulator" ] && kill "$simulator" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$scratch"
}
trap cleanup EXIT
export HOME="$scratch" XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data"
unset DBUS_SESSION_BUS_ADDRESS GEMINI_API_KEY GOOGLE_API_KEY

"$app" simulate --scenario "$scenario" >"$scratch/url" 2>/dev/null &
simulator=$!
while [ ! -s "$scratch/url" ]; do sleep 0.05; done
url=$(head -n1 "$scratch/url")

mkfifo "$scratch/lines"
echo AIzaFAKE-watch-bench-key | GEMINI_DOCTOR_WATCH_TEST_INTERVAL_MS=0 \
    "$app" watch --base-url "$url" --key-stdin --json >"$scratch/lines" 2>/dev/null &
watcher=$!

exec 3<"$scratch/lines" # kept open until watch has ended, so it never writes into a closed pipe
rss() { awk '/^VmRSS/ {printf "%.1f", $2/1024}' "/proc/$watcher/status"; }
start=$(date +%s.%N)
n=0
echo "watch against the simulator ($scenario), RSS of the watch process:"
while read -r line <&3; do
    n=$((n + 1))
    case $n in
    10 | 100 | 250 | 500 | 750 | "$runs")
        printf '  after %4d runs: %s MB\n' "$n" "$(rss)"
        ;;
    esac
    [ "$n" -ge "$runs" ] && break
done
end=$(date +%s.%N)
echo "  $n runs in $(echo "$start $end" | awk '{printf "%.1f", $2 - $1}') s"
kill -TERM "$watcher"
wait "$watcher" && echo "  SIGTERM: exit 0" || echo "  SIGTERM: exit $?"
watcher=""
exec 3<&-
