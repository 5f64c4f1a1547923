#!/bin/sh
# Proves that running the test suite from a person's own session leaves the person's stored key
# alone. It plays that session: a D-Bus session with an unlocked gnome-keyring holding a sentinel
# key stored by `gemini-doctor key set`, then runs every other test from it, twice: as `ctest`
# straight away (the keychain tests must refuse), and as ./build.sh test runs it (through
# tests/keyring-session.sh). The sentinel must still be there, unchanged, after each.
# usage: tests/sentinel-keyring.sh BUILD_DIR
set -eu
cd "$(dirname "$0")/.."
build=$(cd "$1" && pwd)
# The outer session is made by keyring-session.sh too (so everything started here is reaped), but
# without its marker: to the tests it is an ordinary desktop session.
exec tests/keyring-session.sh sh -c '
    set -eu
    build=$1
    rm "$GD_SESSION_ROOT/throwaway-keyring"
    sentinel="FAKE-sentinel-key-$(date +%s%N)"
    printf "%s\n" "$sentinel" | "$build/app/gemini-doctor" key set --stdin >/dev/null
    stored() { secret-tool lookup server gemini-doctor user api-key 2>/dev/null || true; }
    [ "$(stored)" = "$sentinel" ] || { echo "the sentinel could not be stored" >&2; exit 1; }

    # As a person runs it: no GD_SESSION_ROOT, so the keychain tests skip, saying why.
    env -u GD_SESSION_ROOT ctest --test-dir "$build" -LE sentinel -j2 -V \
        >"$GD_SESSION_ROOT/plain.log" 2>&1 || true
    for test in TestKeyDialog TestKeychainSecretStore TestKeyCommand TestPrivacy; do
        grep -q "SKIP   : $test::.*runs only inside tests/keyring-session.sh" "$GD_SESSION_ROOT/plain.log" \
            || { echo "$test did not refuse to run in a desktop session" >&2; exit 1; }
    done
    [ "$(stored)" = "$sentinel" ] || { echo "plain ctest changed the stored key" >&2; exit 1; }

    tests/keyring-session.sh ctest --test-dir "$build" -LE sentinel -j2 \
        >"$GD_SESSION_ROOT/session.log" 2>&1 \
        || { tail -20 "$GD_SESSION_ROOT/session.log" >&2; exit 1; }
    [ "$(stored)" = "$sentinel" ] || { echo "the suite changed the stored key" >&2; exit 1; }
    echo "the sentinel key survived the suite, run both ways from the session that holds it"
' sh "$build"
