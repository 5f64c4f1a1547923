#!/bin/bash
# The man page the build wrote matches --help: every command --help lists and every flag each
# command's --help shows appear in the page as man renders it, groff renders it without a
# warning, and it has the sections a man page needs. The German page renders cleanly too.
# usage: tests/check-manpage.sh BINARY MANPAGE.1.gz GERMAN_MANPAGE.1.gz
set -euo pipefail
binary=$1
page=$2
german=$3
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

for file in "$page" "$german"; do
    warnings=$(zcat "$file" | groff -man -Tutf8 -ww -z 2>&1)
    [ -z "$warnings" ] || fail "groff warns about $file: $warnings"
done

# Rendered as man does it (groff's man macros), wide enough that no line wraps, so an option is
# never split across two lines. groff, not man-db: man-db brings a timer that starts at boot, and
# the test command installs no service (issue 22).
render() { zcat "$1" | groff -man -Tutf8 -rLL=400n -P-c 2>/dev/null | col -b; }
rendered=$(render "$page")
[ -n "$rendered" ] || fail "groff rendered nothing"
has() { grep -qF -- "$1" <<<"$rendered"; }

# The commands of --help: the lines after "Commands" up to the blank line.
commands=$("$binary" --help | awk '/^Commands/ {on = 1; next} on && /^$/ {exit} on {print $1}')
[ -n "$commands" ] || fail "--help lists no command"
# The flags of a --help text: the names before the description ("  -h, --help  ...").
flags() {
    grep -E '^  -' | sed -E 's/^  (-[-[:alnum:]]+)(, (-[-[:alnum:]]+))?.*/\1 \3/' | tr ' ' '\n' |
        grep -v '^$'
}
for flag in $("$binary" --help | flags); do
    has "$flag" || fail "the page lacks the desktop option $flag"
done
count=0
for command in $commands; do
    count=$((count + 1))
    grep -qE "^ {2,}$command\$" <<<"$rendered" || fail "the page has no section for $command"
    has "gemini-doctor $command [" || fail "the page has no synopsis for $command"
    for flag in $("$binary" "$command" --help | flags); do
        has "$flag" || fail "the page lacks $command's flag $flag"
    done
done
[ "$count" -ge 7 ] || fail "only $count commands in --help"
for heading in NAME SYNOPSIS DESCRIPTION COMMANDS "EXIT STATUS" ENVIRONMENT FILES \
    "WATCH SERVICE" EXAMPLES "SEE ALSO"; do
    grep -qx "$heading" <<<"$rendered" || fail "the page has no $heading section"
done
has "systemctl --user enable --now gemini-doctor-watch.service" ||
    fail "the page does not say how to enable the watch unit"
has "GEMINI_API_KEY" || fail "the page does not name GEMINI_API_KEY"
# The hidden build tool is not documented.
! grep -qE '^ {2,}manpage$' <<<"$rendered" || fail "the page documents the hidden manpage command"

german_text=$(render "$german")
grep -qx "BEISPIELE" <<<"$german_text" || fail "the German page has no BEISPIELE section"
for command in $commands; do
    grep -qE "^ {2,}$command\$" <<<"$german_text" || fail "the German page lacks $command"
done

[ "$failures" -eq 0 ] || exit 1
echo "the man page shows every command and flag of --help ($count commands) and renders cleanly"
