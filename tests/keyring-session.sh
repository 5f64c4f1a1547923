#!/bin/sh
# Runs a command inside a private D-Bus session with a throwaway, unlocked gnome-keyring and fresh
# HOME and XDG folders, so tests use the real Secret Service without touching the keyring of the
# person running them. dbus-run-session passes the exit code through and leaves no daemon behind.
set -eu
root=$(mktemp -d "${TMPDIR:-/tmp}/gd-session.XXXXXX")
cleanup() { rm -rf "$root"; }
trap cleanup EXIT INT TERM
for dir in runtime data config cache home tmp; do mkdir -p "$root/$dir"; done
chmod 700 "$root/runtime"
export XDG_RUNTIME_DIR="$root/runtime" XDG_DATA_HOME="$root/data" XDG_CONFIG_HOME="$root/config" \
    XDG_CACHE_HOME="$root/cache" HOME="$root/home" TMPDIR="$root/tmp" GD_SESSION_ROOT="$root"
# A display would let an unlocked-keyring prompt wait forever; QT_NO_GLIB stops libsecret replies.
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS QT_NO_GLIB GEMINI_API_KEY GOOGLE_API_KEY
status=0
dbus-run-session -- sh -c '
    printf %s gd-throwaway-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' sh "$@" || status=$?
exit "$status"
