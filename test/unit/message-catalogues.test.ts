import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The one message mechanism holds: no sentence pair is written inline in core/ or cli/ (words
// live in core/api/messages/), and every catalogue says each message in both languages with the
// same parameters.

const root = join(import.meta.dirname, '..', '..');
const catalogueDir = join(root, 'core', 'api', 'messages');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : name.endsWith('.ts') ? [path] : [];
  });
}

/** Files not converted yet, each named with why: the list may only shrink (it is empty now). */
const notYetConverted = new Set<string>([]);

/** `en: 'text'`, `en: "text"` or `en: \`text\``: the English half of an inline pair. */
const inlineEnglish = /(^|[\s{,])en:\s*['"`]/;
/** `messageEn: '...'`, `enText`/`idText`: the other hand-made shapes. */
const otherShapes = /\bmessageEn:\s*['"`]|\b(idText|enText)\b/;

describe('message catalogues', () => {
  it('core/ and cli/ write no inline bilingual pair outside core/api/messages/', () => {
    const found: string[] = [];
    for (const file of [...files(join(root, 'core')), ...files(join(root, 'cli'))]) {
      if (file.startsWith(catalogueDir)) continue;
      const rel = relative(root, file);
      if (notYetConverted.has(rel)) continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (/^\s*(\/\/|\*)/.test(line)) return;
          if (inlineEnglish.test(line) || otherShapes.test(line)) found.push(`${rel}:${i + 1}: ${line.trim().slice(0, 100)}`);
        });
    }
    expect(found).toEqual([]);
  });

  it('the scan itself catches a pair', () => {
    expect(inlineEnglish.test("fail({ id: 'Kosong.', en: 'Empty.' })")).toBe(true);
    expect(inlineEnglish.test('{ id: `baris ${n}`,\n en: `row ${n}` }'.split('\n')[1]!)).toBe(true);
    expect(inlineEnglish.test("  en: Widen<T>;")).toBe(false);
  });

  it('every message of every catalogue file has both languages and the same parameters in both', async () => {
    const leaves = (tree: unknown, prefix = ''): Array<[string, string]> =>
      typeof tree === 'string' ? [[prefix, tree]] : Object.entries(tree as object).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
    const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
    const params = (text: string) => [...new Set([...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1] ?? ""))].sort();
    let checked = 0;
    for (const file of files(catalogueDir)) {
      const mod = (await import(file)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod)) {
        if (typeof value !== 'object' || value === null || !('id' in value) || !('en' in value)) continue;
        const { id, en } = value as { id: unknown; en: unknown };
        const byKey = (tree: unknown) => {
          const out = new Map<string, string[]>();
          for (const [k, text] of leaves(tree)) out.set(base(k), [...new Set([...(out.get(base(k)) ?? []), ...params(text)])].sort());
          return out;
        };
        const ids = byKey(id);
        const ens = byKey(en);
        expect([...ens.keys()].sort(), `${name}: the same keys in English`).toEqual([...ids.keys()].sort());
        for (const [key, p] of ids) {
          expect(ens.get(key), `${name}: ${key} has the same parameters in both languages`).toEqual(p);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(200);
  });
});
