#!/bin/sh
# Saves the README's screenshots into docs/screenshots, from the real window under Xvfb with a
# throwaway keyring (the tour stores and removes a fake key). Build first: ./build.sh test
set -eu
cd "$(dirname "$0")/.."
out="$(pwd)/docs/screenshots"
tests/keyring-session.sh xvfb-run -a -s "-screen 0 1280x800x24" \
    env QT_QPA_PLATFORM=xcb build/tests/screenshot_tour "$out"
# The same window in German.
tests/keyring-session.sh xvfb-run -a -s "-screen 0 1280x800x24" \
    env QT_QPA_PLATFORM=xcb LANG=de_DE.UTF-8 LANGUAGE= LC_ALL= build/tests/screenshot_tour "$out"
ls -l "$out"
