#!/bin/sh
# Builds the .deb, validates the desktop entry and the AppStream metadata, installs the package
# with apt-get, runs it from the installed path, and removes it again.
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
$sudo env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq gemini-doctor >/dev/null
if [ -e /usr/bin/gemini-doctor ]; then
    echo "gemini-doctor is still installed after removal" >&2
    exit 1
fi
echo "package installed, ran and was removed cleanly"
