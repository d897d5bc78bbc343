"""Collect every tr("…") string of the plugin into i18n/ess_territoires_<lang>.ts.

Existing translations are kept; new strings are added as unfinished, strings no longer in
the code are marked obsolete. `make translations` then builds the .qm files with lrelease.

    python scripts/update_translations.py [--check]
"""
import argparse
import ast
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONTEXT = "EssTerritoires"
LANGUAGES = {"fr": "fr_FR", "en": "en_GB"}


def source_strings() -> dict:
    """English source text -> first location (file, line), from every tr() call."""
    found = {}
    for path in sorted((ROOT / "ess_territoires").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            first = node.args[0]
            if name == "tr" and isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.setdefault(first.value, (path.relative_to(ROOT).as_posix(), node.lineno))
    return found


def read_ts(path: Path) -> dict:
    if not path.exists():
        return {}
    translations = {}
    for message in ET.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.text and translation.get("type") not in ("unfinished", "obsolete"):
            translations[message.findtext("source")] = translation.text
    return translations


def write_ts(path: Path, language: str, strings: dict, translations: dict):
    root = ET.Element("TS", version="2.1", language=language)
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for source, (filename, line) in strings.items():
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "location", filename=f"../{filename}", line=str(line))
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        if source in translations:
            translation.text = translations[source]
        else:
            translation.set("type", "unfinished")
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when a French translation is missing")
    args = parser.parse_args()
    strings = source_strings()
    missing = []
    for short, language in LANGUAGES.items():
        path = ROOT / "i18n" / f"ess_territoires_{short}.ts"
        translations = read_ts(path)
        if short == "en":  # English is the source language: identity
            translations = {s: s for s in strings}
        write_ts(path, language, strings, translations)
        if short == "fr":
            missing = [s for s in strings if s not in translations]
    print(f"{len(strings)} strings; {len(missing)} without French translation")
    if args.check and missing:
        for text in missing:
            print(f"  missing: {text}")
        sys.exit(1)


if __name__ == "__main__":
    main()
