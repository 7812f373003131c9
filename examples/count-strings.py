#!/usr/bin/env python3
"""How many strings an author writes by hand in each example event.

A hand-written string is every text an event gives in a language or a script (a plain string
under a language key or `latin`/`cyrillic`, or each form of a case-form map). Codes (countries, offices, agencies, topics)
are not counted: the locales word them. Case forms other than the nominative are counted
separately: the rules compute them, so an event should give only the ones they cannot make.

    python3 examples/count-strings.py examples/events

A people directory in the folder (`communique.people/1`) is counted apart: its names are
written once for all events, which name those people by id.
"""
import glob
import json
import os
import sys

LANGS = {"kk", "ru", "es", "en"}
# A name spelled once for the languages of one script counts as one string.
SCRIPTS = {"latin", "cyrillic"}


def count(value):
    """(strings, case forms beyond the nominative) in a JSON value."""
    if isinstance(value, dict):
        if value and set(value) <= LANGS | SCRIPTS:
            strings = forms = 0
            for text in value.values():
                if isinstance(text, str):
                    strings += 1
                elif isinstance(text, dict):
                    strings += len(text)
                    forms += len([case for case in text if case != "nom"])
            return strings, forms
        totals = [count(v) for v in value.values()]
    elif isinstance(value, list):
        totals = [count(v) for v in value]
    else:
        return 0, 0
    return sum(t[0] for t in totals), sum(t[1] for t in totals)


def main(folder):
    total = 0
    directories = []
    for path in sorted(glob.glob(os.path.join(folder, "*.json"))):
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
        strings, forms = count(doc)
        # A people directory is written once for every event, not per event: shown apart.
        if doc.get("format") == "communique.people/1":
            directories.append((path, strings, len(doc.get("people", {}))))
            continue
        total += strings
        print(f"{os.path.basename(path):52s} {strings:4d} strings, {forms:3d} case forms")
    print(f"{'total':52s} {total:4d}")
    for path, strings, people in directories:
        print(f"{os.path.relpath(path):52s} {strings:4d} strings for {people} people, written once")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "examples/events")
