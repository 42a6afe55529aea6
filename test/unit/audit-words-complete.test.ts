import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../core/api/messages/catalogue.ts';

// Every action and entity core writes to the change log has words in both languages in the
// shared catalogue (core/api/messages/audit.ts): the change log and its search show "Siklus
// Paritrana", not "award_cycle". Read from core's source, so a new audit row without words fails.

const root = join(import.meta.dirname, '..', '..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : name.endsWith('.ts') ? [path] : [];
  });
}

const sources = files(join(root, 'core'))
  .filter((f) => !f.includes(join('core', 'api', 'messages')))
  .map((f) => readFileSync(f, 'utf8'));

/** `action: 'x'` and `action: cond ? 'x' : 'y'`; 'insert' is an import's change row, not an audit action. */
function written(field: 'action' | 'entity'): string[] {
  const found = new Set<string>();
  for (const text of sources) {
    for (const m of text.matchAll(new RegExp(`\\b${field}: '([a-z_-]+)'`, 'g'))) found.add(m[1]!);
    for (const m of text.matchAll(new RegExp(`\\b${field}: [^,'\\n]*\\? '([a-z_-]+)' : '([a-z_-]+)'`, 'g'))) [m[1]!, m[2]!].forEach((w) => found.add(w));
  }
  found.delete('insert');
  return [...found].sort();
}

describe('change-log words', () => {
  for (const [field, key] of [['entity', 'entities'], ['action', 'actions']] as const) {
    it(`every ${field} core audits has words in Indonesian and English`, () => {
      const names = written(field);
      expect(names.length).toBeGreaterThan(10);
      const id = catalogue.id.audit[key] as Record<string, string>;
      const en = catalogue.en.audit[key] as Record<string, string>;
      expect(names.filter((n) => !id[n] || !en[n])).toEqual([]);
    });
  }
});
