#!/bin/sh
# The test command installs no system service (issue 22): no package that ./build.sh test or
# ./build.sh sanitize installs for the tests ships a unit or init script that starts at boot.
# (BUILD_PACKAGES are the app's own needs, dbus for the keychain among them, as on any desktop.)
# usage: tests/check-test-services.sh SOURCE_DIR
set -eu
build_sh="$1/build.sh"
packages=$(sed -n -e 's/^\(TEST_PACKAGES\|SANITIZE_PACKAGES\)=(\(.*\))$/\2/p' "$build_sh")
[ -n "$packages" ] || { echo "no TEST_PACKAGES in $build_sh" >&2; exit 1; }
status=0
for package in $packages; do
    # The package's files as Debian lists them; one not installed yet is read from its record.
    files=$(dpkg -L "$package" 2>/dev/null || apt-file list "$package" 2>/dev/null || true)
    if [ -z "$files" ]; then
        echo "cannot list the files of $package" >&2
        status=1
        continue
    fi
    services=$(printf '%s\n' "$files" |
        grep -E '^/(usr/)?lib/systemd/system/[^/]+\.(service|socket|timer)$|^/etc/init\.d/' || true)
    if [ -n "$services" ]; then
        echo "$package starts at boot: $services" >&2
        status=1
    fi
done
grep -q '^TEST_TOOLS=(prometheus)' "$build_sh" || { echo "prometheus is not a tool" >&2; status=1; }
[ "$status" -eq 0 ] && echo "no test package starts a service: $packages"
exit "$status"
