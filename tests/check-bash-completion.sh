#!/bin/bash
# Drives the generated bash completion as bash does on <Tab>: the script is sourced, COMP_WORDS
# and COMP_CWORD are set, the completion function runs, and COMPREPLY is read.
# usage: tests/check-bash-completion.sh BINARY
set -uo pipefail
binary=$1
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
failures=0

"$binary" completions bash >"$scratch/gemini-doctor.bash" || {
    echo "FAIL: gemini-doctor completions bash failed" >&2
    exit 1
}
# Another shell, or none, is a usage error (exit 2) with nothing on standard output.
for shell in tcsh ""; do
    out=$("$binary" completions $shell 2>/dev/null)
    status=$?
    if [ "$status" -ne 2 ] || [ -n "$out" ]; then
        echo "FAIL: 'completions $shell' exits $status (expected 2) or prints a script" >&2
        exit 1
    fi
done
# shellcheck source=/dev/null
source "$scratch/gemini-doctor.bash"
complete -p gemini-doctor | grep -q -- '-F _gemini_doctor' || {
    echo "FAIL: the script does not register _gemini_doctor for gemini-doctor" >&2
    exit 1
}

# The completions of a command line whose last word is being completed.
completions() {
    COMP_WORDS=("$@")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMP_LINE="$*"
    COMP_POINT=${#COMP_LINE}
    COMPREPLY=()
    _gemini_doctor gemini-doctor "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
    printf '%s\n' "${COMPREPLY[@]}"
}
expect() {
    local want=$1
    shift
    local got
    got=$(completions "$@")
    if ! grep -qxF -- "$want" <<<"$got"; then
        echo "FAIL: '$*<Tab>' does not offer '$want'; it offers: $(echo $got)" >&2
        failures=$((failures + 1))
    fi
}
refuse() {
    local unwanted=$1
    shift
    if completions "$@" | grep -qxF -- "$unwanted"; then
        echo "FAIL: '$*<Tab>' offers '$unwanted'" >&2
        failures=$((failures + 1))
    fi
}

# Commands, and not the hidden build tool.
expect check gemini-doctor ch
expect completions gemini-doctor comp
refuse manpage gemini-doctor man
# Flags of a command, and of the desktop face.
expect --all-models gemini-doctor check --all
expect --checks gemini-doctor watch --chec
expect --listen gemini-doctor watch --li
expect --exit-after-first-paint gemini-doctor --exit
refuse --all-models gemini-doctor explain --all
# Scenario names: simulate --scenario, the desktop's --simulate, and --scenario=NAME.
expect rate_limited gemini-doctor simulate --scenario rate
expect daily_quota_exhausted gemini-doctor --simulate daily
expect rate_limited gemini-doctor simulate --scenario = rate
# ... and --scenario=NAME as one word, where "=" is not a word break.
expect --scenario=rate_limited gemini-doctor simulate --scenario=rate
# Every scenario simulate --list names, and nothing else.
scenarios=$("$binary" simulate --list | awk '{print $1}' | sort)
offered=$(completions gemini-doctor simulate --scenario "" | sort)
[ "$scenarios" = "$offered" ] || {
    echo "FAIL: --scenario offers other names than simulate --list" >&2
    failures=$((failures + 1))
}
# Check ids, one after another, comma-separated.
expect generate gemini-doctor check --checks gen
expect dns,generate gemini-doctor check --checks dns,gen
expect connect gemini-doctor watch --checks con
# Fixed words: key's actions, --api-version, the shells.
expect status gemini-doctor key st
expect v1beta gemini-doctor check --api-version v1
expect zsh gemini-doctor completions z
# Files where a file is expected: explain's FILE, check --report; not after a free-text option.
touch "$scratch/error-body.json" "$scratch/report-old.md"
expect "$scratch/error-body.json" gemini-doctor explain "$scratch/error-"
expect "$scratch/report-old.md" gemini-doctor check --report "$scratch/report-"
refuse "$scratch/error-body.json" gemini-doctor check --model "$scratch/error-"

if [ "$failures" -ne 0 ]; then
    exit 1
fi
echo "bash completes commands, flags, scenario names, check ids, words and files"
