#!/bin/sh
# The zsh and fish completions parse in their shells (when the shell is installed: ./build.sh test
# installs both), every command of --help is in each, and fish, which can complete a command line
# without a terminal, completes commands, flags, scenario names and check ids.
# usage: tests/check-shell-completions.sh BINARY
set -eu
binary=$1
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
"$binary" completions zsh >"$scratch/_gemini-doctor"
"$binary" completions fish >"$scratch/gemini-doctor.fish"
head -n 1 "$scratch/_gemini-doctor" | grep -qx '#compdef gemini-doctor'
commands=$("$binary" --help | awk '/^Commands/ {on = 1; next} on && /^$/ {exit} on {print $1}')
for command in $commands; do
    grep -q "'$command:" "$scratch/_gemini-doctor" || { echo "FAIL: zsh lacks $command" >&2; exit 1; }
    grep -q " -a $command " "$scratch/gemini-doctor.fish" || {
        echo "FAIL: fish lacks $command" >&2
        exit 1
    }
done
checked=""
if command -v zsh >/dev/null 2>&1; then
    zsh -n "$scratch/_gemini-doctor"
    checked="$checked zsh"
else
    echo "note: zsh is not installed, so its completion was not parsed"
fi
if command -v fish >/dev/null 2>&1; then
    HOME="$scratch" fish --no-execute "$scratch/gemini-doctor.fish"
    # fish completes a command line on request (complete -C): a command, a flag, a scenario after
    # either option that takes one, and check ids after a comma.
    offers() {
        HOME="$scratch" fish -c "source '$scratch/gemini-doctor.fish'; complete -C '$1'" |
            cut -f 1 | grep -qx -- "$2" || {
            echo "FAIL: fish does not complete '$1' to '$2'" >&2
            exit 1
        }
    }
    offers "gemini-doctor ch" check
    offers "gemini-doctor check --all" --all-models
    offers "gemini-doctor simulate --scenario rate" rate_limited
    offers "gemini-doctor --simulate daily" daily_quota_exhausted
    offers "gemini-doctor check --checks dns,gen" dns,generate
    offers "gemini-doctor key st" status
    checked="$checked fish"
else
    echo "note: fish is not installed, so its completion was not parsed"
fi
if [ -z "$checked" ]; then
    echo "SKIP: neither zsh nor fish is installed (./build.sh test installs them)"
    exit 77
fi
echo "the completions parse in:$checked"
