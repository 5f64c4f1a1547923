#!/bin/sh
# Runs a command inside a private D-Bus session with a throwaway, unlocked gnome-keyring and fresh
# HOME and XDG folders, so tests use the real Secret Service without touching the keyring of the
# person running them. Tests that reach the Secret Service check the marker file written here
# (tests/throwawaykeyring.h): it holds this private bus's address, which no desktop session has.
# Every process the command leaves behind (a gnome-keyring-daemon a test unlocked, say) is ended
# here, found by the GD_SESSION_ROOT in its environment, and the script fails if one survives.
set -eu
root=$(mktemp -d "${TMPDIR:-/tmp}/gd-session.XXXXXX")

# The PIDs of processes started under this session, found by the variable they all inherit.
leftovers() {
    for environ in /proc/[0-9]*/environ; do
        pid=${environ#/proc/}
        pid=${pid%/environ}
        [ "$pid" = "$$" ] && continue
        { tr '\0' '\n' <"$environ"; } 2>/dev/null | grep -qxF "GD_SESSION_ROOT=$root" && echo "$pid"
    done
    return 0
}

reap() {
    pids=$(leftovers)
    [ -z "$pids" ] && return 0
    kill $pids 2>/dev/null || true
    for _ in 1 2 3 4 5 6 7 8 9 10; do
        pids=$(leftovers)
        [ -z "$pids" ] && return 0
        sleep 0.1
    done
    kill -9 $pids 2>/dev/null || true
    sleep 0.1
    pids=$(leftovers)
    [ -z "$pids" ] && return 0
    echo "keyring-session.sh: processes still running after the session: $pids" >&2
    return 1
}

cleanup() { reap || true; rm -rf "$root"; }
trap cleanup EXIT INT TERM
for dir in runtime data config cache home tmp; do mkdir -p "$root/$dir"; done
chmod 700 "$root/runtime"
export XDG_RUNTIME_DIR="$root/runtime" XDG_DATA_HOME="$root/data" XDG_CONFIG_HOME="$root/config" \
    XDG_CACHE_HOME="$root/cache" HOME="$root/home" TMPDIR="$root/tmp" GD_SESSION_ROOT="$root"
# A display would let an unlocked-keyring prompt wait forever; QT_NO_GLIB stops libsecret replies.
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS QT_NO_GLIB GEMINI_API_KEY GOOGLE_API_KEY
status=0
dbus-run-session -- sh -c '
    printf %s "$DBUS_SESSION_BUS_ADDRESS" >"$GD_SESSION_ROOT/throwaway-keyring"
    printf %s gd-throwaway-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' sh "$@" || status=$?
# A process left behind is a test that did not end what it started: say so, and fail.
reap || status=1
exit "$status"
