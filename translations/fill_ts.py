#!/usr/bin/env python3
"""Fills unfinished messages of Qt .ts files from translations that already exist.

    translations/fill_ts.py translations/wizard_de.ts translations/wizard_fr.ts
    translations/fill_ts.py --from dictionary.json translations/wizard_de.ts

After `update_translations` (lupdate) a message whose text moved to another translation context
(for example from C++ into a Designer form) arrives unfinished, while its old entry is kept as
"vanished". This script gives every unfinished message the translation of a finished or vanished
message with the same source text (same context and comment preferred), or the one from a JSON
dictionary ([{"context", "source", "translation": [form, ...]}]), and lists what is still
unfinished: those need a translator (Qt Linguist). It never changes a finished message.
"""
import argparse
import json
import sys
import xml.etree.ElementTree as ET


def key_of(context, message):
    return (context, message.findtext('source') or '', message.findtext('comment') or '')


def forms_of(message):
    translation = message.find('translation')
    if translation is None:
        return None
    numerus = translation.findall('numerusform')
    texts = [n.text or '' for n in numerus] if numerus else [translation.text or '']
    return texts if all(t.strip() for t in texts) else None


def fill(path, dictionary):
    tree = ET.parse(path)
    root = tree.getroot()
    known = {}   # (context, source, comment) -> forms
    by_source = {}
    for context in root.iter('context'):
        name = context.findtext('name') or ''
        for message in context.iter('message'):
            translation = message.find('translation')
            if translation is None or translation.get('type') == 'unfinished':
                continue
            forms = forms_of(message)
            if forms:
                known.setdefault(key_of(name, message), forms)
                by_source.setdefault(message.findtext('source') or '', forms)
    for entry in dictionary:
        forms = entry['translation']
        known.setdefault((entry['context'], entry['source'], entry.get('comment', '')), forms)
        known.setdefault((entry['context'], entry['source'], ''), forms)
        by_source.setdefault(entry['source'], forms)

    filled, left = 0, []
    for context in root.iter('context'):
        name = context.findtext('name') or ''
        for message in context.iter('message'):
            translation = message.find('translation')
            if translation is None or translation.get('type') != 'unfinished':
                continue
            key = key_of(name, message)
            forms = known.get(key) or known.get(key[:2] + ('',)) or by_source.get(key[1])
            numerus = message.get('numerus') == 'yes'
            if not forms or (numerus and len(forms) < 2) or (not numerus and len(forms) != 1):
                left.append(f'{name}: {key[1][:70]!r}')
                continue
            for child in list(translation):
                translation.remove(child)
            if numerus:
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, 'numerusform').text = form
            else:
                translation.text = forms[0]
            del translation.attrib['type']
            filled += 1

    ET.indent(tree, space='    ')
    body = ET.tostring(root, encoding='unicode')
    with open(path, 'w', encoding='utf-8') as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + '\n')
    print(f'{path}: {filled} filled, {len(left)} still unfinished')
    for line in left:
        print('    ' + line)
    return not left


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--from', dest='dictionary', help='JSON dictionary of translations')
    parser.add_argument('ts', nargs='+')
    args = parser.parse_args()
    dictionary = json.load(open(args.dictionary, encoding='utf-8')) if args.dictionary else []
    ok = all([fill(path, dictionary) for path in args.ts])
    sys.exit(0 if ok else 1)


if __name__ == '__main__':
    main()
