#!/bin/sh
# Runs the diagnosis fuzzer for SECONDS, seeded from the fixtures, and prints libFuzzer's figures.
# usage: tests/fuzz/run.sh BUILD_DIR SECONDS
set -eu
build=${1:-build-sanitize}
seconds=${2:-60}
corpus="$build/fuzz-corpus"
mkdir -p "$corpus"
"$build/tests/fuzz/fuzz_diagnosis" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
    -rss_limit_mb=2048 -print_final_stats=1 "$corpus" "$build/tests/fuzz/seeds" 2>&1 \
    | grep -E '^(#[0-9]+ +DONE|stat::|INFO: (seed corpus|Running with)|==[0-9]+==|SUMMARY|Done)' || true
# grep hides progress lines; libFuzzer's own exit status decides.
"$build/tests/fuzz/fuzz_diagnosis" -runs=0 "$corpus" >/dev/null 2>&1
