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

/**
 * `en: 'text'`, `en: \`text\``, `en: error.messageEn`: the English half of an inline pair. Not one:
 * a type (`en: string`), words rendered from a coded message (`en: render(...)`), or data written
 * in two languages by a user or a reference file (`labelEn` of an editable list, `nameEn` of KBLI).
 */
const inlineEnglish = /(^|[\s{,])en:\s*(?!string\b|Widen<|Record<|render\(|[\w.]+\.(labelEn|nameEn)\b)[^\s]/;
/**
 * The other hand-made shapes: `messageEn: '...'`, `idText`/`enText`, an English twin of a local
 * or a parameter (`const hintEn = `, `whatEn: string`), or a pair's English half put into a
 * sentence (`${name.en}`). Words beside a coded message are written only from it (renderBoth).
 */
const otherShapes = /\bmessageEn:\s*['"`]|\b(idText|enText)\b|\b(?!labelEn\b|nameEn\b)[a-z]\w*En(\??:\s*string\b|\s*=(?![=>]))|\$\{[^}]*\.en\b/;
/** The mechanism itself, and the contract's words beside a coded message (`messageEn`, `ruleEn`) for hosts without the catalogues. */
const wordsBeside = new Set(['core/messages.ts', 'core/api/result.ts', 'core/app-error.ts', 'core/api/contribution-rules.ts', 'core/api/business-scale.ts', 'core/api/reference.ts']);

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
          if (!wordsBeside.has(rel) && (inlineEnglish.test(line) || otherShapes.test(line))) found.push(`${rel}:${i + 1}: ${line.trim().slice(0, 100)}`);
        });
    }
    expect(found).toEqual([]);
  });

  it('the scan itself catches a pair', () => {
    expect(inlineEnglish.test("fail({ id: 'Kosong.', en: 'Empty.' })")).toBe(true);
    expect(inlineEnglish.test('{ id: `baris ${n}`,\n en: `row ${n}` }'.split('\n')[1]!)).toBe(true);
    expect(inlineEnglish.test("  en: Widen<T>;")).toBe(false);
    expect(inlineEnglish.test('  readonly en: string;')).toBe(false);
    expect(inlineEnglish.test('return new CliError({ id: error.message, en: error.messageEn });')).toBe(true);
    expect(otherShapes.test('const failure = (code: ErrorCode, message: string, messageEn: string) => 1;')).toBe(true);
    expect(otherShapes.test("const hintEn = n > 16 ? ' (too long)' : '';")).toBe(true);
    expect(otherShapes.test('  `${labelEn} must be a whole number`,')).toBe(false);
    expect(otherShapes.test('missingRule(whatId: string, whatEn: string, date: string)')).toBe(true);
    expect(otherShapes.test('  en: `--map: ${f.label.en}`,')).toBe(true);
    expect(otherShapes.test('  const hintEn =')).toBe(true);
    expect(inlineEnglish.test('divisionName: { id: division.nameId, en: division.nameEn },')).toBe(false);
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
