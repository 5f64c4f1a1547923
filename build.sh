#!/usr/bin/env bash
# The README's two commands, on a fresh Debian 12 machine, as root or through sudo:
#   ./build.sh run    install what is missing, build, launch the app
#   ./build.sh test   install what is missing, build, run every test
# and ./build.sh install (the binary into ~/.local/bin, for the README's examples);
# for CI and maintainers: ./build.sh sanitize, ./build.sh fuzz [SECONDS], ./build.sh package
set -euo pipefail
cd "$(dirname "$0")"

# libsecret-1-0 must be named: QtKeychain loads it at run time without depending on it.
BUILD_PACKAGES=(qt6-base-dev qt6-websockets-dev qt6-httpserver-dev qtkeychain-qt6-dev
    qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    libsecret-1-0 gnome-keyring dbus cmake ninja-build g++ fonts-dejavu-core)
# groff-base and bsdextrautils: the man page test renders the page; zsh and fish: their completions
# parse. (systemd-analyze, for the watch unit, comes with the package tools: systemd is no test
# package, nor man-db, whose timer starts at boot.)
TEST_PACKAGES=(xvfb xauth libsecret-tools clang-format groff-base bsdextrautils zsh fish)
# Unpacked into build/tools, never installed: Debian's prometheus package would enable a
# system-wide service on port 9090 (tst_prometheus starts its own on a free loopback port).
TEST_TOOLS=(prometheus)
SANITIZE_PACKAGES=(clang-14 libclang-rt-14-dev)
PACKAGE_PACKAGES=(dpkg-dev file desktop-file-utils appstream lintian man-db systemd)

install_packages() {
    local missing=()
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' \
            || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}" >&2
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# Debian's own .deb of each tool, unpacked (not installed: no service, no maintainer scripts).
fetch_tools() {
    local tools=build/tools
    mkdir -p "$tools"
    for package in "${TEST_TOOLS[@]}"; do
        [ -d "$tools/$package" ] && continue
        rm -rf "$tools/$package.deb.d" && mkdir -p "$tools/$package.deb.d"
        if ! (cd "$tools/$package.deb.d" && apt-get download -qq "$package" 2>/dev/null); then
            local sudo=()
            [ "$(id -u)" -eq 0 ] || sudo=(sudo)
            "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
            (cd "$tools/$package.deb.d" && apt-get download -qq "$package" 2>/dev/null)
        fi
        dpkg-deb -x "$tools/$package.deb.d"/*.deb "$tools/$package.tmp"
        mv "$tools/$package.tmp" "$tools/$package"
        rm -rf "$tools/$package.deb.d"
    done
}

# With a target, only that (and what it needs): `run` builds the app alone, not every test.
build() {
    cmake --preset default >/dev/null
    cmake --build --preset default ${1:+--target "$1"}
}

case "${1:-}" in
run)
    install_packages "${BUILD_PACKAGES[@]}"
    build gemini-doctor
    shift
    exec ./build/app/gemini-doctor "$@"
    ;;
test)
    install_packages "${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
    fetch_tools
    build
    # A private D-Bus session with a throwaway unlocked keyring: the tests reach the real Secret
    # Service and never the keyring of the person running them.
    tests/keyring-session.sh ctest --preset default
    # Then, from a session that holds a key of its own, the suite leaves that key alone.
    ctest --preset sentinel
    ;;
sanitize)
    # The whole suite again, built by clang with ASan and UBSan (and the fuzz target with it).
    install_packages "${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}" "${SANITIZE_PACKAGES[@]}"
    fetch_tools
    cmake --preset sanitize >/dev/null
    cmake --build --preset sanitize
    tests/keyring-session.sh ctest --preset sanitize
    ;;
fuzz)
    # Builds only the fuzz target (in the sanitize build) unless `sanitize` built it already.
    install_packages "${BUILD_PACKAGES[@]}" "${SANITIZE_PACKAGES[@]}"
    cmake --preset sanitize >/dev/null
    cmake --build --preset fuzz
    tests/fuzz/run.sh build-sanitize "${2:-60}"
    ;;
install)
    # The binary on the PATH for the README's examples: a copy in ~/.local/bin, no root needed,
    # and its engine module where the binary looks for it (../lib/<triplet>/gemini-doctor).
    install_packages "${BUILD_PACKAGES[@]}"
    build gemini-doctor
    engine_dir="$HOME/.local/bin/$(cat build/engine-relative-dir)"
    mkdir -p "$HOME/.local/bin" "$engine_dir"
    install -s -m 0755 build/app/gemini-doctor "$HOME/.local/bin/gemini-doctor"
    install -s -m 0644 build/app/gemini-doctor-engine.so "$engine_dir/gemini-doctor-engine.so"
    echo "Installed $HOME/.local/bin/gemini-doctor and $(realpath -m "$engine_dir")/gemini-doctor-engine.so"
    case ":$PATH:" in
    *":$HOME/.local/bin:"*) ;;
    *) echo "~/.local/bin is not on this shell's PATH: open a new login shell (Debian's" \
        "~/.profile adds it), or run: export PATH=\"\$HOME/.local/bin:\$PATH\"" ;;
    esac
    ;;
package)
    install_packages "${BUILD_PACKAGES[@]}" "${PACKAGE_PACKAGES[@]}"
    build
    packaging/check-package.sh build
    ;;
*)
    echo "usage: $0 run|test|install|sanitize|fuzz [SECONDS]|package" >&2
    exit 2
    ;;
esac
