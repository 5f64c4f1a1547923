#!/bin/sh
# Builds the .deb, validates the desktop entry and the AppStream metadata, runs lintian (any error
# or warning fails), installs the package with apt-get, runs it from the installed path, checks
# the man page, the completions and the watch unit where they were installed, and removes it.
# usage: packaging/check-package.sh BUILD_DIR   (as root, or with sudo)
set -eu
build=${1:-build}
here=$(cd "$(dirname "$0")" && pwd)
sudo=""
[ "$(id -u)" -eq 0 ] || sudo=sudo

desktop-file-validate "$here/io.github.geminidoctor.GeminiDoctor.desktop"
appstreamcli validate --no-net --explain "$here/io.github.geminidoctor.GeminiDoctor.metainfo.xml"

(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls -t "$build"/gemini-doctor_*.deb | head -n 1)
echo "package: $deb"
dpkg-deb --field "$deb" Package Version Depends Recommends

# lintian refuses to run as root unless told; it reads the .deb only. Informational tags are
# shown, and only an error (E:) or a warning (W:) fails.
allow_root=""
[ "$(id -u)" -ne 0 ] || allow_root=--allow-root
lintian_output=$(lintian $allow_root --display-info "$deb" 2>&1) || true
[ -z "$lintian_output" ] || echo "$lintian_output"
if echo "$lintian_output" | grep -qE '^[EW]: '; then
    echo "lintian reports errors or warnings on $deb" >&2
    exit 1
fi
echo "lintian: no error, no warning"

$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")" >/dev/null
test -x /usr/bin/gemini-doctor
/usr/bin/gemini-doctor --version
/usr/bin/gemini-doctor simulate --list | head -n 3
# The window too, from the installed path: it paints its first frame and exits 0.
scratch=$(mktemp -d)
HOME="$scratch" XDG_RUNTIME_DIR="$scratch" QT_QPA_PLATFORM=offscreen \
    /usr/bin/gemini-doctor --exit-after-first-paint 2>/dev/null
rm -rf "$scratch"
echo "the installed app painted its window and exited 0"
test -f /usr/share/applications/io.github.geminidoctor.GeminiDoctor.desktop
test -f /usr/share/metainfo/io.github.geminidoctor.GeminiDoctor.metainfo.xml
test -f /usr/share/icons/hicolor/scalable/apps/io.github.geminidoctor.GeminiDoctor.svg
# The man page, in English and German, shows every command; the completions are where each shell
# looks; the watch unit is where systemd looks for user units, and verifies.
test -f /usr/share/doc/gemini-doctor/changelog.Debian.gz
test -f /usr/share/doc/gemini-doctor/copyright
page=$(man -w gemini-doctor)
test "$page" = /usr/share/man/man1/gemini-doctor.1.gz
test -f /usr/share/man/de/man1/gemini-doctor.1.gz
rendered=$(MANWIDTH=400 MANPAGER=cat man -l "$page" | col -b)
for command in $(/usr/bin/gemini-doctor --help | awk '/^Commands/ {on = 1; next} on && /^$/ {exit} on {print $1}'); do
    echo "$rendered" | grep -qE "^ {2,}$command\$" || {
        echo "the installed man page lacks the command $command" >&2
        exit 1
    }
done
echo "man gemini-doctor shows every command"
test -f /usr/share/bash-completion/completions/gemini-doctor
test -f /usr/share/zsh/vendor-completions/_gemini-doctor
test -f /usr/share/fish/vendor_completions.d/gemini-doctor.fish
bash -c '. /usr/share/bash-completion/completions/gemini-doctor && complete -p gemini-doctor' >/dev/null
unit=/usr/lib/systemd/user/gemini-doctor-watch.service
test -f "$unit"
if command -v systemd-analyze >/dev/null 2>&1; then
    scratch=$(mktemp -d)
    verify=$(XDG_RUNTIME_DIR="$scratch" HOME="$scratch" systemd-analyze --user verify "$unit" 2>&1)
    rm -rf "$scratch"
    if [ -n "$verify" ]; then
        echo "systemd-analyze verify $unit: $verify" >&2
        exit 1
    fi
    echo "the installed watch unit verifies"
fi
$sudo env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq gemini-doctor >/dev/null
if [ -e /usr/bin/gemini-doctor ]; then
    echo "gemini-doctor is still installed after removal" >&2
    exit 1
fi
echo "package installed, ran and was removed cleanly"
