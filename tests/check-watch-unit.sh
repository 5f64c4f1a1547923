#!/bin/sh
# The packaged watch unit passes `systemd-analyze verify` as a user unit, with no warning at all
# (verify exits 0 on a line it ignores, so any output fails the test). ExecStart points at the
# binary just built, since verify wants the command to exist; the throwaway runtime directory and
# home keep the person's own user manager and files out of it.
# usage: tests/check-watch-unit.sh SOURCE_DIR BINARY
set -eu
source_dir=$1
binary=$2
if ! command -v systemd-analyze >/dev/null 2>&1; then
    echo "SKIP: systemd-analyze is not installed (package systemd)"
    exit 77
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
unit="$scratch/gemini-doctor-watch.service"
sed "s#/usr/bin/gemini-doctor#$binary#" "$source_dir/packaging/gemini-doctor-watch.service" >"$unit"
grep -q "^ExecStart=$binary watch" "$unit"
output=$(XDG_RUNTIME_DIR="$scratch" HOME="$scratch" \
    systemd-analyze --user --man=no verify "$unit" 2>&1) || {
    echo "systemd-analyze verify failed: $output" >&2
    exit 1
}
if [ -n "$output" ]; then
    echo "systemd-analyze verify warns: $output" >&2
    exit 1
fi
# A user unit that a person enables with one command: it must say where it is wanted.
grep -q '^WantedBy=' "$unit"
grep -q '^After=.*dbus' "$unit"
echo "the watch unit verifies cleanly"
