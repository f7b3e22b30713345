#!/usr/bin/env python3
"""Moves element messages out of packages/elements/src/i18n/{en,fr}.ts into each element's
<name>/<name>.messages.ts, by key prefix, so that a widget's bundle carries only its own text.
Re-runnable: keys already in an element's module are kept, new ones are appended. The common
messages (state.*, error.*) stay in i18n/en.ts and fr.ts. Run `npx prettier --write` after."""
import os, re, sys

SRC = os.path.join(os.path.dirname(__file__), '../../packages/elements/src')
PREFIXES = {
    'calendar': 'booking-calendar',
    'credits': 'credit-balance',
    'entries': 'entries',
    'login': 'login',
    'membership': 'membership-card',
    'shop': 'shop',
    'notifications': 'notifications',
    'portal': 'portal',
    'profile': 'profile',
}
KEY = re.compile(r"^  '([^']+)':")

def entries(block):
    """[(key, text)] of the top-level entries of an object literal body."""
    out = []
    for line in block.split('\n'):
        m = KEY.match(line)
        if m:
            out.append([m.group(1), line])
        elif out and line.strip():
            out[-1][1] += '\n' + line
    return out

def object_body(text, name):
    m = re.search(r'export const %s = \{\n(.*?)\n\}' % name, text, re.S)
    return m.group(1) if m else ''

def main():
    common = {}
    moved = {}
    for lang in ('en', 'fr'):
        path = os.path.join(SRC, 'i18n', f'{lang}.ts')
        text = open(path).read()
        body = object_body(text, lang)
        keep = []
        for key, entry in entries(body):
            folder = PREFIXES.get(key.split('.')[0])
            if folder:
                moved.setdefault(folder, {'en': [], 'fr': []})[lang].append((key, entry))
            else:
                keep.append(entry)
        text = text.replace(body, '\n'.join(keep))
        open(path, 'w').write(text)
    for folder, langs in moved.items():
        path = os.path.join(SRC, folder, f'{folder}.messages.ts')
        existing = {'en': [], 'fr': []}
        if os.path.exists(path):
            old = open(path).read()
            for lang in ('en', 'fr'):
                existing[lang] = entries(object_body(old, lang))
        merged = {}
        for lang in ('en', 'fr'):
            seen = {key for key, _ in existing[lang]}
            merged[lang] = [e for _, e in existing[lang]] + [e for k, e in langs[lang] if k not in seen]
        title = folder.replace('-', ' ')
        open(path, 'w').write(f"""import type {{Catalog}} from '../i18n/catalog.js';
import {{addMessages}} from '../i18n/msg.js';

/** The {title}'s text in English: the reference, every other language has exactly these keys. */
export const en = {{
{chr(10).join(merged['en'])}
}} as const;

/** The {title}'s text in French. */
export const fr = {{
{chr(10).join(merged['fr'])}
}} as const satisfies Catalog<typeof en>;

// Registered when the element's module loads: a page pays only for its widgets' text.
addMessages({{en, fr}});
""")
        print('wrote', os.path.relpath(path, SRC), len(merged['en']), 'en', len(merged['fr']), 'fr')

main()
