#!/bin/sh
# Every translatable string sits in a context the code really looks up, and German is complete.
# lupdate reads the sources afresh into a scratch copy of the German file; then:
#  - every context must be declared in the code (Q_DECLARE_TR_FUNCTIONS, a Q_OBJECT class, a .ui
#    form or a literal translate("context", ...)): a string filed elsewhere is never translated;
#  - no message may be unfinished: a new or changed string needs its German before it ships.
# usage: tests/check-translations.sh LUPDATE
set -eu
lupdate=$1
cd "$(dirname "$0")/.."
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp translations/gemini-doctor_de.ts "$scratch/de.ts"
"$lupdate" -no-obsolete -locations none app ui -ts "$scratch/de.ts" >"$scratch/lupdate.log" 2>&1 \
    || { cat "$scratch/lupdate.log"; exit 1; }
status=0
for context in $(sed -n 's|^ *<name>\(.*\)</name>$|\1|p' "$scratch/de.ts"); do
    class=${context##*::}
    declaring=$(grep -rlE "class ($class|$class final)( |$)" app ui || true)
    if grep -rqF "Q_DECLARE_TR_FUNCTIONS($context)" app ui \
        || grep -rqF "<class>$context</class>" ui \
        || grep -rqzE "translate\\([[:space:]]*\"$context\"" app ui \
        || { [ -n "$declaring" ] && grep -lq "Q_OBJECT" $declaring; }; then
        continue
    fi
    echo "strings filed under context \"$context\", which the code never looks up" >&2
    status=1
done
unfinished=$(grep -c 'type="unfinished"' "$scratch/de.ts" || true)
if [ "$unfinished" -gt 0 ]; then
    echo "$unfinished German translation(s) missing: run the update_translations target and" \
         "translate them in translations/gemini-doctor_de.ts" >&2
    grep -B3 'type="unfinished"' "$scratch/de.ts" | grep '<source>' >&2 || true
    status=1
fi
messages=$(grep -c '<message' "$scratch/de.ts")
[ "$status" -eq 0 ] && echo "$messages messages, every context in use, German complete"
exit "$status"
