#!/usr/bin/env python3
"""Fills unfinished German messages from a JSON map {"English source": "German" | [plural forms]}.

After `cmake --build build --target update_translations` has added new strings as unfinished:
    translations/fill-german.py new-words.json
Messages not in the map stay unfinished, so the translations_complete test names them.
"""
import html
import json
import pathlib
import re
import sys

ts_path = pathlib.Path(__file__).with_name("gemini-doctor_de.ts")
words = json.loads(pathlib.Path(sys.argv[1]).read_text(encoding="utf-8"))
text = ts_path.read_text(encoding="utf-8")


def escape(value):
    return (value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


filled = 0


def fill(match):
    global filled
    block = match.group(0)
    if 'type="unfinished"' not in block:
        return block
    source = html.unescape(re.search(r"<source>(.*?)</source>", block, re.S).group(1))
    if source not in words:
        return block
    value = words[source]
    if isinstance(value, list):
        forms = "".join(f"\n            <numerusform>{escape(v)}</numerusform>" for v in value)
        translation = f"<translation>{forms}\n        </translation>"
    else:
        translation = f"<translation>{escape(value)}</translation>"
    filled += 1
    return re.sub(r'<translation type="unfinished">.*?</translation>', lambda _: translation,
                  block, flags=re.S)


text = re.sub(r'<message( numerus="yes")?>.*?</message>', fill, text, flags=re.S)
ts_path.write_text(text, encoding="utf-8")
unfinished = text.count('type="unfinished"')
print(f"filled {filled}; still unfinished: {unfinished}")
