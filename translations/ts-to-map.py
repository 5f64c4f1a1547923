#!/usr/bin/env python3
"""Prints the finished German of a .ts file as the JSON map fill-german.py reads.

Moving code between classes changes a message's context, and lupdate (-no-obsolete) then drops
the old translation and adds the same English as unfinished. Keep the words across the move:
    translations/ts-to-map.py translations/gemini-doctor_de.ts > /tmp/before.json
    cmake --build build --target update_translations
    translations/fill-german.py /tmp/before.json
"""
import html
import json
import pathlib
import re
import sys

text = pathlib.Path(sys.argv[1]).read_text(encoding="utf-8")
words = {}
for block in re.findall(r"<message(?: numerus=\"yes\")?>.*?</message>", text, re.S):
    if 'type="unfinished"' in block or 'type="vanished"' in block or 'type="obsolete"' in block:
        continue
    source = html.unescape(re.search(r"<source>(.*?)</source>", block, re.S).group(1))
    translation = re.search(r"<translation>(.*?)</translation>", block, re.S).group(1)
    forms = re.findall(r"<numerusform>(.*?)</numerusform>", translation, re.S)
    words[source] = [html.unescape(f) for f in forms] if forms else html.unescape(translation)
json.dump(words, sys.stdout, ensure_ascii=False, indent=1)
